"""Chart data (pie, bars by unit, progress against the plan) on the hand-counted dataset
of ``test_statistics`` (see its table): T1–T5 are the campaign's targets, T6 is
excluded, T7 belongs to another campaign."""

from __future__ import annotations

import datetime as dt

import pytest

from rv_desktop.domain.models import Campaign, Case, Petitioner, Target, VisitRecord
from rv_desktop.domain.statistics import (
    feedback_statistics,
    progress_by_day,
    satisfaction_breakdown,
    satisfaction_by_unit,
)

from .test_statistics import TODAY, data  # noqa: F401 - the shared fixture

D = dt.date


def test_satisfaction_breakdown_counted_by_hand(data):  # noqa: F811
    b = satisfaction_breakdown(data["campaign"])
    # T1 satisfied (its 2nd final record), T2 basically (the newer draft does not count),
    # T3 dissatisfied (reviewed), T5 not reached; T4 has only a draft: not visited
    assert (b.targets, b.visited, b.not_visited) == (5, 4, 1)
    assert b.slices() == [
        ("satisfied", 1),
        ("basically_satisfied", 1),
        ("dissatisfied", 1),
        ("not_reached", 1),
    ]
    assert b.satisfaction_rate == pytest.approx(2 / 3)  # the one not reached is not rated
    total = feedback_statistics(data["campaign"], "source", TODAY).total
    assert (b.satisfied, b.dissatisfied, b.visited) == (
        total.satisfied,
        total.dissatisfied,
        total.visited,
    )


def test_satisfaction_breakdown_of_an_empty_campaign(database):
    b = satisfaction_breakdown(Campaign.create(name="空活动", is_current=True))
    assert b.targets == 0 and b.satisfaction_rate is None
    assert sum(n for _code, n in b.slices()) == 0
    assert satisfaction_by_unit(None) == []
    assert progress_by_day(None, TODAY) == []  # no visits, no stage dates


def test_satisfaction_by_unit_counted_by_hand(data):  # noqa: F811
    units = satisfaction_by_unit(data["campaign"])
    assert [u.unit for u in units] == ["镇国土所", "镇民政办", ""]  # no unit: last
    land, civil, none = units
    assert (land.targets, land.visited, land.satisfied, land.basically_satisfied) == (2, 2, 1, 1)
    assert land.satisfaction_rate == 1.0
    assert (civil.targets, civil.visited, civil.dissatisfied) == (2, 1, 1)  # T3; T4 a draft
    assert civil.satisfaction_rate == 0.0
    assert (none.targets, none.visited, none.not_reached) == (1, 1, 1)  # T5
    assert sum(u.targets for u in units) == 5
    assert sum(u.visited for u in units) == satisfaction_breakdown(data["campaign"]).visited


def test_progress_by_day_against_the_plan(data):  # noqa: F811
    c = data["campaign"]
    t = data["t"]
    # the stage: 5 days, 30 Oct – 3 Nov; 5 targets, so the plan adds one a day
    Campaign.update(impl_start=D(2026, 10, 30), impl_end=D(2026, 11, 3)).where(
        Campaign.id == c.id
    ).execute()
    # move T3's reviewed record to 3 Nov and T5's to 4 Nov (after the stage)
    VisitRecord.update(visited_at=dt.datetime(2026, 11, 3, 9, 0)).where(
        VisitRecord.target == t[3]
    ).execute()
    VisitRecord.update(visited_at=dt.datetime(2026, 11, 4, 15, 30)).where(
        VisitRecord.target == t[5]
    ).execute()
    days = progress_by_day(c.id, TODAY)  # read the stage dates afresh
    # T1's first final record is 1 Nov (its second, 2 Nov, is a re-visit); T2 1 Nov;
    # T4 has only a draft (1 Nov): not counted. T6 (excluded) and T7 (other campaign) neither.
    assert [(d.day, d.visits, d.cumulative, d.planned) for d in days] == [
        (D(2026, 10, 30), 0, 0, 1.0),
        (D(2026, 10, 31), 0, 0, 2.0),
        (D(2026, 11, 1), 2, 2, 3.0),
        (D(2026, 11, 2), 0, 2, 4.0),
        (D(2026, 11, 3), 1, 3, 5.0),
        (D(2026, 11, 4), 1, 4, 5.0),  # after the stage: the plan stays at every target
    ]
    assert days[-1].cumulative == feedback_statistics(c, "source", TODAY).total.visited


def test_progress_stops_at_today_and_needs_no_stage_dates(data):  # noqa: F811
    c = data["campaign"]
    # no stage dates: the days of the visits only, no plan
    days = progress_by_day(c.id, TODAY)  # read the stage dates afresh
    assert [(d.day, d.visits, d.cumulative, d.planned) for d in days] == [
        (D(2026, 11, 1), 4, 4, None)
    ]
    Campaign.update(impl_start=D(2026, 11, 1), impl_end=D(2026, 11, 30)).where(
        Campaign.id == c.id
    ).execute()
    days = progress_by_day(c.id, TODAY)  # read the stage dates afresh
    assert len(days) == 30 and days[-1].planned == 5.0
    assert days[19].day == TODAY and days[19].cumulative == 4
    assert days[20].cumulative is None  # tomorrow is not known yet


def test_progress_ignores_records_without_a_date(database):
    c = Campaign.create(name="活动", is_current=True)
    p = Petitioner.create(name="王五")
    target = Target.create(campaign=c, case=Case.create(case_no="X1", petitioner=p))
    VisitRecord.create(target=target, visit_no=1, state="final", satisfaction="satisfied")
    assert progress_by_day(c, TODAY) == []
    assert satisfaction_breakdown(c).visited == 1


@pytest.mark.parametrize("fn", [satisfaction_breakdown, satisfaction_by_unit, progress_by_day])
def test_current_campaign_by_default(data, fn):  # noqa: F811
    assert fn(None) == fn(data["campaign"])
