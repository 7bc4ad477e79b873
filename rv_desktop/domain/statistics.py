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
* ``visit_rate`` = visited / targets; ``satisfaction_rate`` = (satisfied +
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

import datetime as dt
import re
from dataclasses import asdict, dataclass, fields
from typing import NamedTuple

from . import vocabulary
from .campaigns import get_campaign
from .enums import SourceLevel
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import Campaign, Staff, Target, TaskVisitor, db

__all__ = [
    "COLUMNS",
    "DIMENSIONS",
    "RATE_COLUMNS",
    "SATISFACTION_LEVELS",
    "DayProgress",
    "FigureCase",
    "SatisfactionBreakdown",
    "UnitSatisfaction",
    "StatRow",
    "Statistics",
    "StatisticsError",
    "SummaryRow",
    "UnitSatisfaction",
    "UnitYear",
    "drill_down",
    "drill_down_cases",
    "feedback_statistics",
    "planned_by",
    "progress_by_day",
    "satisfaction_breakdown",
    "satisfaction_by_unit",
    "summary_rows",
    "unit_history",
]

#: The dimensions the rows may be grouped by.
DIMENSIONS = ("source", "unit", "village", "category", "visitor", "town")

_FINAL = "('final', 'reviewed')"


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
}

#: The count columns, in the table's order.
COLUMNS: tuple[str, ...] = tuple(_CONDITIONS)

#: The rate columns and the count each one is drilled down to.
RATE_COLUMNS = {"visit_rate": "visited", "satisfaction_rate": "satisfied_or_basically"}
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


@dataclass(frozen=True)
class StatRow:
    """One row of the feedback statistics: counts of targets (see the module)."""

    key: str | None
    targets: int = 0
    visited: int = 0
    home_visit: int = 0
    phone: int = 0
    former_residence: int = 0
    other_method: int = 0
    satisfied: int = 0
    basically_satisfied: int = 0
    dissatisfied: int = 0
    not_reached: int = 0
    conclusion_reasonable_yes: int = 0
    conclusion_reasonable_partly: int = 0
    conclusion_reasonable_no: int = 0
    demands_solved_yes: int = 0
    demands_solved_partly: int = 0
    demands_solved_no: int = 0
    opinions_carried_out: int = 0
    proxy_relative: int = 0
    proxy_committee: int = 0
    difficulties_found: int = 0
    difficulties_helped: int = 0
    opinions_collected: int = 0
    settled: int = 0
    rework_sent: int = 0
    rework_closed: int = 0
    rework_overdue: int = 0
    followups_open: int = 0
    followups_overdue: int = 0
    rated: int = 0
    reached: int = 0
    opinions_carried_out_partly: int = 0
    opinions_carried_out_no: int = 0
    difficulties_none: int = 0
    opinions_none: int = 0
    look_lawful_yes: int = 0
    look_lawful_no: int = 0
    look_satisfied_yes: int = 0
    look_satisfied_no: int = 0
    look_opinions_yes: int = 0
    look_opinions_no: int = 0

    @property
    def visit_rate(self) -> float | None:
        """Visited / targets; None without targets."""
        return self.visited / self.targets if self.targets else None

    @property
    def satisfaction_rate(self) -> float | None:
        """(Satisfied + basically satisfied) / rated; None when nobody was rated.

        ``rated`` = satisfied + basically satisfied + dissatisfied (proxy ratings
        included); the petitioners not reached are never in the denominator.
        """
        if not self.rated:
            return None
        return (self.satisfied + self.basically_satisfied) / self.rated

    def value(self, column: str) -> int | float | None:
        return getattr(self, column)

    def as_json(self) -> dict:
        data = asdict(self)
        rates = {
            "visit_rate": _round(self.visit_rate),
            "satisfaction_rate": _round(self.satisfaction_rate),
        }
        ordered: dict = {}
        for name, value in data.items():
            ordered[name] = value
            if name == "visited":
                ordered["visit_rate"] = rates["visit_rate"]
            if name == "not_reached":
                ordered["satisfaction_rate"] = rates["satisfaction_rate"]
        return ordered


def _round(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 4)


