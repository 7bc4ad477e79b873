"""Over the years (长效机制): each handling unit's figures by year."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from ..models import Campaign, db
from .feedback import feedback_statistics
from .rows import _round


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
