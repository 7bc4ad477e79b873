"""Moving a card between the board's columns, as the visit records allow."""

from __future__ import annotations

from ..enums import FollowUpKind, FollowUpState, RecordState, TaskStatus
from ..errors import QT_TRANSLATE_NOOP, member_value

# --- nobody left out: domain/left_out.py ------------------------------------------------
from ..models import (
    FollowUp,
    Target,
    TaskVisitor,
    VisitRecord,
    _now,
    db,
)
from .checks import TaskError, _targets


def move_task(target_id: int, status: str) -> Target:
    """Move a card to another column, if the visit records allow it (see the module)."""
    not_a_column = QT_TRANSLATE_NOOP("UserError", '"{status}" is not a column of the board.')
    status = member_value(TaskStatus, status, TaskError, "bad_status", not_a_column, status=status)
    with db.atomic():
        (target,) = _targets([target_id])
        case_no = target.case.case_no
        if target.status.value == status:
            return target
        visits = list(
            VisitRecord.select(VisitRecord.visit_no, VisitRecord.state)
            .where(VisitRecord.target == target.id)
            .order_by(VisitRecord.visit_no)
            .tuples()
        )
        visitors = TaskVisitor.select().where(TaskVisitor.target == target.id).count()
        if status in (TaskStatus.UNASSIGNED.value, TaskStatus.ASSIGNED.value) and visits:
            raise TaskError(
                "task_has_visit",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Case {case_no} already has a visit record; its card stays among the "
                    "visited, follow-up and done columns.",
                ),
                case_no=case_no,
            )
        if status == TaskStatus.ASSIGNED.value and not visitors:
            raise TaskError(
                "task_needs_visitor",
                QT_TRANSLATE_NOOP(
                    "UserError", "Case {case_no} has no visitor yet. Give it a visitor first."
                ),
                case_no=case_no,
            )
        if status in (TaskStatus.VISITED.value, TaskStatus.FOLLOW_UP.value) and not visits:
            raise TaskError(
                "task_needs_visit",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Case {case_no} has no visit record yet. Enter the visit's form first.",
                ),
                case_no=case_no,
            )
        if status == TaskStatus.DONE.value:
            _check_done(target, case_no, visits)
        if status == TaskStatus.UNASSIGNED.value:
            TaskVisitor.delete().where(TaskVisitor.target == target.id).execute()
        Target.update(status=status, updated_at=_now()).where(Target.id == target.id).execute()
    return Target.get_by_id(target.id)


def _check_done(target: Target, case_no: str, visits: list[tuple[int, str]]) -> None:
    final = (RecordState.FINAL.value, RecordState.REVIEWED.value)
    if not visits or str(visits[-1][1]) not in final:
        raise TaskError(
            "done_needs_final",
            QT_TRANSLATE_NOOP(
                "UserError",
                "Case {case_no} has no final visit record yet; finish the form before "
                "marking the task done.",
            ),
            case_no=case_no,
        )
    open_items = (
        FollowUp.select()
        .where(
            (FollowUp.target == target.id)
            & (FollowUp.state == FollowUpState.OPEN.value)
            & (FollowUp.kind != FollowUpKind.HELP.value)
        )
        .count()
    )
    if open_items:
        raise TaskError(
            "done_open_followups",
            QT_TRANSLATE_NOOP(
                "UserError",
                "Case {case_no} has {count} open follow-up or rework items; close them first.",
            ),
            case_no=case_no,
            count=open_items,
        )