@dataclass(frozen=True)
class Statistics:
    """The feedback statistics of a campaign by one dimension."""

    campaign: str
    by: str
    rows: list[StatRow]
    total: StatRow
    today: dt.date | None = None

    def as_json(self) -> dict:
        return {
            "campaign": self.campaign,
            "by": self.by,
            "rows": [row.as_json() for row in self.rows],
            "total": self.total.as_json(),
        }


def _check_by(by: str) -> str:
    if by not in DIMENSIONS:
        raise StatisticsError(
            "bad_statistics_dimension",
            QT_TRANSLATE_NOOP(
                "UserError",
                '"{by}" is not a way to group the statistics (source, unit, village, '
                "category, visitor, town).",
            ),
            by=by,
        )
    return by


def _query_parts(
    campaign_id: int, by: str | None, today: dt.date, joins: str = ""
) -> tuple[str, list]:
    """The FROM ... WHERE of every target of the campaign with its latest final
    record ``l`` and follow-up flags ``f`` (one row per target, or per target
    and visitor when grouped by visitor), and its parameters."""
    p = db.param
    group_joins = joins or (_GROUP_JOINS.get(by, "") if by else "")
    sql = f"""
        FROM target t
        JOIN "case" c ON c.id = t.case_id
        {group_joins}
        LEFT JOIN visit_record l ON l.target_id = t.id AND l.visit_no = (
            SELECT MAX(vr.visit_no) FROM visit_record vr
            WHERE vr.target_id = t.id AND vr.state IN {_FINAL}
        )
        LEFT JOIN (
            SELECT fu.target_id,
                SUM(CASE WHEN fu.kind = 'help' THEN 1 ELSE 0 END) AS help_items,
                SUM(CASE WHEN fu.kind = 'help' AND fu.state = 'open' THEN 1 ELSE 0 END)
                    AS help_open,
                SUM(CASE WHEN fu.kind = 'rework' THEN 1 ELSE 0 END) AS rework_items,
                SUM(CASE WHEN fu.kind = 'rework' AND fu.state = 'open' THEN 1 ELSE 0 END)
                    AS rework_open,
                SUM(CASE WHEN fu.kind = 'rework' AND fu.state = 'open' AND fu.due_on < {p}
                    THEN 1 ELSE 0 END) AS rework_overdue,
                SUM(CASE WHEN fu.kind <> 'help' AND fu.state = 'open' THEN 1 ELSE 0 END)
                    AS open_items,
                SUM(CASE WHEN fu.kind <> 'help' AND fu.state = 'open' AND fu.due_on < {p}
                    THEN 1 ELSE 0 END) AS overdue_items
            FROM follow_up fu JOIN target tf ON tf.id = fu.target_id
            WHERE tf.campaign_id = {p}
            GROUP BY fu.target_id
        ) f ON f.target_id = t.id
        WHERE t.campaign_id = {p} AND t.included = {p}
    """
    day = today.isoformat()
    return sql, [day, day, campaign_id, campaign_id, True]


def _condition(column: str) -> str:
    found = _CONDITIONS.get(column) or _CONDITIONS_EXTRA.get(column)
    if found is None and column in RATE_COLUMNS:
        found = _condition(RATE_COLUMNS[column])
    if found is None:
        raise StatisticsError(
            "bad_statistics_column",
            QT_TRANSLATE_NOOP("UserError", '"{column}" is not a figure of the statistics.'),
            column=column,
        )
    return found.replace("{true}", db.param).replace("{false}", db.param)


def _true_params(column: str) -> list:
    """The values of the ``{true}``/``{false}`` placeholders of a condition, in order."""
    found = _CONDITIONS.get(column, "")
    return [m == "{true}" for m in re.findall(r"\{true\}|\{false\}", found)]


