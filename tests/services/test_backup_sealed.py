"""Backups outside the data folder are encrypted with the office's backup key.

Issue 21: "A backup written outside the data folder (a USB stick, as
*Settings ▸ Backups* allows) is encrypted with a key of the office, and
restore asks for it."
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.errors import UserError
from rv_desktop.domain.models import Case, Petitioner
from rv_desktop.services.backup import (
    BackupError,
    RestoreError,
    backup_database,
    is_sealed,
    list_backups,
    restore_backup,
    set_backup_passphrase,
)

from ..cli_helpers import petitioner_names

PASSPHRASE = "河边的信访办 keeps its records 2026"
NAME = "欧阳春花"
ID_NUMBER = "360426199101010071"


def _office(database):
    p = Petitioner.create(name=NAME, id_number=ID_NUMBER, phones="13800138000")
    Case.create(case_no="2024-001", petitioner=p)


@pytest.fixture
def stick(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("usb-stick")


def test_a_backup_outside_the_data_folder_is_sealed_and_holds_nothing_in_clear(
    database, db_path, stick
):
    """The backup on the stick is not SQLite, and neither the petitioner's name nor
    the ID number is in its bytes; a backup inside the data folder stays SQLite."""
    _office(database)
    with pytest.raises(BackupError) as info:
        backup_database(stick)
    assert info.value.code == "backup_passphrase_unset"
    assert list(stick.iterdir()) == []
    with pytest.raises(UserError) as weak:
        set_backup_passphrase("password1234")
    assert weak.value.code == "passphrase_weak"
    assert set_backup_passphrase(PASSPHRASE) is True

    sealed = backup_database(stick)
    assert sealed.name.endswith(".sqlite.enc") and is_sealed(sealed)
    assert [p.name for p in stick.iterdir()] == [sealed.name]  # no .part left
    assert not list(db_path.parent.glob("*.part"))  # nor the plain copy beside the database
    data = sealed.read_bytes()
    for secret in (NAME, ID_NUMBER, "13800138000", "2024-001"):
        assert secret.encode("utf-8") not in data
        assert secret.encode("utf-16-le") not in data
    assert b"SQLite format 3" not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(sealed).execute("SELECT count(*) FROM petitioner").fetchone()
    [listed] = list_backups([stick])
    assert listed.sealed and listed.path == sealed

    inside = backup_database(db_path.parent / "backups")
    assert not is_sealed(inside) and petitioner_names(inside) == {NAME}


def test_restore_needs_the_passphrase_and_a_wrong_one_changes_nothing(database, db_path, stick):
    """A wrong passphrase is refused with a clear message and the database is
    unchanged; the right one brings back the same records."""
    _office(database)
    set_backup_passphrase(PASSPHRASE)
    sealed = backup_database(stick)
    Petitioner.create(name="备份后")
    dbmod.close_database()
    before = db_path.read_bytes()
    for passphrase, code in (
        (None, "backup_passphrase_needed"),
        ("不对的口令不对的口令", "backup_passphrase_wrong"),
    ):
        with pytest.raises(RestoreError) as info:
            restore_backup(sealed, db_path, actor="tester", passphrase=passphrase)
        assert info.value.code == code
        assert "Nothing was changed" in str(info.value)
        assert db_path.read_bytes() == before
        assert not list(db_path.parent.glob("*.before-restore-*"))
        assert not list(db_path.parent.glob("*.restore-tmp"))
    result = restore_backup(sealed, db_path, actor="tester", passphrase=PASSPHRASE)
    assert result.cases == 1
    assert {p.name for p in Petitioner.select()} == {NAME}
    assert Petitioner.get(Petitioner.name == NAME).id_number == ID_NUMBER


def test_a_changed_byte_is_refused_and_an_old_passphrase_keeps_opening_old_backups(
    database, db_path, stick
):
    """A sealed backup changed after it was written is refused as damaged; a new
    passphrase wraps the same key, so a backup sealed before opens with the old one."""
    _office(database)
    set_backup_passphrase(PASSPHRASE)
    old = backup_database(stick)
    assert set_backup_passphrase("另一个口令 for the new clerk 2027") is False
    tampered = stick / "tampered-backup-20260101-000000.sqlite.enc"
    data = bytearray(old.read_bytes())
    data[-40] ^= 1
    tampered.write_bytes(bytes(data))
    dbmod.close_database()
    with pytest.raises(RestoreError) as info:
        restore_backup(tampered, db_path, actor="tester", passphrase=PASSPHRASE)
    assert info.value.code == "backup_damaged"
    restore_backup(old, db_path, actor="tester", passphrase=PASSPHRASE)
    assert {p.name for p in Petitioner.select()} == {NAME}
