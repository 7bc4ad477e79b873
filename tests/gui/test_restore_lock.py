"""The window's restore and the command line's writers exclude each other."""

from __future__ import annotations

import os

import pytest

from rv_desktop.domain.dblock import DatabaseInUse
from rv_desktop.domain.models import Petitioner
from rv_desktop.gui.backup_actions import restore_with_progress
from rv_desktop.gui.session import Session
from rv_desktop.services.backup import backup_database

from ..cli_helpers import petitioner_names, spawn, writer_script

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX subprocess locks")


def test_window_restore_waits_for_no_writer(qtbot, tmp_path):
    """no writer starts while a restore runs, and a restore does not start … while
    another process writes"""
    db = tmp_path / "office.sqlite"
    session = Session()
    session.open(db, create=True)
    Petitioner.create(name="备份里")
    backup = backup_database(tmp_path / "bk")
    go = tmp_path / "go"
    writer = spawn(writer_script("导入中"), str(db), str(go))  # a command of the command line, writing
    try:
        with pytest.raises(DatabaseInUse) as info:
            restore_with_progress(session, backup)
        assert info.value.params["what"] == "import-ledger"
        assert info.value.params["pid"] == writer.pid
        assert session.is_open  # the window goes on with its database
        assert Petitioner.select().count() == 1
    finally:
        go.touch()
        assert writer.wait(30) == 0
    assert petitioner_names(db) == {"备份里", "导入中"}
    result = restore_with_progress(session, backup)  # the writer is done
    assert result.cases == 0 and {p.name for p in Petitioner.select()} == {"备份里"}
    session.close()
