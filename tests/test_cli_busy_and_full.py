"""Two writers at once, three backups in one second, a full disk: a clear message.

Real processes, a real SQLite lock held by another process, and a real full
file system (a small tmpfs, mounted when the tests run as root).
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .cli_helpers import spawn, writer_script
from .conftest import ROOT, run_cli

#: another writer that holds SQLite's write lock (an import applying its rows)
_HOLDS_WRITE = writer_script("另一个导入")


def _ledger(path: Path, rows: int = 3) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["信访件编号", "信访人姓名", "公民身份号码", "手机号", "办结时间"])
        for i in range(rows):
            writer.writerow([f"C-{i}", "张三", "", "13812345678", "20170703"])
    return path


def _count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def test_two_imports_at_once_the_second_says_busy(tmp_path):
    """two imports at once → `database is locked` traceback in one of them (imports use
    deferred transactions; use IMMEDIATE with a busy timeout, and a clear "the database
    is busy, try again" when it expires)"""
    db = tmp_path / "office.sqlite"
    made = run_cli("init", "--db", str(db), "--town", "青山镇", "--office", "青山镇信访办")
    assert made.returncode == 0, made.stderr
    ledger = _ledger(tmp_path / "ledger.csv")
    go = tmp_path / "go"
    other = spawn(_HOLDS_WRITE, str(db), str(go))
    try:
        result = run_cli("import-ledger", "--db", str(db), str(ledger), "--lang", "en")
    finally:
        go.touch()
        assert other.wait(30) == 0, other.stderr.read()
    assert result.returncode == 2, result.stdout
    assert "is busy" in result.stderr and "try again" in result.stderr
    assert "Traceback" not in result.stderr
    assert _count(db, "case") == 0
    # and when the other import is done, this one goes through
    assert run_cli("import-ledger", "--db", str(db), str(ledger)).returncode == 0
    assert _count(db, "case") == 3


def test_three_backups_in_the_same_second(tmp_path):
    """three backups in the same second → tracebacks (they share one `.part` name)"""
    db = tmp_path / "office.sqlite"
    made = run_cli("init", "--db", str(db), "--town", "青山镇", "--office", "青山镇信访办")
    assert made.returncode == 0, made.stderr
    out = tmp_path / "bk"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "rv_desktop", "backup", "--db", str(db), "--out", str(out)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )
        for _ in range(3)
    ]
    results = [(p.wait(120), p.stdout.read(), p.stderr.read()) for p in procs]
    assert [r[0] for r in results] == [0, 0, 0], results
    files = {Path(r[1].split()[-1]) for r in results}
    assert len(files) == 3 and all(f.exists() for f in files)
    for f in files:
        con = sqlite3.connect(f)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        con.close()
    assert not list(out.glob("*.part"))


def test_leftover_parts_of_killed_backups_are_removed(tmp_path):
    """Leftover `.part` files of killed backups (288 MB each) are cleaned at the next start."""
    db = tmp_path / "office.sqlite"
    made = run_cli("init", "--db", str(db), "--town", "青山镇", "--office", "青山镇信访办")
    assert made.returncode == 0, made.stderr
    out = tmp_path / "bk"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = out / f"office-backup-20260101-120000.sqlite.{dead.pid}-0a1b2c3d.part"
    left.write_bytes(b"half a backup")
    alive = out / f"office-backup-20260101-120000.sqlite.{os.getpid()}-0a1b2c3d.part"
    alive.write_bytes(b"a backup still being written")
    mine = out / "notes.part"
    mine.write_text("not ours")
    assert run_cli("backup", "--db", str(db), "--out", str(out)).returncode == 0
    assert not left.exists()
    assert alive.exists() and mine.exists()  # a running backup and foreign files stay


@pytest.fixture(params=["512k"])
def small_disk(tmp_path, request):
    """A real file system of ``param`` bytes (tmpfs), or skip when it cannot be mounted."""
    mount = tmp_path / "stick"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={request.param}", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        for _ in range(20):
            if subprocess.run(["umount", str(mount)], capture_output=True).returncode == 0:
                break
            time.sleep(0.2)


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 512)
        except OSError:
            pass
    # leave room to open the database (its -shm), not to import a ledger
    os.truncate(filler, max(filler.stat().st_size - 160_000, 0))
    return filler


def test_backup_on_a_full_disk_says_so(tmp_path, small_disk):
    """`backup` and an import on a full disk end in tracebacks ("database or disk is
    full", "cannot rollback - no transaction is active"); say the disk is full, where,
    and that nothing was changed."""
    db = tmp_path / "office.sqlite"
    made = run_cli("init", "--db", str(db), "--town", "青山镇", "--office", "青山镇信访办")
    assert made.returncode == 0, made.stderr
    assert run_cli("import-ledger", "--db", str(db), str(_ledger(tmp_path / "l.csv", 2000))).returncode == 0
    assert db.stat().st_size > 600_000  # more than the stick holds
    result = run_cli("backup", "--db", str(db), "--out", str(small_disk), "--lang", "en")
    assert result.returncode == 2, result.stdout
    assert "The disk is full" in result.stderr and str(small_disk) in result.stderr
    assert "Nothing was changed" in result.stderr and "Traceback" not in result.stderr
    assert list(small_disk.iterdir()) == []


@pytest.mark.parametrize("small_disk", ["4m"], indirect=True)
def test_import_on_a_full_disk_says_so_and_changes_nothing(tmp_path, small_disk):
    db = small_disk / "office.sqlite"
    made = run_cli("init", "--db", str(db), "--town", "青山镇", "--office", "青山镇信访办")
    assert made.returncode == 0, made.stderr
    ledger = _ledger(tmp_path / "ledger.csv", 2000)
    filler = _fill(small_disk)
    result = run_cli("import-ledger", "--db", str(db), str(ledger), "--lang", "en")
    assert result.returncode == 2, result.stdout
    assert "The disk is full" in result.stderr and str(db) in result.stderr
    assert "Nothing was changed" in result.stderr and "Traceback" not in result.stderr
    filler.unlink()
    assert _count(db, "case") == 0
    assert run_cli("check", "--db", str(db)).returncode == 0
