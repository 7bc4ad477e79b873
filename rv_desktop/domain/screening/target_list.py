"""The list of targets as the campaign page shows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from ..models import (
    Campaign,
    Case,
    HandlingUnit,
    Petitioner,
    Target,
)


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
        Target.select(
            Target.id,
            Case.id,
            Case.case_no,
            Petitioner.name,
            Petitioner.village,
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
        .join(Case)
        .join(Petitioner)
        .switch(Case)
        .join(HandlingUnit, JOIN.LEFT_OUTER)
        .where(Target.campaign == campaign.id)
        .order_by(Case.case_no)
    )
    if included is not None:
        query = query.where(Target.included == included)
    rows = []
    for r in query.tuples():
        concluded = r[6]
        if isinstance(concluded, str):
            concluded = dt.date.fromisoformat(concluded[:10])
        rows.append(
            TargetRow(
                id=r[0],
                case_id=r[1],
                case_no=r[2],
                petitioner=r[3],
                village=r[4],
                source_level=r[5],
                concluded_on=concluded,
                category=r[7],
                handling_unit=r[8],
                included=bool(r[9]),
                exclusion_reason=r[10],
                note=r[11],
                key_case=bool(r[12]),
                by_hand=bool(r[13]),
                status=r[14],
            )
        )
    return rows