def _aggregate(campaign_id: int, by: str | None, today: dt.date) -> list[tuple]:
    from_sql, params = _query_parts(campaign_id, by, today)
    sums, sum_params = [], []
    for column in COLUMNS:
        sums.append(f"SUM(CASE WHEN {_condition(column)} THEN 1 ELSE 0 END)")
        sum_params += _true_params(column)
    if by is None:
        sql = f"SELECT NULL, {', '.join(sums)} {from_sql}"
    else:
        key = _GROUP_KEY[by]
        group = f"s.id, {key}" if by == "visitor" else key
        sql = f"SELECT {key}, {', '.join(sums)} {from_sql} GROUP BY {group}"
    return list(db.execute_sql(sql, sum_params + params).fetchall())


def _aggregate_by_visitor(campaign_id: int, today: dt.date) -> tuple[list[tuple], tuple]:
    """The rows by visitor and the total (each target once), from one pass over
    the targets: their 0/1 figures are worked out once, then summed twice."""
    from_sql, params = _query_parts(campaign_id, None, today)
    flags, flag_params = [], []
    for i, column in enumerate(COLUMNS):
        flags.append(f"CASE WHEN {_condition(column)} THEN 1 ELSE 0 END AS x{i}")
        flag_params += _true_params(column)
    sums = ", ".join(f"SUM(x{i})" for i in range(len(COLUMNS)))
    sql = f"""
        WITH facts AS (SELECT t.id AS tid, {", ".join(flags)} {from_sql})
        SELECT 0, COALESCE(s.name, ''), {sums} FROM facts
        LEFT JOIN task_visitor tv ON tv.target_id = facts.tid
        LEFT JOIN staff s ON s.id = tv.staff_id
        GROUP BY s.id, s.name
        UNION ALL
        SELECT 1, NULL, {sums} FROM facts
    """
    rows, total = [], None
    for is_total, *values in db.execute_sql(sql, flag_params + params).fetchall():
        if is_total:
            total = tuple(values)
        else:
            rows.append(tuple(values))
    return rows, total


def _row(values: tuple) -> StatRow:
    key, *counts = values
    return StatRow(key, *(int(n or 0) for n in counts))


#: Catch-all labels (其他 "other") that a table lists after the named ones.
_CATCH_ALL = tuple(text for _code, text in vocabulary.choices("catch_all"))
_LIST_SEPARATOR = vocabulary.table("common")["list_separator"]
_SOURCE_ORDER = {level.value: i for i, level in enumerate(SourceLevel)}


def _order(by: str, key: str, targets: int) -> tuple:
    """Where a group's row goes: the source levels in the plan's order, towns by
    name; units, categories, villages and visitors with the most targets first
    (the leader reads the biggest first; ties by name); a catch-all "其他" after
    them and the targets with no value ("") last."""
    if key == "":
        return (3, 0, "")
    if by == "source":
        return (0, _SOURCE_ORDER.get(key, len(_SOURCE_ORDER)), key)
    if by == "town":
        return (1, 0, key)
    return (2 if key.startswith(_CATCH_ALL) else 1, -targets, key)


def _sort_key(by: str):
    return lambda row: _order(by, row.key, row.targets)


def feedback_statistics(
    campaign: Campaign | int | str | None = None,
    by: str = "source",
    today: dt.date | None = None,
) -> Statistics:
    """The feedback statistics of ``campaign`` (the current one by default) by ``by``.

    ``today`` decides what is overdue (default: the clock's date).
    """
    by = _check_by(by)
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    if by == "visitor":
        values, total_values = _aggregate_by_visitor(campaign.id, today)
    else:
        values, total_values = _aggregate(campaign.id, by, today), None
    rows = [_row(v) for v in values]
    if by == "visitor":  # two visitors of the same name are one row
        merged: dict[str, StatRow] = {}
        for row in rows:
            if row.key in merged:
                old = merged[row.key]
                row = StatRow(row.key, *(old.value(c) + row.value(c) for c in COLUMNS))
            merged[row.key] = row
        rows = list(merged.values())
    rows.sort(key=_sort_key(by))
    if total_values is not None:  # by visitor: a target of two visitors is in two rows
        total = _row(total_values)
    else:  # every target is in exactly one row
        total = StatRow(None, *(sum(row.value(c) for row in rows) for c in COLUMNS))
    return Statistics(campaign.name, by, rows, total, today)


