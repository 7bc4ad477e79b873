"""Reading a visit record (``load_visit``) and writing its draft (``start_visit``,
``form_for_task``, ``save_draft``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..enums import RecordState, TaskStatus
from ..errors import QT_TRANSLATE_NOOP, found
from ..models import (
    Case,
    ContactAttempt,
    HandlingUnit,
    Petitioner,
    Target,
    VisitRecord,
    _now,
    db,
)
from ..target_query import unit_names, visitor_names
from .values import (
    _DATES,
    _DATETIMES,
    _DRAFT_FIELDS,
    _ENUMS,
    _LIST_SEPARATOR,
    _NOT_NULL_BOOLS,
    ContactDraft,
    VisitDraft,
    VisitError,
    _as_dict,
    _clean_contacts,
    _clean_values,
    _to_date,
    _to_datetime,
)

# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EarlierVisit:
    """Another visit record of the same task, shown read-only beside the form."""

    id: int
    visit_no: int
    state: str
    visited_on: dt.date | None
    method: str | None
    satisfaction: str | None
    settled: bool | None


@dataclass
class VisitForm:
    """Everything the form shows: the record, its contacts, its case, its siblings."""

    id: int
    target_id: int
    visit_no: int
    state: str
    read_only: bool
    values: VisitDraft
    contacts: list[ContactDraft]
    case_no: str
    petitioner: str
    concluded_on: dt.date | None
    handling_unit: str | None
    conclusion: str | None
    reviewed_by: str | None = None
    reviewed_on: dt.date | None = None
    reopen_reason: str | None = None
    others: list[EarlierVisit] = field(default_factory=list)
    case_id: int = 0
    #: True when ``start_visit`` has just created this draft (nothing typed yet)
    created: bool = False


def _record(visit_id: int) -> VisitRecord:
    record = (
        VisitRecord.select(VisitRecord, Target, Case)
        .join(Target)
        .join(Case)
        .where(VisitRecord.id == visit_id)
        .first()
    )
    no_record = QT_TRANSLATE_NOOP("UserError", "There is no visit record {id}.")
    return found(record, VisitError, "visit_not_found", no_record, id=visit_id)


def _draft_of(record: VisitRecord) -> VisitDraft:
    values = {}
    for name in _DRAFT_FIELDS:
        value = getattr(record, name)
        if name in _ENUMS and value is not None:
            value = str(value.value if hasattr(value, "value") else value)
        if name in _DATES:
            value = _to_date(name, value)
        if name in _DATETIMES:
            value = _to_datetime(name, value)
        if name in _NOT_NULL_BOOLS:
            value = bool(value)
        values[name] = value
    return VisitDraft(**values)


def _contacts_of(visit_id: int) -> list[ContactDraft]:
    return [
        ContactDraft(
            _to_datetime("at", c.at),
            c.means.value,
            c.outcome.value,
            c.note,
        )
        for c in ContactAttempt.select()
        .where(ContactAttempt.visit == visit_id)
        .order_by(ContactAttempt.at, ContactAttempt.id)
    ]


def _state(record: VisitRecord) -> str:
    return str(record.state.value if hasattr(record.state, "value") else record.state)


def load_visit(visit_id: int) -> VisitForm:
    """The form of one visit record, with the task's other records (read-only)."""
    record = _record(visit_id)
    case = record.target.case
    petitioner = Petitioner.get_by_id(case.petitioner_id)
    unit = HandlingUnit.get_or_none(HandlingUnit.id == case.handling_unit_id)
    others = [
        EarlierVisit(
            r.id,
            r.visit_no,
            _state(r),
            _to_date("visited_at", r.visited_at),
            r.method.value if r.method else None,
            r.satisfaction.value if r.satisfaction else None,
            r.settled,
        )
        for r in VisitRecord.select()
        .where((VisitRecord.target == record.target_id) & (VisitRecord.id != record.id))
        .order_by(VisitRecord.visit_no)
    ]
    state = _state(record)
    return VisitForm(
        id=record.id,
        target_id=record.target_id,
        visit_no=record.visit_no,
        state=state,
        read_only=state != RecordState.DRAFT.value,
        values=_draft_of(record),
        contacts=_contacts_of(record.id),
        case_no=case.case_no,
        petitioner=petitioner.name,
        concluded_on=_to_date("concluded_on", case.concluded_on),
        handling_unit=unit.name if unit else None,
        conclusion=case.conclusion,
        reviewed_by=record.reviewed_by,
        reviewed_on=_to_date("reviewed_on", record.reviewed_on),
        reopen_reason=record.reopen_reason,
        others=others,
        case_id=case.id,
    )


# --- writing ---------------------------------------------------------------------------


def _set_status(target_id: int, status: str) -> None:
    Target.update(status=status, updated_at=_now()).where(
        (Target.id == target_id) & (Target.status != status)
    ).execute()


def _planned_people(target_id: int) -> tuple[list[str], list[str]]:
    """The task's visitors and joining units, by name."""
    visitors = visitor_names(Target.id == target_id)
    units = unit_names(Target.id == target_id)
    return visitors.get(target_id, []), units.get(target_id, [])


