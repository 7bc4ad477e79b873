"""The overview's counts and its "next steps", on a real database."""

from __future__ import annotations

import datetime as dt

from rv_desktop.domain.models import (
    Campaign,
    Case,
    FollowUp,
    PackageExport,
    Petitioner,
    Target,
    VisitRecord,
)
from rv_desktop.domain.overview import NextStep, next_steps, overview

from .. import factories

TODAY = dt.date(2026, 11, 20)
D = dt.date


def _codes(steps: list[NextStep]) -> list[str]:
    return [s.code for s in steps]


def _campaign(**dates) -> Campaign:
    return factories.campaign("2026年千案回访", **{**factories.PLAN_DATES, **dates})


def _target(campaign, no: str, status: str, included: bool = True) -> Target:
    return factories.target(campaign, factories.case(no, "张三"), included, status=status)


def test_the_campaign_steps_in_the_plans_order(database):
    assert _codes(next_steps(overview(TODAY), TODAY)) == ["import"]
    Case.create(case_no="X-1", petitioner=Petitioner.create(name="李四"))
    assert _codes(next_steps(overview(TODAY), TODAY)) == ["create_campaign"]
    c = _campaign()
    assert _codes(next_steps(overview(TODAY), TODAY)) == ["screen"]
    _target(c, "A1", "unassigned")
    _target(c, "A2", "unassigned")
    visited = _target(c, "A3", "assigned")
    excluded = _target(c, "A4", "assigned", included=False)  # counts nowhere
    steps = next_steps(overview(TODAY), TODAY)
    assert steps == [NextStep("assign", 2, "board"), NextStep("visit", 1, "board")]
    # a draft form, an overdue follow-up: the overdue item comes first
    VisitRecord.create(target=visited, visit_no=1, state="draft")
    VisitRecord.create(target=excluded, visit_no=1, state="draft")
    FollowUp.create(target=visited, kind="rework", due_on=TODAY - dt.timedelta(days=1))
    FollowUp.create(target=visited, kind="help", due_on=TODAY + dt.timedelta(days=9))
    assert next_steps(overview(TODAY), TODAY) == [
        NextStep("overdue_followups", 1, "followups", "overdue"),
        NextStep("assign", 2, "board"),
        NextStep("visit", 1, "board"),
        NextStep("finish_drafts", 1, "visits", "draft"),
    ]


def test_report_to_the_county_near_the_deadline_until_a_package_is_sent(database):
    c = _campaign()
    _target(c, "A1", "done")
    assert next_steps(overview(TODAY), TODAY) == []  # 20 days left, implementation
    near = D(2026, 11, 28)
    assert next_steps(overview(near), near) == [NextStep("report", 12, "exchange")]
    late = D(2026, 12, 12)
    assert next_steps(overview(late), late) == [NextStep("report", -2, "exchange")]
    PackageExport.create(
        package_id="p-1",
        campaign=c,
        campaign_name=c.name,
        file_name="x.rvpkg",
        folder="/tmp",
        sha256="0" * 64,
        size=1,
        encrypted=True,
        produced_at=dt.datetime(2026, 12, 1, 9, 0),
        produced_by="王秀英",
        targets=1,
        visit_records=1,
        cases=1,
        petitioners=1,
        receipt_key="00",
    )
    assert next_steps(overview(late), late) == []


def test_no_visit_step_while_preparing(database):
    c = _campaign()
    _target(c, "A1", "assigned")
    prep = D(2026, 10, 10)
    assert next_steps(overview(prep), prep) == []
