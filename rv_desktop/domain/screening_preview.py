"""Screening a campaign named by the clerk, whether or not it exists yet.

``preview_by_name`` says what screening would give, changing nothing and
creating nothing: for a campaign that does not exist yet, its default
criteria against an empty target list (``UnsavedCampaign``, which matches no
row). ``screen_by_name`` creates the campaign if it is missing and screens
it, in one transaction: a campaign created for criteria that are refused is
not kept. The command line's ``screen`` (with and without ``--dry-run``)
calls these; the Campaign page screens campaigns that exist
(``screening.preview_screening``, ``run_screening``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from .campaigns import campaign_by_name, ensure_campaign
from .models import db
from .screening import Criteria, ScreeningCounts, criteria_of, preview_screening, run_screening


@dataclass(frozen=True)
class UnsavedCampaign:
    """A campaign not created yet: its name, no saved criteria, no targets (id 0)."""

    name: str
    id: int = 0
    criteria: str | None = None


@dataclass(frozen=True)
class Screened:
    """What screening gave (or would give), and whether the campaign is new."""

    counts: ScreeningCounts
    criteria: Criteria
    created: bool


def preview_by_name(name: str, changes: Mapping[str, Any]) -> Screened:
    """What screening the campaign ``name`` with its criteria changed by ``changes``
    would give; ``created`` says the campaign does not exist yet. Changes nothing."""
    campaign = campaign_by_name(name)
    subject = campaign if campaign is not None else UnsavedCampaign(" ".join(name.split()))
    criteria = replace(criteria_of(subject), **changes)
    return Screened(preview_screening(subject, criteria), criteria, campaign is None)


def screen_by_name(name: str, changes: Mapping[str, Any]) -> Screened:
    """Screen the campaign ``name`` (created if missing) with its criteria changed by
    ``changes``, in one transaction."""
    with db.atomic():  # a campaign created for criteria that are refused is not kept
        campaign, created = ensure_campaign(name)
        criteria = replace(criteria_of(campaign), **changes)
        return Screened(run_screening(campaign, criteria), criteria, created)
