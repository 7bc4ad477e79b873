"""``backup --to`` a stick and ``restore`` of an encrypted backup, as scripts see them.

Issue 21: "A backup written outside the data folder (a USB stick, as
*Settings ▸ Backups* allows) is encrypted with a key of the office, and
restore asks for it."
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .cli_helpers import add_petitioner, petitioner_names
from .conftest import ROOT

NAME = "欧阳春花"
ID_NUMBER = "360426199101010071"


def _cli(*args: str) -> subprocess.CompletedProcess:
    """``python -m rv_desktop ARGS`` with no terminal: nothing can be asked."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "rv_desktop", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def test_backup_to_a_stick_is_encrypted_and_restore_asks_for_the_passphrase(
    tmp_path, tmp_path_factory
):
    """No passphrase set: the backup to the stick is refused, nothing written. Set:
    the file on the stick holds no name or ID in clear; restore without the
    passphrase or with a wrong one exits 2 and changes nothing; the right one
    (from a file, never on the command line) brings the records back."""
    db = tmp_path / "office.sqlite"
    stick = tmp_path_factory.mktemp("stick")
    assert _cli("init", "--db", str(db)).returncode == 0
    add_petitioner(db, NAME, ID_NUMBER)

    refused = _cli("backup", "--db", str(db), "--to", str(stick))
    assert refused.returncode == 2 and "no backup passphrase is set" in refused.stderr
    assert list(stick.iterdir()) == []

    weak, good, wrong = (tmp_path / n for n in ("weak.txt", "good.txt", "wrong.txt"))
    weak.write_text("12345678\n")
    good.write_text("河边的信访办 keeps its records 2026\n", encoding="utf-8")
    wrong.write_text("河边的信访办 keeps its records 2025\n", encoding="utf-8")
    result = _cli("backup-passphrase", "--db", str(db), "--passphrase-file", str(weak))
    assert result.returncode == 2 and "at least 12 characters" in result.stderr
    result = _cli("backup-passphrase", "--db", str(db), "--passphrase-file", str(good))
    assert result.returncode == 0, result.stderr

    result = _cli("backup", "--db", str(db), "--to", str(stick))
    assert result.returncode == 0, result.stderr
    backup = Path(result.stdout.split()[-1])
    assert backup.parent == stick and backup.name.endswith(".sqlite.enc")
    data = backup.read_bytes()
    assert NAME.encode() not in data and ID_NUMBER.encode() not in data
    assert not data.startswith(b"SQLite format 3")

    add_petitioner(db, "备份后")
    before = db.read_bytes()
    result = _cli("restore", "--db", str(db), str(backup))
    assert result.returncode == 2 and "--passphrase-file" in result.stderr
    result = _cli("restore", "--db", str(db), str(backup), "--passphrase-file", str(wrong))
    assert result.returncode == 2 and "does not open" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before and petitioner_names(db) == {NAME, "备份后"}

    result = _cli("restore", "--db", str(db), str(backup), "--passphrase-file", str(good))
    assert result.returncode == 0, result.stderr
    assert petitioner_names(db) == {NAME}
