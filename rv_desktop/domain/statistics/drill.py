"""Drilling down: the targets behind one figure of the statistics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..campaigns import get_campaign
from ..models import Campaign, db
from .columns import _GROUP_KEY, RATE_COLUMNS, targets_with_latest_final
from .feedback import _check_by, _condition, _query_parts, _true_params


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
    joins = """
        JOIN petitioner p ON p.id = c.petitioner_id
        LEFT JOIN handling_unit h ON h.id = c.handling_unit_id
    """
    sql = (
        "SELECT t.id, c.id, c.case_no, p.name, p.village, h.name, t.status, l.satisfaction"
        + targets_with_latest_final(joins)
        + f"WHERE t.id IN ({inner}) ORDER BY c.case_no"
    )
    return [
        FigureCase(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7])
        for r in db.execute_sql(sql, params).fetchall()
    ]