def drill_down(
    campaign: Campaign | int | str | None,
    by: str,
    key: str | None,
    column: str,
    today: dt.date | None = None,
) -> list[int]:
    """The ids of the targets behind one figure, ordered by id.

    ``key`` is the row's key (``None`` for the total row, ``""`` for the row of
    targets without a unit, village, ... ); ``column`` a count column or a
    rate (``visit_rate`` gives the visited, ``satisfaction_rate`` the
    satisfied and basically satisfied).
    """
    sql, params = _drill_sql(campaign, by, key, column, today)
    return [row[0] for row in db.execute_sql(sql + " ORDER BY t.id", params).fetchall()]


def _drill_sql(campaign, by: str, key: str | None, column: str, today: dt.date | None):
    """``SELECT DISTINCT t.id ...`` of the targets behind one figure, and its parameters."""
    by = _check_by(by)
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    condition = _condition(column)
    base = RATE_COLUMNS.get(column, column)
    params = _true_params(base)
    grouped = by if key is not None else None
    from_sql, from_params = _query_parts(campaign.id, grouped, today)
    sql = f"SELECT DISTINCT t.id {from_sql} AND ({condition})"
    all_params = from_params + params
    if key is not None:
        sql += f" AND {_GROUP_KEY[by]} = {db.param}"
        all_params.append(key)
    return sql, all_params


@dataclass(frozen=True)
class FigureCase:
    """One target behind a figure, as the drill-down list shows it.

    ``petitioner`` is the full name: whoever shows it masks it.
    ``satisfaction`` is that of the latest final visit record (None: not visited).
    """

    target_id: int
    case_id: int
    case_no: str
    petitioner: str
    village: str | None
    handling_unit: str | None
    status: str
    satisfaction: str | None


def drill_down_cases(
    campaign: Campaign | int | str | None,
    by: str,
    key: str | None,
    column: str,
    today: dt.date | None = None,
) -> list[FigureCase]:
    """The targets behind one figure (as ``drill_down``) with what a list of them
    shows, by case number; one query, however many targets."""
    inner, params = _drill_sql(campaign, by, key, column, today)
    sql = f"""
        SELECT t.id, c.id, c.case_no, p.name, p.village, h.name, t.status, l.satisfaction
        FROM target t
        JOIN "case" c ON c.id = t.case_id
        JOIN petitioner p ON p.id = c.petitioner_id
        LEFT JOIN handling_unit h ON h.id = c.handling_unit_id
        LEFT JOIN visit_record l ON l.target_id = t.id AND l.visit_no = (
            SELECT MAX(vr.visit_no) FROM visit_record vr
            WHERE vr.target_id = t.id AND vr.state IN {_FINAL}
        )
        WHERE t.id IN ({inner})
        ORDER BY c.case_no
    """
    return [
        FigureCase(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7])
        for r in db.execute_sql(sql, params).fetchall()
    ]


# --- chart data: satisfaction, progress over time, satisfaction by unit ---------------


def _latest_sql(joins: str = "") -> str:
    """FROM ... WHERE of the campaign's included targets with their latest final
    record ``l`` (no follow-up flags: the charts need none). Parameters:
    campaign id, True."""
    return f"""
        FROM target t
        JOIN "case" c ON c.id = t.case_id
        {joins}
        LEFT JOIN visit_record l ON l.target_id = t.id AND l.visit_no = (
            SELECT MAX(vr.visit_no) FROM visit_record vr
            WHERE vr.target_id = t.id AND vr.state IN {_FINAL}
        )
        WHERE t.campaign_id = {db.param} AND t.included = {db.param}
    """


_SATISFACTION_SUMS = """
    COUNT(*), SUM(CASE WHEN l.id IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN l.satisfaction = 'satisfied' THEN 1 ELSE 0 END),
    SUM(CASE WHEN l.satisfaction = 'basically_satisfied' THEN 1 ELSE 0 END),
    SUM(CASE WHEN l.satisfaction = 'dissatisfied' THEN 1 ELSE 0 END),
    SUM(CASE WHEN l.satisfaction = 'not_reached' THEN 1 ELSE 0 END)
"""

#: The satisfaction levels in the order of the table, the charts and the palette.
SATISFACTION_LEVELS = ("satisfied", "basically_satisfied", "dissatisfied", "not_reached")


