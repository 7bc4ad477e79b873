"""When the start-up check may be skipped: the clean-close record (no Qt)."""

from __future__ import annotations

import datetime as dt
import os

from rv_desktop.domain import db as dbmod
from rv_desktop.services import clean_close

NOON = dt.datetime(2026, 12, 7, 12, 0)


def _closed_cleanly(path) -> None:
    clean_close.mark_open(path)
    clean_close.mark_checked(path, NOON)
    clean_close.mark_closed(path)


def test_skipped_only_after_a_clean_close_of_the_unchanged_file_checked_within_a_day(db_path):
    """"skip it when the program last closed cleanly and the file has not changed since
    (size and modification time recorded at close), doing the full check at most daily"."""
    dbmod.open_database(db_path)
    dbmod.close_database()
    assert clean_close.check_needed(db_path, NOON)  # never closed by the program
    _closed_cleanly(db_path)
    assert not clean_close.check_needed(db_path, NOON + dt.timedelta(hours=23))
    assert clean_close.check_needed(db_path, NOON + dt.timedelta(hours=25))  # daily
    assert clean_close.check_needed(db_path, NOON - dt.timedelta(hours=1))  # clock went back


def test_a_crash_or_a_change_by_another_program_means_a_check(db_path):
    dbmod.open_database(db_path)
    dbmod.close_database()
    _closed_cleanly(db_path)
    clean_close.mark_open(db_path)  # opened, then the power went
    assert clean_close.check_needed(db_path, NOON)

    _closed_cleanly(db_path)
    stat = db_path.stat()
    os.utime(db_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert clean_close.check_needed(db_path, NOON)  # touched since

    _closed_cleanly(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"\0" * 32)
    assert clean_close.check_needed(db_path, NOON)  # a journal left to replay
    wal.unlink()
    assert not clean_close.check_needed(db_path, NOON)

    clean_close.forget(db_path)  # damage found
    assert clean_close.check_needed(db_path, NOON)


def test_a_new_file_needs_no_check_and_a_broken_record_only_costs_one(db_path, tmp_path):
    assert not clean_close.check_needed(tmp_path / "missing.sqlite", NOON)
    dbmod.open_database(db_path)
    dbmod.close_database()
    _closed_cleanly(db_path)
    record = clean_close._record_path()
    record.write_text("{not json", encoding="utf-8")
    assert clean_close.check_needed(db_path, NOON)
