"""Every change leaves an audit record in the same transaction, bulk ones too."""

from __future__ import annotations

import json

import pytest

from rv_desktop.domain import audit
from rv_desktop.domain.models import AuditRecord, Case, Petitioner


def _records(table: str) -> list[AuditRecord]:
    return list(
        AuditRecord.select().where(AuditRecord.table_name == table).order_by(AuditRecord.id)
    )


def test_insert_update_delete_are_recorded_with_actor(database):
    audit.set_actor("李文书")
    p = Petitioner.create(name="张三")
    p.name = "张三丰"
    p.save()
    rows = _records("petitioner")
    assert [r.action for r in rows] == ["insert", "update"]
    assert all(r.actor == "李文书" for r in rows)
    assert json.loads(rows[1].before)["name"] == "张三"
    assert json.loads(rows[1].after)["name"] == "张三丰"
    p.delete_instance()
    last = _records("petitioner")[-1]
    assert last.action == "delete" and last.after is None and last.row_id == p.id


def test_bulk_update_is_recorded_per_row(database):
    p = Petitioner.create(name="王五")
    for i in range(5):
        Case.create(case_no=f"C{i}", petitioner=p)
    Case.update(settled=True).execute()
    updates = [r for r in _records("case") if r.action == "update"]
    assert len(updates) == 5
    assert all(json.loads(r.after)["settled"] == 1 for r in updates)


def test_rolled_back_change_leaves_no_audit_record(database):
    before = AuditRecord.select().count()
    with pytest.raises(RuntimeError), database.atomic():
        Petitioner.create(name="赵六")
        raise RuntimeError("crash half-way")
    assert AuditRecord.select().count() == before
    assert Petitioner.select().count() == 0


def test_log_action_names_the_actor(database):
    audit.set_actor("clerk-a")
    record = audit.log_action("reveal", "petitioner", 7, {"fields": ["id_number"]})
    assert record.actor == "clerk-a"
    assert json.loads(record.note) == {"fields": ["id_number"]}
