"""What the printed registration forms show, read from the database in batches.

The PDF renderer never sees a peewee object: ``form_data_for_targets`` reads
the cases, petitioners, tasks and (for filled forms) the final visit records
of many targets with a handful of queries per 500 targets, and hands back
plain frozen dataclasses (``FormData`` = ``FormCase`` + ``FormVisit``).
``targets_in_route_order`` gives the targets of a batch (a campaign, one
visitor's, one village's) in the order a visitor walks them: village, then
address, then case number (the order of the visitor's route sheet).

Printed forms are Chinese whatever the interface language: the labels of
coded values (交办来源, 回访方式, 满意度 ...) come from the vocabulary in
``data/`` (``label``). Forms
go to the petitioner's door and so carry the full name, address and phone;
``reveal=False`` masks ID number, phones and address for copies that leave
the office. Whoever prints calls ``record_forms_printed`` for the audit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, make_dataclass

from peewee import chunked, fn

from ..domain import audit, visit_fields, vocabulary
from ..domain.enums import RecordState
from ..domain.models import (
    Campaign,
    Case,
    ContactAttempt,
    HandlingUnit,
    Petitioner,
    Target,
    TaskVisitor,
    VisitRecord,
    db,
)
from ..domain.normalize import mask_address, mask_id, mask_phone
from ..domain.office import office_names as saved_office_names
from ..domain.rows import as_date
from ..domain.target_query import LEADER, targets_with_cases, unit_names, visitor_names

__all__ = [
    "FormCase",
    "FormContact",
    "FormData",
    "FormVisit",
    "blank_forms",
    "form_data_for_targets",
    "label",
    "office_names",
    "record_forms_printed",
    "targets_in_route_order",
]

def label(kind: str, code: str | None) -> str:
    """The Chinese label of ``code`` in vocabulary ``kind`` ('' for None), from data/."""
    return vocabulary.label(kind, code, "zh")


@dataclass(frozen=True)
class FormCase:
    """The case part of a form: what is known before the visit (labels in Chinese)."""

    case_no: str
    petitioner: str
    target_id: int | None = None
    id_number: str | None = None
    phones: tuple[str, ...] = ()
    address: str | None = None
    village: str | None = None
    source_level: str | None = None  # label, e.g. 中央交办
    channel: str | None = None  # label, e.g. 来访
    category: str | None = None
    registered_on: dt.date | None = None
    handling_unit: str | None = None
    concluded_on: dt.date | None = None
    demand: str | None = None
    conclusion: str | None = None
    responsible_leader: str | None = None
    visitors: tuple[str, ...] = ()
    joining_units: tuple[str, ...] = ()
    planned_method: str | None = None  # label, e.g. 上门走访
    due_on: dt.date | None = None
    key_case: bool = False
    people_count: int = 1
    campaign: str | None = None
    visit_no: int = 1  # the visit a prefilled form is for: after the last final record


@dataclass(frozen=True)
class FormContact:
    """One contact attempt (联系记录); ``means`` and ``outcome`` are codes."""

    at: dt.datetime | None
    means: str
    outcome: str
    note: str | None = None


#: The Python type of each kind of field of ``data/visit_record.toml``.
_KIND_TYPES: dict[str, object] = {
    "datetime": dt.datetime | None,
    "date": dt.date | None,
    "line": str | None,
    "text": str | None,
    "bool": bool | None,
    "choice": str | None,
}


def _visit_fields() -> list[tuple[str, object, object]]:
    """FormVisit's fields: the record's place, then every field of the visit record
    as ``visit_fields`` lists it (one list, not a second copy), then the review."""
    out: list[tuple[str, object, object]] = [
        ("visit_no", int, field(default=1)),
        ("state", str, field(default=RecordState.FINAL.value)),
    ]
    for f in visit_fields.fields():
        if f.kind == "contacts":
            continue
        out.append((f.key, _KIND_TYPES[f.kind], field(default=None)))
    out += [
        ("reviewed_by", str | None, field(default=None)),
        ("reviewed_on", dt.date | None, field(default=None)),
        ("contacts", tuple, field(default=())),
    ]
    return out


FormVisit = make_dataclass("FormVisit", _visit_fields(), frozen=True)
FormVisit.__module__ = __name__
FormVisit.__doc__ = """The visit part of a filled form, from one visit record.

