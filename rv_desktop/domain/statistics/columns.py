"""The statistics' columns: what each figure counts (its SQL condition), the dimensions and
the joins of each grouping.
"""

from __future__ import annotations

from ..errors import UserError
from .visit_rule import CONDITION as _VISITED_AS_REQUIRED

#: The dimensions the rows may be grouped by.
DIMENSIONS = ("source", "unit", "village", "category", "visitor", "town")

_FINAL = "('final', 'reviewed')"


def targets_with_latest_final(joins: str = "") -> str:
    """FROM the targets ``t`` with their case ``c``, the ``joins`` and their latest
    final (or reviewed) visit record ``l``, left joined; the caller adds WHERE."""
    return f"""
        FROM target t
        JOIN "case" c ON c.id = t.case_id
        {joins}
        LEFT JOIN visit_record l ON l.target_id = t.id AND l.visit_no = (
            SELECT MAX(vr.visit_no) FROM visit_record vr
            WHERE vr.target_id = t.id AND vr.state IN {_FINAL}
        )
    """


def _filled(column: str) -> str:
    return f"TRIM(COALESCE({column}, '')) <> ''"


#: Every count column with its condition on one target (aliases: t target,
#: c case, l its latest final visit record, f its follow-up flags).
_CONDITIONS: dict[str, str] = {
    "targets": "1 = 1",
    "visited": "l.id IS NOT NULL",
    "home_visit": "l.method = 'home_visit'",
    "phone": "l.method = 'phone'",
    "former_residence": "l.method = 'former_residence'",
    "other_method": (
        "l.id IS NOT NULL AND (l.method IS NULL"
        " OR l.method NOT IN ('home_visit', 'phone', 'former_residence'))"
    ),
    "satisfied": "l.satisfaction = 'satisfied'",
    "basically_satisfied": "l.satisfaction = 'basically_satisfied'",
    "dissatisfied": "l.satisfaction = 'dissatisfied'",
    "not_reached": "l.satisfaction = 'not_reached'",
    "conclusion_reasonable_yes": "l.conclusion_reasonable = 'yes'",
    "conclusion_reasonable_partly": "l.conclusion_reasonable = 'partly'",
    "conclusion_reasonable_no": "l.conclusion_reasonable = 'no'",
    "demands_solved_yes": "l.demands_solved = 'yes'",
    "demands_solved_partly": "l.demands_solved = 'partly'",
    "demands_solved_no": "l.demands_solved = 'no'",
    "opinions_carried_out": "l.opinions_carried_out = 'yes'",
    "proxy_relative": "l.respondent = 'relative'",
    "proxy_committee": "l.respondent = 'committee'",
    "difficulties_found": _filled("l.difficulties"),
    "difficulties_helped": (
        f"{_filled('l.difficulties')} AND f.help_items > 0 AND f.help_open = 0"
    ),
    "opinions_collected": _filled("l.opinions"),
    "settled": "l.settled = {true}",
    "rework_sent": "f.rework_items > 0",
    "rework_closed": "f.rework_items > 0 AND f.rework_open = 0",
    "rework_overdue": "f.rework_overdue > 0",
    "followups_open": "f.open_items > 0",
    "followups_overdue": "f.overdue_items > 0",
    # the plan's rules: who was rated, who was reached, the five points and the three looks
    "rated": "l.satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied')",
    "reached": (
        "(l.contact_result = 'reached' OR (l.contact_result IS NULL"
        " AND l.satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied')))"
    ),
    "opinions_carried_out_partly": "l.opinions_carried_out = 'partly'",
    "opinions_carried_out_no": "l.opinions_carried_out = 'no'",
    "difficulties_none": f"l.has_difficulties = {{false}} AND NOT {_filled('l.difficulties')}",
    "opinions_none": f"l.has_opinions = {{false}} AND NOT {_filled('l.opinions')}",
    "look_lawful_yes": "l.look_lawful = {true}",
    "look_lawful_no": "l.look_lawful = {false}",
    "look_satisfied_yes": "l.look_satisfied = {true}",
    "look_satisfied_no": "l.look_satisfied = {false}",
    "look_opinions_yes": "l.look_opinions = {true}",
    "look_opinions_no": "l.look_opinions = {false}",
    # the plan: "The town must meet the petitioner in the form of a visit" (plan_rules)
    "visited_as_required": _VISITED_AS_REQUIRED,
}

#: The count columns, in the table's order.
COLUMNS: tuple[str, ...] = tuple(_CONDITIONS)

#: The rate columns and the count each one is drilled down to.
RATE_COLUMNS = {"visit_rate": "visited_as_required", "satisfaction_rate": "satisfied_or_basically"}
_CONDITIONS_EXTRA = {
    "satisfied_or_basically": "l.satisfaction IN ('satisfied', 'basically_satisfied')",
}

#: Group label of each dimension (``""`` when the target has none).
_GROUP_KEY = {
    "source": "COALESCE(c.source_level, '')",
    "unit": "COALESCE(h.name, '')",
    "village": "COALESCE(TRIM(p.village), '')",
    "category": "COALESCE(TRIM(c.category), '')",
    "visitor": "COALESCE(s.name, '')",
    # this office's own town is named by the setting; the county's towns by their row
    "town": ("COALESCE(tw.name, (SELECT value FROM setting WHERE key = 'town_name'), '')"),
}


#: The joins each dimension's group key needs (the others are left out: quicker).
_GROUP_JOINS = {
    "unit": "LEFT JOIN handling_unit h ON h.id = c.handling_unit_id",
    "village": "LEFT JOIN petitioner p ON p.id = c.petitioner_id",
    "visitor": (
        "LEFT JOIN task_visitor tv ON tv.target_id = t.id LEFT JOIN staff s ON s.id = tv.staff_id"
    ),
    "town": "LEFT JOIN town tw ON tw.id = c.town_id",
}


class StatisticsError(UserError):
    """The statistics asked for cannot be given (an unknown dimension or column)."""
