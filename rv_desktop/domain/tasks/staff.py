"""Staff and handling units as the assignment offers them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import QT_TRANSLATE_NOOP

# --- nobody left out: domain/left_out.py ------------------------------------------------
from ..models import (
    HandlingUnit,
    Staff,
)
from .checks import TaskError, staff_member


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str
    title: str | None
    phone: str | None
    active: bool
    left_on: dt.date | None


def has_left(staff: Staff | StaffRow, today: dt.date | None = None) -> bool:
    """True when the person no longer works here and can be given no task."""
    today = today or dt.date.today()
    return not staff.active or (staff.left_on is not None and staff.left_on <= today)


def unit_list() -> list[tuple[int, str]]:
    """Active handling units (id, name) that can join a visit, by name."""
    return list(
        HandlingUnit.select(HandlingUnit.id, HandlingUnit.name)
        .where(HandlingUnit.active == True)  # noqa: E712
        .order_by(HandlingUnit.name)
        .tuples()
    )


def staff_list(
    roles: Sequence[str] | None = None, include_left: bool = False, today: dt.date | None = None
) -> list[StaffRow]:
    """Staff for the choosers of the board, by role then name."""
    query = Staff.select().order_by(Staff.role, Staff.name)
    if roles:
        query = query.where(Staff.role.in_(list(roles)))
    rows = [
        StaffRow(
            s.id,
            s.name,
            s.role.value,
            s.title,
            s.phone,
            bool(s.active),
            s.left_on,
        )
        for s in query
    ]
    return rows if include_left else [r for r in rows if not has_left(r, today)]


def _staff(staff_id: int, today: dt.date) -> Staff:
    person = staff_member(staff_id)
    if person.left_on is not None and person.left_on <= today:
        raise TaskError(
            "staff_left",
            QT_TRANSLATE_NOOP(
                "UserError", "{name} left on {date} and can be given no task. Choose someone else."
            ),
            name=person.name,
            date=person.left_on,
        )
    if not person.active:
        raise TaskError(
            "staff_inactive",
            QT_TRANSLATE_NOOP("UserError", "{name} no longer works here and can be given no task."),
            name=person.name,
        )
    return person
