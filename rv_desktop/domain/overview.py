"""Counts that the status bar and the overview page show, in a few queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from .enums import FollowUpState, RecordState, TaskStatus
from .models import Campaign, Case, FollowUp, PackageExport, Petitioner, Target, VisitRecord


@dataclass(frozen=True)
class CampaignOverview:
    id: int
    name: str
    report_deadline: dt.date | None
    stage: str | None  # preparation / implementation / summary / None
    targets: int
    excluded: int
    by_status: dict[str, int] = field(default_factory=dict)
    drafts: int = 0
    finals: int = 0
    followups_open: int = 0
    followups_overdue: int = 0
    packages_sent: int = 0

    def days_left(self, today: dt.date) -> int | None:
        return None if self.report_deadline is None else (self.report_deadline - today).days


@dataclass(frozen=True)
class Overview:
    cases: int
    petitioners: int
    campaigns: int
    current: CampaignOverview | None


def stage_on(campaign: Campaign, day: dt.date) -> str | None:
    """The stage of the plan that ``day`` falls in, if any."""
    for name, start, end in (
        ("preparation", campaign.prep_start, campaign.prep_end),
        ("implementation", campaign.impl_start, campaign.impl_end),
        ("summary", campaign.summary_start, campaign.summary_end),
    ):
        if start and end and start <= day <= end:
            return name
    return None


def current_campaign() -> Campaign | None:
    return Campaign.get_or_none(Campaign.is_current == True)  # noqa: E712


def campaign_overview(campaign: Campaign, today: dt.date) -> CampaignOverview:
    counts = dict(
        Target.select(Target.included, fn.COUNT(Target.id))
        .where(Target.campaign == campaign)
        .group_by(Target.included)
        .tuples()
    )
    by_status = {s.value: 0 for s in TaskStatus}
    by_status.update(
        Target.select(Target.status, fn.COUNT(Target.id))
        .where((Target.campaign == campaign) & (Target.included == True))  # noqa: E712
        .group_by(Target.status)
        .tuples()
    )
    states = dict(
        VisitRecord.select(VisitRecord.state, fn.COUNT(VisitRecord.id))
        .join(Target)
        .where((Target.campaign == campaign) & (Target.included == True))  # noqa: E712
        .group_by(VisitRecord.state)
        .tuples()
    )
    open_followups = (
        FollowUp.select()
        .join(Target)
        .where((Target.campaign == campaign) & (FollowUp.state == FollowUpState.OPEN))
    )
    return CampaignOverview(
        id=campaign.id,
        name=campaign.name,
        report_deadline=campaign.report_deadline,
        stage=stage_on(campaign, today),
        targets=counts.get(True, 0),  # 1 and True are the same key
        excluded=counts.get(False, 0),
        by_status={str(k): v for k, v in by_status.items()},
        drafts=states.get(RecordState.DRAFT.value, 0),
        finals=states.get(RecordState.FINAL.value, 0) + states.get(RecordState.REVIEWED.value, 0),
        followups_open=open_followups.count(),
        followups_overdue=open_followups.where(FollowUp.due_on < today).count(),
        packages_sent=PackageExport.select().where(PackageExport.campaign == campaign).count(),
    )


#: Report to the county once this close to the deadline, whatever the stage.
REPORT_DAYS_AHEAD = 14


@dataclass(frozen=True)
class NextStep:
    """Something the office should do now: ``code`` names it, ``count`` says how
    many items it concerns (for ``report``, the days left to the deadline,
    negative once passed, None without one), ``area`` and ``shown`` where they
    are (an area of the window and its filter, as the overview's tiles)."""

    code: str
    count: int | None = 0
    area: str = ""
    shown: str = ""


def next_steps(data: Overview, today: dt.date) -> list[NextStep]:
    """What to do next, most pressing first: the campaign's steps in the plan's
    order (create, screen, assign, visit, finish the forms, report), with
    overdue follow-up items before everything but the campaign itself."""
    if data.cases == 0:
        return [NextStep("import", area="cases")]
    c = data.current
    if c is None:
        return [NextStep("create_campaign", area="campaign")]
    if c.targets == 0:
        return [NextStep("screen", area="campaign")]
    steps = []
    if c.followups_overdue:
        steps.append(NextStep("overdue_followups", c.followups_overdue, "followups", "overdue"))
    unassigned = c.by_status.get(TaskStatus.UNASSIGNED.value, 0)
    if unassigned:
        steps.append(NextStep("assign", unassigned, "board"))
    not_visited = c.by_status.get(TaskStatus.ASSIGNED.value, 0)
    if not_visited and c.stage != "preparation":
        steps.append(NextStep("visit", not_visited, "board"))
    if c.drafts:
        steps.append(NextStep("finish_drafts", c.drafts, "visits", "draft"))
    days = c.days_left(today)
    due = c.stage == "summary" or (days is not None and days <= REPORT_DAYS_AHEAD)
    if due and not c.packages_sent:
        steps.append(NextStep("report", days, "exchange"))
    return steps


def overview(today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    campaign = current_campaign()
    return Overview(
        cases=Case.select().count(),
        petitioners=Petitioner.select().count(),
        campaigns=Campaign.select().count(),
        current=campaign_overview(campaign, today) if campaign else None,
    )
