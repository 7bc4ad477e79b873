"""A campaign, its targets (a case considered, with its task) and the task's
visitors and joining units."""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    TextField,
)

from ..enums import ExclusionReason, TaskStatus, VisitMethod
from .base import BaseModel, EnumField, _now
from .cases import Case, HandlingUnit, Staff


class Campaign(BaseModel):
    """回访活动, with its three stages, deadline and leading group."""

    id = AutoField()
    name = CharField(unique=True, max_length=128)
    prep_start = DateField(null=True)
    prep_end = DateField(null=True)
    impl_start = DateField(null=True)
    impl_end = DateField(null=True)
    summary_start = DateField(null=True)
    summary_end = DateField(null=True)
    report_deadline = DateField(null=True)
    group_leader = CharField(max_length=64, null=True)
    deputy_leaders = CharField(max_length=256, null=True)
    office_in_charge = CharField(max_length=128, null=True)
    county_office = CharField(max_length=128, null=True)
    notes = TextField(null=True)
    criteria = TextField(null=True)  # screening criteria as JSON
    is_current = BooleanField(default=False)
    created_at = DateTimeField(default=_now)

    class Meta:
        constraints = [
            SQL("CHECK (prep_start IS NULL OR prep_end IS NULL OR prep_start <= prep_end)"),
            SQL("CHECK (impl_start IS NULL OR impl_end IS NULL OR impl_start <= impl_end)"),
            SQL(
                "CHECK (summary_start IS NULL OR summary_end IS NULL"
                " OR summary_start <= summary_end)"
            ),
        ]


class Target(BaseModel):
    """A case considered in a campaign: a target with its task, or excluded.

    The task (回访任务) is the assignment part of an included target:
    responsible leader, visitors, joining units, planned method, due date and
    the board status.
    """

    id = AutoField()
    campaign = ForeignKeyField(Campaign, backref="targets", on_delete="CASCADE")
    case = ForeignKeyField(Case, backref="targets", on_delete="RESTRICT")
    included = BooleanField(default=True)
    exclusion_reason = EnumField(ExclusionReason, null=True)
    exclusion_note = TextField(null=True)
    key_case = BooleanField(default=False)  # 重点
    added_by_hand = BooleanField(default=False)
    responsible_leader = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    planned_method = EnumField(VisitMethod, null=True)
    due_on = DateField(null=True)
    status = EnumField(TaskStatus, default=TaskStatus.UNASSIGNED, index=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("campaign", "case"), True),)
        constraints = [
            SQL("CHECK (included = 1 OR exclusion_reason IS NOT NULL)"),
            SQL("CHECK (included = 0 OR exclusion_reason IS NULL)"),
        ]


class TaskVisitor(BaseModel):
    """The visitors (回访人员) given a task."""

    target = ForeignKeyField(Target, backref="visitor_links", on_delete="CASCADE")
    staff = ForeignKeyField(Staff, backref="task_links", on_delete="RESTRICT")

    class Meta:
        primary_key = CompositeKey("target", "staff")


class TaskUnit(BaseModel):
    """Units invited to join a task's visit (the direct handling unit, ...)."""

    target = ForeignKeyField(Target, backref="unit_links", on_delete="CASCADE")
    unit = ForeignKeyField(HandlingUnit, on_delete="RESTRICT")

    class Meta:
        primary_key = CompositeKey("target", "unit")
