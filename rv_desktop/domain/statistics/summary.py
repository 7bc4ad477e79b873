"""The summary table (汇总表)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from ..campaigns import get_campaign
from ..models import Campaign, Staff, Target, TaskVisitor, db
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
        return {
            f.name: (
                getattr(self, f.name).isoformat()
                if isinstance(getattr(self, f.name), dt.date)
                else getattr(self, f.name)
            )
            for f in fields(self)
        }


def as_date(value) -> dt.date | None:
    """A stored date or datetime (or its ISO text) as a date; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _task_visitors(campaign: Campaign) -> dict[int, list[str]]:
    """Per target, the names of its assigned visitors (for targets with no visit record)."""
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
    return task_visitors


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
    task_visitors = _task_visitors(campaign)
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
                visited_on=as_date(r[7]),
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
                next_due=as_date(r[18]),
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
