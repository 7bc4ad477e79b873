"""``build_report``: the report's figures and lists, gathered from the same aggregate queries
as the feedback statistics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from peewee import chunked, fn

from ..campaigns import get_campaign
from ..enums import FollowUpKind
from ..left_out import LeftOut, nobody_left_out
from ..models import Campaign, FollowUp, Target, TaskVisitor, db
from ..statistics import (
    SatisfactionBreakdown,
    Statistics,
    as_date,
    feedback_statistics,
    latest_final_sql,
    progress_by_day,
    satisfaction_by_unit,
)
from .clerk_text import _key, report_text
from .contents import AnalysisReport, DifficultyItem, FollowUpLine, UnsettledCase
from .drafting import draft_paragraphs
from .grouping import TextGroup, _tidy, group_texts
from .texts import DIFFICULTY_THEMES, EDITABLE, OPINION_THEMES, REASON_THEMES, _settings, _texts


def _counted(campaign_id: int, column: str, condition: str = "1 = 1") -> list[tuple[str, int]]:
    """(text, targets) of a text column of the latest final records, grouped in SQL."""
    sql = (
        f"SELECT l.{column}, COUNT(*) {latest_final_sql()} AND l.id IS NOT NULL AND {condition}"
        f" GROUP BY l.{column}"
    )
    return [(text, int(n)) for text, n in db.execute_sql(sql, [campaign_id, True]).fetchall()]


def _help_state(items: int, open_items: int) -> str:
    if not items:
        return "none"
    return "in_progress" if open_items else "helped"


def _help_flags() -> str:
    """Help items per target of the campaign (parameter: the campaign id)."""
    return f"""
    LEFT JOIN (
        SELECT fu.target_id, COUNT(*) AS items,
            SUM(CASE WHEN fu.state = 'open' THEN 1 ELSE 0 END) AS open_items
        FROM follow_up fu JOIN target ft ON ft.id = fu.target_id
        WHERE fu.kind = 'help' AND ft.campaign_id = {db.param} GROUP BY fu.target_id
    ) hf ON hf.target_id = t.id
"""


_PEOPLE = """
    JOIN petitioner p ON p.id = c.petitioner_id
    LEFT JOIN handling_unit h ON h.id = c.handling_unit_id
