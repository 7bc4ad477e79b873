"""Restore and writers exclude each other; a killed restore loses nothing.

Real processes hold the program's lock (``<db>.lock``) and real SIGKILLs stop
a restore at each of its steps.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .cli_helpers import add_petitioner, petitioner_names, spawn, writer_script
from .conftest import ROOT, run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills and file modes are POSIX")

#: a writer that holds the lock as ``import-ledger`` does, mid-transaction, until told to end
_WRITER = writer_script("导入中")

#: a restore that holds its lock until told to end
_RESTORE = """
import sys, time
from pathlib import Path
from rv_desktop.domain.dblock import hold_for_restore
lock = hold_for_restore(sys.argv[1])
print("restoring", flush=True)
while not Path(sys.argv[2]).exists():
    time.sleep(0.05)
lock.release()
"""


def _office(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "office.sqlite"
    made = run_cli("init", "--db", str(db), "--town", "青山镇", "--office", "青山镇信访办")
    assert made.returncode == 0, made.stderr
    add_petitioner(db, "备份里")
    result = run_cli("backup", "--db", str(db), "--out", str(tmp_path / "bk"))
    assert result.returncode == 0, result.stderr
    return db, Path(result.stdout.split()[-1])


def test_restore_does_not_start_while_an_import_writes(tmp_path):
    """restore does not start (it exits 2 saying who holds the database) while another
    process writes"""
    db, backup = _office(tmp_path)
    go = tmp_path / "go"
    writer = spawn(_WRITER, str(db), str(go))
    try:
        result = run_cli("restore", "--db", str(db), str(backup), "--lang", "en")
    finally:
        go.touch()
        assert writer.wait(30) == 0, writer.stderr.read()
    assert result.returncode == 2
    assert "in use by import-ledger" in result.stderr
    assert f"process {writer.pid}" in result.stderr
    assert "Traceback" not in result.stderr
    assert petitioner_names(db) == {"备份里", "导入中"}  # the import is whole, nothing was swapped
    assert not list(tmp_path.glob("office.before-restore-*"))
    # once the import is done, the restore runs
    assert run_cli("restore", "--db", str(db), str(backup)).returncode == 0
    assert petitioner_names(db) == {"备份里"}


def test_a_writer_waits_for_a_restore_then_names_it(tmp_path):
    """A command that finds the database busy waits a few seconds, then exits 2 with
    "the database is in use by …"."""
    db, _backup = _office(tmp_path)
    go = tmp_path / "go"
    restore = spawn(_RESTORE, str(db), str(go))
    env = dict(os.environ, RV_DESKTOP_LOCK_WAIT="1", PYTHONPATH=str(ROOT))
    try:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "rv_desktop", "office", "--db", str(db), "--town", "新镇", "--office", "新镇信访办",
             "--lang", "en"],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
        )
        waited = time.monotonic() - started
    finally:
        go.touch()
        restore.wait(30)
    assert result.returncode == 2, result.stdout
    assert "is in use by restore" in result.stderr and f"process {restore.pid}" in result.stderr
    assert waited >= 1.0
    assert "Traceback" not in result.stderr
    # the restore ended: the command now runs
    assert run_cli("office", "--db", str(db), "--town", "新镇", "--office", "新镇信访办").returncode == 0


def test_the_window_still_refuses_a_second_copy_and_a_restore(tmp_path):
    from rv_desktop.gui.dblock import DatabaseLock

    db, backup = _office(tmp_path)
    window = DatabaseLock(db)
    assert window.acquire()
    try:
        assert not DatabaseLock(db).acquire()
        # commands write beside the window
        assert run_cli("office", "--db", str(db), "--town", "旁边", "--office", "旁边信访办").returncode == 0
        result = run_cli("restore", "--db", str(db), str(backup), "--lang", "en")
        assert result.returncode == 2 and "is open in the program" in result.stderr
    finally:
        window.release()
    assert not Path(str(db) + ".lock").exists()  # the last one out removes it


def _crash_left_wal(db: Path, name: str) -> None:
    """A committed transaction still in the WAL, as a killed writer leaves it."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("INSERT INTO petitioner (name, created_at, updated_at) VALUES (?, '', '')", (name,))
    wal = Path(str(db) + "-wal")
    data = wal.read_bytes()
    con.close()
    wal.write_bytes(data)


def _sound(path: Path) -> bool:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


@pytest.mark.parametrize(
    "step",
    ["copied", "checkpointed", "left-wal", "kept-part", "kept", "locked", "swapping", "swapped"],
)
def test_a_killed_restore_loses_nothing(tmp_path, step):
    """Checkpoint the WAL into the main file before anything is moved, and make the
    swap's every intermediate state recoverable at the next start; a killed restore
    never leaves a malformed file named like a good kept copy."""
    db, backup = _office(tmp_path)
    add_petitioner(db, "备份后")
    _crash_left_wal(db, "最后一笔")
    env = dict(os.environ, RV_DESKTOP_KILL_AT=step, PYTHONPATH=str(ROOT))
    killed = subprocess.run(
        [sys.executable, "-m", "rv_desktop", "restore", "--db", str(db), str(backup)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    names = petitioner_names(db)
    swapped = step == "swapped"
    assert names == ({"备份里"} if swapped else {"备份里", "备份后", "最后一笔"})
    for kept in tmp_path.glob("office.before-restore-*.sqlite"):
        assert _sound(kept) and "最后一笔" in petitioner_names(kept)
    # the next start removes what is left and finds a sound file
    assert run_cli("check", "--db", str(db)).returncode == 0
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".part", ".restore-tmp"))]
    assert leftovers == []
    assert _sound(db)
    assert run_cli("restore", "--db", str(db), str(backup)).returncode == 0
    assert petitioner_names(db) == {"备份里"}


def test_database_backups_and_lock_are_private(tmp_path):
    """The database, backups and the lock file are created readable by their owner
    only (0600 on POSIX)."""
    db, backup = _office(tmp_path)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    go = tmp_path / "go"
    writer = spawn(_WRITER, str(db), str(go))
    try:
        assert stat.S_IMODE(Path(str(db) + ".lock").stat().st_mode) == 0o600
        assert stat.S_IMODE(Path(str(db) + "-wal").stat().st_mode) == 0o600
    finally:
        go.touch()
        writer.wait(30)
    result = run_cli("restore", "--db", str(db), str(backup), "--json")
    assert result.returncode == 0
    for kept in tmp_path.glob("office.before-restore-*.sqlite"):
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_restore_refuses_a_program_that_ignores_the_lock_file(tmp_path):
    """restore also holds SQLite's own exclusive lock on the live file through the swap:
    a connection of another program (one that never looks at our lock file) keeps the
    restore from starting, and nothing is changed."""
    db, backup = _office(tmp_path)
    add_petitioner(db, "备份后")
    other = sqlite3.connect(db)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM petitioner").fetchone()  # a reader, mid-transaction
    try:
        result = run_cli("restore", "--db", str(db), str(backup), "--lang", "en")
    finally:
        other.close()
    assert result.returncode == 2, result.stdout
    assert "in use by another program" in result.stderr and "Traceback" not in result.stderr
    assert petitioner_names(db) == {"备份里", "备份后"}
    assert not list(tmp_path.glob("office.before-restore-*"))
    assert run_cli("restore", "--db", str(db), str(backup)).returncode == 0
