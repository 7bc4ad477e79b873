"""The route sheet: one visitor's open tasks sorted by village, unmasked for paper."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, chunked

from .. import audit
from ..errors import QT_TRANSLATE_NOOP

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
from .cards import _date
from .checks import OPEN_STATUSES, TaskError


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
    Leader = Staff.alias()  # noqa: N806 - a model alias
    query = (
        Target.select(
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
            Leader.name,
        )
        .join(TaskVisitor, on=(TaskVisitor.target == Target.id))
        .switch(Target)
        .join(Case)
        .join(Petitioner)
        .switch(Target)
        .join(Leader, JOIN.LEFT_OUTER, on=(Target.responsible_leader == Leader.id))
        .where(
            (TaskVisitor.staff == visitor_id)
            & (Target.campaign == campaign.id)
            & (Target.included == True)  # noqa: E712
            & Target.status.in_(OPEN_STATUSES)
        )
        .order_by(Petitioner.village, Petitioner.address, Case.case_no)
    )
    return query


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
    person = Staff.get_or_none(Staff.id == visitor_id)
    if person is None:
        raise TaskError(
            "staff_not_found",
            QT_TRANSLATE_NOOP("UserError", "There is no staff member {id}."),
            id=visitor_id,
        )
    if campaign is None:
        campaign = Campaign.get_or_none(Campaign.is_current == True)  # noqa: E712
        if campaign is None:
            return []
    rows = db.execute(_route_query(visitor_id, campaign)).fetchall()
    others = _other_visitors([r[0] for r in rows], visitor_id)
    return [
        RouteStop(
            target_id=r[0],
            case_no=r[1],
            petitioner=r[2],
            village=r[3],
            address=r[4],
            phones=tuple(p for p in (r[5] or "").split(",") if p),
            category=r[6],
            demand=r[7],
            method=r[8],
            due_on=_date(r[9]),
            status=r[10],
            key_case=bool(r[11]),
            leader=r[12],
            other_visitors=tuple(others.get(r[0], ())),
        )
        for r in rows
    ]


def record_route_sheet_printed(visitor_id: int, count: int) -> None:
    """Leave the audit record of a printed route sheet (addresses and phones unmasked)."""
    with db.atomic():
        audit.log_action("print", "staff", visitor_id, {"what": "route_sheet", "tasks": int(count)})
