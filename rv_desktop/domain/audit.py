"""Audit records: triggers for every data change, a function for user actions.

Triggers catch every insert, update and delete on the audited tables, bulk
statements included, in the same transaction as the change. They cannot know
who works, so the service layer names the actor in the one-row
``audit_actor`` table (``set_actor``); the triggers read it. Actions that
change no row (revealing personal data, printing, exporting) are written by
``log_action`` from the service that performs them.

An insert is recorded with who and when but without a copy of the new row:
the inserted values are the row itself until its first update, whose
``before`` keeps them. Copying every row into JSON as it is inserted doubled
the cost of a 20,000-row ledger import for no information.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

from .models import AUDITED_MODELS, AuditActor, AuditRecord, BaseModel, db

SYSTEM_ACTOR = "system"

_ACTOR_SQL = f"COALESCE((SELECT actor FROM audit_actor WHERE id = 1), '{SYSTEM_ACTOR}')"


def _json_object(model: type[BaseModel], alias: str) -> str:
    pairs = ", ".join(
        f"'{f.column_name}', {alias}.\"{f.column_name}\"" for f in model._meta.sorted_fields
    )
    return f"json_object({pairs})"


def _row_id(model: type[BaseModel], alias: str) -> str:
    pk = model._meta.primary_key
    if getattr(pk, "field_names", None):  # composite key: the first part (the target)
        first = model._meta.fields[pk.field_names[0]]
        return f'{alias}."{first.column_name}"'
    return f'{alias}."{pk.column_name}"'


def trigger_sql(model: type[BaseModel]) -> list[str]:
    """CREATE TRIGGER statements that audit one table."""
    table = model._meta.table_name
    statements = []
    for action, before, after, ref in (
        ("insert", "NULL", "NULL", "NEW"),
        ("update", _json_object(model, "OLD"), _json_object(model, "NEW"), "NEW"),
        ("delete", _json_object(model, "OLD"), "NULL", "OLD"),
    ):
        statements.append(
            f'CREATE TRIGGER IF NOT EXISTS "audit_{table}_{action}" '
            f'AFTER {action.upper()} ON "{table}" FOR EACH ROW BEGIN '
            "INSERT INTO audit_record (at, actor, action, table_name, row_id, before, after) "
            f"VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), {_ACTOR_SQL}, "
            f"'{action}', '{table}', {_row_id(model, ref)}, {before}, {after}); END"
        )
    return statements


def drop_trigger_sql(model: type[BaseModel]) -> list[str]:
    table = model._meta.table_name
    return [
        f'DROP TRIGGER IF EXISTS "audit_{table}_{action}"'
        for action in ("insert", "update", "delete")
    ]


def install_triggers() -> None:
    """(Re)create the audit triggers for the current model definitions."""
    for model in AUDITED_MODELS:
        for sql in drop_trigger_sql(model) + trigger_sql(model):
            db.execute_sql(sql)


@contextmanager
def bulk_inserts(*models: type[BaseModel]) -> Iterator[None]:
    """Inside the current transaction, insert rows into ``models`` without one
    audit record per row; the caller writes one summary record that names the
    ids inserted (``log_action(..., note={"case_ids": [first, last], ...})``).

    The insert triggers are dropped and created again inside the caller's
    transaction, so other connections never see them missing, and a rollback
    or a crash brings them back with everything else. A 20,000-row import
    spent a third of its time writing 40,000 audit rows that said only "the
    import inserted this", which the summary record says once.
    """
    if not db.in_transaction():
        raise RuntimeError("bulk_inserts() must run inside a transaction")
    names = [f'"audit_{m._meta.table_name}_insert"' for m in models]
    for name in names:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for model in models:
            db.execute_sql(trigger_sql(model)[0])


def set_actor(name: str) -> None:
    """Name the person whose changes the triggers record from now on."""
    AuditActor.insert(id=1, actor=name).on_conflict_replace().execute()


def current_actor() -> str:
    row = AuditActor.get_or_none(AuditActor.id == 1)
    return row.actor if row else SYSTEM_ACTOR


def log_action(
    action: str,
    table_name: str,
    row_id: int | None = None,
    note: str | dict | None = None,
) -> AuditRecord:
    """Record a user action that changes no row (reveal, print, export ...)."""
    if isinstance(note, dict):
        note = json.dumps(note, ensure_ascii=False, sort_keys=True)
    return AuditRecord.create(
        actor=current_actor(),
        action=action,
        table_name=table_name,
        row_id=row_id,
        note=note,
    )
