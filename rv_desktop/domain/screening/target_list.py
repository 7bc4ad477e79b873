"""The list of targets as the campaign page shows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import Campaign, Case, HandlingUnit, Target
from ..rows import as_date, rows_as
from ..target_query import CASE_HEAD, targets_with_cases


@dataclass(frozen=True)
class TargetRow:
    """One line of the screening result: a target or an excluded case."""

    id: int
    case_id: int
    case_no: str
    petitioner: str
    village: str | None
    source_level: str | None
    concluded_on: dt.date | None
    category: str | None
    handling_unit: str | None
    included: bool
    exclusion_reason: str | None
    note: str | None
    key_case: bool
    by_hand: bool
    status: str


def list_targets(campaign: Campaign, included: bool | None = None) -> list[TargetRow]:
    """The campaign's target list (targets, excluded cases or both), by case number."""
    query = (
        targets_with_cases(
            *CASE_HEAD,
            Case.source_level,
            Case.concluded_on,
            Case.category,
            HandlingUnit.name,
            Target.included,
            Target.exclusion_reason,
            Target.exclusion_note,
            Target.key_case,
            Target.added_by_hand,
            Target.status,
        )
        .where(Target.campaign == campaign.id)
        .order_by(Case.case_no)
    )
    if included is not None:
        query = query.where(Target.included == included)
    return rows_as(
        TargetRow,
        query.tuples(),
        concluded_on=as_date,
        included=bool,
        key_case=bool,
        by_hand=bool,
    )
