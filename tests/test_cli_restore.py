"""``rv-desktop restore`` as scripts see it: real subprocesses, real files."""

from __future__ import annotations

import json
from pathlib import Path

from rv_desktop.gui.dblock import DatabaseLock

from .cli_helpers import add_petitioner, petitioner_names
from .conftest import run_cli


def test_restore_brings_back_the_backup_and_keeps_the_old_file(tmp_path):
    db = tmp_path / "office.sqlite"
    assert run_cli("init", "--db", str(db)).returncode == 0
    add_petitioner(db, "备份里")
    backup = Path(
        run_cli("backup", "--db", str(db), "--out", str(tmp_path / "bk")).stdout.split()[-1]
    )
    add_petitioner(db, "备份后")
    result = run_cli("restore", "--db", str(db), str(backup), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "restored from" in result.stdout
    assert petitioner_names(db) == {"备份里"}
    aside = result.stdout.strip().splitlines()[-1].split("kept as ")[1].rstrip(".")
    assert petitioner_names(Path(aside)) == {"备份里", "备份后"}

    result = run_cli("restore", "--db", str(db), str(backup), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["db"] == str(db) and data["backup"] == str(backup)
    assert data["migrated"] is False and data["cases"] == 0 and data["campaigns"] == 0
    assert Path(data["kept_aside"]).exists() and data["kept_aside"] != aside
    assert run_cli("check", "--db", str(db)).returncode == 0


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    db = tmp_path / "office.sqlite"
    run_cli("init", "--db", str(db))
    add_petitioner(db, "留着")
    before = db.read_bytes()
    letter = tmp_path / "letter.sqlite"
    letter.write_text("Dear county office,")
    result = run_cli("restore", "--db", str(db), str(letter), "--lang", "en")
    assert result.returncode == 2
    assert "is not a backup of this program's database" in result.stderr
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.sqlite", "office.sqlite"]
    result = run_cli(
        "restore", "--db", str(db), str(tmp_path / "missing.sqlite"), "--lang", "zh_CN"
    )
    assert result.returncode == 2 and "不存在" in result.stderr


def test_restore_refused_while_the_program_holds_the_lock(tmp_path):
    db = tmp_path / "office.sqlite"
    run_cli("init", "--db", str(db))
    backup = Path(
        run_cli("backup", "--db", str(db), "--out", str(tmp_path / "bk")).stdout.split()[-1]
    )
    before = db.read_bytes()
    lock = DatabaseLock(db)  # as the window does while it has the database open
    assert lock.acquire()
    try:
        result = run_cli("restore", "--db", str(db), str(backup), "--lang", "en")
    finally:
        lock.release()
    assert result.returncode == 2
    assert "is open in the program" in result.stderr and "Close the program" in result.stderr
    assert db.read_bytes() == before
    assert run_cli("restore", "--db", str(db), str(backup)).returncode == 0
