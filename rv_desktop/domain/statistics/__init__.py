"""The figures of the summary stage: feedback statistics (回访情况反馈统计表) and the summary table.

``feedback_statistics`` counts a campaign's targets by a dimension the clerk
picks (source level, handling unit, village, category, visitor) in one
aggregate query (``GROUP BY`` with ``SUM(CASE ...)``): no visit record is
loaded into Python, so 20,000 targets take a fraction of a second.

What is counted (every figure is a number of **targets**, never of records):

* ``targets`` (应回访): the campaign's included targets; excluded cases are not
  counted at all.
* A target counts by its **latest final visit record**: the final or reviewed
  record with the highest visit number. Drafts are ignored, even when newer.
  ``visited`` (已回访) is the number of targets that have such a record.
* ``visited_as_required``: the visited targets whose record keeps the plan's
  visit rule at this office's level ("The town must meet the petitioner in the
  form of a visit": a home visit, the away path, or a meeting at the office with
  its reason; the county may phone), or was kept as it is after review
  (``plan_rules.visited_as_required``, the rule that refuses to finalise).
* ``visit_rate`` = visited_as_required / targets; ``satisfaction_rate`` = (satisfied +
  basically satisfied) / ``rated``, where ``rated`` = satisfied + basically
  satisfied + dissatisfied (proxy ratings included; the petitioners not
  reached, refused, deceased ... are counted in ``not_reached`` and never in
  the denominator). ``reached`` counts the petitioners reached in person or
  through a proxy. Both rates are fractions between 0 and 1, and **None when
  the divisor is 0** (no targets, nobody rated): the tables print "—", the
  JSON ``null``. The definitions are printed under every table.
* The five points and the three looks: ``opinions_carried_out_partly/no``,
  ``difficulties_none`` and ``opinions_none`` ("none" answered to points (4)
  and (5)), ``look_lawful_yes/no``, ``look_satisfied_yes/no``,
  ``look_opinions_yes/no``.
* By method: ``home_visit``, ``phone``, ``former_residence``; ``other_method``
  is everything else (meeting at the office, other, not written down), so the
  four add up to ``visited``.
* ``satisfied``, ``basically_satisfied``, ``dissatisfied``, ``not_reached``;
  ``conclusion_reasonable_yes/partly/no``, ``demands_solved_yes/partly/no``,
  ``opinions_carried_out`` (answered "yes"), ``proxy_relative`` and
  ``proxy_committee`` (who answered, 代评), ``settled`` (息诉罢访),
  ``difficulties_found`` and ``opinions_collected`` (the text is filled in):
  all read from the latest final record.
* ``difficulties_helped``: difficulties found, and the target has help items
  (帮扶事项) all of which are closed.
* Rework items (督办整改): ``rework_sent`` targets with at least one,
  ``rework_closed`` targets whose rework items are all closed,
  ``rework_overdue`` targets with an open one past its due date.
* ``followups_open`` / ``followups_overdue``: targets with an open follow-up
  or rework item (help items are counted with the difficulties), and those
  of them past the due date (due before ``today``).

Rows have a ``key``: the source level's code (``central`` ...) or the name of
the unit, village, category, visitor or town (a county database merges the
towns' packages; a town's own database has one town, named by its
``town_name`` setting); ``""`` for targets without one (no
handling unit recorded, no visitor given). The total row's key is ``None``.
Every target is in exactly one row, so the total row is the sum of the rows,
except by **visitor**: a target given two visitors counts in both visitors'
rows, but only once in the total (counted by the same query over the targets
without the visitors).

``drill_down`` gives the target ids behind any figure (the GUI's clickable
figures), ``drill_down_cases`` the same targets with what a list shows;
``summary_rows`` the case-by-case summary table (汇总表); ``unit_history`` the
figures per handling unit across campaigns.

The charts' data (plain dataclasses and tuples, shared by the program's
QtCharts and the PDF report): ``satisfaction_breakdown`` (the total's four
satisfaction levels), ``progress_by_day`` (visits per day, cumulative, against
the plan's linear pace over the implementation stage) and
``satisfaction_by_unit`` (the satisfaction rate per handling unit).
"""

from __future__ import annotations

from ..rows import as_date
from .charts import (
    SATISFACTION_LEVELS,
    DayProgress,
    SatisfactionBreakdown,
    UnitSatisfaction,
    latest_final_sql,
    planned_by,
    progress_by_day,
    satisfaction_breakdown,
    satisfaction_by_unit,
)
from .columns import COLUMNS, DIMENSIONS, RATE_COLUMNS, StatisticsError
from .drill import FigureCase, drill_down, drill_down_cases
from .feedback import feedback_statistics
from .history import UnitYear, unit_history
from .rows import Statistics, StatRow
from .summary import SummaryRow, summary_rows

__all__ = [
    "COLUMNS",
    "DIMENSIONS",
    "RATE_COLUMNS",
    "SATISFACTION_LEVELS",
    "DayProgress",
    "FigureCase",
    "SatisfactionBreakdown",
    "StatRow",
    "Statistics",
    "StatisticsError",
    "SummaryRow",
    "UnitSatisfaction",
    "UnitYear",
    "as_date",
    "drill_down",
    "drill_down_cases",
    "feedback_statistics",
    "latest_final_sql",
    "planned_by",
    "progress_by_day",
    "satisfaction_breakdown",
    "satisfaction_by_unit",
    "summary_rows",
    "unit_history",
]