"""


def _difficulties(campaign_id: int, limit: int) -> tuple[list[DifficultyItem], int]:
    base = latest_final_sql(_PEOPLE + _help_flags())
    condition = "AND l.id IS NOT NULL AND TRIM(COALESCE(l.difficulties, '')) <> ''"
    sql = f"""
        SELECT t.id, c.case_no, p.name, p.village, l.difficulties, l.help_given, l.help_by,
            COALESCE(hf.items, 0), COALESCE(hf.open_items, 0)
        {base} {condition}
        ORDER BY c.case_no LIMIT {db.param}
    """
    items = [
        DifficultyItem(
            r[0],
            r[1],
            r[2] or "",
            r[3],
            _tidy(r[4]),
            r[5] or None,
            r[6] or None,
            _help_state(int(r[7]), int(r[8])),
        )  # fmt: skip
        for r in db.execute_sql(sql, [campaign_id, campaign_id, True, limit]).fetchall()
    ]
    open_sql = f"SELECT COUNT(*) {base} {condition} AND COALESCE(hf.open_items, 0) > 0"
    help_open = db.execute_sql(open_sql, [campaign_id, campaign_id, True]).fetchone()[0]
    return items, int(help_open or 0)


def _unsettled(campaign_id: int, limit: int, today: dt.date) -> list[UnsettledCase]:
    sql = f"""
        SELECT t.id, c.case_no, p.name, p.village, h.name, l.satisfaction, l.visited_at,
            l.next_action, l.next_due
        {latest_final_sql(_PEOPLE)} AND l.id IS NOT NULL AND COALESCE(l.settled, 0) = 0
        ORDER BY c.case_no LIMIT {db.param}
    """
    rows = db.execute_sql(sql, [campaign_id, True, limit]).fetchall()
    lines: dict[int, list[FollowUpLine]] = {}
    for batch in chunked([r[0] for r in rows], 500):
        query = (
            FollowUp.select()
            .where(FollowUp.target.in_(batch) & (FollowUp.kind != FollowUpKind.HELP.value))
            .order_by(FollowUp.target, FollowUp.id)
        )
        for fu in query:
            due = as_date(fu.due_on)
            closed = as_date(fu.closed_on) if fu.state == "closed" else None
            lines.setdefault(fu.target_id, []).append(
                FollowUpLine(
                    kind=str(fu.kind),
                    action=fu.action or fu.reason or None,
                    assignee=fu.assignee or (fu.unit.name if fu.unit_id else None),
                    due_on=due,
                    closed_on=closed,
                    overdue=closed is None and due is not None and due < today,
                )
            )
    return [
        UnsettledCase(
            r[0],
            r[1],
            r[2] or "",
            r[3],
            r[4],
            r[5],
            as_date(r[6]),
            r[7] or None,
            as_date(r[8]),
            tuple(lines.get(r[0], ())),
        )  # fmt: skip
        for r in rows
    ]


def _dissatisfied_units(campaign_id: int) -> list[tuple[str, int]]:
    """Handling units of the dissatisfied targets (latest final record), most first."""
    key = "COALESCE(h.name, '')"
    sql = f"""
        SELECT {key}, COUNT(*) {latest_final_sql(_PEOPLE)}
            AND l.satisfaction = 'dissatisfied'
        GROUP BY {key} ORDER BY 2 DESC, 1
    """
    return [(name, int(n)) for name, n in db.execute_sql(sql, [campaign_id, True]).fetchall()]


def _cut(left_out: LeftOut, limit: int) -> LeftOut:
    return LeftOut(**{name: getattr(left_out, name)[:limit] for name in left_out.counts()})


def _target_counts(cid: int) -> dict:
    """Excluded targets by reason, key cases, targets with visitors and with a leader, and
    the distinct visitors."""
    excluded = dict(
        Target.select(Target.exclusion_reason, fn.COUNT(Target.id))
        .where((Target.campaign == cid) & (Target.included == False))  # noqa: E712
        .group_by(Target.exclusion_reason)
        .tuples()
    )
    included = (Target.campaign == cid) & (Target.included == True)  # noqa: E712
    key_cases = Target.select().where(included & (Target.key_case == True)).count()  # noqa: E712
    assigned = (
        Target.select()
        .where(included & fn.EXISTS(TaskVisitor.select().where(TaskVisitor.target == Target.id)))
        .count()
    )
    with_leader = Target.select().where(included & Target.responsible_leader.is_null(False)).count()
    visitors = (
        TaskVisitor.select(fn.COUNT(TaskVisitor.staff.distinct()))
        .join(Target)
        .where(included)
        .scalar()
    )
    return {
        "excluded": {str(k): int(n) for k, n in excluded.items() if k},
        "key_cases": key_cases,
        "assigned": assigned,
        "with_leader": with_leader,
        "visitors": int(visitors or 0),
    }


def _themed_texts(cid: int, text: Mapping[str, str]) -> dict[str, list[TextGroup]]:
    """The reasons for dissatisfaction, the difficulties and the opinions, grouped by theme."""
    reasons = group_texts(
        _counted(cid, "dissatisfaction_reason", "l.satisfaction = 'dissatisfied'"),
        REASON_THEMES, text["theme.other"], text["theme.unstated"], text,
    )  # fmt: skip
    difficulties = group_texts(
        _counted(cid, "difficulties"), DIFFICULTY_THEMES, text["theme.other"], None, text
    )
    opinions = group_texts(
        _counted(cid, "opinions"), OPINION_THEMES, text["theme.other"], None, text
    )
    return {"reasons": reasons, "difficulties": difficulties, "opinions": opinions}


def _drafted_at_edit(cid: int) -> dict[str, str]:
    """The fingerprint of each edited part's draft when the clerk saved the edit."""
    return {
        part: value
        for part in EDITABLE
        if (value := _settings(_key(cid, part) + ".draft").get(_key(cid, part) + ".draft"))
    }