Its fields are those of ``data/visit_record.toml`` (``visit_fields``), with
``visit_no``, ``state``, ``reviewed_by``, ``reviewed_on`` and ``contacts``
(``FormContact``). Enumerated values are the stored codes (``satisfied``,
``home_visit`` ...): the renderer ticks the box of a code.
"""


@dataclass(frozen=True)
class FormData:
    """One registration form: a case (None for a blank form) and, when filled, its visit."""

    case: FormCase | None = None
    visit: FormVisit | None = None

    @property
    def case_no(self) -> str:
        return self.case.case_no if self.case else ""


def blank_forms(count: int) -> list[FormData]:
    """``count`` fully blank forms (for cases not yet in the register)."""
    return [FormData() for _ in range(max(0, count))]


# --- loading ----------------------------------------------------------------------------

_CHUNK = 500
_VISIT_FIELDS = [
    f.name
    for f in VisitRecord._meta.sorted_fields
    if f.name in {x.name for x in FormVisit.__dataclass_fields__.values()}
]


def _plain(value):
    """Enum members as their stored code, everything else unchanged."""
    return value.value if hasattr(value, "value") and isinstance(value, str) else value


def form_data_for_targets(
    target_ids: Sequence[int], filled: bool = False, reveal: bool = True
) -> list[FormData]:
    """The forms of ``target_ids``, in that order (unknown ids are skipped).

    ``filled`` adds the latest final (or reviewed) visit record of each
    target; a target without one gets a form with a blank visit part.
    ``reveal=False`` masks ID numbers, phones and addresses.
    """
    ids = list(dict.fromkeys(int(t) for t in target_ids))
    by_id: dict[int, FormData] = {}
    for batch in chunked(ids, _CHUNK):
        by_id.update(_load_batch(list(batch), filled, reveal))
    return [by_id[t] for t in ids if t in by_id]


def _batch_query(ids: list[int]):
    """One row per target: the target, its case, petitioner, unit, leader and campaign."""
    return (
        targets_with_cases(
            Target.id,
            Target.key_case,
            Target.planned_method,
            Target.due_on,
            Case.case_no,
            Case.people_count,
            Case.channel,
            Case.source_level,
            Case.registered_on,
            Case.category,
            Case.demand,
            Case.concluded_on,
            Case.conclusion,
            Case.leader,
            Petitioner.name,
            Petitioner.id_number,
            Petitioner.phones,
            Petitioner.address,
            Petitioner.village,
            HandlingUnit.name,
            LEADER.name,
            Campaign.name,
            leader=True,
        )
        .join(Campaign)
        .where(Target.id.in_(ids))
        .tuples()
    )


def _form_case(row, visitors: dict, units: dict, last_visit: dict, reveal: bool) -> FormCase:
    """The case part of one form from one row of ``_batch_query``."""
    (tid, key_case, planned, due, case_no, people, channel, source, registered, category,
     demand, concluded, conclusion, case_leader, name, id_number, phones, address, village,
     unit, leader, campaign) = row  # fmt: skip
    phone_list = tuple(p for p in (phones or "").split(",") if p)
    if not reveal:
        id_number = mask_id(id_number)
        phone_list = tuple(mask_phone(p) or "" for p in phone_list)
        address = mask_address(address)
    return FormCase(
        case_no=case_no,
        petitioner=name,
        target_id=tid,
        id_number=id_number,
        phones=phone_list,
        address=address,
        village=village,
        source_level=label("source_level", _plain(source)) or None,
        channel=label("channel", _plain(channel)) or None,
        category=category,
        registered_on=as_date(registered),
        handling_unit=unit,
        concluded_on=as_date(concluded),
        demand=demand,
        conclusion=conclusion,
        responsible_leader=leader or case_leader,
        visitors=tuple(visitors.get(tid, ())),
        joining_units=tuple(units.get(tid, ())),
        planned_method=label("method", _plain(planned)) or None,
        due_on=as_date(due),
        key_case=bool(key_case),
        people_count=people or 1,
        campaign=campaign,
        visit_no=(last_visit.get(tid) or 0) + 1,
    )


def _load_batch(ids: list[int], filled: bool, reveal: bool) -> dict[int, FormData]:
    visitors = visitor_names(Target.id.in_(ids), by_id=True)
    units = unit_names(Target.id.in_(ids), by_id=True)
    visits = _final_visits(ids) if filled else {}
    last_visit = _last_visit_numbers(ids)
    out: dict[int, FormData] = {}
    for row in _batch_query(ids):
        case = _form_case(row, visitors, units, last_visit, reveal)
        out[case.target_id] = FormData(case, visits.get(case.target_id))
    return out


def _last_visit_numbers(ids: list[int]) -> dict[int, int]:
    """Per target, the number of its last final (or reviewed) visit record."""
    done = (RecordState.FINAL.value, RecordState.REVIEWED.value)
    return dict(
        VisitRecord.select(VisitRecord.target, fn.MAX(VisitRecord.visit_no))
        .where(VisitRecord.target.in_(ids) & VisitRecord.state.in_(done))
        .group_by(VisitRecord.target)
        .tuples()
    )


def _final_visits(ids: list[int]) -> dict[int, FormVisit]:
    """The latest final or reviewed visit record of each target, with its contacts."""
    done = (RecordState.FINAL.value, RecordState.REVIEWED.value)
    latest: dict[int, dict] = {}
    columns = [getattr(VisitRecord, name) for name in _VISIT_FIELDS]
    for row in (
        VisitRecord.select(VisitRecord.id, VisitRecord.target, *columns)
        .where(VisitRecord.target.in_(ids) & VisitRecord.state.in_(done))
        .order_by(VisitRecord.target, VisitRecord.visit_no)
        .dicts()
    ):
        latest[row["target"]] = row  # ordered by visit_no: the last one wins
    contacts: dict[int, list[FormContact]] = {}
    record_ids = [row["id"] for row in latest.values()]
    for batch in chunked(record_ids, _CHUNK):
        for visit, at, means, outcome, note in (
            ContactAttempt.select(
                ContactAttempt.visit,
                ContactAttempt.at,
                ContactAttempt.means,
                ContactAttempt.outcome,
                ContactAttempt.note,
            )
            .where(ContactAttempt.visit.in_(list(batch)))
            .order_by(ContactAttempt.visit, ContactAttempt.at, ContactAttempt.id)
            .tuples()
        ):
            contacts.setdefault(visit, []).append(
                FormContact(at, _plain(means), _plain(outcome), note)
            )
    visits: dict[int, FormVisit] = {}
    for tid, row in latest.items():
        values = {name: _plain(row[name]) for name in _VISIT_FIELDS}
        for name in ("next_due", "recorded_on", "reviewed_on"):
            values[name] = as_date(values[name])
        values["petitioner_away"] = bool(values["petitioner_away"])
        values["followup_needed"] = bool(values["followup_needed"])
        values["signed_visitors"] = bool(values["signed_visitors"])
        visits[tid] = FormVisit(**values, contacts=tuple(contacts.get(row["id"], ())))
    return visits


def targets_in_route_order(
    campaign_id: int,
    visitor_id: int | None = None,
    village: str | None = None,
    statuses: Iterable[str] | None = None,
) -> list[int]:
    """The included targets of a campaign in route order (village, address, case number).

    ``visitor_id`` keeps one visitor's tasks, ``village`` one village's,
    ``statuses`` (board statuses) only tasks in those columns.
    """
    query = (
        Target.select(Target.id)
        .join(Case)
        .join(Petitioner)
        .where((Target.campaign == campaign_id) & (Target.included == True))  # noqa: E712
    )
    if visitor_id is not None:
        query = query.where(
            Target.id.in_(
                TaskVisitor.select(TaskVisitor.target).where(TaskVisitor.staff == visitor_id)
            )
        )
    if village:
        query = query.where(Petitioner.village == village)
    if statuses is not None:
        query = query.where(Target.status.in_([_plain(s) for s in statuses]))
    # NULL villages and addresses last, as SQLite sorts them first
    query = query.order_by(
        Petitioner.village.is_null(),
        Petitioner.village,
        Petitioner.address.is_null(),
        Petitioner.address,
        Case.case_no,
    )
    return [tid for (tid,) in query.tuples()]


def office_names() -> tuple[str, str]:
    """(town, office) from the settings, for the forms' heading; '' when unset."""
    names = saved_office_names()
    return names.town, names.office


def record_forms_printed(
    forms: Sequence[FormData], file_name: str, mode: str, revealed: bool = True
) -> None:
    """Leave the audit record of printed forms: who printed which cases, unmasked or not."""
    case_nos = [f.case_no for f in forms if f.case is not None]
    with db.atomic():
        audit.log_action(
            "print",
            "target",
            None,
            {
                "what": "registration_form",
                "mode": mode,
                "file": file_name,
                "count": len(forms),
                "cases": case_nos,
                "revealed": bool(revealed),
            },
        )
