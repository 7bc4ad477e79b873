"""The board: the cards with everything a card shows, filtered and grouped, and the counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from operator import attrgetter

from ..enums import FollowUpState, TaskStatus

# --- nobody left out: domain/left_out.py ------------------------------------------------
from ..models import (
    Campaign,
    Case,
    FollowUp,
    HandlingUnit,
    Petitioner,
    Target,
    TaskVisitor,
    db,
)
from ..target_query import CASE_HEAD, LEADER, targets_with_cases, unit_names
from ..target_query import visitors as task_visitors

#: What the board can be grouped by.
GROUP_BY = ("visitor", "leader", "village", "handling_unit", "status")


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


def _card_query(campaign: Campaign):
    """The columns of the campaign's included targets that a card shows, in the board's order."""
    return (
        targets_with_cases(
            *CASE_HEAD,
            HandlingUnit.name,
            Case.source_level,
            Case.category,
            Target.responsible_leader,
            LEADER.name,
            Target.planned_method,
            Target.due_on,
            Target.status,
            Target.key_case,
            leader=True,
        )
        .where((Target.campaign == campaign.id) & (Target.included == True))  # noqa: E712
        .order_by(Target.due_on.is_null(), Target.due_on, Case.case_no)
    )


def _filtered(query, filter: BoardFilter):  # noqa: A002 - the board's filter
    """``query`` narrowed by the board's filter."""
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
    return query


def _links(
    campaign: Campaign, today: dt.date
) -> tuple[dict[int, tuple[tuple, tuple]], dict[int, tuple[str, ...]], set[int]]:
    """Per target: its visitors (ids, names), its joining units, and whether a follow-up is late."""
    visitors = task_visitors(Target.campaign == campaign.id)
    units = unit_names(Target.campaign == campaign.id)
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
    people = {
        tid: (tuple(p[0] for p in links), tuple(p[1] for p in links))
        for tid, links in visitors.items()
    }
    joining = {tid: tuple(names) for tid, names in units.items()}
    return people, joining, late_followups


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
    query = _filtered(_card_query(campaign), filter)
    rows = db.execute(query).fetchall()
    people, joining, late_followups = _links(campaign, today)

    waiting = (TaskStatus.UNASSIGNED.value, TaskStatus.ASSIGNED.value)
    follow_up = TaskStatus.FOLLOW_UP.value
    overdue_only = filter.overdue_only
    nobody: tuple[tuple, tuple] = ((), ())
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
            *r[:10],  # target, case, number, petitioner, village, unit, source, category, leader
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
