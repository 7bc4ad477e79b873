"""Targets by hand: adding a case, excluding one with a reason, marking key cases."""

from __future__ import annotations

from ..enums import ExclusionReason, TaskStatus
from ..errors import QT_TRANSLATE_NOOP, found, member_value
from ..models import (
    Campaign,
    Case,
    Target,
    TaskUnit,
    TaskVisitor,
    VisitRecord,
    _now,
    db,
)
from .criteria import ScreeningError


def _case(case: Case | int | str) -> Case:
    if isinstance(case, Case):
        return case
    row = (
        Case.get_or_none(Case.id == case)
        if isinstance(case, int)
        else Case.get_or_none(Case.case_no == str(case).strip())
    )
    no_case = QT_TRANSLATE_NOOP("UserError", "There is no case {case_no} in the register.")
    return found(row, ScreeningError, "case_not_found", no_case, case_no=case)


def _target(target: Target | int) -> Target:
    target_id = target.id if isinstance(target, Target) else target
    row = (
        Target.select(Target, Case, Campaign)
        .join(Case)
        .switch(Target)
        .join(Campaign)
        .where(Target.id == target_id)
        .get_or_none()
    )
    gone = QT_TRANSLATE_NOOP(
        "UserError", "The target {id} no longer exists; it may have been removed."
    )
    return found(row, ScreeningError, "target_not_found", gone, id=target_id)


def add_target(campaign: Campaign, case: Case | int | str, note: str) -> Target:
    """Add a case to the campaign's targets by hand, with a note saying why.

    A case the screening excluded is included instead (the note replaces
    the exclusion). A case that already is a target is refused. A case not
    settled becomes a key case (unmark it with ``set_key_case``).
    """
    note = (note or "").strip()
    with db.atomic():
        case = _case(case)
        existing = Target.get_or_none((Target.campaign == campaign.id) & (Target.case == case.id))
        if existing is not None and existing.included:
            raise ScreeningError(
                "already_target",
                QT_TRANSLATE_NOOP("UserError", "Case {case_no} is already a target of {campaign}."),
                case_no=case.case_no,
                campaign=campaign.name,
            )
        if not note:
            raise ScreeningError(
                "target_note_missing",
                QT_TRANSLATE_NOOP(
                    "UserError", "Say why case {case_no} is added by hand: the note is empty."
                ),
                case_no=case.case_no,
            )
        values = {
            "included": True,
            "exclusion_reason": None,
            "exclusion_note": note,
            "added_by_hand": True,
            "key_case": not case.settled,
            "updated_at": _now(),
        }
        if existing is None:
            target = Target.create(campaign=campaign.id, case=case.id, **values)
        else:
            Target.update(**values).where(Target.id == existing.id).execute()
            target = existing
    return _target(target.id)


def exclude_target(target: Target | int, reason: str, note: str = "") -> Target:
    """Exclude a target by hand with a reason (and a note, needed for "other").

    Refused once the case has a visit record. An assignment the target had
    (leader, visitors, units, method, due date) is cleared with it.
    """
    note = (note or "").strip()
    with db.atomic():
        target = _target(target)
        not_a_reason = QT_TRANSLATE_NOOP("UserError", '"{reason}" is not an exclusion reason.')
        code = "bad_exclusion_reason"
        reason = member_value(
            ExclusionReason, reason, ScreeningError, code, not_a_reason, reason=reason
        )
        visit = (
            VisitRecord.select(VisitRecord.visit_no)
            .where(VisitRecord.target == target.id)
            .order_by(VisitRecord.visit_no)
            .first()
        )
        if visit is not None:
            raise ScreeningError(
                "excluded_has_visit",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Case {case_no} has a visit record (visit {visit_no}), so it cannot be "
                    "excluded any more.",
                ),
                case_no=target.case.case_no,
                visit_no=visit.visit_no,
            )
        if reason == ExclusionReason.OTHER.value and not note:
            raise ScreeningError(
                "exclusion_note_missing",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    'Case {case_no}: the reason "other" needs a note saying why it is excluded.',
                ),
                case_no=target.case.case_no,
            )
        TaskVisitor.delete().where(TaskVisitor.target == target.id).execute()
        TaskUnit.delete().where(TaskUnit.target == target.id).execute()
        Target.update(
            included=False,
            exclusion_reason=reason,
            exclusion_note=note or None,
            added_by_hand=True,
            key_case=False,
            responsible_leader=None,
            planned_method=None,
            due_on=None,
            status=TaskStatus.UNASSIGNED.value,
            updated_at=_now(),
        ).where(Target.id == target.id).execute()
    return _target(target.id)


def set_key_case(target: Target | int, key: bool = True) -> Target:
    """Mark (or unmark) a target as a key case (重点)."""
    with db.atomic():
        target = _target(target)
        if not target.included and key:
            raise ScreeningError(
                "key_case_excluded",
                QT_TRANSLATE_NOOP(
                    "UserError", "Case {case_no} is excluded; only a target can be a key case."
                ),
                case_no=target.case.case_no,
            )
        if bool(target.key_case) != key:
            Target.update(key_case=key, updated_at=_now()).where(Target.id == target.id).execute()
    return _target(target.id)
