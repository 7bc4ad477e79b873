"""The program's lock: who excludes whom, and who is named (in one process: the locks
are per open file, so two holders here exclude each other as two processes do)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rv_desktop.domain.dblock import (
    RESTORE,
    WINDOW,
    WRITER,
    DatabaseInUse,
    DatabaseLock,
    hold,
    hold_for_restore,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="open-file-description locks")


def test_who_excludes_whom(tmp_path):
    db = tmp_path / "office.sqlite"
    window = DatabaseLock(db, WINDOW)
    assert window.try_acquire()
    writer = hold(db, "import-ledger", wait=0)
    assert writer.is_locked  # commands write beside the window
    second = DatabaseLock(db, WINDOW)
    assert not second.try_acquire() and second.held_by_other()
    assert second.owner() == (os.getpid(), second.blocked_by[0].host)
    assert second.blocked_by[0].what == WINDOW  # the window is named, not the command
    with pytest.raises(DatabaseInUse) as info:
        hold_for_restore(db)
    assert info.value.code == "db_in_use"  # "close the program"
    window.release()
    with pytest.raises(DatabaseInUse) as info:
        hold_for_restore(db)
    assert info.value.code == "db_in_use_by" and info.value.params["what"] == "import-ledger"
    writer.release()
    restore = hold_for_restore(db)
    with pytest.raises(DatabaseInUse) as info:
        hold(db, "backup", wait=0.3)
    assert info.value.params["what"] == RESTORE
    assert not DatabaseLock(db, WINDOW).try_acquire()
    restore.release()
    assert not Path(str(db) + ".lock").exists()  # the last one out removes it


def test_window_restore_upgrade(tmp_path):
    db = tmp_path / "office.sqlite"
    window = DatabaseLock(db, WINDOW)
    assert window.acquire()
    writer = DatabaseLock(db, WRITER, "close-followup")
    assert writer.try_acquire()
    assert not window.make_exclusive()
    assert window.blocked_by[0].what == "close-followup"
    writer.release()
    assert window.make_exclusive()
    assert not DatabaseLock(db, WRITER).try_acquire()  # no writer during the restore
    window.make_shared()
    late = DatabaseLock(db, WRITER)
    assert late.try_acquire()
    late.release()
    window.release()


def test_unwritable_folder_is_not_a_holder(tmp_path):
    lock = DatabaseLock(tmp_path / "missing" / "office.sqlite", WRITER)
    assert not lock.acquire(0.1)
    assert not lock.held_by_other()
    assert not hold(tmp_path / "missing" / "office.sqlite", "cases").is_locked
