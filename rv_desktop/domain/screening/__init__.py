"""Screening case sources (筛选案源): which cases a campaign visits, and why not the others.

The plan's criteria (``Criteria``, saved as JSON in ``Campaign.criteria``)
pick the *considered* cases: concluded between two dates, assigned down from
the chosen source levels (central and provincial by default), and, when
given, of the chosen channels, categories and handling units (an empty
choice means any). Each considered case is then either a *target* or
*excluded* with its reason: many people involved, strong policy content,
likely to rebound, already settled, each exclusion switched on or off. A
case with several flags takes the first reason in that order. New targets
that are known not to be settled are marked key cases (重点) when
``key_unsettled`` is on: a ledger that records no settled case at all has no
settled column, and there "not settled" is unknown (issue 14), so its cases
are not marked; the clerk marks them (``set_key_case``).

``preview_screening`` counts what a run would give, with a few aggregate
queries (fast on 100,000 cases, so the dialog can show the counts as the
clerk ticks boxes). ``run_screening`` writes it in one transaction.

Running again (after a new ledger import, or with changed criteria) merges
with what is there. A target is *kept as it is* when the clerk has acted on
it: it has an assignment (a board status other than unassigned, a
responsible leader, visitors, joining units, a planned method or a due
date), a visit record or a follow-up, or it was added or excluded by hand
(``Target.added_by_hand`` marks both: included by hand, or excluded by hand).
Every other target follows the criteria: new matches are added, changed
ones are re-decided, and ones the criteria no longer consider are removed.
So a run never drops or changes a target that has an assignment or a visit
record, even when the criteria would now exclude it.

By hand, the clerk adds a case (``add_target``, with a note saying why;
kept in ``Target.exclusion_note``, the target's note), excludes one with a
reason (``exclude_target``; refused once the case has a visit record, and
its assignment, if any, is cleared), and marks key cases (``set_key_case``).
"""

from __future__ import annotations

from .by_hand import add_target, exclude_target, set_key_case
from .criteria import (
    DEFAULT_SOURCES,
    EXCLUSION_ORDER,
    NOT_CONCLUDED_NOTE,
    Criteria,
    ScreeningError,
    criteria_of,
)
from .running import ScreeningCounts, preview_screening, run_screening
from .target_list import TargetRow, list_targets

__all__ = [
    "DEFAULT_SOURCES",
    "EXCLUSION_ORDER",
    "NOT_CONCLUDED_NOTE",
    "Criteria",
    "ScreeningCounts",
    "ScreeningError",
    "TargetRow",
    "add_target",
    "criteria_of",
    "exclude_target",
    "list_targets",
    "preview_screening",
    "run_screening",
    "set_key_case",
]
