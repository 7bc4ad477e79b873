"""A row of the feedback statistics and the table of rows (plain dataclasses)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass


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
    visited_as_required: int = 0

    @property
    def visit_rate(self) -> float | None:
        """Visited as the office's level requires / targets; None without targets.

        ``visited_as_required`` counts the targets whose latest final record keeps
        the plan's visit rule (``plan_rules.visited_as_required``: at a town, a
        home visit, the away path, or a meeting at the office with its reason), or
        was kept as it is after review; ``visited`` counts every final record.
        """
        return self.visited_as_required / self.targets if self.targets else None

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
            if name == "visited_as_required":
                continue  # next to visited
            ordered[name] = value
            if name == "visited":
                ordered["visited_as_required"] = self.visited_as_required
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
