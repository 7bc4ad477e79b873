"""Planning: every row's outcome against the register; writes nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from ...domain.enums import Channel, SourceLevel
from ...domain.errors import QT_TRANSLATE_NOOP, UserError
from ...domain.models import HOME_TOWN_ID, db
from ..ledger_cells import apply_limits
from ..ledger_matching import (
    holders_of,
    index_by_key,
    mark_repeats,
    other_spellings,
    register_match,
    settle_shared_ids,
)
from ..ledger_reader import LedgerTable, column_letter
from .columns import _CASE_FIELDS, _PETITIONER_FIELDS, _clean, _Columns, _Memo, _text
from .mapping import _without_gc_passes
from .model import (
    MANY_PEOPLE_THRESHOLD,
    NEW,
    REJECTED,
    UNCHANGED,
    UPDATED,
    ImportPlan,
    Issue,
    RowPlan,
)
from .words import recognise_channel, recognise_source


def _read_rows(
    rows: list,
    mapping: dict[str, int],
    reject_bad_ids: bool,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[RowPlan]:
    """Every row's normalised values, issues and first outcome (new or rejected)."""
    cols = _Columns(rows, mapping, _Memo())
    n = cols.n
    steps = iter(range(1, 12))

    def step() -> None:
        if cancelled and cancelled():
            raise _cancelled()
        if progress:
            progress(n * next(steps) // 12, n * 2)

    values = _column_values(cols, reject_bad_ids, step)
    step()
    plans = _row_plans(cols, values)
    step()
    return plans


def _column_values(cols: _Columns, reject_bad_ids: bool, step: Callable[[], None]) -> dict:
    """Each field's normalised values, one column at a time (issues noted in ``cols``)."""
    case_nos = cols.case_numbers()
    step()
    names, people = cols.petitioners()
    step()
    id_numbers = cols.id_numbers(reject_bad_ids)
    step()
    phones = cols.phones()
    step()
    memo = cols.memo
    tidy = memo.tidy  # clean_text of each distinct address once: _clean gives the same
    addresses = [tidy[v] if v.__class__ is str else _clean(v) for v in cols.column("address")]
    village_of = memo.village_of
    villages = [
        given or village_of(address)
        for given, address in zip(cols.texts("village"), addresses, strict=True)
    ]
    step()
    registered = cols.dates("registered_on")
    step()
    concluded = cols.dates("concluded_on")
    for i, (start, end) in enumerate(zip(registered, concluded, strict=True)):
        if start and end and end < start:
            cols.issue(i, "concluded_on", "concluded_before_registered", "warning")
    step()
    sources = cols.recognised("source_level", recognise_source, "source_unknown")
    channels = cols.recognised("channel", recognise_channel, "channel_unknown")
    for i, count in enumerate(people):
        if count >= MANY_PEOPLE_THRESHOLD:
            cols.issue(i, "petitioner", "many_people", "warning", count)
    step()
    texts = {key: cols.texts(key) for key in ("category", "leader", "handling_unit")}
    demands = _long_texts(cols.column("demand"))
    step()
    conclusions = _long_texts(cols.column("conclusion"))
    limited = {
        "case_no": case_nos,
        "petitioner": names,
        "phones": phones,
        "address": addresses,
        "village": villages,
        **texts,
        "demand": demands,
        "conclusion": conclusions,
    }
    apply_limits(cols.issue, limited)
    return {
        **limited,
        "id_number": id_numbers,
        "people": people,
        "channel": channels,
        "source_level": sources,
        "registered_on": registered,
        "concluded_on": concluded,
    }


# the columns a row plan is made of, after the row's number, in ``_row_plans``' order
_ROW_KEYS = ("case_no", "petitioner", "id_number", "phones", "address", "village", "people",
             "channel", "source_level", "registered_on", "category", "demand", "leader",
             "concluded_on", "conclusion", "handling_unit")  # fmt: skip


def _row_plans(cols: _Columns, v: dict) -> list[RowPlan]:
    """One ``RowPlan`` a row: new, or rejected when a cell has an error."""
    plans = []
    append = plans.append
    errors, warnings = cols.errors, cols.warnings
    rows = zip(cols.numbers, *(v[key] for key in _ROW_KEYS), strict=True)
    for i, (number, case_no, name, id_number, phones, address, village, count, channel,
            source_level, registered_on, category, demand, leader, concluded_on, conclusion,
            unit) in enumerate(rows):  # fmt: skip
        row_errors = errors.get(i)
        append(
            RowPlan(
                number,
                REJECTED if row_errors else NEW,
                case_no,
                {
                    "people_count": count,
                    "channel": channel,
                    "source_level": source_level,
                    "registered_on": registered_on,
                    "category": category,
                    "demand": demand,
                    "leader": leader,
                    "concluded_on": concluded_on,
                    "conclusion": conclusion,
                    "many_people": count >= MANY_PEOPLE_THRESHOLD,
                },
                {
                    "name": name,
                    "id_number": id_number,
                    "phones": phones,
                    "address": address,
                    "village": village,
                },
                unit,
                row_errors or [],
                warnings.get(i) or [],
                {},
            )
        )
    return plans


class _LongTexts(dict):
    """``_long_text`` of each distinct text, made on its first lookup. Equal
    cells then share one string: the ledger's demands and conclusions repeat
    a few standard sentences, and SQLite is given each one's UTF-8 once."""

    def __missing__(self, text: str) -> str | None:
        result = self[text] = _long_text(text)
        return result


def _long_texts(column) -> list[str | None]:
    """``_long_text`` of every cell."""
    known = _LongTexts()
    return [known[v] if v.__class__ is str else _long_text(v) for v in column]


def _long_text(value: Any) -> str | None:
    """Demand and conclusion keep their paragraphs; only the edges are trimmed."""
    if value.__class__ is str:
        return value.replace("\r\n", "\n").strip() or None
    if value is None:
        return None
    text = _text(value).replace("\r\n", "\n").strip()
    return text or None


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start : start + size]


