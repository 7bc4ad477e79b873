"""Chart data: satisfaction, progress over time, satisfaction by handling unit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from ..campaigns import get_campaign
from ..models import Campaign, Target, db
from ..rows import as_date
from .columns import _FINAL, _GROUP_JOINS, _GROUP_KEY, targets_with_latest_final
from .feedback import _order


def latest_final_sql(joins: str = "") -> str:
    """FROM ... WHERE of the campaign's included targets with their latest final
    record ``l`` (no follow-up flags: the charts need none). Parameters:
    campaign id, True."""
    return (
        targets_with_latest_final(joins)
        + f"WHERE t.campaign_id = {db.param} AND t.included = {db.param}\n"
    )


_SATISFACTION_SUMS = """
    COUNT(*), SUM(CASE WHEN l.id IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN l.satisfaction = 'satisfied' THEN 1 ELSE 0 END),
    SUM(CASE WHEN l.satisfaction = 'basically_satisfied' THEN 1 ELSE 0 END),
    SUM(CASE WHEN l.satisfaction = 'dissatisfied' THEN 1 ELSE 0 END),
    SUM(CASE WHEN l.satisfaction = 'not_reached' THEN 1 ELSE 0 END)
"""

#: The satisfaction levels in the order of the table, the charts and the palette.
SATISFACTION_LEVELS = ("satisfied", "basically_satisfied", "dissatisfied", "not_reached")


class _SatisfactionRate:
    """The rate of a count of targets by satisfaction level (the fields of its dataclass)."""

    satisfied: int
    basically_satisfied: int
    dissatisfied: int

    @property
    def rated(self) -> int:
        """Satisfied + basically satisfied + dissatisfied (not reached is no rating)."""
        return self.satisfied + self.basically_satisfied + self.dissatisfied

    @property
    def satisfaction_rate(self) -> float | None:
        if not self.rated:
            return None
        return (self.satisfied + self.basically_satisfied) / self.rated


@dataclass(frozen=True)
class SatisfactionBreakdown(_SatisfactionRate):
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

    def slices(self) -> list[tuple[str, int]]:
        return [(level, getattr(self, level)) for level in SATISFACTION_LEVELS]


def satisfaction_breakdown(campaign: Campaign | int | str | None = None) -> SatisfactionBreakdown:
    """The satisfaction of ``campaign``'s visited targets (the current campaign by default)."""
    campaign = get_campaign(campaign)
    sql = f"SELECT {_SATISFACTION_SUMS} {latest_final_sql()}"
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
    per_day = {
        as_date(day): int(n) for day, n in db.execute_sql(sql, [campaign.id, True]).fetchall()
    }
    targets = (
        Target.select()
        .where((Target.campaign == campaign.id) & (Target.included == True))  # noqa: E712
        .count()
    )
    start, end = as_date(campaign.impl_start), as_date(campaign.impl_end)
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
class UnitSatisfaction(_SatisfactionRate):
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


def satisfaction_by_unit(campaign: Campaign | int | str | None = None) -> list[UnitSatisfaction]:
    """Satisfaction per handling unit of ``campaign`` (current by default), ordered as
    the feedback statistics by unit: most targets first, targets without a unit last."""
    campaign = get_campaign(campaign)
    key = _GROUP_KEY["unit"]
    latest = latest_final_sql(_GROUP_JOINS["unit"])
    sql = f"SELECT {key}, {_SATISFACTION_SUMS} {latest} GROUP BY {key}"
    rows = [
        UnitSatisfaction(r[0], *(int(n or 0) for n in r[1:]))
        for r in db.execute_sql(sql, [campaign.id, True]).fetchall()
    ]
    rows.sort(key=lambda r: _order("unit", r.unit, r.targets))
    return rows
