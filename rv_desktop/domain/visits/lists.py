"""The lists of visit records: a campaign's records (``visit_list``) and its
targets with their latest record (``visit_targets``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from .. import plan_rules
from ..campaigns import get_campaign
from ..enums import ContactResult, RecordState
from ..models import Campaign, Case, Target, VisitRecord, db
from ..rows import json_of
from .values import _LIST_SEPARATOR, _to_date

# --- the list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitRow:
    """One visit record in the campaign's list (and in ``rv-desktop visits --json``)."""

    id: int
    target_id: int
    case_no: str
    visit_no: int
    state: str  # draft / final (a reviewed record is final, with ``reviewed``)
    reviewed: bool
    method: str | None
    satisfaction: str | None
    settled: bool | None
    visited_on: dt.date | None
    task_status: str
    #: the petitioner was reached (in person or through a proxy); None while undecided
    reached: bool | None = None
    #: the away path was followed (phone, and the former residence visited)
    petitioner_away: bool = False
    #: the contact's outcome (reached, not_reached, refused, deceased, in_custody, moved_no_trace)
    contact_result: str | None = None

    def as_json(self) -> dict[str, Any]:
        return json_of(self)


def visit_list(campaign: Campaign | int | str | None = None) -> list[VisitRow]:
    """The visit records of a campaign (the current one by default), by case and number."""
    campaign = get_campaign(campaign)
    query = (
        VisitRecord.select(
            VisitRecord.id,
            Target.id,
            Case.case_no,
            VisitRecord.visit_no,
            VisitRecord.state,
            VisitRecord.method,
            VisitRecord.satisfaction,
            VisitRecord.settled,
            VisitRecord.visited_at,
            Target.status,
            VisitRecord.contact_result,
            VisitRecord.petitioner_away,
        )
        .join(Target, JOIN.INNER)
        .join(Case)
        .where(Target.campaign == campaign.id)
        .order_by(Case.case_no, VisitRecord.visit_no)
    )
    rows = []
    for r in db.execute(query).fetchall():
        state = r[4]
        rows.append(
            VisitRow(
                id=r[0],
                target_id=r[1],
                case_no=r[2],
                visit_no=r[3],
                state=RecordState.DRAFT.value
                if state == RecordState.DRAFT.value
                else RecordState.FINAL.value,
                reviewed=state == RecordState.REVIEWED.value,
                method=r[5],
                satisfaction=r[6],
                settled=None if r[7] is None else bool(r[7]),
                visited_on=_to_date("visited_at", r[8]),
                task_status=r[9],
                **_contact_of(r[10], r[6], r[11]),
            )
        )
    return rows


def _contact_of(result: str | None, satisfaction: str | None, away: Any) -> dict[str, Any]:
    """The contact's outcome of a listed record (older records: read from satisfaction)."""
    result = plan_rules.contact_result({"contact_result": result, "satisfaction": satisfaction})
    return {
        "reached": None if result is None else result == ContactResult.REACHED.value,
        "petitioner_away": bool(away),
        "contact_result": result,
    }


@dataclass(frozen=True)
class VisitTargetRow:
    """A target of the campaign with the state of its latest visit record (none yet:
    ``visit_id`` is None), for the visit-record list."""

    target_id: int
    case_id: int
    case_no: str
    petitioner: str
    village: str | None
    visitors: str  # the task's visitors, joined by "、"
    visitor_ids: tuple[int, ...]
    planned_method: str | None
    task_status: str
    visit_id: int | None
    visit_no: int | None
    state: str | None  # draft / final / reviewed, None without a record
    method: str | None
    satisfaction: str | None
    settled: bool | None
    visited_on: dt.date | None


def visit_targets(campaign: Campaign | int | str | None = None) -> list[VisitTargetRow]:
    """The included targets of a campaign (the current one by default) with their latest
    visit record, by case number. Four queries, whatever the size of the campaign."""
    campaign = get_campaign(campaign)
    targets = db.execute_sql(
        "SELECT t.id, c.id, c.case_no, p.name, p.village, t.planned_method, t.status "
        'FROM target t JOIN "case" c ON c.id = t.case_id '
        "JOIN petitioner p ON p.id = c.petitioner_id "
        "WHERE t.campaign_id = ? AND t.included = 1 ORDER BY c.case_no",
        (campaign.id,),
    ).fetchall()
    latest = {
        r[0]: r[1:]
        for r in db.execute_sql(
            "SELECT v.target_id, v.id, v.visit_no, v.state, v.method, v.satisfaction, v.settled, "
            "v.visited_at FROM visit_record v JOIN target t ON t.id = v.target_id "
            "WHERE t.campaign_id = ? ORDER BY v.target_id, v.visit_no",
            (campaign.id,),
        ).fetchall()
    }  # the last row of a target wins: its highest visit_no
    visitors: dict[int, list[tuple[int, str]]] = {}
    for target_id, staff_id, name in db.execute_sql(
        "SELECT tv.target_id, s.id, s.name FROM task_visitor tv JOIN staff s ON s.id = tv.staff_id "
        "JOIN target t ON t.id = tv.target_id WHERE t.campaign_id = ? ORDER BY s.name",
        (campaign.id,),
    ).fetchall():
        visitors.setdefault(target_id, []).append((staff_id, name))
    rows = []
    for tid, case_id, case_no, name, village, planned, status in targets:
        v = latest.get(tid)
        people = visitors.get(tid, [])
        rows.append(
            VisitTargetRow(
                target_id=tid,
                case_id=case_id,
                case_no=case_no,
                petitioner=name,
                village=village,
                visitors=_LIST_SEPARATOR.join(n for _, n in people),
                visitor_ids=tuple(i for i, _ in people),
                planned_method=planned,
                task_status=status,
                visit_id=v[0] if v else None,
                visit_no=v[1] if v else None,
                state=v[2] if v else None,
                method=v[3] if v else None,
                satisfaction=v[4] if v else None,
                settled=None if not v or v[5] is None else bool(v[5]),
                visited_on=_to_date("visited_at", v[6]) if v else None,
            )
        )
    return rows