def _breakdown(stats: Statistics) -> SatisfactionBreakdown:
    """The same counts as satisfaction_breakdown, already in the total: no second query."""
    total = stats.total
    return SatisfactionBreakdown(
        total.targets, total.visited, total.satisfied, total.basically_satisfied,
        total.dissatisfied, total.not_reached,
    )  # fmt: skip


def build_report(
    campaign: Campaign | int | str | None = None,
    today: dt.date | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    limit: int = 100,
) -> AnalysisReport:
    """The analysis report of ``campaign`` (the current one by default).

    ``today`` decides what is overdue and how far progress is known;
    ``limit`` caps each list of cases (the counts stay complete).
    """
    today = today or dt.date.today()
    text = _texts(texts)
    campaign = get_campaign(campaign)
    cid = campaign.id
    stats = feedback_statistics(campaign, "source", today)
    settings = _settings("town_name", "office_name", "county_office")
    difficulty_items, help_open = _difficulties(cid, limit)
    left_out = nobody_left_out(campaign, today)
    report = AnalysisReport(
        campaign=campaign.name,
        campaign_id=cid,
        town=settings.get("town_name") or "",
        office=settings.get("office_name") or "",
        county_office=campaign.county_office or settings.get("county_office"),
        prep_start=as_date(campaign.prep_start),
        summary_end=as_date(campaign.summary_end),
        impl_start=as_date(campaign.impl_start),
        impl_end=as_date(campaign.impl_end),
        report_deadline=as_date(campaign.report_deadline),
        group_leader=campaign.group_leader or None,
        office_in_charge=campaign.office_in_charge or None,
        today=today,
        statistics=stats,
        breakdown=_breakdown(stats),
        units=satisfaction_by_unit(campaign),
        progress=progress_by_day(campaign, today),
        difficulty_items=difficulty_items,
        unsettled=_unsettled(cid, limit, today),
        unsettled_count=stats.total.visited - stats.total.settled,
        help_open=help_open,
        dissatisfied_units=_dissatisfied_units(cid),
        left_out=_cut(left_out, limit),
        left_out_counts=left_out.counts(),
        limit=limit,
        saved=report_text(campaign),
        examples=good_example_candidates(cid),
        drafted_at_edit=_drafted_at_edit(cid),
        **_target_counts(cid),
        **_themed_texts(cid, text),
    )
    return replace(report, paragraphs=draft_paragraphs(report, texts))


def good_example_candidates(campaign_id: int, limit: int = 5) -> list[tuple[str, str, str]]:
    """Cases the good examples may be chosen from ("publicize good examples"):
    re-visits that ended satisfied and settled, then difficulties helped to the end.
    ``(case_no, category, why)`` with ``why`` ``revisit`` or ``helped``."""
    sql = f"""
        SELECT c.case_no, COALESCE(c.category, ''),
               CASE WHEN l.visit_no > 1 THEN 'revisit' ELSE 'helped' END
        {latest_final_sql()}
            AND l.satisfaction IN ('satisfied', 'basically_satisfied') AND l.settled = {{p}}
            AND (l.visit_no > 1 OR (TRIM(COALESCE(l.difficulties, '')) <> ''
                 AND EXISTS (SELECT 1 FROM follow_up h WHERE h.target_id = t.id
                             AND h.kind = 'help')
                 AND NOT EXISTS (SELECT 1 FROM follow_up h WHERE h.target_id = t.id
                                 AND h.kind = 'help' AND h.state = 'open')))
        ORDER BY l.visit_no DESC, c.case_no LIMIT {int(limit)}
    """.replace("{p}", db.param)
    return [tuple(r) for r in db.execute_sql(sql, [campaign_id, True, True]).fetchall()]