def start_visit(target_id: int) -> VisitForm:
    """Open the next visit record of a task: its draft if it has one, else a new draft.

    The new draft's ``visit_no`` follows the highest one (1 for the first
    visit); it starts with the task's planned method, visitors and joining
    units. The card moves to the visited column (a form is in progress).
    """
    with db.atomic():
        target = Target.select(Target, Case).join(Case).where(Target.id == target_id).first()
        gone = QT_TRANSLATE_NOOP(
            "UserError", "The task {id} no longer exists; it may have been removed."
        )
        target = found(target, VisitError, "task_not_found", gone, id=target_id)
        if not target.included:
            raise VisitError(
                "task_excluded",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Case {case_no} is excluded from the campaign and gets no visit record.",
                ),
                case_no=target.case.case_no,
            )
        draft = (
            VisitRecord.select(VisitRecord.id)
            .where(
                (VisitRecord.target == target.id) & (VisitRecord.state == RecordState.DRAFT.value)
            )
            .order_by(VisitRecord.visit_no.desc())
            .first()
        )
        if draft is not None:
            return load_visit(draft.id)
        last = (
            VisitRecord.select(VisitRecord.visit_no)
            .where(VisitRecord.target == target.id)
            .order_by(VisitRecord.visit_no.desc())
            .scalar()
        )
        visitors, units = _planned_people(target.id)
        record = VisitRecord.create(
            target=target.id,
            visit_no=(last or 0) + 1,
            state=RecordState.DRAFT.value,
            method=target.planned_method,
            visitors=_LIST_SEPARATOR.join(visitors) or None,
            joining_units=_LIST_SEPARATOR.join(units) or None,
        )
        _set_status(target.id, TaskStatus.VISITED.value)
    form = load_visit(record.id)
    form.created = True
    return form


def form_for_task(target_id: int) -> VisitForm:
    """The form a task opens on: its latest record (draft, final or reviewed), or a
    new first draft (``start_visit``) when it has none.

    A final record opens read-only; a re-visit is started explicitly with
    ``start_visit``.
    """
    latest = (
        VisitRecord.select(VisitRecord.id)
        .where(VisitRecord.target == target_id)
        .order_by(VisitRecord.visit_no.desc())
        .first()
    )
    if latest is not None:
        return load_visit(latest.id)
    return start_visit(target_id)


def _read_only(record: VisitRecord) -> VisitError:
    return VisitError(
        "visit_read_only",
        QT_TRANSLATE_NOOP(
            "UserError",
            "Visit {visit_no} of case {case_no} is final and read-only. Reopen it, with a "
            "reason, to change it.",
        ),
        visit_no=record.visit_no,
        case_no=record.target.case.case_no,
    )


def _merged(record: VisitRecord, values: Any) -> dict[str, Any]:
    """The stored form with ``values`` laid over it (a key left out keeps its value)."""
    raw = _as_dict(values, _DRAFT_FIELDS)
    return _clean_values({**asdict(_draft_of(record)), **raw})


def _write(
    record: VisitRecord, values: dict[str, Any], contacts: list[dict[str, Any]] | None
) -> None:
    changed = {name: value for name, value in values.items() if _stored(record, name) != value}
    if changed:
        VisitRecord.update({**changed, "updated_at": _now()}).where(
            VisitRecord.id == record.id
        ).execute()
    present = [
        {"at": c.at, "means": c.means.value, "outcome": c.outcome.value, "note": c.note}
        for c in ContactAttempt.select()
        .where(ContactAttempt.visit == record.id)
        .order_by(ContactAttempt.at, ContactAttempt.id)
    ]
    if contacts is None:
        return
    for row in present:
        row["at"] = _to_datetime("at", row["at"])
    wanted = sorted(contacts, key=lambda c: c["at"])
    if present != wanted:  # only rewrite the attempts when they changed (the audit stays short)
        ContactAttempt.delete().where(ContactAttempt.visit == record.id).execute()
        for row in wanted:
            ContactAttempt.create(visit=record.id, **row)


def _stored(record: VisitRecord, name: str) -> Any:
    value = getattr(record, name)
    if name in _ENUMS and value is not None:
        return str(value.value if hasattr(value, "value") else value)
    if name in _DATES:
        return _to_date(name, value)
    if name in _DATETIMES:
        return _to_datetime(name, value)
    if name in _NOT_NULL_BOOLS:
        return bool(value)
    return value


def save_draft(visit_id: int, values: Any, contacts: Iterable[Any] | None = None) -> VisitForm:
    """Store the form as it is, complete or not; only a draft can be saved.

    ``values`` (a ``VisitDraft`` or a dict) is laid over what is stored: a
    dict key left out keeps its stored value, a key given as ``None`` or ""
    empties the field. ``contacts`` replaces the contact attempts (``None``
    keeps them; rows left completely empty are ignored; a row partly filled
    is refused: the table needs time, means and outcome). Only fields that
    changed are written, so the audit shows what really changed. Returns the
    form as stored.
    """
    attempts = None if contacts is None else _clean_contacts(contacts)
    with db.atomic():
        record = _record(visit_id)
        if _state(record) != RecordState.DRAFT.value:
            raise _read_only(record)
        _write(record, _merged(record, values), attempts)
    return load_visit(visit_id)
