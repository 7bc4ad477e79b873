"""Visit records, their contact attempts and the follow-up items they raise."""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from ..enums import (
    ConclusionView,
    ContactMeans,
    ContactOutcome,
    ContactResult,
    FollowUpKind,
    FollowUpState,
    RecordState,
    Respondent,
    Risk,
    Satisfaction,
    Signature,
    VisitMethod,
    YesPartlyNo,
)
from .base import BaseModel, EnumField, _now
from .campaigns import Target
from .cases import HandlingUnit


class VisitRecord(BaseModel):
    """回访登记表: one form per visit; ``visit_no`` counts re-visits from 1."""

    id = AutoField()
    target = ForeignKeyField(Target, backref="visits", on_delete="CASCADE")
    visit_no = IntegerField(default=1, constraints=[Check("visit_no >= 1")])
    state = EnumField(RecordState, default=RecordState.DRAFT)
    # The visit
    visited_at = DateTimeField(null=True)
    method = EnumField(VisitMethod, null=True)
    visitors = TextField(null=True)
    joining_units = TextField(null=True)
    location = CharField(max_length=256, null=True)
    respondent = EnumField(Respondent, null=True)
    respondent_name = CharField(max_length=64, null=True)
    respondent_relation = CharField(max_length=64, null=True)
    petitioner_away = BooleanField(default=False)
    away_phone_result = TextField(null=True)
    away_people_asked = TextField(null=True)
    away_statement = TextField(null=True)
    # The plan's rules (schema version 4)
    contact_result = EnumField(ContactResult, null=True)
    contact_note = TextField(null=True)
    method_reason = TextField(null=True)
    # Findings
    conclusion_reasonable = EnumField(YesPartlyNo, null=True)
    conclusion_note = TextField(null=True)
    conclusion_view = EnumField(ConclusionView, null=True)
    demands_solved = EnumField(YesPartlyNo, null=True)
    opinions_carried_out = EnumField(YesPartlyNo, null=True)
    demands_note = TextField(null=True)
    no_rework_reason = TextField(null=True)
    satisfaction = EnumField(Satisfaction, null=True, index=True)
    dissatisfaction_reason = TextField(null=True)
    unit_rating = EnumField(Satisfaction, null=True)
    settled = BooleanField(null=True)
    risk = EnumField(Risk, null=True)
    # Difficulties, help, opinions
    has_difficulties = BooleanField(null=True)
    difficulties = TextField(null=True)
    help_given = TextField(null=True)
    help_by = CharField(max_length=128, null=True)
    has_opinions = BooleanField(null=True)
    opinions = TextField(null=True)
    # Three looks (三看), derived from points (1), (3), (5); overridden only with a note
    look_lawful = BooleanField(null=True)
    look_satisfied = BooleanField(null=True)
    look_opinions = BooleanField(null=True)
    looks_note = TextField(null=True)
    # Follow-up
    followup_needed = BooleanField(default=False)
    explained = TextField(null=True)
    next_action = TextField(null=True)
    next_by = CharField(max_length=64, null=True)
    next_due = DateField(null=True)
    # Sign-off
    recorded_by = CharField(max_length=64, null=True)
    recorded_on = DateField(null=True)
    signed_visitors = BooleanField(default=False)
    signed_petitioner = EnumField(Signature, null=True)
    reviewed_by = CharField(max_length=64, null=True)
    reviewed_on = DateField(null=True)
    reopen_reason = TextField(null=True)
    # a record final under earlier rules, kept as it is after review (with the note)
    rules_reviewed_note = TextField(null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("target", "visit_no"), True),)


class ContactAttempt(BaseModel):
    """联系记录: one try to reach the petitioner."""

    id = AutoField()
    visit = ForeignKeyField(VisitRecord, backref="contacts", on_delete="CASCADE")
    at = DateTimeField()
    means = EnumField(ContactMeans)
    outcome = EnumField(ContactOutcome)
    note = TextField(null=True)


class VisitScan(BaseModel):
    """A scanned page of a visit record's paper form, drawn upright (issue 19).

    Kept only here: a scan shows names, phones and handwriting, so no page
    image is left on disk outside the database, and none goes into an
    exchange package. The clerk may drop the scans of reviewed records.
    """

    id = AutoField()
    visit = ForeignKeyField(VisitRecord, backref="scans", on_delete="CASCADE")
    page = IntegerField()  # the form's page, from 1
    source = CharField(max_length=300)  # the scanned file's name and its page
    layout = IntegerField()  # the form's layout version (its map)
    image = BlobField()  # greyscale JPEG
    read_at = DateTimeField(default=_now)


class FollowUp(BaseModel):
    """A follow-up visit, rework item or help item, tracked until closed."""

    id = AutoField()
    target = ForeignKeyField(Target, backref="followups", on_delete="CASCADE")
    visit = ForeignKeyField(VisitRecord, null=True, backref="followups", on_delete="SET NULL")
    kind = EnumField(FollowUpKind)
    reason = TextField(null=True)
    action = TextField(null=True)
    assignee = CharField(max_length=128, null=True)
    unit = ForeignKeyField(HandlingUnit, null=True, on_delete="SET NULL")
    due_on = DateField(null=True)
    state = EnumField(FollowUpState, default=FollowUpState.OPEN, index=True)
    closed_on = DateField(null=True)
    result = TextField(null=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        constraints = [SQL("CHECK (state = 'open' OR closed_on IS NOT NULL)")]
