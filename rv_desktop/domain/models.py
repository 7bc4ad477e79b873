"""The data model: peewee models bound to the one database proxy.

The tables follow the campaign of BRIEF.md: a *case* (信访事项) belongs to a
*petitioner*; a *campaign* (回访活动) considers cases and keeps each as a
*target* with its assignment (the *task*: leader, visitors, joining units,
method, due date, board status) or as excluded with a reason; every visit is a
*visit record* (回访登记表, one form per visit, numbered for re-visits) with its
*contact attempts*; *follow-ups* track further visits, rework items (督办整改)
and help items (帮扶事项) until closed. *Audit records* are written by triggers
(see ``audit.py``) so nothing escapes them, bulk updates included.

Constraints live in the schema: unique case numbers, foreign keys, and every
enumerated column checked against its vocabulary in ``enums.py``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    Check,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from .enums import (
    Channel,
    ConclusionView,
    ContactMeans,
    ContactOutcome,
    ContactResult,
    ExclusionReason,
    FollowUpKind,
    FollowUpState,
    RecordState,
    Respondent,
    Risk,
    Satisfaction,
    Signature,
    SourceLevel,
    StaffRole,
    TaskStatus,
    UserRole,
    VisitMethod,
    YesPartlyNo,
)

db = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class EnumField(CharField):
    """A text column restricted by a CHECK constraint to an enum's codes."""

    def __init__(self, enum: type[StrEnum], **kwargs):
        self.enum = enum
        super().__init__(max_length=32, **kwargs)

    def bind(self, model, name, set_attribute=True):
        super().bind(model, name, set_attribute)
        codes = ", ".join(f"'{member.value}'" for member in self.enum)
        self.constraints = [Check(f'"{self.column_name}" IN ({codes})')]

    def db_value(self, value):
        if value is None:
            return None
        return self.enum(value).value

    def python_value(self, value):
        return None if value is None else self.enum(value)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


#: The id of the ``town`` row of this office's own data (see ``Town``).
HOME_TOWN_ID = 1


class Town(BaseModel):
    """A town whose data the database holds.

    Row ``HOME_TOWN_ID`` is this office's own: its name is NULL here and comes
    from the ``town_name`` setting. A county database adds a row for every
    town whose exchange package it merged; petitioners, cases and staff carry
    their town, so case number 2026-001 of two towns are two cases.
    """

    id = AutoField()
    name = CharField(max_length=64, null=True, unique=True)
    created_at = DateTimeField(default=_now)


def _town_field(backref: str) -> ForeignKeyField:
    # DEFAULT in the schema too: raw INSERTs that name no town write the home town's rows
    return ForeignKeyField(
        Town,
        default=HOME_TOWN_ID,
        backref=backref,
        on_delete="RESTRICT",
        constraints=[SQL(f"DEFAULT {HOME_TOWN_ID}")],
    )


