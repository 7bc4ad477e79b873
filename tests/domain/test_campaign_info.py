"""The window keeps a campaign as a frozen dataclass, not a live database row (issue 18)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rv_desktop.domain import campaigns as cp
from rv_desktop.domain.campaign_info import CampaignInfo, campaign_info, current_campaign_info
from rv_desktop.domain.screening import Criteria, criteria_of, list_targets, run_screening
from rv_desktop.domain.tasks import board

PLAN = cp.CampaignPlan(
    name="2026年千案回访",
    impl_start=dt.date(2026, 10, 21),
    impl_end=dt.date(2026, 11, 20),
)


def test_no_current_campaign_is_none(database):
    assert current_campaign_info() is None
    with pytest.raises(cp.CampaignError):
        campaign_info()


def test_the_current_campaign_as_plain_frozen_values(database):
    made = cp.create_campaign(PLAN)
    info = current_campaign_info()
    assert isinstance(info, CampaignInfo)
    assert (info.id, info.name, info.is_current) == (made.id, PLAN.name, True)
    assert (info.impl_start, info.impl_end) == (PLAN.impl_start, PLAN.impl_end)
    assert campaign_info(made.id) == info == campaign_info(PLAN.name)
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.name = "changed"  # type: ignore[misc]


def test_the_domain_functions_of_a_campaign_take_it(database):
    cp.create_campaign(PLAN)
    info = current_campaign_info()
    run_screening(info, Criteria())
    assert criteria_of(campaign_info(info.id)) == Criteria()
    assert list_targets(info) == []
    assert board(info) == []