@dataclass(frozen=True)
class SatisfactionBreakdown:
    """How the visited targets of a campaign answered (counts of targets, each by
    its latest final visit record, as in the feedback statistics' total row).

    ``targets`` and ``visited`` as in the statistics; the four levels add up to
    ``visited`` unless a final record leaves satisfaction empty.
    ``satisfaction_rate`` = (satisfied + basically satisfied) / rated, None
    when nobody was rated. ``slices()`` gives ``[(level, count), ...]`` in
    ``SATISFACTION_LEVELS`` order, zeros included.
    """

    targets: int = 0
    visited: int = 0
    satisfied: int = 0
    basically_satisfied: int = 0
    dissatisfied: int = 0
    not_reached: int = 0

    @property
    def not_visited(self) -> int:
        return self.targets - self.visited

    @property
    def rated(self) -> int:
        """Satisfied + basically satisfied + dissatisfied (not reached is no rating)."""
        return self.satisfied + self.basically_satisfied + self.dissatisfied

    @property
    def satisfaction_rate(self) -> float | None:
        if not self.rated:
            return None
        return (self.satisfied + self.basically_satisfied) / self.rated

    def slices(self) -> list[tuple[str, int]]:
        return [(level, getattr(self, level)) for level in SATISFACTION_LEVELS]


def satisfaction_breakdown(campaign: Campaign | int | str | None = None) -> SatisfactionBreakdown:
    """The satisfaction of ``campaign``'s visited targets (the current campaign by default)."""
    campaign = get_campaign(campaign)
    sql = f"SELECT {_SATISFACTION_SUMS} {_latest_sql()}"
    row = db.execute_sql(sql, [campaign.id, True]).fetchone()
    return SatisfactionBreakdown(*(int(n or 0) for n in row))


class DayProgress(NamedTuple):
    """One day of "progress over time": ``(day, visits, cumulative, planned)``.

    ``visits``: targets first visited that day (the day of their first final or
    reviewed visit record); ``cumulative``: targets visited up to that day, None
    for days after ``today`` (not known yet: a chart's line stops at today);
    ``planned``: targets the plan expects visited by then, or None when the
    campaign has no implementation dates.
    """

    day: dt.date
    visits: int
    cumulative: int | None
    planned: int | None


def planned_by(day: dt.date, targets: int, start: dt.date | None, end: dt.date | None):
    """Targets the plan expects visited by the end of ``day``: a linear pace from the
    implementation stage's first day (``start``) to all ``targets`` on its last
    (``end``); 0 before, all after; None without both dates."""
    if start is None or end is None:
        return None
    if day < start:
        return 0
    if day >= end:
        return targets
    elapsed, length = (day - start).days + 1, (end - start).days + 1
    return (2 * targets * elapsed + length) // (2 * length)  # rounded half up


def progress_by_day(
    campaign: Campaign | int | str | None = None, today: dt.date | None = None
) -> list[DayProgress]:
    """Visits per day, cumulative, against the plan, for ``campaign`` (current by default).

    Every day from the implementation stage's start (or the first visit, if
    earlier) to its end (or the last visit, if later), days without visits
    included; ``[]`` with neither dates nor visits. A target counts once, on
    the day of its first final visit record, so the last ``cumulative`` is the
    number of visited targets (records without a visit date are left out).
    """
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    p = db.param
    sql = f"""
        SELECT first_day, COUNT(*) FROM (
            SELECT MIN(DATE(vr.visited_at)) AS first_day
            FROM visit_record vr JOIN target t ON t.id = vr.target_id
            WHERE t.campaign_id = {p} AND t.included = {p}
              AND vr.state IN {_FINAL} AND vr.visited_at IS NOT NULL
            GROUP BY vr.target_id
        ) GROUP BY first_day ORDER BY first_day
    """
    per_day = {_date(day): int(n) for day, n in db.execute_sql(sql, [campaign.id, True]).fetchall()}
    targets = (
        Target.select()
        .where((Target.campaign == campaign.id) & (Target.included == True))  # noqa: E712
        .count()
    )
    start, end = _date(campaign.impl_start), _date(campaign.impl_end)
    days = [d for d in (*per_day, start, end) if d is not None]
    if not days:
        return []
    first, last = min(days), max(days)
    result, cumulative = [], 0
    for i in range((last - first).days + 1):
        day = first + dt.timedelta(days=i)
        visits = per_day.get(day, 0)
        cumulative += visits
        known = cumulative if day <= today else None
        result.append(DayProgress(day, visits, known, planned_by(day, targets, start, end)))
    return result


