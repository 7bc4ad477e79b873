"""Numbered schema migrations.

A new file gets the current schema straight from the models
(``db._create_schema``). An older file is copied aside and upgraded one
version at a time: ``MIGRATIONS[n]`` takes a file at version ``n - 1`` to
version ``n`` and runs inside a transaction with ``PRAGMA user_version``
set to ``n`` by the caller, with foreign keys off (SQLite's recipe for
schema changes: ``ALTER TABLE ... ADD COLUMN ... REFERENCES`` with a default
needs it) and ``PRAGMA foreign_key_check`` run before each step commits.
Audit triggers are recreated after the last step, so they always match the
current columns.

Never edit a published step: add the next one. ``tests/fixtures`` keeps a
file written by the first version, and a test upgrades it.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

#: The schema this program writes.
SCHEMA_VERSION = 7


def _v2_import_mappings(database: SqliteDatabase) -> None:
    """Version 2 remembers the clerk's column mappings of ledger files."""
    database.execute_sql(
        'CREATE TABLE IF NOT EXISTS "import_mapping" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"header_signature" VARCHAR(64) NOT NULL, '
        '"headers" TEXT NOT NULL, '
        '"mapping" TEXT NOT NULL, '
        '"updated_at" DATETIME NOT NULL)'
    )
    database.execute_sql(
        'CREATE UNIQUE INDEX IF NOT EXISTS "import_mapping_header_signature" '
        'ON "import_mapping" ("header_signature")'
    )


_TOWN_COLUMN = '"town_id" INTEGER NOT NULL DEFAULT 1 REFERENCES "town" ("id") ON DELETE RESTRICT'

_V3_STATEMENTS = [
    'CREATE TABLE IF NOT EXISTS "town" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"name" VARCHAR(64), "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "town_name" ON "town" ("name")',
    'INSERT OR IGNORE INTO "town" (id, name, created_at) '
    "VALUES (1, NULL, strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))",
    # petitioners, cases and staff belong to a town; their keys are unique per town
    f'ALTER TABLE "petitioner" ADD COLUMN {_TOWN_COLUMN}',
    'DROP INDEX IF EXISTS "petitioner_id_number"',
    'CREATE INDEX "petitioner_town_id" ON "petitioner" ("town_id")',
    'CREATE UNIQUE INDEX "petitioner_id_number_town_id" ON "petitioner" ("id_number", "town_id")',
    f'ALTER TABLE "case" ADD COLUMN {_TOWN_COLUMN}',
    'DROP INDEX IF EXISTS "case_case_no"',
    'CREATE INDEX "case_town_id" ON "case" ("town_id")',
    'CREATE UNIQUE INDEX "case_case_no_town_id" ON "case" ("case_no", "town_id")',
    f'ALTER TABLE "staff" ADD COLUMN {_TOWN_COLUMN}',
    'DROP INDEX IF EXISTS "staff_name_role"',
    'CREATE INDEX "staff_town_id" ON "staff" ("town_id")',
    'CREATE UNIQUE INDEX "staff_name_role_town_id" ON "staff" ("name", "role", "town_id")',
    # the packages written (town) and merged (county)
    'CREATE TABLE "package_export" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"package_id" VARCHAR(36) NOT NULL, "campaign_id" INTEGER, '
    '"campaign_name" VARCHAR(128) NOT NULL, "file_name" VARCHAR(256) NOT NULL, '
    '"folder" TEXT NOT NULL, "sha256" VARCHAR(64) NOT NULL, "size" INTEGER NOT NULL, '
    '"encrypted" INTEGER NOT NULL, "produced_at" DATETIME NOT NULL, '
    '"produced_by" VARCHAR(64) NOT NULL, "targets" INTEGER NOT NULL, '
    '"visit_records" INTEGER NOT NULL, "cases" INTEGER NOT NULL, '
    '"petitioners" INTEGER NOT NULL, "receipt_key" VARCHAR(64) NOT NULL, '
    '"received_at" DATETIME, "received_by" VARCHAR(128), "receipt_imported_at" DATETIME, '
    'FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "package_export_package_id" ON "package_export" ("package_id")',
    'CREATE INDEX "package_export_campaign_id" ON "package_export" ("campaign_id")',
    'CREATE INDEX "package_export_produced_at" ON "package_export" ("produced_at")',
    'CREATE TABLE "package_import" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"package_id" VARCHAR(36) NOT NULL, "town_id" INTEGER NOT NULL, '
    '"campaign_id" INTEGER NOT NULL, "produced_at" DATETIME NOT NULL, '
    '"producer_office" VARCHAR(128), "program_version" VARCHAR(32) NOT NULL, '
    '"sha256" VARCHAR(64) NOT NULL, "data_sha256" VARCHAR(64) NOT NULL, '
    '"file_name" VARCHAR(256) NOT NULL, "imported_at" DATETIME NOT NULL, '
    '"imported_by" VARCHAR(64) NOT NULL, "targets" INTEGER NOT NULL, '
    '"visit_records" INTEGER NOT NULL, "cases" INTEGER NOT NULL, '
    '"petitioners" INTEGER NOT NULL, "plan" TEXT NOT NULL, '
    'FOREIGN KEY ("town_id") REFERENCES "town" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "package_import_package_id" ON "package_import" ("package_id")',
    'CREATE INDEX "package_import_town_id" ON "package_import" ("town_id")',
    'CREATE INDEX "package_import_campaign_id" ON "package_import" ("campaign_id")',
    'CREATE INDEX "package_import_town_id_campaign_id_produced_at" '
    'ON "package_import" ("town_id", "campaign_id", "produced_at")',
]


