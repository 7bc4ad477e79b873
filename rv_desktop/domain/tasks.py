"""The assignment board (回访任务分配): who visits which case, by when, and who is left out.

A *task* is an included target with its assignment: a responsible leader
(包案领导), visitors (回访人员), joining units (the direct handling unit is
invited where needed), a planned method and a due date. ``assign_tasks``
gives many at once, in one transaction, after checking everything first:
an excluded case gets no task; staff who have left (inactive, or a leaving
date on or before today) get none; the due date lies within the campaign's
implementation stage. A refusal names the case, the person or the date, and
changes nothing.

The board has a column per ``TaskStatus``. How a card moves
(``move_task``) follows the visit records, the one-case-one-form of step 4:

========== ====================================================================
unassigned  no visit record yet; moving a card back here takes its visitors away
assigned    needs at least one visitor and no visit record yet (``assign_tasks``
            moves an unassigned card here as soon as it has a visitor)
visited     needs a visit record (the form is still to finish or review)
follow_up   needs a visit record (the visit found more to do)
done        needs the latest visit record final or reviewed, and no open
            follow-up or rework item (help items may stay open)
========== ====================================================================

``board`` gives the cards (``TaskCard``) with everything a card shows,
filtered and grouped; ``column_counts`` the count per column.
``nobody_left_out`` (in ``left_out.py``) gives the lists of step 7 (不漏一案、不漏一人), and
``route_sheet`` one visitor's open tasks sorted by village, unmasked for
paper: whoever prints it calls ``record_route_sheet_printed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from peewee import JOIN, SQL, chunked, fn

from . import audit
from .enums import FollowUpKind, FollowUpState, RecordState, StaffRole, TaskStatus, VisitMethod
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import (
    Campaign,
    Case,
    FollowUp,
    HandlingUnit,
    Petitioner,
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    VisitRecord,
    _now,
    db,
)

__all__ = [
    "GROUP_BY",
    "BoardFilter",
    "LeftOut",
    "LeftOutItem",
    "RouteStop",
    "StaffRow",
    "TaskCard",
    "TaskError",
    "add_handling_unit",
    "add_visitor",
    "assign_tasks",
    "board",
    "column_counts",
    "has_left",
    "move_task",
    "nobody_left_out",
    "record_route_sheet_printed",
    "route_sheet",
    "staff_list",
]

#: What the board can be grouped by.
GROUP_BY = ("visitor", "leader", "village", "handling_unit", "status")

#: Statuses of tasks still to be visited (what a route sheet lists).
OPEN_STATUSES = (TaskStatus.ASSIGNED.value, TaskStatus.FOLLOW_UP.value)

_LEADER_ROLES = (StaffRole.LEADER.value, StaffRole.OFFICE_LEAD.value)


class TaskError(UserError):
    """An assignment or a move that cannot be made; nothing was changed."""


# --- staff --------------------------------------------------------------------------


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
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        raise TaskError(
            "staff_not_found",
            QT_TRANSLATE_NOOP("UserError", "There is no staff member {id}."),
            id=staff_id,
        )
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


# --- checks shared by the writes ------------------------------------------------------


def _targets(target_ids: Iterable[int]) -> list[Target]:
    ids = list(dict.fromkeys(int(t) for t in target_ids))
    if not ids:
        raise TaskError(
            "no_tasks", QT_TRANSLATE_NOOP("UserError", "Choose at least one task first.")
        )
    found: dict[int, Target] = {}
    for batch in chunked(ids, 500):
        query = (
            Target.select(Target, Case, Campaign)
            .join(Case)
            .switch(Target)
            .join(Campaign)
            .where(Target.id.in_(batch))
        )
        found.update((t.id, t) for t in query)
    missing = [i for i in ids if i not in found]
    if missing:
        raise TaskError(
            "task_not_found",
            QT_TRANSLATE_NOOP(
                "UserError", "The task {id} no longer exists; it may have been removed."
            ),
            id=missing[0],
        )
    targets = [found[i] for i in ids]
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


# --- assigning ------------------------------------------------------------------------


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
            values[Target.responsible_leader] = leader.id
        visitors = None
        if visitor_ids is not None:
            visitors = [_staff(v, today).id for v in dict.fromkeys(visitor_ids)]
        units = _units(unit_ids) if unit_ids is not None else None
        if method is not None:
            try:
                values[Target.planned_method] = VisitMethod(method).value
            except ValueError:
                raise TaskError(
                    "bad_method",
                    QT_TRANSLATE_NOOP("UserError", '"{method}" is not a visit method.'),
                    method=method,
                ) from None
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


# --- moving cards ---------------------------------------------------------------------


def move_task(target_id: int, status: str) -> Target:
    """Move a card to another column, if the visit records allow it (see the module)."""
    try:
        status = TaskStatus(status).value
    except ValueError:
        raise TaskError(
            "bad_status",
            QT_TRANSLATE_NOOP("UserError", '"{status}" is not a column of the board.'),
            status=status,
        ) from None
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


# --- the board --------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardFilter:
    """What the board is narrowed to. Empty means everything."""

    visitor_ids: tuple[int, ...] = ()
    leader_ids: tuple[int, ...] = ()
    villages: tuple[str, ...] = ()
    handling_units: tuple[str, ...] = ()  # names of the cases' handling units
    statuses: tuple[str, ...] = ()
    key_only: bool = False
    overdue_only: bool = False
    text: str = ""  # a fragment of the case number or the petitioner's name


@dataclass(slots=True)
class TaskCard:
    """One card of the board. ``petitioner`` is the raw name: the GUI masks it.

    Read-only by convention: not frozen, because a frozen dataclass costs
    three times as much to make, and the board makes 20,000 of them.
    """

    target_id: int
    case_id: int
    case_no: str
    petitioner: str
    village: str | None
    handling_unit: str | None
    source_level: str | None
    category: str | None
    leader_id: int | None
    leader: str | None
    visitor_ids: tuple[int, ...]
    visitors: tuple[str, ...]
    units: tuple[str, ...]
    method: str | None
    due_on: dt.date | None
    status: str
    overdue: bool
    key_case: bool
    group: str = ""  # the value the board is grouped by ("" when none or not given)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def board(
    campaign: Campaign,
    group_by: str | None = None,
    filter: BoardFilter = BoardFilter(),  # noqa: A002 - the board's filter
    today: dt.date | None = None,
) -> list[TaskCard]:
    """The cards of the campaign's targets, sorted (by group,) due date and case number.

    A card is overdue when it is not visited by its due date (unassigned or
    assigned, due before ``today``), or when it waits for a follow-up whose
    own due date has passed. Grouped by visitor, a card with two visitors
    appears once under each.
    """
    today = today or dt.date.today()
    if group_by is not None and group_by not in GROUP_BY:
        raise ValueError(f"cannot group the board by {group_by!r}")
    Leader = Staff.alias()  # noqa: N806 - a model alias
    query = (
        Target.select(
            Target.id,
            Case.id,
            Case.case_no,
            Petitioner.name,
            Petitioner.village,
            HandlingUnit.name,
            Case.source_level,
            Case.category,
            Target.responsible_leader,
            Leader.name,
            Target.planned_method,
            Target.due_on,
            Target.status,
            Target.key_case,
        )
        .join(Case)
        .join(Petitioner)
        .switch(Case)
        .join(HandlingUnit, JOIN.LEFT_OUTER)
        .switch(Target)
        .join(Leader, JOIN.LEFT_OUTER, on=(Target.responsible_leader == Leader.id))
        .where((Target.campaign == campaign.id) & (Target.included == True))  # noqa: E712
        .order_by(Target.due_on.is_null(), Target.due_on, Case.case_no)
    )
    if filter.visitor_ids:
        query = query.where(
            Target.id.in_(
                TaskVisitor.select(TaskVisitor.target).where(
                    TaskVisitor.staff.in_(list(filter.visitor_ids))
                )
            )
        )
    if filter.leader_ids:
        query = query.where(Target.responsible_leader.in_(list(filter.leader_ids)))
    if filter.villages:
        query = query.where(Petitioner.village.in_(list(filter.villages)))
    if filter.handling_units:
        query = query.where(HandlingUnit.name.in_(list(filter.handling_units)))
    if filter.statuses:
        query = query.where(Target.status.in_(list(filter.statuses)))
    if filter.key_only:
        query = query.where(Target.key_case == True)  # noqa: E712
    if filter.text.strip():
        needle = filter.text.strip()
        query = query.where(Case.case_no.contains(needle) | Petitioner.name.contains(needle))
    rows = db.execute(query).fetchall()

    visitors: dict[int, list[tuple[int, str]]] = {}
    for tid, sid, name in db.execute(
        TaskVisitor.select(TaskVisitor.target, Staff.id, Staff.name)
        .join(Staff)
        .switch(TaskVisitor)
        .join(Target)
        .where(Target.campaign == campaign.id)
        .order_by(TaskVisitor.target, Staff.name)
    ).fetchall():
        visitors.setdefault(tid, []).append((sid, name))
    units: dict[int, list[str]] = {}
    for tid, name in db.execute(
        TaskUnit.select(TaskUnit.target, HandlingUnit.name)
        .join(HandlingUnit)
        .switch(TaskUnit)
        .join(Target)
        .where(Target.campaign == campaign.id)
        .order_by(TaskUnit.target, HandlingUnit.name)
    ).fetchall():
        units.setdefault(tid, []).append(name)
    late_followups = {
        tid
        for (tid,) in db.execute(
            FollowUp.select(FollowUp.target)
            .join(Target)
            .where(
                (Target.campaign == campaign.id)
                & (FollowUp.state == FollowUpState.OPEN.value)
                & (FollowUp.due_on < today)
            )
            .distinct()
        ).fetchall()
    }

    waiting = (TaskStatus.UNASSIGNED.value, TaskStatus.ASSIGNED.value)
    follow_up = TaskStatus.FOLLOW_UP.value
    overdue_only = filter.overdue_only
    nobody: tuple[tuple, tuple] = ((), ())
    people = {
        tid: (tuple(p[0] for p in links), tuple(p[1] for p in links))
        for tid, links in visitors.items()
    }
    joining = {tid: tuple(names) for tid, names in units.items()}
    cards: list[TaskCard] = []
    for r in rows:
        tid, status, due = r[0], r[12], r[11]
        if due is not None and not isinstance(due, dt.date):
            due = dt.date.fromisoformat(due[:10])
        overdue = (status in waiting and due is not None and due < today) or (
            status == follow_up and tid in late_followups
        )
        if overdue_only and not overdue:
            continue
        visitor_ids, visitor_names = people.get(tid, nobody)
        card = TaskCard(
            tid,
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            visitor_ids,
            visitor_names,
            joining.get(tid, ()),
            r[10],
            due,
            status,
            overdue,
            bool(r[13]),
        )
        if group_by == "visitor":
            for name in visitor_names or ("",):
                cards.append(_grouped(card, name))
        elif group_by is not None:
            cards.append(_grouped(card, _group_value(card, group_by)))
        else:
            cards.append(card)
    if group_by is not None:
        cards.sort(key=attrgetter("group"))  # stable: the SQL order within a group
    return cards


def _group_value(card: TaskCard, group_by: str) -> str:
    return {
        "leader": card.leader,
        "village": card.village,
        "handling_unit": card.handling_unit,
        "status": card.status,
    }[group_by] or ""


def _grouped(card: TaskCard, group: str) -> TaskCard:
    return replace(card, group=group)


def column_counts(cards: Iterable[TaskCard]) -> dict[str, int]:
    """Cards per board column (a card shown in two groups counts once)."""
    counts = {s.value: 0 for s in TaskStatus}
    seen: set[int] = set()
    for card in cards:
        if card.target_id not in seen:
            seen.add(card.target_id)
            counts[card.status] = counts.get(card.status, 0) + 1
    return counts


# --- nobody left out: domain/left_out.py ------------------------------------------------

from .left_out import LeftOut, LeftOutItem, nobody_left_out  # noqa: E402  (re-exported)

# --- route sheet ------------------------------------------------------------------------


@dataclass(frozen=True)
class RouteStop:
    """One open task on a visitor's route sheet, unmasked for paper."""

    target_id: int
    case_no: str
    petitioner: str
    village: str | None
    address: str | None
    phones: tuple[str, ...]
    category: str | None
    demand: str | None
    method: str | None
    due_on: dt.date | None
    status: str
    key_case: bool
    leader: str | None
    other_visitors: tuple[str, ...]


