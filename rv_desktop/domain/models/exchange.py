"""The audit trail, remembered import mappings, exchange packages sent and merged,
the towns' keys."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Check,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from .base import BaseModel, Town, _now
from .campaigns import Campaign


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
    #: what was still open when the town wrote the package (JSON; schema 6; NULL: not sent)
    open_at_export = TextField(null=True)

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
