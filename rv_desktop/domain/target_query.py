"""The query the lists of targets start from: a target with its case and petitioner.

The board, the route sheet, the target list, the "nobody left out" lists and
the printed forms all read a campaign's targets joined to their case, the
case's petitioner and (left joined, as either may be missing) the case's
handling unit and the target's responsible leader. ``targets_with_cases``
makes that join once; each list selects its own columns and adds its own
conditions and order. ``visitors``, ``visitor_names`` and ``unit_names`` read
each target's visitors and joining units.
"""

from __future__ import annotations

from peewee import JOIN

from .models import Case, HandlingUnit, Petitioner, Staff, Target, TaskUnit, TaskVisitor

__all__ = [
    "CASE_HEAD",
    "LEADER",
    "targets_with_cases",
    "unit_names",
    "visitor_names",
    "visitors",
]

#: The responsible leader (包案领导) of a target, as ``targets_with_cases(leader=True)`` joins it.
LEADER = Staff.alias()

#: The columns a line of a list of targets starts with: the target's id, its
#: case's id and number, the petitioner's name and village.
CASE_HEAD = (Target.id, Case.id, Case.case_no, Petitioner.name, Petitioner.village)


def targets_with_cases(*columns, unit: bool = True, leader: bool = False):
    """``Target.select(*columns)`` joined to the case and its petitioner, with ``unit``
    the case's handling unit and with ``leader`` the responsible leader (``LEADER``),
    both left joined. Further joins start from ``Target``."""
    query = Target.select(*columns).join(Case).join(Petitioner)
    if unit:
        query = query.switch(Case).join(HandlingUnit, JOIN.LEFT_OUTER)
    if leader:
        query = query.switch(Target).join(
            LEADER, JOIN.LEFT_OUTER, on=(Target.responsible_leader == LEADER.id)
        )
    return query.switch(Target)


def visitors(where) -> dict[int, list[tuple[int, str]]]:
    """Per target ``where`` keeps (a condition on ``Target``), its visitors as
    (staff id, name), by name."""
    return _linked(TaskVisitor, Staff, where, by_id=False)


def visitor_names(where, by_id: bool = False) -> dict[int, list[str]]:
    """Per target ``where`` keeps (a condition on ``Target``), its visitors' names,
    by name (``by_id``: in the order the staff were entered)."""
    return _names(_linked(TaskVisitor, Staff, where, by_id))


def unit_names(where, by_id: bool = False) -> dict[int, list[str]]:
    """Per target ``where`` keeps (a condition on ``Target``), its joining units'
    names, by name (``by_id``: in the order the units were entered)."""
    return _names(_linked(TaskUnit, HandlingUnit, where, by_id))


def _names(linked: dict[int, list[tuple[int, str]]]) -> dict[int, list[str]]:
    return {tid: [name for _id, name in pairs] for tid, pairs in linked.items()}


def _linked(link, named, where, by_id: bool) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    query = (
        link.select(link.target, named.id, named.name)
        .join(named)
        .switch(link)
        .join(Target)
        .where(where)
        .order_by(link.target, named.id if by_id else named.name)
    )
    for tid, nid, name in query.tuples():
        out.setdefault(tid, []).append((nid, name))
    return out
