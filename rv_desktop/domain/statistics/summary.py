"""The summary table (汇总表)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..campaigns import get_campaign
from ..models import Campaign, Target, db
from ..rows import as_date, json_of, maybe_bool, or_none, rows_as
from ..target_query import visitor_names
from .columns import _GROUP_JOINS
from .feedback import _LIST_SEPARATOR, _query_parts


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
        return json_of(self)


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
    task_visitors = visitor_names(Target.campaign == campaign.id, by_id=True)
    rows = [
        (*r[:9], r[9] or _LIST_SEPARATOR.join(task_visitors.get(r[0], [])) or None, *r[10:])
        for r in db.execute_sql(sql, params).fetchall()
    ]
    return rows_as(
        SummaryRow,
        rows,
        petitioner=lambda name: name or "",
        visited_on=as_date,
        settled=maybe_bool,
        difficulties=or_none,
        help_given=or_none,
        opinions=or_none,
        followups_open=int,
        followups_overdue=int,
        next_action=or_none,
        next_due=as_date,
        look_lawful=maybe_bool,
        look_satisfied=maybe_bool,
        look_opinions=maybe_bool,
    )
