"""A campaign as the window holds it: a frozen dataclass, not a live database row.

The pages keep the campaign they show between reads; a peewee instance kept
there would be a handle on the database outside any query, stale after the
next write and bound to the file that was open when it was read. The pages
keep a ``CampaignInfo`` instead. It carries what the domain's campaign
functions read of a campaign (``id``, ``name``, the screening ``criteria``),
so it may be handed to them (``board``, ``nobody_left_out``, ``list_targets``,
``preview_screening``, ``run_screening``, ``add_target``, ``criteria_of``),
and the implementation stage the board keeps due dates within.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .campaigns import get_campaign
from .models import Campaign


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    is_current: bool
    impl_start: dt.date | None
    impl_end: dt.date | None
    criteria: str | None  # the screening criteria as saved (JSON)


def _info(campaign: Campaign) -> CampaignInfo:
    return CampaignInfo(
        id=campaign.id,
        name=campaign.name,
        is_current=bool(campaign.is_current),
        impl_start=campaign.impl_start,
        impl_end=campaign.impl_end,
        criteria=campaign.criteria,
    )


def campaign_info(campaign: int | str | None = None) -> CampaignInfo:
    """A campaign by id or name, the current one when None (``CampaignError`` if none)."""
    return _info(get_campaign(campaign))


def current_campaign_info() -> CampaignInfo | None:
    """The current campaign, or None when no campaign is current."""
    found = Campaign.get_or_none(Campaign.is_current == True)  # noqa: E712
    return None if found is None else _info(found)
