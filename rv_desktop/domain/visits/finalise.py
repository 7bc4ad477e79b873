"""Finalising a visit record: the check, the items it raises, the task's new column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .. import plan_rules
from ..enums import FollowUpKind, FollowUpState, RecordState, Satisfaction, TaskStatus
from ..errors import QT_TRANSLATE_NOOP
from ..models import FollowUp, HandlingUnit, Target, TaskVisitor, VisitRecord, _now, db
from .records import _contacts_of, _merged, _read_only, _record, _set_status, _state, _write
from .rules import validate
from .values import (
    _BLOCKING,
    _GOOD,
    _ITEM_SEPARATOR,
    HELP_DAYS,
    REWORK_DAYS,
    VisitError,
    _clean_contacts,
    _to_date,
)


@dataclass(frozen=True)
class FinaliseResult:
    """What finalising did: the task's new column and the items raised."""

    visit_id: int
    task_status: str
    rework_id: int | None = None
    help_id: int | None = None
    followup_id: int | None = None


def _open_items(target_id: int, kinds: Sequence[str]) -> int:
    return (
        FollowUp.select()
        .where(
            (FollowUp.target == target_id)
            & (FollowUp.state == FollowUpState.OPEN.value)
            & FollowUp.kind.in_(list(kinds))
        )
        .count()
    )


def _raise_item(record: VisitRecord, kind: str, wanted: dict[str, Any] | None) -> int | None:
    """Create or update the open item of ``kind`` raised by ``record``, or drop it."""
    existing = (
        FollowUp.select()
        .where(
            (FollowUp.visit == record.id)
            & (FollowUp.kind == kind)
            & (FollowUp.state == FollowUpState.OPEN.value)
        )
        .order_by(FollowUp.id)
        .first()
    )
    if wanted is None:
        if existing is not None:  # raised before a correction that no longer calls for it
            FollowUp.delete().where(FollowUp.id == existing.id).execute()
        return None
    if existing is None:
        return FollowUp.create(target=record.target_id, visit=record.id, kind=kind, **wanted).id
    stored = {**existing.__data__, "due_on": _to_date("due_on", existing.due_on)}
    changed = {k: v for k, v in wanted.items() if stored.get(k) != v}
    if changed:
        FollowUp.update(changed).where(FollowUp.id == existing.id).execute()
    return existing.id


def _items_called_for(
    clean: dict[str, Any],
    case: Any,
    today: dt.date,
    rework_due: dt.date | None,
    help_due: dt.date | None,
) -> tuple[dict[str, Any] | None, dict[str, Any] | None, dict[str, Any] | None]:
    """The rework, help and follow-up items a final form calls for (None: not called for)."""
    visited_on = clean["visited_at"].date()
    satisfaction = clean["satisfaction"]
    dissatisfied = satisfaction == Satisfaction.DISSATISFIED.value
    rework = None
    # a "no"/"partly" to point (1) or (2), or to lawful handling, goes back to the
    # handling unit unless the clerk recorded why not
    points = plan_rules.needs_point_rework(clean) or (
        clean["look_lawful"] is False and not clean["no_rework_reason"]
    )
    if dissatisfied or points or clean["look_satisfied"] is False:
        unit = HandlingUnit.get_or_none(HandlingUnit.id == case.handling_unit_id)
        reasons = [clean["dissatisfaction_reason"]]
        if points:
            reasons += [clean["conclusion_note"], clean["demands_note"]]
        rework = {
            "reason": _ITEM_SEPARATOR.join(dict.fromkeys(r for r in reasons if r)) or None,
            "action": clean["next_action"],
            "assignee": unit.name if unit else None,
            "unit": unit.id if unit else None,
            "due_on": rework_due or today + dt.timedelta(days=REWORK_DAYS),
        }
    help_item = None
    if clean["difficulties"]:
        help_item = {
            "reason": clean["difficulties"],
            "action": clean["help_given"],
            "assignee": clean["help_by"],
            "due_on": help_due or visited_on + dt.timedelta(days=HELP_DAYS),
        }
    follow = None
    if clean["followup_needed"]:
        follow = {
            "reason": clean["dissatisfaction_reason"] or clean["explained"],
            "action": clean["next_action"],
            "assignee": clean["next_by"],
            "due_on": clean["next_due"],
        }
    return rework, help_item, follow