@dataclass(frozen=True)
class UnitSatisfaction:
    """One handling unit's satisfaction in a campaign (``unit`` ``""``: none recorded).

    Counts of targets as in the feedback statistics by unit;
    ``satisfaction_rate`` = (satisfied + basically satisfied) / rated, None
    when nobody was rated.
    """

    unit: str
    targets: int
    visited: int
    satisfied: int
    basically_satisfied: int
    dissatisfied: int
    not_reached: int

    @property
    def rated(self) -> int:
        """Satisfied + basically satisfied + dissatisfied (not reached is no rating)."""
        return self.satisfied + self.basically_satisfied + self.dissatisfied

    @property
    def satisfaction_rate(self) -> float | None:
        if not self.rated:
            return None
        return (self.satisfied + self.basically_satisfied) / self.rated


def satisfaction_by_unit(campaign: Campaign | int | str | None = None) -> list[UnitSatisfaction]:
    """Satisfaction per handling unit of ``campaign`` (current by default), ordered as
    the feedback statistics by unit: most targets first, targets without a unit last."""
    campaign = get_campaign(campaign)
    key = _GROUP_KEY["unit"]
    sql = f"SELECT {key}, {_SATISFACTION_SUMS} {_latest_sql(_GROUP_JOINS['unit'])} GROUP BY {key}"
    rows = [
        UnitSatisfaction(r[0], *(int(n or 0) for n in r[1:]))
        for r in db.execute_sql(sql, [campaign.id, True]).fetchall()
    ]
    rows.sort(key=lambda r: _order("unit", r.unit, r.targets))
    return rows


# --- the summary table (汇总表) ----------------------------------------------------


@dataclass(frozen=True)
class SummaryRow:
    """One target in the summary table, read from its latest final visit record."""

    target_id: int
    case_no: str
    petitioner: str
    village: str | None
    source_level: str | None
    category: str | None
    handling_unit: str | None
    visited_on: dt.date | None
    method: str | None
    visitors: str | None  # as the form names them, else the task's visitors
    satisfaction: str | None
    settled: bool | None
    difficulties: str | None
    help_given: str | None
    opinions: str | None
    followups_open: int
    followups_overdue: int
    next_action: str | None  # the follow-up written on the form
    next_due: dt.date | None
    # the five points (1)-(2) and the three looks, as the form answers them
    conclusion_reasonable: str | None = None
    demands_solved: str | None = None
    opinions_carried_out: str | None = None
    look_lawful: bool | None = None
    look_satisfied: bool | None = None
    look_opinions: bool | None = None

    def as_json(self) -> dict:
        return {
            f.name: (
                getattr(self, f.name).isoformat()
                if isinstance(getattr(self, f.name), dt.date)
                else getattr(self, f.name)
            )
            for f in fields(self)
        }