def route_sheet(visitor_id: int, campaign: Campaign | None = None) -> list[RouteStop]:
    """The visitor's open tasks (assigned or waiting for a follow-up visit) in the
    campaign (the current one by default), sorted by village, address and case number."""
    person = Staff.get_or_none(Staff.id == visitor_id)
    if person is None:
        raise TaskError(
            "staff_not_found",
            QT_TRANSLATE_NOOP("UserError", "There is no staff member {id}."),
            id=visitor_id,
        )
    if campaign is None:
        campaign = Campaign.get_or_none(Campaign.is_current == True)  # noqa: E712
        if campaign is None:
            return []
    Leader = Staff.alias()  # noqa: N806 - a model alias
    query = (
        Target.select(
            Target.id,
            Case.case_no,
            Petitioner.name,
            Petitioner.village,
            Petitioner.address,
            Petitioner.phones,
            Case.category,
            Case.demand,
            Target.planned_method,
            Target.due_on,
            Target.status,
            Target.key_case,
            Leader.name,
        )
        .join(TaskVisitor, on=(TaskVisitor.target == Target.id))
        .switch(Target)
        .join(Case)
        .join(Petitioner)
        .switch(Target)
        .join(Leader, JOIN.LEFT_OUTER, on=(Target.responsible_leader == Leader.id))
        .where(
            (TaskVisitor.staff == visitor_id)
            & (Target.campaign == campaign.id)
            & (Target.included == True)  # noqa: E712
            & Target.status.in_(OPEN_STATUSES)
        )
        .order_by(Petitioner.village, Petitioner.address, Case.case_no)
    )
    rows = db.execute(query).fetchall()
    others: dict[int, list[str]] = {}
    ids = [r[0] for r in rows]
    for batch in chunked(ids, 500):
        for tid, name in db.execute(
            TaskVisitor.select(TaskVisitor.target, Staff.name)
            .join(Staff)
            .where(TaskVisitor.target.in_(batch) & (TaskVisitor.staff != visitor_id))
            .order_by(Staff.name)
        ).fetchall():
            others.setdefault(tid, []).append(name)
    return [
        RouteStop(
            target_id=r[0],
            case_no=r[1],
            petitioner=r[2],
            village=r[3],
            address=r[4],
            phones=tuple(p for p in (r[5] or "").split(",") if p),
            category=r[6],
            demand=r[7],
            method=r[8],
            due_on=_date(r[9]),
            status=r[10],
            key_case=bool(r[11]),
            leader=r[12],
            other_visitors=tuple(others.get(r[0], ())),
        )
        for r in rows
    ]


def record_route_sheet_printed(visitor_id: int, count: int) -> None:
    """Leave the audit record of a printed route sheet (addresses and phones unmasked)."""
    with db.atomic():
        audit.log_action("print", "staff", visitor_id, {"what": "route_sheet", "tasks": int(count)})
