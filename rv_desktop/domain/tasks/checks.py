"""The checks shared by the task writes: cases, due dates, units, visitors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import SQL, chunked, fn

from ..enums import StaffRole, TaskStatus
from ..errors import QT_TRANSLATE_NOOP, UserError, found

# --- nobody left out: domain/left_out.py ------------------------------------------------
from ..models import (
    Campaign,
    Case,
    HandlingUnit,
    Staff,
    Target,
    TaskVisitor,
    _now,
)

#: Statuses of tasks still to be visited (what a route sheet lists).
OPEN_STATUSES = (TaskStatus.ASSIGNED.value, TaskStatus.FOLLOW_UP.value)

_LEADER_ROLES = (StaffRole.LEADER.value, StaffRole.OFFICE_LEAD.value)


class TaskError(UserError):
    """An assignment or a move that cannot be made; nothing was changed."""


# --- checks shared by the writes ------------------------------------------------------


def staff_member(staff_id: int) -> Staff:
    """The staff member ``staff_id``; a TaskError when there is none."""
    person = Staff.get_or_none(Staff.id == staff_id)
    no_one = QT_TRANSLATE_NOOP("UserError", "There is no staff member {id}.")
    return found(person, TaskError, "staff_not_found", no_one, id=staff_id)


def _targets(target_ids: Iterable[int]) -> list[Target]:
    ids = list(dict.fromkeys(int(t) for t in target_ids))
    if not ids:
        raise TaskError(
            "no_tasks", QT_TRANSLATE_NOOP("UserError", "Choose at least one task first.")
        )
    by_id: dict[int, Target] = {}
    for batch in chunked(ids, 500):
        query = (
            Target.select(Target, Case, Campaign)
            .join(Case)
            .switch(Target)
            .join(Campaign)
            .where(Target.id.in_(batch))
        )
        by_id.update((t.id, t) for t in query)
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise TaskError(
            "task_not_found",
            QT_TRANSLATE_NOOP(
                "UserError", "The task {id} no longer exists; it may have been removed."
            ),
            id=missing[0],
        )
    targets = [by_id[i] for i in ids]
    for t in targets:
        if not t.included:
            raise TaskError(
                "task_excluded",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Case {case_no} is excluded from the campaign and gets no task. "
                    "Add it to the targets first.",
                ),
                case_no=t.case.case_no,
            )
    return targets


def _check_due(due_on: dt.date, targets: list[Target]) -> None:
    seen: set[int] = set()
    for t in targets:
        c = t.campaign
        if c.id in seen:
            continue
        seen.add(c.id)
        if c.impl_start and due_on < c.impl_start:
            raise TaskError(
                "due_before_implementation",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The due date {due} is before the implementation stage of {campaign} "
                    "starts ({start}).",
                ),
                due=due_on,
                campaign=c.name,
                start=c.impl_start,
            )
        if c.impl_end and due_on > c.impl_end:
            raise TaskError(
                "due_after_implementation",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The due date {due} is after the implementation stage of {campaign} "
                    "ends ({end}).",
                ),
                due=due_on,
                campaign=c.name,
                end=c.impl_end,
            )


def _units(unit_ids: Iterable[int]) -> list[int]:
    ids = list(dict.fromkeys(int(u) for u in unit_ids))
    units = {u.id: u for u in HandlingUnit.select().where(HandlingUnit.id.in_(ids))}
    for uid in ids:
        unit = units.get(uid)
        if unit is None:
            raise TaskError(
                "unit_not_found",
                QT_TRANSLATE_NOOP("UserError", "There is no handling unit {id}."),
                id=uid,
            )
        if not unit.active:
            raise TaskError(
                "unit_inactive",
                QT_TRANSLATE_NOOP(
                    "UserError", "The unit {name} is no longer active and cannot join a visit."
                ),
                name=unit.name,
            )
    return ids


def _link(model, column, ids: list[int], wanted: list[int], replace: bool) -> None:
    """Make the links of ``model`` (TaskVisitor / TaskUnit) of ``ids`` be ``wanted``.

    Only links that change are written, so the audit shows what really changed.
    """
    other = getattr(model, column)
    for batch in chunked(ids, 500):
        if replace:
            stale = model.delete().where(model.target.in_(batch))
            if wanted:
                stale = stale.where(other.not_in(wanted))
            stale.execute()
        present = set(model.select(model.target, other).where(model.target.in_(batch)).tuples())
        rows = [
            {model.target: tid, other: oid}
            for tid in batch
            for oid in wanted
            if (tid, oid) not in present
        ]
        for part in chunked(rows, 200):
            model.insert_many(part).execute()


def _sync_assigned(ids: list[int]) -> None:
    """unassigned → assigned once a card has a visitor; assigned → unassigned without one."""
    has_visitor = fn.EXISTS(TaskVisitor.select(SQL("1")).where(TaskVisitor.target == Target.id))
    now = _now()
    for batch in chunked(ids, 500):
        Target.update(status=TaskStatus.ASSIGNED.value, updated_at=now).where(
            Target.id.in_(batch) & (Target.status == TaskStatus.UNASSIGNED.value) & has_visitor
        ).execute()
        Target.update(status=TaskStatus.UNASSIGNED.value, updated_at=now).where(
            Target.id.in_(batch) & (Target.status == TaskStatus.ASSIGNED.value) & ~has_visitor
        ).execute()