def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def summary_rows(
    campaign: Campaign | int | str | None = None, today: dt.date | None = None
) -> list[SummaryRow]:
    """Every target of ``campaign`` (the current one by default), by case number."""
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    joins = _GROUP_JOINS["unit"] + " " + _GROUP_JOINS["village"]
    from_sql, params = _query_parts(campaign.id, None, today, joins)
    sql = f"""
        SELECT t.id, c.case_no, p.name, p.village, c.source_level, c.category, h.name,
               l.visited_at, l.method, l.visitors, l.satisfaction, l.settled,
               l.difficulties, l.help_given, l.opinions,
               COALESCE(f.open_items, 0), COALESCE(f.overdue_items, 0),
               l.next_action, l.next_due,
               l.conclusion_reasonable, l.demands_solved, l.opinions_carried_out,
               l.look_lawful, l.look_satisfied, l.look_opinions
        {from_sql}
        ORDER BY c.case_no
    """
    task_visitors: dict[int, list[str]] = {}
    for target_id, name in (
        TaskVisitor.select(TaskVisitor.target, Staff.name)
        .join(Staff)
        .switch(TaskVisitor)
        .join(Target)
        .where(Target.campaign == campaign.id)
        .order_by(TaskVisitor.target, Staff.id)
        .tuples()
    ):
        task_visitors.setdefault(target_id, []).append(name)
    rows = []
    for r in db.execute_sql(sql, params).fetchall():
        visitors = r[9] or _LIST_SEPARATOR.join(task_visitors.get(r[0], [])) or None
        rows.append(
            SummaryRow(
                target_id=r[0],
                case_no=r[1],
                petitioner=r[2] or "",
                village=r[3],
                source_level=r[4],
                category=r[5],
                handling_unit=r[6],
                visited_on=_date(r[7]),
                method=r[8],
                visitors=visitors,
                satisfaction=r[10],
                settled=None if r[11] is None else bool(r[11]),
                difficulties=r[12] or None,
                help_given=r[13] or None,
                opinions=r[14] or None,
                followups_open=int(r[15]),
                followups_overdue=int(r[16]),
                next_action=r[17] or None,
                next_due=_date(r[18]),
                conclusion_reasonable=r[19],
                demands_solved=r[20],
                opinions_carried_out=r[21],
                **{
                    name: None if value is None else bool(value)
                    for name, value in zip(
                        ("look_lawful", "look_satisfied", "look_opinions"), r[22:25], strict=True
                    )
                },
            )
        )
    return rows


# --- over the years (长效机制) --------------------------------------------------------


@dataclass(frozen=True)
class UnitYear:
    """One handling unit's figures in one campaign, for the annual assessment.

    ``followups_on_time`` counts the unit's closed follow-up and rework items
    closed on or before their due date (or without one), of
    ``followups_closed``.
    """

    campaign: str
    unit: str
    targets: int
    visited: int
    satisfaction_rate: float | None
    settled: int
    settled_rate: float | None  # settled / visited
    followups_closed: int
    followups_on_time: int

    def as_json(self) -> dict:
        data = asdict(self)
        data["satisfaction_rate"] = _round(self.satisfaction_rate)
        data["settled_rate"] = _round(self.settled_rate)
        return data


def unit_history(unit: str | None = None, today: dt.date | None = None) -> list[UnitYear]:
    """Figures per handling unit (or only ``unit``) in every campaign, oldest first."""
    today = today or dt.date.today()
    result = []
    for campaign in Campaign.select().order_by(Campaign.created_at, Campaign.id):
        stats = feedback_statistics(campaign, "unit", today)
        on_time = dict(
            (name, (closed, timely))
            for name, closed, timely in db.execute_sql(
                f"""
                SELECT COALESCE(h.name, ''),
                    SUM(CASE WHEN fu.state = 'closed' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN fu.state = 'closed'
                        AND (fu.due_on IS NULL OR fu.closed_on <= fu.due_on) THEN 1 ELSE 0 END)
                FROM follow_up fu
                JOIN target t ON t.id = fu.target_id
                JOIN "case" c ON c.id = t.case_id
                LEFT JOIN handling_unit h ON h.id = c.handling_unit_id
                WHERE t.campaign_id = {db.param} AND fu.kind <> 'help'
                GROUP BY COALESCE(h.name, '')
                """,
                [campaign.id],
            ).fetchall()
        )
        for row in stats.rows:
            if unit is not None and row.key != unit:
                continue
            closed, timely = on_time.get(row.key, (0, 0))
            result.append(
                UnitYear(
                    campaign=campaign.name,
                    unit=row.key or "",
                    targets=row.targets,
                    visited=row.visited,
                    satisfaction_rate=row.satisfaction_rate,
                    settled=row.settled,
                    settled_rate=row.settled / row.visited if row.visited else None,
                    followups_closed=int(closed or 0),
                    followups_on_time=int(timely or 0),
                )
            )
    return result
