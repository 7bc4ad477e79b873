"""Counts that the status bar and the overview page show, in a few queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from .enums import FollowUpState, RecordState, TaskStatus
from .models import Campaign, Case, FollowUp, Petitioner, Target, VisitRecord


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
    )


def overview(today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    campaign = current_campaign()
    return Overview(
        cases=Case.select().count(),
        petitioners=Petitioner.select().count(),
        campaigns=Campaign.select().count(),
        current=campaign_overview(campaign, today) if campaign else None,
    )
