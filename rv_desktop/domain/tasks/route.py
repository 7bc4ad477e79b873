"""The route sheet: one visitor's open tasks sorted by village, unmasked for paper."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import chunked

from .. import audit

# --- nobody left out: domain/left_out.py ------------------------------------------------
from ..models import (
    Campaign,
    Case,
    Petitioner,
    Staff,
    Target,
    TaskVisitor,
    db,
)
from ..rows import as_date, rows_as
from ..target_query import LEADER, targets_with_cases
from .checks import OPEN_STATUSES, staff_member


@dataclass(frozen=True)
class RouteStop:
    """One open task on a visitor's route sheet, unmasked for paper."""

    target_id: int
    case_no: str
    petitioner: str
    village: str | None
    address: str | None
    phones: tuple[str, ...]
    category: str | None
    demand: str | None
    method: str | None
    due_on: dt.date | None
    status: str
    key_case: bool
    leader: str | None
    other_visitors: tuple[str, ...]


def _route_query(visitor_id: int, campaign: Campaign):
    """The visitor's open tasks in ``campaign``, with what a stop shows, sorted by village."""
    return (
        targets_with_cases(
            Target.id,
            Case.case_no,
            Petitioner.name,
            Petitioner.village,
            Petitioner.address,
            Petitioner.phones,
            Case.category,
            Case.demand,
            Target.planned_method,
            Target.due_on,
            Target.status,
            Target.key_case,
            LEADER.name,
            unit=False,
            leader=True,
        )
        .join(TaskVisitor, on=(TaskVisitor.target == Target.id))
        .where(
            (TaskVisitor.staff == visitor_id)
            & (Target.campaign == campaign.id)
            & (Target.included == True)  # noqa: E712
            & Target.status.in_(OPEN_STATUSES)
        )
        .order_by(Petitioner.village, Petitioner.address, Case.case_no)
    )


def _other_visitors(ids: list[int], visitor_id: int) -> dict[int, list[str]]:
    """Per target, the names of the visitors other than ``visitor_id``."""
    others: dict[int, list[str]] = {}
    for batch in chunked(ids, 500):
        for tid, name in db.execute(
            TaskVisitor.select(TaskVisitor.target, Staff.name)
            .join(Staff)
            .where(TaskVisitor.target.in_(batch) & (TaskVisitor.staff != visitor_id))
            .order_by(Staff.name)
        ).fetchall():
            others.setdefault(tid, []).append(name)
    return others


def route_sheet(visitor_id: int, campaign: Campaign | None = None) -> list[RouteStop]:
    """The visitor's open tasks (assigned or waiting for a follow-up visit) in the
    campaign (the current one by default), sorted by village, address and case number."""
    staff_member(visitor_id)
    if campaign is None:
        campaign = Campaign.get_or_none(Campaign.is_current == True)  # noqa: E712
        if campaign is None:
            return []
    rows = db.execute(_route_query(visitor_id, campaign)).fetchall()
    others = _other_visitors([r[0] for r in rows], visitor_id)
    return rows_as(
        RouteStop,
        (r + (others.get(r[0], ()),) for r in rows),
        phones=_phone_tuple,
        due_on=as_date,
        key_case=bool,
        other_visitors=tuple,
    )


def _phone_tuple(phones: str | None) -> tuple[str, ...]:
    return tuple(p for p in (phones or "").split(",") if p)


def record_route_sheet_printed(visitor_id: int, count: int) -> None:
    """Leave the audit record of a printed route sheet (addresses and phones unmasked)."""
    with db.atomic():
        audit.log_action("print", "staff", visitor_id, {"what": "route_sheet", "tasks": int(count)})