@_without_gc_passes
def plan_import(
    table: LedgerTable,
    mapping: dict[str, int] | None = None,
    reject_bad_ids: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Decide every row's outcome against the database; writes nothing."""
    mapping = dict(table.mapping if mapping is None else mapping)
    plans = _read_rows(table.rows, mapping, reject_bad_ids, progress, cancelled)
    mark_repeats(plans, _issue_adder(mapping), REJECTED)
    _compare_with_register(plans, mapping)
    if progress:
        progress(len(plans) * 2, len(plans) * 2)
    return ImportPlan(table=table, mapping=mapping, rows=plans)


def _cell(mapping: dict[str, int], key: str, row: int) -> str:
    col = mapping.get(key)
    return f"{column_letter(col)}{row}" if col is not None else ""


def _issue_adder(mapping: dict[str, int]):
    def add(plan: RowPlan, key: str, code: str, value: Any = "", error=False, **extra) -> None:
        item = Issue(plan.row, _cell(mapping, key, plan.row), code, _text(value), **extra)
        (plan.errors if error else plan.warnings).append(item)

    return add


def _compare_with_register(plans: list[RowPlan], mapping: dict[str, int]) -> None:
    """Find existing cases and petitioners; mark updates and unchanged rows."""
    accepted = [p for p in plans if p.outcome != REJECTED]
    existing: dict[str, dict] = {}
    if _town_has("case"):
        keys = {p.key for p in accepted}
        wanted = keys.union([p.case_no for p in accepted], other_spellings(keys))
        existing = index_by_key(_existing_cases(list(wanted)))
    by_id: dict[str, dict] = {}
    if _town_has("petitioner"):
        by_id = holders_of(p.petitioner["id_number"] for p in accepted if p.petitioner["id_number"])
    add_issue = _issue_adder(mapping)
    settle_shared_ids(accepted, by_id, add_issue)
    for plan in accepted:
        person = plan.petitioner
        holder = by_id.get(person["id_number"]) if person["id_number"] else None
        old = register_match(existing, plan.case_no, plan.key)
        if old is None:
            plan.outcome = NEW
            plan.petitioner_id = holder["id"] if holder else None
            continue
        if old["case_no"] != plan.case_no:
            add_issue(plan, "case_no", "case_no_matched", plan.case_no, other=old["case_no"])
        plan.case_id = old["id"]
        if person.get("id_conflict") and old["id_number"] == person["id_conflict"]:
            # Linked to the ID's owner by an import before this rule: the case
            # gets a person of its own, found or made like a row without an ID.
            plan.petitioner_id = None
            plan.changes = {"petitioner": (old["petitioner"], None)}
            plan.outcome = UPDATED
            continue
        plan.petitioner_id = holder["id"] if holder else old["petitioner"]
        changes: dict[str, tuple[Any, Any]] = {}
        for key in _CASE_FIELDS:
            before = _plain(old[key])
            after = _plain(plan.case[key])
            if key not in _mapped_case_fields(mapping) and key not in ("many_people",):
                continue
            if key == "many_people" and (after is False or before == after):
                continue  # the ledger sets the flag, never clears one set by hand
            if before != after:
                changes[key] = (before, after)
        if (old["unit_name"] or None) != plan.unit and "handling_unit" in mapping:
            changes["handling_unit"] = (old["unit_name"], plan.unit)
        for key in _PETITIONER_FIELDS:
            ledger_key = {"name": "petitioner", "phones": "phones"}.get(key, key)
            if key == "village" and "village" not in mapping and "address" in mapping:
                ledger_key = "address"
            if ledger_key not in mapping:
                continue
            if key == "id_number" and person[key] is None:
                continue  # a bad or missing ID never erases a good one
            if old[key] != person[key]:
                changes[f"petitioner.{key}"] = (old[key], person[key])
        if holder is None and old["petitioner"] and person["id_number"] is None:
            plan.petitioner_id = old["petitioner"]
        if holder and holder["id"] != old["petitioner"]:
            changes["petitioner"] = (old["petitioner"], holder["id"])
        plan.changes = changes
        plan.outcome = UPDATED if changes else UNCHANGED


def _town_has(table: str) -> bool:
    """Whether the register holds any row of ``table`` for the home town.
    Without one (a new database) the lookups by case number and ID number
    have nothing to find, and their queries are skipped: SQLite would still
    build a lookup table of the ledger's 40,000 keys to find nothing (about
    50 ms of a 20,000-row import)."""
    sql = f'SELECT EXISTS (SELECT 1 FROM "{table}" WHERE town_id = {HOME_TOWN_ID})'
    return bool(db.execute_sql(sql).fetchone()[0])


_EXISTING_SQL = (
    "SELECT c.id, c.case_no, c.petitioner_id, "
    + ", ".join(f"c.{k}" for k in _CASE_FIELDS)
    + ", "
    + ", ".join(f"p.{k}" for k in _PETITIONER_FIELDS)
    + ', u.name FROM "case" c JOIN petitioner p ON p.id = c.petitioner_id'
    " LEFT JOIN handling_unit u ON u.id = c.handling_unit_id"
    f" WHERE c.town_id = {HOME_TOWN_ID} AND c.case_no IN (SELECT value FROM json_each(?))"
)
_DATE_FIELDS = ("registered_on", "concluded_on")


def _existing_cases(case_nos: list[str]) -> list[dict]:
    """The register's rows for these case numbers, as plain Python values."""
    names = ["id", "case_no", "petitioner", *_CASE_FIELDS, *_PETITIONER_FIELDS, "unit_name"]
    rows = []
    for values in db.execute_sql(_EXISTING_SQL, (json.dumps(case_nos, ensure_ascii=False),)):
        row = dict(zip(names, values, strict=True))
        for key in _DATE_FIELDS:
            if row[key]:
                row[key] = dt.date.fromisoformat(str(row[key])[:10])
        row["many_people"] = bool(row["many_people"])
        rows.append(row)
    return rows


def _mapped_case_fields(mapping: dict[str, int]) -> set[str]:
    fields = {k for k in mapping}
    if "petitioner" in mapping:
        fields.add("people_count")
    return fields


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if hasattr(value, "value") and not isinstance(value, (str, int)):
        return value.value
    return value.value if isinstance(value, (SourceLevel, Channel)) else value


def _cancelled() -> UserError:
    return UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))
