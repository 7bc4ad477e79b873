"""Campaigns: the plan's stages and dates checked, names unique, one current."""

from __future__ import annotations

import datetime as dt

import pytest

from rv_desktop.domain import campaigns as cp
from rv_desktop.domain.models import AuditRecord, Campaign, Case, Petitioner, Target

D = dt.date

PLAN = cp.CampaignPlan(
    name='2026年"千案回访"活动',
    prep_start=D(2026, 9, 21),
    prep_end=D(2026, 10, 20),
    impl_start=D(2026, 10, 21),
    impl_end=D(2026, 11, 20),
    summary_start=D(2026, 11, 21),
    summary_end=D(2026, 12, 10),
    report_deadline=D(2026, 12, 10),
    group_leader="陈志强",
    deputy_leaders="王海燕、李明辉",
    office_in_charge="青山镇信访办",
    county_office='某某县"千案回访"活动办公室',
    notes="按县局统一部署。",
)


def snapshot():
    return (
        [tuple(c.__data__.items()) for c in Campaign.select().order_by(Campaign.id)],
        AuditRecord.select().count(),
    )


def test_create_edit_and_read_back(database):
    campaign = cp.create_campaign(PLAN)
    assert cp.plan_of(campaign) == PLAN
    assert campaign.is_current  # the first campaign becomes current
    audit = AuditRecord.get((AuditRecord.table_name == "campaign") & (AuditRecord.row_id == 1))
    assert audit.action == "insert" and audit.actor == "tester"
    edited = cp.update_campaign(
        campaign.id, cp.CampaignPlan(**{**PLAN.__dict__, "impl_end": D(2026, 11, 18)})
    )
    assert edited.impl_end == D(2026, 11, 18)
    assert cp.update_campaign(campaign.id, cp.plan_of(edited)).id == campaign.id  # own name
    updates = AuditRecord.select().where(
        (AuditRecord.table_name == "campaign") & (AuditRecord.action == "update")
    )
    assert updates.count() == 1  # saving an unchanged plan writes nothing


def test_texts_are_tidied(database):
    campaign = cp.create_campaign(
        cp.CampaignPlan(name="  2027年  回访 ", group_leader="  ", notes="\n说明\n")
    )
    assert campaign.name == "2027年 回访"
    assert campaign.group_leader is None and campaign.notes == "说明"


def test_one_current_campaign(database):
    first = cp.create_campaign(PLAN)
    second = cp.create_campaign(cp.CampaignPlan(name="2027年日常回访"))
    assert not second.is_current
    cp.set_current("2027年日常回访")

    def current():
        return [c.id for c in Campaign.select().where(Campaign.is_current == True)]  # noqa: E712

    assert current() == [second.id]
    third = cp.create_campaign(cp.CampaignPlan(name="2028年"), make_current=True)
    assert current() == [third.id]
    assert cp.get_campaign().id == third.id
    assert cp.get_campaign(first.id).name == PLAN.name
    rows = cp.list_campaigns()
    assert rows[0].id == third.id and rows[0].is_current
    assert {r.name for r in rows} == {PLAN.name, "2027年日常回访", "2028年"}


def test_list_counts_targets(database):
    campaign = cp.create_campaign(PLAN)
    for i, included in enumerate((True, True, False)):
        case = Case.create(case_no=f"K{i}", petitioner=Petitioner.create(name="甲"))
        Target.create(
            campaign=campaign,
            case=case,
            included=included,
            exclusion_reason=None if included else "policy",
        )
    (row,) = cp.list_campaigns()
    assert (row.targets, row.excluded) == (2, 1)


def test_ensure_campaign_creates_once(database):
    campaign, created = cp.ensure_campaign("2026年千案回访")
    assert created and campaign.prep_start is None and campaign.is_current
    again, created = cp.ensure_campaign(" 2026年千案回访 ")
    assert not created and again.id == campaign.id


def test_stages_may_touch(database):
    touching = cp.CampaignPlan(
        name="x",
        prep_start=D(2026, 9, 1),
        prep_end=D(2026, 10, 1),
        impl_start=D(2026, 10, 1),
        impl_end=D(2026, 10, 1),
        summary_start=D(2026, 10, 1),
    )
    assert cp.create_campaign(touching).impl_start == D(2026, 10, 1)


def bad(**changes):
    return cp.CampaignPlan(**{**PLAN.__dict__, **changes})


@pytest.mark.parametrize(
    ("plan", "code", "field", "words"),
    [
        (bad(name="  "), "campaign_name_missing", "name", []),
        (bad(name="年" * 129), "campaign_name_too_long", "name", ["128"]),
        (
            bad(prep_end=D(2026, 9, 1)),
            "stage_dates_reversed",
            "prep_end",
            ["preparation", "2026-09-01", "2026-09-21"],
        ),
        (
            bad(impl_start=D(2026, 11, 30)),
            "stage_dates_reversed",
            "impl_end",
            ["implementation", "2026-11-30", "2026-11-20"],
        ),
        (
            bad(summary_end=D(2026, 11, 1), summary_start=D(2026, 11, 2)),
            "stage_dates_reversed",
            "summary_end",
            ["summary"],
        ),
        (
            bad(impl_start=D(2026, 10, 10)),
            "stages_overlap",
            "impl_start",
            ["implementation", "preparation", "2026-10-10", "2026-10-20"],
        ),
        (
            bad(summary_start=D(2026, 11, 19)),
            "stages_overlap",
            "summary_start",
            ["summary", "implementation", "2026-11-19", "2026-11-20"],
        ),
        (
            bad(impl_start=None, impl_end=None, summary_start=D(2026, 10, 1)),
            "stages_overlap",
            "summary_start",
            ["summary", "preparation", "2026-10-01", "2026-10-20"],
        ),
        (
            bad(report_deadline=D(2026, 10, 1)),
            "deadline_before_implementation",
            "report_deadline",
            ["2026-10-01", "2026-10-21"],
        ),
        (bad(group_leader="长" * 65), "campaign_text_too_long", "group_leader", ["64"]),
    ],
)
def test_bad_plans_refused_and_nothing_written(database, plan, code, field, words):
    existing = cp.create_campaign(cp.CampaignPlan(name="2025年"))
    before = snapshot()
    with pytest.raises(cp.CampaignError) as info:
        cp.create_campaign(plan)
    assert (info.value.code, info.value.field) == (code, field)
    for word in words:
        assert word in str(info.value)
    assert snapshot() == before
    with pytest.raises(cp.CampaignError) as info:
        cp.update_campaign(existing.id, plan)
    assert info.value.code == code
    assert snapshot() == before


def test_names_are_unique(database):
    cp.create_campaign(PLAN)
    other = cp.create_campaign(cp.CampaignPlan(name="2027年日常回访"))
    before = snapshot()
    for action in (
        lambda: cp.create_campaign(cp.CampaignPlan(name=PLAN.name)),
        lambda: cp.update_campaign(other.id, cp.CampaignPlan(name=PLAN.name)),
        lambda: cp.create_campaign(cp.CampaignPlan(name="2027年日常回访 ")),
    ):
        with pytest.raises(cp.CampaignError) as info:
            action()
        assert info.value.code == "campaign_name_taken" and info.value.field == "name"
    assert "already exists" in str(info.value)
    assert snapshot() == before


def test_unknown_campaign(database):
    with pytest.raises(cp.CampaignError) as info:
        cp.get_campaign()
    assert info.value.code == "no_current_campaign"
    with pytest.raises(cp.CampaignError) as info:
        cp.set_current("没有这个活动")
    assert info.value.code == "campaign_not_found" and "没有这个活动" in str(info.value)
