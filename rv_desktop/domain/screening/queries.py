"""The screening's queries: the cases considered, the ones already targets, frozen values."""

from __future__ import annotations

from typing import Any

from peewee import Case as SqlCase
from peewee import fn

from ..enums import ExclusionReason, TaskStatus
from ..models import (
    HOME_TOWN_ID,
    Case,
    FollowUp,
    HandlingUnit,
    Target,
    TaskUnit,
    TaskVisitor,
    Town,
    VisitRecord,
    db,
)
from .criteria import _FLAG_COLUMNS, Criteria


def _considered_query(criteria: Criteria):
    """case_id, reason (NULL: a target) and settled of every considered case."""
    # a case with no conclusion date is not concluded: considered (when no date range
    # leaves it out anyway) only to be listed as excluded, with that reason
    whens = [(Case.concluded_on.is_null(), ExclusionReason.OTHER.value)] + [
        (_FLAG_COLUMNS[reason] == True, reason)  # noqa: E712
        for reason in criteria.exclusions
    ]
    reason = SqlCase(None, whens, None)
    query = Case.select(
        Case.id.alias("case_id"),
        reason.alias("reason"),
        Case.settled.alias("settled"),
        fn.COALESCE(Case.source_file, "").alias("source_file"),
        Case.many_people.alias("many_people"),
        Case.policy.alias("policy"),
        Case.rebound.alias("rebound"),
    )
    if criteria.handling_units:
        query = query.join(HandlingUnit).where(HandlingUnit.name.in_(criteria.handling_units))
    if criteria.concluded_from:
        query = query.where(Case.concluded_on >= criteria.concluded_from)
    if criteria.concluded_to:
        query = query.where(Case.concluded_on <= criteria.concluded_to)
    if criteria.sources:
        query = query.where(Case.source_level.in_(criteria.sources))
    if criteria.channels:
        query = query.where(Case.channel.in_(criteria.channels))
    if criteria.categories:
        query = query.where(Case.category.in_(criteria.categories))
    if _holds_other_towns():
        query = query.where(Case.town == HOME_TOWN_ID)
    return query


def _holds_other_towns() -> bool:
    """True in a county database: screening sees only the office's own cases and
    targets, never those merged from the towns' packages."""
    return Town.select().where(Town.id != HOME_TOWN_ID).exists()


def _frozen_expression():
    """True for a target the clerk has acted on: screening keeps it as it is."""
    worked_on = (
        TaskVisitor.select(TaskVisitor.target)
        | TaskUnit.select(TaskUnit.target)
        | VisitRecord.select(VisitRecord.target)
        | FollowUp.select(FollowUp.target)
    )
    return (
        (Target.added_by_hand == True)  # noqa: E712
        | (Target.status != TaskStatus.UNASSIGNED.value)
        | Target.responsible_leader.is_null(False)
        | Target.planned_method.is_null(False)
        | Target.due_on.is_null(False)
        | Target.id.in_(worked_on)
    )


def _existing_query(campaign_id: int):
    query = Target.select(
        Target.id.alias("id"),
        Target.case.alias("case_id"),
        Target.included.alias("included"),
        Target.exclusion_reason.alias("reason"),
        Target.key_case.alias("key_case"),
        _frozen_expression().alias("frozen"),
    ).where(Target.campaign == campaign_id)
    if _holds_other_towns():
        query = query.where(Target.case.in_(Case.select(Case.id).where(Case.town == HOME_TOWN_ID)))
    return query


def _execute(sql: str, params: list) -> list[tuple]:
    return db.execute_sql(sql, params).fetchall()


def _reason_of(included: Any, reason: Any) -> str | None:
    return None if included else (reason or ExclusionReason.OTHER.value)
