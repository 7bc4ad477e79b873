"""Backups and restore on real files: while another connection writes, pruning, refusals."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.migrations import SCHEMA_VERSION
from rv_desktop.domain.models import AuditRecord, Campaign, Case, Petitioner
from rv_desktop.services.backup import (
    AUTOMATIC,
    AutoBackupPolicy,
    RestoreError,
    auto_backup_due,
    backup_database,
    check_backup,
    list_backups,
    prune_backups,
    restore_backup,
    run_auto_backup,
)

from ..conftest import FIXTURES
from ..factories import damage


def _pairs(path: Path) -> tuple[int, int, int]:
    """(writer's petitioners, writer's cases, petitioners without their case) in a file."""
    con = sqlite3.connect(path)
    try:
        petitioners = con.execute("SELECT count(*) FROM petitioner WHERE name LIKE 'w%'").fetchone()
        cases = con.execute("SELECT count(*) FROM \"case\" WHERE case_no LIKE 'W-%'").fetchone()
        orphans = con.execute(
            "SELECT count(*) FROM petitioner p WHERE p.name LIKE 'w%' AND NOT EXISTS "
            '(SELECT 1 FROM "case" c WHERE c.petitioner_id = p.id)'
        ).fetchone()
        return petitioners[0], cases[0], orphans[0]
    finally:
        con.close()


class Writer(threading.Thread):
    """Another connection inserting a petitioner and their case per transaction, in a loop."""

    def __init__(self, path: Path):
        super().__init__(daemon=True)
        self.path = path
        self.stop = threading.Event()
        self.written = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        con = sqlite3.connect(self.path, isolation_level=None, timeout=10)
        try:
            while not self.stop.is_set():
                n = self.written
                con.execute("BEGIN IMMEDIATE")
                cur = con.execute(
                    "INSERT INTO petitioner (name, created_at, updated_at) VALUES (?, '', '')",
                    (f"w{n}",),
                )
                con.execute(
                    'INSERT INTO "case" (case_no, petitioner_id, people_count, many_people, '
                    "policy, rebound, settled, created_at, updated_at) "
                    "VALUES (?, ?, 1, 0, 0, 0, 0, '', '')",
                    (f"W-{n}", cur.lastrowid),
                )
                con.execute("COMMIT")
                self.written += 1
                # a clerk's pace is slower still; without any pause this loop would
                # starve every other writer (SQLite's busy handler is not fair)
                self.stop.wait(0.002)
        except BaseException as exc:  # reported to the test
            self.error = exc
        finally:
            con.close()


def test_backup_while_another_connection_writes_then_restore(database, db_path, tmp_path):
    p = Petitioner.create(name="张三")
    Case.create(case_no="A-1", petitioner=p)
    writer = Writer(db_path)
    writer.start()
    try:
        while writer.written < 50:
            threading.Event().wait(0.01)
        backups = [backup_database(tmp_path / "bk") for _ in range(3)]
        during = writer.written
    finally:
        writer.stop.set()
        writer.join(10)
    assert writer.error is None
    after = writer.written
    assert during >= 50 and after > 0
    counts = []
    for backup in backups:
        petitioners, cases, orphans = _pairs(backup)
        assert petitioners == cases and orphans == 0  # a snapshot between transactions
        assert 50 <= petitioners <= after
        counts.append(petitioners)
        assert check_backup(backup).schema_version == SCHEMA_VERSION
    assert counts == sorted(counts)

    chosen = backups[1]
    result = restore_backup(chosen, db_path, actor="tester")
    assert result.kept_aside is not None and result.kept_aside.exists()
    assert dbmod.integrity_check() == []
    assert Petitioner.select().where(Petitioner.name.startswith("w")).count() == counts[1]
    assert Case.select().where(Case.case_no.startswith("W-")).count() == counts[1]
    assert Case.get(Case.case_no == "A-1").petitioner.name == "张三"
    # the file kept aside has everything the writer wrote, the restored one the snapshot
    assert _pairs(result.kept_aside)[:2] == (after, after)
    record = AuditRecord.select().where(AuditRecord.action == "restore").get()
    assert chosen.name in record.note and record.actor == "tester"


def test_restore_keeps_the_old_file_aside(database, db_path, tmp_path):
    Petitioner.create(name="旧")
    backup = backup_database(tmp_path / "bk")
    Petitioner.create(name="新")  # after the backup: only in the kept-aside file
    before = {p.name for p in Petitioner.select()}
    result = restore_backup(backup, db_path)
    assert {p.name for p in Petitioner.select()} == {"旧"}
    assert result.kept_aside.name.startswith("test.before-restore-")
    assert result.kept_aside.parent == db_path.parent
    con = sqlite3.connect(result.kept_aside)
    assert {r[0] for r in con.execute("SELECT name FROM petitioner")} == before
    con.close()
    assert not Path(str(db_path) + ".restore-tmp").exists()


def test_restore_after_a_crash_left_a_wal(tmp_path):
    """A -wal from the old file must never be replayed onto the restored one."""
    db_path = tmp_path / "crash.sqlite"
    dbmod.open_database(db_path)
    Petitioner.create(name="备份前")
    backup = backup_database(tmp_path / "bk")
    dbmod.close_database()
    # a writer that dies with its changes in the WAL (no checkpoint on close)
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("INSERT INTO petitioner (name, created_at, updated_at) VALUES ('崩溃后', '', '')")
    wal = Path(str(db_path) + "-wal")
    crashed_wal = wal.read_bytes()
    con.close()
    wal.write_bytes(crashed_wal)  # as if the process died before checkpointing
    result = restore_backup(backup, db_path)
    assert {p.name for p in Petitioner.select()} == {"备份前"}
    assert dbmod.integrity_check() == []
    dbmod.close_database()
    aside = sqlite3.connect(result.kept_aside)
    assert "崩溃后" in {r[0] for r in aside.execute("SELECT name FROM petitioner")}
    aside.close()


def _unchanged(db_path: Path):
    dbmod.close_database()
    return db_path.read_bytes(), sorted(p.name for p in db_path.parent.iterdir())


@pytest.mark.parametrize("kind", ["text", "foreign", "damaged", "newer", "empty"])
def test_restore_refuses_and_changes_nothing(db_path, tmp_path, kind):
    dbmod.open_database(db_path)
    Petitioner.create(name="留着")
    dbmod.close_database()
    bad = tmp_path / "bk" / f"{kind}.sqlite"
    bad.parent.mkdir()
    if kind == "text":
        bad.write_text("not a database at all")
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
        con.commit()
        con.close()
    else:
        shutil.copy(db_path, bad)
        if kind == "newer":
            con = sqlite3.connect(bad)
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            con.commit()
            con.close()
        else:
            damage(bad)
    before = _unchanged(db_path)
    with pytest.raises(RestoreError) as info:
        restore_backup(bad, db_path)
    expected = {
        "text": "backup_foreign",
        "empty": "backup_foreign",
        "foreign": "backup_foreign",
        "damaged": "backup_damaged",
        "newer": "backup_too_new",
    }[kind]
    assert info.value.code == expected
    assert _unchanged(db_path) == before




def test_restore_an_older_schema_upgrades_it(db_path, tmp_path):
    dbmod.open_database(db_path)
    dbmod.close_database()
    old = tmp_path / "old-backup.sqlite"
    shutil.copy(FIXTURES / "schema_v1.sqlite", old)
    result = restore_backup(old, db_path)
    assert result.schema_version_found == 1
    assert result.migrated and dbmod.schema_version() == SCHEMA_VERSION
    assert old.read_bytes() == (FIXTURES / "schema_v1.sqlite").read_bytes()  # backup untouched


def test_restore_into_a_missing_file(tmp_path, database):
    backup = backup_database(tmp_path / "bk")
    dbmod.close_database()
    target = tmp_path / "new" / "fresh.sqlite"
    target.parent.mkdir()
    result = restore_backup(backup, target)
    assert result.kept_aside is None
    assert dbmod.schema_version() == SCHEMA_VERSION


def _touch_backup(folder: Path, stem: str, kind: str, when: dt.datetime) -> Path:
    path = folder / f"{stem}-{kind}-{when:%Y%m%d-%H%M%S}.sqlite"
    path.write_bytes(b"x")
    return path


def test_prune_keeps_n_automatic_and_never_touches_other_files(tmp_path):
    folder = tmp_path / "bk"
    folder.mkdir()
    start = dt.datetime(2026, 11, 1, 9, 0, 0)
    autos = [
        _touch_backup(folder, "test", AUTOMATIC, start + dt.timedelta(days=i)) for i in range(7)
    ]
    manual = _touch_backup(folder, "test", "backup", start)
    other_db = _touch_backup(folder, "demo", AUTOMATIC, start)
    strangers = [folder / n for n in ("notes.txt", "test-auto-2026.sqlite", "test-auto-x.sqlite")]
    for s in strangers:
        s.write_text("mine")
    (folder / "test-auto-20261101-090000.sqlite.part").write_bytes(b"p")
    deleted = prune_backups(folder, "test", 3)
    assert sorted(deleted) == sorted(autos[:4])
    left = {p.name for p in folder.iterdir()}
    assert {a.name for a in autos[4:]} <= left
    assert {manual.name, other_db.name, *(s.name for s in strangers)} <= left
    assert "test-auto-20261101-090000.sqlite.part" in left
    assert [b.path for b in list_backups([folder], "test")][:3] == autos[:3:-1]


def test_auto_backup_at_most_daily(database, db_path, tmp_path):
    folder = tmp_path / "bk"
    folder.mkdir()  # a chosen folder is never created: it may be a stick not plugged in
    policy = AutoBackupPolicy(enabled=True, every_exit=False, folder=folder, keep=3)
    now = dt.datetime(2026, 11, 28, 17, 0, 0)
    assert auto_backup_due(policy, [folder], db_path, now)
    first = run_auto_backup(policy, tmp_path / "default", now)
    assert first.file.parent == folder and first.fell_back is None
    assert not auto_backup_due(policy, [folder], db_path, now + dt.timedelta(hours=23))
    assert auto_backup_due(policy, [folder], db_path, now + dt.timedelta(hours=24, seconds=1))
    assert auto_backup_due(
        AutoBackupPolicy(every_exit=True, folder=folder), [folder], db_path, now + dt.timedelta(1)
    )
    assert not auto_backup_due(AutoBackupPolicy(enabled=False), [folder], db_path, now)
    # a clock put back does not stop the daily backup for good
    assert auto_backup_due(policy, [folder], db_path, now - dt.timedelta(days=3))
    for day in range(1, 6):
        run_auto_backup(policy, tmp_path / "default", now + dt.timedelta(days=day))
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "test-auto-20261201-170000.sqlite",
        "test-auto-20261202-170000.sqlite",
        "test-auto-20261203-170000.sqlite",
    ]


def test_auto_backup_falls_back_when_the_stick_is_missing(database, tmp_path):
    stick = tmp_path / "stick-not-plugged-in"
    policy = AutoBackupPolicy(folder=stick)
    result = run_auto_backup(policy, tmp_path / "default")
    assert result.fell_back is not None and result.fell_back.code == "backup_folder_missing"
    assert result.file.parent == tmp_path / "default" and result.file.exists()
    assert not stick.exists()


def test_close_database_closes_every_threads_connection(database, db_path, tmp_path):
    """A worker thread's connection must not survive a restore (it would write to the old file)."""
    done = threading.Event()

    def worker():
        Petitioner.create(name="线程")
        done.set()

    threading.Thread(target=worker).start()
    assert done.wait(10)
    connections = list(database._all_connections)
    assert len(connections) >= 2
    dbmod.close_database(all_threads=True)
    for con in connections:
        with pytest.raises(sqlite3.ProgrammingError):
            con.execute("SELECT 1")


def test_check_file_finds_damage_and_passes_a_sound_file(database, db_path, tmp_path):
    for i in range(300):
        Petitioner.create(name=f"人{i}", address="某某村" * 20)
    Campaign.create(name="2026")
    dbmod.close_database()
    dbmod.check_file(db_path)  # sound: no exception
    dbmod.check_file(tmp_path / "missing.sqlite")
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(db_path, damaged)
    damage(damaged)
    with pytest.raises(dbmod.DatabaseDamaged) as info:
        dbmod.check_file(damaged)
    assert info.value.code == "db_damaged" and info.value.problems
