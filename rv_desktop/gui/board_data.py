"""What the Board page reads, in one call made off the GUI thread: the cards of the
current campaign (filtered and grouped), who and what is left out, the staff
for the filters, the villages and units to choose from, and the implementation
stage the due dates are kept within. No Qt here: the worker touches no widget.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..domain.campaign_info import current_campaign_info
from ..domain.cases import distinct_values
from ..domain.tasks import (
    BoardFilter,
    LeftOut,
    StaffRow,
    TaskCard,
    board,
    nobody_left_out,
    staff_list,
)


@dataclass
class BoardData:
    """What one background load brings back (no widget touched)."""

    has_campaign: bool
    cards: list[TaskCard] = field(default_factory=list)
    left_out: LeftOut = field(default_factory=LeftOut)
    visitors: list[StaffRow] = field(default_factory=list)
    leaders: list[StaffRow] = field(default_factory=list)
    choices: dict[str, list[str]] = field(default_factory=dict)
    stage: tuple[dt.date | None, dt.date | None] = (None, None)  # implementation stage


def read_board(flt: BoardFilter, group_by: str | None) -> BoardData:
    """Everything the board shows, read in one go off the GUI thread."""
    campaign = current_campaign_info()
    if campaign is None:
        return BoardData(has_campaign=False)
    choices = distinct_values()
    return BoardData(
        has_campaign=True,
        cards=board(campaign, group_by=group_by, filter=flt),
        left_out=nobody_left_out(campaign),
        visitors=staff_list(roles=("visitor",)),
        leaders=staff_list(roles=("leader", "office_lead")),
        choices={"village": choices["village"], "handling_unit": choices["handling_unit"]},
        stage=(campaign.impl_start, campaign.impl_end),
    )
