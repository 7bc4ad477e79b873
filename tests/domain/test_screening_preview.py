"""Screening a campaign by its name: the preview writes nothing, even for a new campaign.

"screen --dry-run: show what would happen, change nothing" — and the command
line goes through the same domain operations as the window.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rv_desktop.domain.models import AuditRecord, Campaign, Target
from rv_desktop.domain.screening import ScreeningError
from rv_desktop.domain.screening_preview import preview_by_name, screen_by_name

from .. import factories

D = dt.date


def _ledger():
    for i in range(1, 6):
        factories.case(f"L{i:02d}", f"信访人{i}", source_level="central",
                       concluded_on=D(2026, 6, i), policy=i == 5)  # fmt: skip


def test_preview_of_a_new_campaign_writes_nothing_and_matches_the_screening(database):
    _ledger()
    before = (Campaign.select().count(), Target.select().count(), AuditRecord.select().count())
    preview = preview_by_name("  2027年 千案回访 ", {"exclude_policy": True})
    assert preview.created is True
    assert (Campaign.select().count(), Target.select().count(),
            AuditRecord.select().count()) == before  # fmt: skip
    assert preview.counts.campaign == "2027年 千案回访"
    screened = screen_by_name("2027年 千案回访", {"exclude_policy": True})
    assert screened.created is True
    assert screened.counts == preview.counts
    assert (screened.counts.targets, screened.counts.excluded["policy"]) == (4, 1)


def test_preview_of_an_existing_campaign_starts_from_its_saved_criteria(database):
    _ledger()
    screen_by_name("2026年千案回访", {"exclude_policy": False})
    again = preview_by_name("2026年千案回访", {})
    assert again.created is False
    assert again.criteria.exclude_policy is False
    assert (again.counts.targets, again.counts.kept, again.counts.added) == (5, 0, 0)


def test_a_refused_criterion_keeps_no_new_campaign(database):
    _ledger()
    with pytest.raises(ScreeningError):
        screen_by_name("新活动", {"concluded_from": D(2026, 7, 1), "concluded_to": D(2026, 6, 1)})
    assert Campaign.select().count() == 0


def test_the_small_world_of_the_factories(database):
    world = factories.small_world()
    assert world.campaign.is_current and not world.older.is_current
    assert sorted(world.targets) == ["K01", "K02", "K03"]
    assert {t.status for t in Target.select().where(Target.included == True)} == {"assigned"}  # noqa: E712
    draft = factories.visit_draft(world.targets["K01"])
    assert draft.id