class Setting(BaseModel):
    """Business settings of the office (town name, office name, ...)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField(null=True)


class User(BaseModel):
    """Someone who works in the program; their name goes into audit records."""

    id = AutoField()
    username = CharField(unique=True, max_length=64)
    display_name = CharField(max_length=64)
    role = EnumField(UserRole, default=UserRole.CLERK)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)


class HandlingUnit(BaseModel):
    """承办单位."""

    id = AutoField()
    name = CharField(unique=True, max_length=128)
    active = BooleanField(default=True)


class Staff(BaseModel):
    """Leaders, visitors and clerks who can be given tasks."""

    id = AutoField()
    name = CharField(max_length=64)
    role = EnumField(StaffRole)
    title = CharField(max_length=64, null=True)  # 职务, e.g. 副镇长
    unit = ForeignKeyField(HandlingUnit, null=True, on_delete="SET NULL")
    phone = CharField(max_length=32, null=True)
    active = BooleanField(default=True)
    left_on = DateField(null=True)
    town = _town_field("staff")

    class Meta:
        indexes = ((("name", "role", "town"), True),)


class Petitioner(BaseModel):
    """信访人. The same ID number is the same person across cases."""

    id = AutoField()
    name = CharField(max_length=64)
    id_number = CharField(max_length=18, null=True)
    phones = CharField(max_length=128, null=True)  # digit strings joined by ","
    address = CharField(max_length=256, null=True)
    village = CharField(max_length=64, null=True, index=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    town = _town_field("petitioners")

    class Meta:
        indexes = ((("id_number", "town"), True),)
        constraints = [SQL("CHECK (id_number IS NULL OR length(id_number) = 18)")]

    @property
    def phone_list(self) -> list[str]:
        return [p for p in (self.phones or "").split(",") if p]


class Case(BaseModel):
    """信访事项: one concluded petition matter, from the county's ledger."""

    id = AutoField()
    case_no = CharField(max_length=64)
    petitioner = ForeignKeyField(Petitioner, backref="cases", on_delete="RESTRICT")
    people_count = IntegerField(default=1, constraints=[Check("people_count >= 1")])
    channel = EnumField(Channel, null=True)
    source_level = EnumField(SourceLevel, null=True, index=True)
    registered_on = DateField(null=True)
    category = CharField(max_length=64, null=True, index=True)
    demand = TextField(null=True)
    handling_unit = ForeignKeyField(HandlingUnit, null=True, backref="cases", on_delete="SET NULL")
    leader = CharField(max_length=64, null=True)  # 包案领导 as the ledger names them
    concluded_on = DateField(null=True, index=True)
    conclusion = TextField(null=True)
    many_people = BooleanField(default=False)  # 涉众
    policy = BooleanField(default=False)  # 政策性强
    rebound = BooleanField(default=False)  # 易反复
    settled = BooleanField(default=False)  # 息诉罢访
    source_file = CharField(max_length=256, null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    town = _town_field("cases")

    class Meta:
        indexes = ((("case_no", "town"), True),)  # a case number is unique in its town


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


class AuditRecord(BaseModel):
    """Who did what, when, with the row before and after (JSON)."""

    id = AutoField()
    at = DateTimeField(default=_now, index=True)
    actor = CharField(max_length=64)
    action = CharField(max_length=32)  # insert/update/delete, or reveal/print/export...
    table_name = CharField(max_length=64)
    row_id = IntegerField(null=True)
    before = TextField(null=True)
    after = TextField(null=True)
    note = TextField(null=True)

    class Meta:
        table_name = "audit_record"
        indexes = ((("table_name", "row_id"), False),)


class ImportMapping(BaseModel):
    """A clerk's column mapping, remembered for ledgers with the same headers."""

    id = AutoField()
    header_signature = CharField(unique=True, max_length=64)
    headers = TextField()  # JSON list of the header texts, for people reading the table
    mapping = TextField()  # JSON {field: column index}
    updated_at = DateTimeField(default=_now)


class PackageExport(BaseModel):
    """An exchange package (回访数据包) this office wrote for the county, and its receipt.

    ``receipt_key`` (hex) is the random key sealed inside the package with
    which the county signs its receipt (see docs/exchange-format.md).
    """

    id = AutoField()
    package_id = CharField(unique=True, max_length=36)
    campaign = ForeignKeyField(Campaign, null=True, on_delete="SET NULL")
    campaign_name = CharField(max_length=128)
    file_name = CharField(max_length=256)
    folder = TextField()
    sha256 = CharField(max_length=64)
    size = IntegerField()
    encrypted = BooleanField()
    produced_at = DateTimeField(index=True)
    produced_by = CharField(max_length=64)
    targets = IntegerField()
    visit_records = IntegerField()
    cases = IntegerField()
    petitioners = IntegerField()
    receipt_key = CharField(max_length=64)
    received_at = DateTimeField(null=True)
    received_by = CharField(max_length=128, null=True)
    receipt_imported_at = DateTimeField(null=True)
    #: this database's export counter (schema 4): the county orders packages by it
    sequence = IntegerField(null=True)
    #: how the package was protected: town_key, shared_passphrase, unencrypted (schema 4)
    protection = CharField(max_length=32, null=True)


class PackageImport(BaseModel):
    """A town's exchange package merged into this (county) database.

    The latest one of a town and campaign (by ``produced_at``) holds the data
    now in the tables; ``plan`` keeps the town's campaign plan as sent (JSON).
    """

    id = AutoField()
    package_id = CharField(unique=True, max_length=36)
    town = ForeignKeyField(Town, backref="imports", on_delete="RESTRICT")
    campaign = ForeignKeyField(Campaign, on_delete="CASCADE")
    produced_at = DateTimeField()
    producer_office = CharField(max_length=128, null=True)
    program_version = CharField(max_length=32)
    sha256 = CharField(max_length=64)
    data_sha256 = CharField(max_length=64)
    file_name = CharField(max_length=256)
    imported_at = DateTimeField(default=_now)
    imported_by = CharField(max_length=64)
    targets = IntegerField()
    visit_records = IntegerField()
    cases = IntegerField()
    petitioners = IntegerField()
    plan = TextField()
    #: the town's export counter; NULL for packages of schema 3 programs (ordered by date)
    sequence = IntegerField(null=True)
    #: town_key, town_key_unencrypted, shared_passphrase, unencrypted; NULL: not recorded
    protection = CharField(max_length=32, null=True)
    key_fingerprint = CharField(max_length=64, null=True)
    #: the town's data this merge replaced (data.json), kept until its next merge: undo
    replaced = TextField(null=True)

    class Meta:
        indexes = ((("town", "campaign", "produced_at"), False),)


class TownKey(BaseModel):
    """A town's public key registered by the county (schema 4).

    A package naming the town is merged only when it is signed with the
    town's active key (``revoked_at`` NULL); at most one is active per town.
    Keys are raw public keys in hex: ``sign_key`` Ed25519, ``encrypt_key`` X25519.
    """

    id = AutoField()
    town = ForeignKeyField(Town, backref="keys", on_delete="RESTRICT")
    sign_key = CharField(max_length=64, index=True)
    encrypt_key = CharField(max_length=64)
    fingerprint = CharField(max_length=64)
    registered_at = DateTimeField(default=_now)
    registered_by = CharField(max_length=64)
    revoked_at = DateTimeField(null=True)
    revoked_by = CharField(max_length=64, null=True)


class AuditActor(BaseModel):
    """One row naming the person working now; the audit triggers read it."""

    id = IntegerField(primary_key=True, constraints=[Check("id = 1")])
    actor = CharField(max_length=64)


ALL_MODELS: list[type[BaseModel]] = [
    Town,
    Setting,
    User,
    HandlingUnit,
    Staff,
    Petitioner,
    Case,
    Campaign,
    Target,
    TaskVisitor,
    TaskUnit,
    VisitRecord,
    ContactAttempt,
    FollowUp,
    AuditRecord,
    VisitScan,
    AuditActor,
    ImportMapping,
    PackageExport,
    PackageImport,
    TownKey,
]

#: Tables whose every change leaves an audit record.
AUDITED_MODELS: list[type[BaseModel]] = [
    Petitioner,
    Case,
    Campaign,
    Target,
    TaskVisitor,
    TaskUnit,
    VisitRecord,
    ContactAttempt,
    FollowUp,
]
