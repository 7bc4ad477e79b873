"""Assigning tasks: leader, visitors, joining units, method and due date, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from peewee import chunked

from ..enums import VisitMethod
from ..errors import QT_TRANSLATE_NOOP, member_value

# --- nobody left out: domain/left_out.py ------------------------------------------------
from ..models import (
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    _now,
    db,
)
from .checks import _LEADER_ROLES, TaskError, _check_due, _link, _sync_assigned, _targets, _units
from .staff import _staff


def _leader(leader_id: int, today: dt.date) -> Staff:
    """The staff member ``leader_id``, refused unless a leader still in office."""
    leader = _staff(leader_id, today)
    if leader.role.value not in _LEADER_ROLES:
        raise TaskError(
            "not_a_leader",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} is not a leader; the responsible leader of a case must be one.",
            ),
            name=leader.name,
        )
    return leader


def _method(method: str) -> str:
    """The planned visit method's stored value, refused when not a visit method."""
    not_a_method = QT_TRANSLATE_NOOP("UserError", '"{method}" is not a visit method.')
    return member_value(VisitMethod, method, TaskError, "bad_method", not_a_method, method=method)


def assign_tasks(
    target_ids: Iterable[int],
    leader_id: int | None = None,
    visitor_ids: Sequence[int] | None = None,
    unit_ids: Sequence[int] | None = None,
    method: str | None = None,
    due_on: dt.date | None = None,
    *,
    today: dt.date | None = None,
) -> int:
    """Give the tasks ``target_ids`` the values passed; ``None`` leaves a value as it is.

    ``visitor_ids`` and ``unit_ids`` replace the visitors and joining units
    (an empty list removes them all). A card with a visitor moves from
    unassigned to assigned, one left without any back to unassigned.
    Returns the number of tasks.
    """
    today = today or dt.date.today()
    with db.atomic():
        targets = _targets(target_ids)
        ids = [t.id for t in targets]
        values: dict = {}
        if leader_id is not None:
            values[Target.responsible_leader] = _leader(leader_id, today).id
        visitors = None
        if visitor_ids is not None:
            visitors = [_staff(v, today).id for v in dict.fromkeys(visitor_ids)]
        units = _units(unit_ids) if unit_ids is not None else None
        if method is not None:
            values[Target.planned_method] = _method(method)
        if due_on is not None:
            _check_due(due_on, targets)
            values[Target.due_on] = due_on
        if values:
            for batch in chunked(ids, 500):
                changed = Target.update({**values, Target.updated_at: _now()}).where(
                    Target.id.in_(batch)
                )
                changed.execute()
        if visitors is not None:
            _link(TaskVisitor, "staff", ids, visitors, replace=True)
        if units is not None:
            _link(TaskUnit, "unit", ids, units, replace=True)
        _sync_assigned(ids)
    return len(ids)


def add_visitor(target_ids: Iterable[int], visitor_id: int, *, today: dt.date | None = None) -> int:
    """Add one visitor to the tasks, keeping the others (a card dropped on a visitor)."""
    today = today or dt.date.today()
    with db.atomic():
        targets = _targets(target_ids)
        visitor = _staff(visitor_id, today)
        ids = [t.id for t in targets]
        _link(TaskVisitor, "staff", ids, [visitor.id], replace=False)
        _sync_assigned(ids)
    return len(ids)


def add_handling_unit(target_ids: Iterable[int]) -> int:
    """Invite each case's direct handling unit to join its visit; returns links added.

    Cases without a handling unit, or whose unit already joins, are left as they are.
    """
    with db.atomic():
        targets = _targets(target_ids)
        pairs = [(t.id, t.case.handling_unit_id) for t in targets if t.case.handling_unit_id]
        present: set[tuple[int, int]] = set()
        for batch in chunked([t for t, _ in pairs], 500):
            present |= set(
                TaskUnit.select(TaskUnit.target, TaskUnit.unit)
                .where(TaskUnit.target.in_(batch))
                .tuples()
            )
        rows = [{TaskUnit.target: t, TaskUnit.unit: u} for t, u in pairs if (t, u) not in present]
        for part in chunked(rows, 200):
            TaskUnit.insert_many(part).execute()
    return len(rows)
