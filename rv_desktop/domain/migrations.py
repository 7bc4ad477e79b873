"""Numbered schema migrations.

A new file gets the current schema straight from the models
(``db._create_schema``). An older file is copied aside and upgraded one
version at a time: ``MIGRATIONS[n]`` takes a file at version ``n - 1`` to
version ``n`` and runs inside a transaction with ``PRAGMA user_version``
set to ``n`` by the caller. Audit triggers are recreated after the last
step, so they always match the current columns.

Never edit a published step: add the next one. ``tests/fixtures`` keeps a
file written by the first version, and a test upgrades it.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

#: The schema this program writes.
SCHEMA_VERSION = 2


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


#: version -> function that upgrades a file from ``version - 1``.
MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    2: _v2_import_mappings,
}