def _v3_towns_and_packages(database: SqliteDatabase) -> None:
    """Version 3: towns (a county database merges several), exchange packages.

    Every existing petitioner, case and staff member belongs to this office's
    own town (row 1); case numbers, ID numbers and (name, role) of staff are
    unique per town instead of overall.
    """
    for sql in _V3_STATEMENTS:
        database.execute_sql(sql)


_V4_STATEMENTS = [
    'ALTER TABLE "package_export" ADD COLUMN "sequence" INTEGER',
    'ALTER TABLE "package_export" ADD COLUMN "protection" VARCHAR(32)',
    'ALTER TABLE "package_import" ADD COLUMN "sequence" INTEGER',
    'ALTER TABLE "package_import" ADD COLUMN "protection" VARCHAR(32)',
    'ALTER TABLE "package_import" ADD COLUMN "key_fingerprint" VARCHAR(64)',
    'ALTER TABLE "package_import" ADD COLUMN "replaced" TEXT',
    'CREATE TABLE "town_key" ("id" INTEGER NOT NULL PRIMARY KEY, "town_id" INTEGER NOT NULL, '
    '"sign_key" VARCHAR(64) NOT NULL, "encrypt_key" VARCHAR(64) NOT NULL, '
    '"fingerprint" VARCHAR(64) NOT NULL, "registered_at" DATETIME NOT NULL, '
    '"registered_by" VARCHAR(64) NOT NULL, "revoked_at" DATETIME, "revoked_by" VARCHAR(64), '
    'FOREIGN KEY ("town_id") REFERENCES "town" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "town_key_town_id" ON "town_key" ("town_id")',
    'CREATE INDEX "town_key_sign_key" ON "town_key" ("sign_key")',
]


def _v4_town_keys(database: SqliteDatabase) -> None:
    """Version 4: packages of proven origin.

    The county registers each town's public key (``town_key``); packages carry
    the town's export counter (``sequence``) and how they were protected.
    Packages merged before keep their rows (``protection`` NULL: not recorded)
    and their data.
    """
    for sql in _V4_STATEMENTS:
        database.execute_sql(sql)


_RESULT_CODES = "'reached', 'not_reached', 'refused', 'deceased', 'in_custody', 'moved_no_trace'"

_V5_COLUMNS = [
    f'"contact_result" VARCHAR(32) CHECK ("contact_result" IN ({_RESULT_CODES}))',
    '"contact_note" TEXT',
    '"method_reason" TEXT',
    '"demands_note" TEXT',
    '"no_rework_reason" TEXT',
    '"has_difficulties" INTEGER',
    '"has_opinions" INTEGER',
    '"looks_note" TEXT',
    '"rules_reviewed_note" TEXT',
]


def _v5_plan_rules(database: SqliteDatabase) -> None:
    """Version 5: the plan's rules on the visit record.

    The contact's outcome, the reason for a visit not at the door, the notes
    on points (1)/(2), the answers to points (4)/(5), the note on overridden
    looks, and the note of a record final under earlier rules kept after
    review. Nothing existing is rewritten: older records keep NULL there
    (their outcome is read from the satisfaction) and are listed for review
    by ``rule_review.records_to_review``.
    """
    for column in _V5_COLUMNS:
        database.execute_sql(f'ALTER TABLE "visit_record" ADD COLUMN {column}')


def _v6_open_at_export(database: SqliteDatabase) -> None:
    """Version 6: a merged package keeps what was still open when the town wrote it."""
    database.execute_sql('ALTER TABLE "package_import" ADD COLUMN "open_at_export" TEXT')


def _v7_visit_scans(database: SqliteDatabase) -> None:
    """Version 7 (scan-forms, issue 19): the scanned pages of the visit records.

    A new table, nothing existing changed.
    """
    database.execute_sql(
        'CREATE TABLE IF NOT EXISTS "visit_scan" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"visit_id" INTEGER NOT NULL, "page" INTEGER NOT NULL, "source" VARCHAR(300) NOT NULL, '
        '"layout" INTEGER NOT NULL, "image" BLOB NOT NULL, "read_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("visit_id") REFERENCES "visit_record" ("id") ON DELETE CASCADE)'
    )
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "visit_scan_visit_id" ON "visit_scan" ("visit_id")'
    )


#: version -> function that upgrades a file from ``version - 1``.
MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    2: _v2_import_mappings,
    3: _v3_towns_and_packages,
    4: _v4_town_keys,
    5: _v5_plan_rules,
    6: _v6_open_at_export,
    7: _v7_visit_scans,
}
