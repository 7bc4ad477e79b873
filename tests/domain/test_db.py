"""The database file: pragmas, refusing foreign or newer files, migrations."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from peewee import IntegrityError

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.migrations import SCHEMA_VERSION
from rv_desktop.domain.models import Case, HandlingUnit, Petitioner, Target

from ..conftest import FIXTURES


def test_new_file_has_pragmas_and_marks(database, db_path):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert dbmod.schema_version() == SCHEMA_VERSION
    assert database.execute_sql("PRAGMA application_id").fetchone()[0] == dbmod.APPLICATION_ID
    assert dbmod.integrity_check() == []


def test_schema_constraints(database):
    p = Petitioner.create(name="张三")
    Case.create(case_no="A-1", petitioner=p)
    with pytest.raises(IntegrityError), database.atomic():
        Case.create(case_no="A-1", petitioner=p)  # unique case number
    with pytest.raises(IntegrityError), database.atomic():
        database.execute_sql(
            'INSERT INTO "case" (case_no, petitioner_id, people_count, many_people, policy,'
            " rebound, settled, created_at, updated_at) VALUES ('B', 999, 1, 0, 0, 0, 0, '', '')"
        )  # foreign key
    with pytest.raises(IntegrityError), database.atomic():
        database.execute_sql(
            "UPDATE \"case\" SET source_level = 'galactic' WHERE case_no = 'A-1'"
        )  # enum checked by the schema, not only by Python
    with pytest.raises(IntegrityError), database.atomic():
        database.execute_sql("UPDATE petitioner SET id_number = '123'")  # 18 characters


def test_excluded_target_needs_a_reason(database):
    from rv_desktop.domain.models import Campaign

    c = Campaign.create(name="2026")
    case = Case.create(case_no="A-1", petitioner=Petitioner.create(name="李四"))
    with pytest.raises(IntegrityError), database.atomic():
        Target.create(campaign=c, case=case, included=False)
    Target.create(campaign=c, case=case, included=False, exclusion_reason="policy")


def test_refuses_text_file_and_leaves_it(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database")
    with pytest.raises(dbmod.DatabaseOpenError) as info:
        dbmod.open_database(path)
    assert info.value.code == "db_not_sqlite"
    assert path.read_text() == "not a database"


def test_refuses_other_programs_database(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(dbmod.DatabaseOpenError) as info:
        dbmod.open_database(path)
    assert info.value.code == "db_foreign"
    assert path.read_bytes() == before


def test_refuses_newer_schema(db_path):
    dbmod.open_database(db_path)
    dbmod.db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    dbmod.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close_database()
    before = db_path.read_bytes()
    with pytest.raises(dbmod.DatabaseOpenError) as info:
        dbmod.open_database(db_path)
    assert info.value.code == "db_too_new"
    assert "newer version" in str(info.value)
    assert db_path.read_bytes() == before


def test_unwritable_folder_is_explained(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(dbmod.DatabaseOpenError) as info:
        dbmod.open_database(blocker / "sub" / "db.sqlite")
    assert info.value.code == "db_folder_unwritable"


def test_empty_file_becomes_a_database(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    dbmod.open_database(path)
    assert dbmod.schema_version() == SCHEMA_VERSION
    dbmod.close_database()


@contextmanager
def upgraded(tmp_path: Path, fixture: str) -> Iterator[None]:
    """The fixture file of an older schema, opened: upgraded and sound; after the test's
    look at its data, its schema is a fresh file's and the old file was copied aside."""
    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    dbmod.open_database(path)
    assert dbmod.schema_version() == SCHEMA_VERSION
    assert dbmod.integrity_check() == []
    yield
    schema = _schema(dbmod.db.connection())
    dbmod.close_database()
    dbmod.open_database(tmp_path / "fresh.sqlite")
    assert schema == _schema(dbmod.db.connection())
    dbmod.close_database()
    aside = list(tmp_path.glob(f"{path.stem}.before-v*.sqlite"))
    assert aside, "the old file was copied aside"


def test_upgrades_a_file_of_the_first_version(tmp_path):
    """A file written by schema version 1 opens, is copied aside and upgraded."""
    with upgraded(tmp_path, "schema_v1.sqlite"):
        # the data written by version 1 is still there
        assert Case.select().count() == 2
        assert HandlingUnit.get(HandlingUnit.name == "镇司法所")


def test_upgrades_a_file_of_the_previous_version(tmp_path):
    """A version-2 file (import mappings, a town name) gains towns and package tables."""
    from rv_desktop.domain.models import HOME_TOWN_ID, ImportMapping, Setting, Town

    with upgraded(tmp_path, "schema_v2.sqlite"):
        assert ImportMapping.select().count() == 1
        assert Setting.get_by_id("town_name").value == "青山镇"
        assert [(t.id, t.name) for t in Town.select()] == [(HOME_TOWN_ID, None)]
        assert {c.town_id for c in Case.select()} == {HOME_TOWN_ID}
        assert dbmod.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        # case numbers are unique per town now: another town may have the same one
        other = Town.create(name="石桥镇")
        p = Petitioner.create(name="张三", town=other)
        Case.create(case_no="QS2018-00001", petitioner=p, town=other)
        with pytest.raises(IntegrityError), dbmod.db.atomic():
            Case.create(case_no="QS2018-00001", petitioner=p, town=other)


def test_upgrades_a_version_3_file_keeping_its_final_records(tmp_path):
    """A version-3 file gains the plan's rule columns; its final records are not rewritten.

    Issue 14: "An office upgrading keeps its records: nothing final is rewritten silently."
    """
    from rv_desktop.domain.models import VisitRecord

    with upgraded(tmp_path, "schema_v3.sqlite"):
        (record,) = VisitRecord.select()
        assert (record.state.value, record.method.value, record.satisfaction.value) == (
            "final",
            "phone",
            "satisfied",
        )
        assert record.contact_result is None and record.rules_reviewed_note is None


def _schema(con) -> dict[str, list[tuple]]:
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    schema = {
        t: sorted((c[1], c[2], c[3], c[4]) for c in con.execute(f'PRAGMA table_info("{t}")'))
        for t in sorted(tables)
    }
    schema["foreign_keys"] = sorted(
        (t, *fk[2:5], fk[6])
        for t in tables
        for fk in con.execute(f'PRAGMA foreign_key_list("{t}")')
    )
    schema["indexes"] = sorted(
        r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    )
    schema["triggers"] = sorted(
        r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    )
    return schema


def test_upgrades_a_county_file_of_version_3_keeping_its_merged_data(tmp_path):
    """A county database of version 3 (one town's package merged) gains town keys and
    sequence numbers, keeps its merged data, and still takes that town's packages."""
    from rv_desktop.domain.models import PackageImport, Target, Town, TownKey

    with upgraded(tmp_path, "schema_v3_county.sqlite"):
        assert [t.name for t in Town.select().where(Town.name.is_null(False))] == ["青山镇"]
        assert Target.select().count() == 7
        (record,) = PackageImport.select()
        assert (record.sequence, record.protection, record.replaced) == (None, None, None)
        assert TownKey.select().count() == 0
