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
SCHEMA_VERSION = 1

#: version -> function that upgrades a file from ``version - 1``.
MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {}