def _refuse_incomplete(
    record: VisitRecord,
    clean: dict[str, Any],
    attempts: list[dict[str, Any]],
    today: dt.date,
    level: str | None,
) -> None:
    """Refuse (``visit_incomplete``, every problem listed) a form that cannot be final."""
    case = record.target.case
    concluded_on = _to_date("concluded_on", case.concluded_on)
    problems = validate(clean, attempts, today, concluded_on=concluded_on, level=level)
    if problems:
        raise VisitError(
            "visit_incomplete",
            QT_TRANSLATE_NOOP(
                "UserError",
                "Visit {visit_no} of case {case_no} cannot be final yet: {count} fields "
                "still need attention.",
            ),
            problems=problems,
            visit_no=record.visit_no,
            case_no=case.case_no,
            count=len(problems),
        )


def finalise(
    visit_id: int,
    values: Any = None,
    contacts: Iterable[Any] | None = None,
    today: dt.date | None = None,
    *,
    rework_due: dt.date | None = None,
    help_due: dt.date | None = None,
    level: str | None = None,
) -> FinaliseResult:
    """Check the form and make it final; raise the items it calls for; move the task.

    ``values`` is laid over what is stored, as in ``save_draft``;
    ``contacts`` of ``None`` takes the stored attempts. Refused with a
    ``VisitError`` (code ``visit_incomplete``, ``problems`` listing every
    ``FieldProblem``) while anything is missing; nothing is saved then, not
    even as a draft.
    """
    today = today or dt.date.today()
    with db.atomic():
        record = _record(visit_id)
        if _state(record) != RecordState.DRAFT.value:
            raise _read_only(record)
        case = record.target.case
        clean = plan_rules.complete(_merged(record, values))
        attempts = _clean_contacts(_contacts_of(record.id) if contacts is None else contacts)
        _refuse_incomplete(record, clean, attempts, today, level)
        if clean["recorded_on"] is None:
            clean["recorded_on"] = today
        _write(record, clean, attempts)
        VisitRecord.update(state=RecordState.FINAL.value, updated_at=_now()).where(
            VisitRecord.id == record.id
        ).execute()

        satisfaction = clean["satisfaction"]
        rework, help_item, follow = _items_called_for(clean, case, today, rework_due, help_due)
        rework_id = _raise_item(record, FollowUpKind.REWORK.value, rework)
        help_id = _raise_item(record, FollowUpKind.HELP.value, help_item)
        followup_id = _raise_item(record, FollowUpKind.FOLLOW_UP.value, follow)

        done = (
            (
                plan_rules.closes_without_answers(clean)
                or (satisfaction in _GOOD and clean["settled"] is True)
            )
            and not clean["followup_needed"]
            and rework is None
            and not _open_items(record.target_id, _BLOCKING)
        )
        status = TaskStatus.DONE.value if done else TaskStatus.FOLLOW_UP.value
        _set_status(record.target_id, status)
    return FinaliseResult(record.id, status, rework_id, help_id, followup_id)


def _latest(target_id: int) -> VisitRecord | None:
    return (
        VisitRecord.select()
        .where(VisitRecord.target == target_id)
        .order_by(VisitRecord.visit_no.desc())
        .first()
    )


def _status_from_records(target: Target) -> str:
    """The board column a task's visit records call for (after a draft is discarded)."""
    latest = _latest(target.id)
    if latest is None:
        has_visitor = TaskVisitor.select().where(TaskVisitor.target == target.id).exists()
        return TaskStatus.ASSIGNED.value if has_visitor else TaskStatus.UNASSIGNED.value
    if _state(latest) == RecordState.DRAFT.value:
        return TaskStatus.VISITED.value
    deceased = latest.contact_result is not None and latest.contact_result.value in (
        plan_rules.FINAL_OUTCOMES
    )
    good = (
        (deceased or (latest.satisfaction is not None and latest.satisfaction.value in _GOOD))
        and (deceased or latest.settled is True)
        and not latest.followup_needed
        and not _open_items(target.id, _BLOCKING)
    )
    return TaskStatus.DONE.value if good else TaskStatus.FOLLOW_UP.value
