"""Nobody left out (不漏一案、不漏一人): every way a target can fall through.

The plan: "make a detailed return visit plan to ensure that all the objects
that need a return visit do not pull a case or miss a person." ``nobody_left_out``
lists the included targets of a campaign that someone must look at, one list
per way of falling through:

- ``no_assignment``: not visited, and unassigned or without a visitor;
- ``no_leader``: no responsible leader (包案领导), task not done;
- ``no_due_date``: no due date, not visited yet;
- ``not_visited``: a visitor, past the due date, no visit record;
- ``no_final_form``: a visit record still a draft;
- ``followup_nothing_open``: in the follow-up column with no open rework or
  follow-up item (nothing says what happens next);
- ``followups_overdue``: open items past their due date (one entry per item).

A target may be in several lists: each says a different thing is missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import SQL, fn

from .enums import FollowUpKind, FollowUpState, RecordState, TaskStatus
from .models import (
    Campaign,
    Case,
    FollowUp,
    Petitioner,
    Target,
    TaskVisitor,
    VisitRecord,
    db,
)
from .rows import as_date, json_of, rows_as
from .target_query import CASE_HEAD, targets_with_cases

#: The lists, in the order they are shown.
SECTIONS = (
    "no_assignment",
    "no_leader",
    "no_due_date",
    "not_visited",
    "no_final_form",
    "followup_nothing_open",
    "followups_overdue",
)


@dataclass(frozen=True)
class LeftOutItem:
    """A target someone must look at; ``due_on`` is the task's (or the follow-up's) date."""

    target_id: int
    case_id: int
    case_no: str
    petitioner: str
    village: str | None
    due_on: dt.date | None
    followup_id: int | None = None
    followup_kind: str | None = None

    def as_json(self) -> dict:
        return json_of(self, "target_id case_id case_no due_on followup_id followup_kind")


@dataclass(frozen=True)
class LeftOut:
    """不漏一案、不漏一人: the lists the panel always shows (see the module)."""

    no_assignment: list[LeftOutItem] = field(default_factory=list)
    no_leader: list[LeftOutItem] = field(default_factory=list)
    no_due_date: list[LeftOutItem] = field(default_factory=list)
    not_visited: list[LeftOutItem] = field(default_factory=list)
    no_final_form: list[LeftOutItem] = field(default_factory=list)
    followup_nothing_open: list[LeftOutItem] = field(default_factory=list)
    followups_overdue: list[LeftOutItem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in SECTIONS}

    def as_json(self) -> dict:
        return {name: [item.as_json() for item in getattr(self, name)] for name in SECTIONS}


def _items(query) -> list[LeftOutItem]:
    return rows_as(LeftOutItem, db.execute(query).fetchall(), due_on=as_date)


def _exists(model, *conditions):
    """EXISTS a row of ``model`` for the target, with ``conditions``."""
    query = model.select(SQL("1")).where(model.target == Target.id, *conditions)
    return fn.EXISTS(query)


def _base(campaign: Campaign):
    """The campaign's included targets with what a list item shows."""
    return targets_with_cases(*CASE_HEAD, Target.due_on, unit=False).where(
        (Target.campaign == campaign.id) & (Target.included == True)  # noqa: E712
    )


def _overdue_followups(campaign: Campaign, today: dt.date) -> list[LeftOutItem]:
    """The open items past their due date, soonest due first."""
    followups = (
        FollowUp.select(*CASE_HEAD, FollowUp.due_on, FollowUp.id, FollowUp.kind)
        .join(Target)
        .join(Case)
        .join(Petitioner)
        .where(
            (Target.campaign == campaign.id)
            & (FollowUp.state == FollowUpState.OPEN.value)
            & (FollowUp.due_on < today)
        )
        .order_by(FollowUp.due_on, Case.case_no)
    )
    return _items(followups)


def nobody_left_out(campaign: Campaign, today: dt.date | None = None) -> LeftOut:
    """The targets of ``campaign`` that fall through, list by list (see the module)."""
    today = today or dt.date.today()

    visited = _exists(VisitRecord)
    has_visitor = _exists(TaskVisitor)
    not_done = Target.status != TaskStatus.DONE.value
    no_assignment = _base(campaign).where(
        ~visited & ((Target.status == TaskStatus.UNASSIGNED.value) | ~has_visitor)
    )
    no_leader = _base(campaign).where(Target.responsible_leader.is_null() & not_done)
    no_due_date = _base(campaign).where(Target.due_on.is_null() & ~visited & not_done)
    not_visited = _base(campaign).where(
        ~visited
        & has_visitor
        & (Target.status != TaskStatus.UNASSIGNED.value)
        & (Target.due_on < today)
    )
    draft = _exists(VisitRecord, VisitRecord.state == RecordState.DRAFT.value)
    no_final = _base(campaign).where(draft)
    nothing_open = _base(campaign).where(
        (Target.status == TaskStatus.FOLLOW_UP.value)
        & ~_exists(
            FollowUp,
            FollowUp.state == FollowUpState.OPEN.value,
            FollowUp.kind.in_([FollowUpKind.REWORK.value, FollowUpKind.FOLLOW_UP.value]),
        )
    )
    return LeftOut(
        no_assignment=_items(no_assignment.order_by(Case.case_no)),
        no_leader=_items(no_leader.order_by(Case.case_no)),
        no_due_date=_items(no_due_date.order_by(Case.case_no)),
        not_visited=_items(not_visited.order_by(Target.due_on, Case.case_no)),
        no_final_form=_items(no_final.order_by(Case.case_no)),
        followup_nothing_open=_items(nothing_open.order_by(Case.case_no)),
        followups_overdue=_overdue_followups(campaign, today),
    )


def still_open_targets(campaign: Campaign, today: dt.date | None = None) -> dict:
    """The targets behind three of ``still_open``'s figures, as queries of ``Target``:
    ``unvisited``, ``draft_only`` and ``overdue`` (see ``still_open``)."""
    today = today or dt.date.today()
    included = (Target.campaign == campaign.id) & (Target.included == True)  # noqa: E712
    has_visit = _exists(VisitRecord)
    final = (RecordState.FINAL.value, RecordState.REVIEWED.value)
    has_final = _exists(VisitRecord, VisitRecord.state.in_(final))
    overdue = _exists(
        FollowUp, FollowUp.state == FollowUpState.OPEN.value, FollowUp.due_on < today
    )
    return {
        "unvisited": Target.select().where(included & ~has_visit),
        "draft_only": Target.select().where(included & has_visit & ~has_final),
        "overdue": Target.select().where(included & overdue),
    }


def still_open(campaign: Campaign, today: dt.date | None = None) -> dict[str, int]:
    """What is still open when the package goes to the county (counts of targets).

    ``unassigned`` (no visitor, not visited), ``unvisited`` (no visit record
    at all), ``draft_only`` (visit records, none final), ``overdue`` (an open
    item past its due date). All zero: nothing to warn about.
    """
    today = today or dt.date.today()
    left = nobody_left_out(campaign, today)
    counts = {name: query.count() for name, query in still_open_targets(campaign, today).items()}
    return {"unassigned": len(left.no_assignment), **counts}
