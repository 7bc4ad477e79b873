"""The case register read back: filters, search as you type, rows, details.

Finding a case by any fragment (a name, part of an ID or phone number, an
address, a word of the demand) must answer while the clerk types, on 100,000
cases. SQLite's ``LIKE '%张%'`` scans every row's UTF-8 text and takes
~130 ms on 100,000 cases here; a substring test in Python over texts held in
memory takes ~30 ms. So ``SearchIndex`` keeps one folded search text per case,
built once (off the GUI thread) and refreshed after imports and edits, and the
structured filters (source, channel, dates, campaign ...) run in SQL on indexed
columns. ``filtered_ids`` gives the ids in display order; ``fetch_rows`` reads
only the rows a view shows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from peewee import JOIN, fn

from .models import AuditRecord, Campaign, Case, HandlingUnit, Petitioner, Target
from .rows import json_of, rows_as
from .search_index import SearchIndex, fold  # noqa: F401 - imported from here by callers

#: Columns the case list can sort by -> SQL expression.
SORT_KEYS = {
    "case_no": Case.case_no,
    "petitioner": Petitioner.name,
    "village": Petitioner.village,
    "source_level": Case.source_level,
    "channel": Case.channel,
    "category": Case.category,
    "handling_unit": HandlingUnit.name,
    "registered_on": Case.registered_on,
    "concluded_on": Case.concluded_on,
    "people_count": Case.people_count,
    "leader": Case.leader,
}


@dataclass(frozen=True)
class CaseFilter:
    """What the clerk narrowed the register to. Empty means everything."""

    text: str = ""
    source_levels: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    handling_units: tuple[str, ...] = ()
    villages: tuple[str, ...] = ()
    concluded_from: dt.date | None = None
    concluded_to: dt.date | None = None
    settled: bool | None = None
    campaign_id: int | None = None
    in_campaign: bool | None = None  # True: targets of campaign_id; False: not considered

    def without_text(self) -> CaseFilter:
        return CaseFilter(**{**self.__dict__, "text": ""})


@dataclass(frozen=True)
class CaseRow:
    """One case as lists, exports and the command line show it (unmasked)."""

    id: int
    case_no: str
    petitioner: str
    petitioner_id: int
    id_number: str | None
    phones: list[str]
    address: str | None
    village: str | None
    channel: str | None
    source_level: str | None
    registered_on: dt.date | None
    category: str | None
    demand: str | None
    handling_unit: str | None
    leader: str | None
    concluded_on: dt.date | None
    conclusion: str | None
    people_count: int
    many_people: bool = False
    policy: bool = False
    rebound: bool = False
    settled: bool = False

    def as_json(self) -> dict:
        return json_of(
            self,
            "case_no petitioner id_number phones address village channel source_level"
            " registered_on category demand handling_unit leader concluded_on conclusion"
            " people_count many_people policy rebound settled",
        )


def _raw(query) -> list[tuple]:
    """The rows of ``query`` as plain tuples, straight from the cursor.

    peewee's own row iteration costs ~1.5 µs a row in Python; for the
    100,000 ids of the register that is most of the time of the query.
    """
    return query.model._meta.database.execute(query).fetchall()


def _filtered_query(flt: CaseFilter, sort_key=None):
    # Join the petitioner and the unit only when a filter or the order needs
    # them: the joins cost more than the rest of the query on 100,000 cases.
    query = Case.select(Case.id)
    # (``is``, not ``in``: == between peewee fields builds an expression)
    need_petitioner = (
        bool(flt.villages) or sort_key is Petitioner.name or sort_key is Petitioner.village
    )
    need_unit = bool(flt.handling_units) or sort_key is HandlingUnit.name
    if need_petitioner:
        query = query.join(Petitioner).switch(Case)
    if need_unit:
        query = query.join(HandlingUnit, JOIN.LEFT_OUTER)
    conditions = []
    if flt.source_levels:
        conditions.append(Case.source_level.in_(flt.source_levels))
    if flt.channels:
        conditions.append(Case.channel.in_(flt.channels))
    if flt.categories:
        conditions.append(Case.category.in_(flt.categories))
    if flt.handling_units:
        conditions.append(HandlingUnit.name.in_(flt.handling_units))
    if flt.villages:
        conditions.append(Petitioner.village.in_(flt.villages))
    if flt.concluded_from:
        conditions.append(Case.concluded_on >= flt.concluded_from)
    if flt.concluded_to:
        conditions.append(Case.concluded_on <= flt.concluded_to)
    if flt.settled is not None:
        conditions.append(Case.settled == flt.settled)
    if flt.campaign_id is not None and flt.in_campaign is not None:
        members = Target.select(Target.case).where(Target.campaign == flt.campaign_id)
        conditions.append(Case.id.in_(members) if flt.in_campaign else Case.id.not_in(members))
    for condition in conditions:
        query = query.where(condition)
    return query


def ordered_ids(flt: CaseFilter, sort: str = "case_no", descending: bool = False) -> list[int]:
    """Ids of the cases the structured filters keep, in display order (no text)."""
    key = SORT_KEYS.get(sort, Case.case_no)
    order = [key.desc() if descending else key.asc(), Case.id]
    return [row[0] for row in _raw(_filtered_query(flt, key).order_by(*order))]


def filtered_ids(
    flt: CaseFilter,
    index: SearchIndex | None = None,
    sort: str = "case_no",
    descending: bool = False,
    base: Sequence[int] | None = None,
) -> list[int]:
    """Ids matching the whole filter, in display order.

    ``base`` is the result of ``ordered_ids`` for the same filter without its
    text; passing it back while only the text changes skips the SQL.
    """
    ids = list(base) if base is not None else ordered_ids(flt.without_text(), sort, descending)
    if not flt.text.strip():
        return ids
    index = index or SearchIndex.build()
    hits = index.matching(flt.text)
    return [cid for cid in ids if cid in hits]


_ROW_COLUMNS = (
    Case.id,
    Case.case_no,
    Petitioner.name,
    Petitioner.id,
    Petitioner.id_number,
    Petitioner.phones,
    Petitioner.address,
    Petitioner.village,
    Case.channel,
    Case.source_level,
    Case.registered_on,
    Case.category,
    Case.demand,
    HandlingUnit.name,
    Case.leader,
    Case.concluded_on,
    Case.conclusion,
    Case.people_count,
    Case.many_people,
    Case.policy,
    Case.rebound,
    Case.settled,
)


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return Case.registered_on.python_value(value)


def _phone_list(phones: str | None) -> list[str]:
    return [p for p in (phones or "").split(",") if p]


def _case_rows(where, *order_by) -> list[CaseRow]:
    """The rows of the cases ``where`` keeps, in ``order_by``."""
    query = (
        Case.select(*_ROW_COLUMNS)
        .join(Petitioner)
        .switch(Case)
        .join(HandlingUnit, JOIN.LEFT_OUTER)
        .where(where)
        .order_by(*order_by)
    )
    # plain tuples: building three model instances per row costs 5x more
    return rows_as(
        CaseRow,
        _raw(query),
        phones=_phone_list,
        registered_on=_day,
        concluded_on=_day,
        many_people=bool,
        policy=bool,
        rebound=bool,
        settled=bool,
    )


def fetch_rows(ids: Sequence[int]) -> dict[int, CaseRow]:
    """The rows of ``ids`` (at most a few hundred at a time), by id."""
    rows: dict[int, CaseRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        rows.update((row.id, row) for row in _case_rows(Case.id.in_(chunk)))
    return rows


def iter_rows(ids: Sequence[int], chunk: int = 500) -> Iterator[CaseRow]:
    """The rows of ``ids`` in that order, read a chunk at a time (for exports)."""
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        rows = fetch_rows(part)
        for cid in part:
            if cid in rows:  # deleted since the ids were taken: skipped
                yield rows[cid]


def case_count() -> int:
    """How many cases the register holds."""
    return Case.select().count()


def widest_case_numbers(limit: int = 40) -> list[str]:
    """The case numbers most likely to be the widest on screen, for sizing a column:
    the longest in characters and the longest in bytes (Chinese characters are
    wide and take three bytes; digits are narrow and take one)."""
    found: list[str] = []
    for length in (fn.length(Case.case_no), fn.length(Case.case_no.cast("BLOB"))):
        query = Case.select(Case.case_no).order_by(length.desc()).limit(limit)
        found.extend(row[0] for row in _raw(query))
    return list(dict.fromkeys(found))


def list_cases(flt: CaseFilter = CaseFilter(), sort: str = "case_no") -> list[CaseRow]:
    """Every case the filter keeps, in order (for the command line and exports)."""
    ids = filtered_ids(flt, sort=sort)
    rows = fetch_rows(ids)
    return [rows[i] for i in ids]


def distinct_values() -> dict[str, list[str]]:
    """The values the filter lists offer: categories, handling units, villages."""

    def values(query) -> list[str]:
        return sorted(v for (v,) in query.tuples() if v)

    return {
        "category": values(Case.select(Case.category).distinct()),
        "handling_unit": values(HandlingUnit.select(HandlingUnit.name)),
        "village": values(Petitioner.select(Petitioner.village).distinct()),
    }


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    action: str
    table_name: str
    before: str | None
    after: str | None
    note: str | None


def _imported_entries(case_id: int, petitioner_id: int) -> list[HistoryEntry]:
    """The insert entries of a case and its petitioner that a ledger import
    recorded once for all its rows (``audit.bulk_inserts``): the import's
    record names the ranges of ids it inserted."""
    found = []
    imports = AuditRecord.select().where(
        (AuditRecord.table_name == "case")
        & AuditRecord.row_id.is_null()
        & (AuditRecord.action == "import")
    )
    for record in imports:
        try:
            note = json.loads(record.note or "{}")
        except ValueError:
            continue
        for table, key, row_id in (
            ("case", "case_ids", case_id),
            ("petitioner", "petitioner_ids", petitioner_id),
        ):
            first, last = note.get(key) or (0, -1)
            if first <= row_id <= last:
                summary = json.dumps({"file": note.get("file")}, ensure_ascii=False)
                found.append(
                    HistoryEntry(record.at, record.actor, "insert", table, None, None, summary)
                )
    return found


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    other_cases: list[CaseRow] = field(default_factory=list)
    campaigns: list[tuple[str, bool, str | None, str]] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)


def case_detail(case_id: int) -> CaseDetail:
    """Everything the case dialog shows: the case, the petitioner's other cases,
    the campaigns it was considered in, and the history of changes."""
    found = _case_rows(Case.id == case_id)
    if not found:
        raise Case.DoesNotExist(f"no case {case_id}")
    row = found[0]
    others = _case_rows(
        (Case.petitioner == row.petitioner_id) & (Case.id != case_id),
        Case.registered_on,
        Case.case_no,
    )
    campaigns = [
        (
            t.campaign.name,
            bool(t.included),
            t.exclusion_reason.value if t.exclusion_reason else None,
            t.status.value,
        )
        for t in Target.select(Target, Campaign)
        .join(Campaign)
        .where(Target.case == case_id)
        .order_by(Campaign.created_at.desc(), Campaign.id.desc())
    ]
    history_query = AuditRecord.select().where(
        ((AuditRecord.table_name == "case") & (AuditRecord.row_id == case_id))
        | ((AuditRecord.table_name == "petitioner") & (AuditRecord.row_id == row.petitioner_id))
    )
    history = [
        HistoryEntry(r.at, r.actor, r.action, r.table_name, r.before, r.after, r.note)
        for r in history_query.order_by(AuditRecord.id.desc()).limit(500)
    ]
    history.extend(_imported_entries(case_id, row.petitioner_id))
    history.sort(key=lambda h: h.at or dt.datetime.min, reverse=True)
    return CaseDetail(row=row, other_cases=others, campaigns=campaigns, history=history)
