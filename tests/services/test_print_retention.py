"""Printed PDFs in the data folder's prints folder are deleted after the retention time."""

from __future__ import annotations

import datetime as dt
import os

from rv_desktop.services.print_retention import KEEP_DAYS_DEFAULT, prune_prints


def test_old_prints_are_deleted_the_rest_stays(tmp_path):
    """Printed PDFs kept in the data folder's prints folder are deleted after a
    retention time (a setting, 30 days by default)."""
    now = dt.datetime(2026, 12, 7, 12, 0)
    old, recent, other = tmp_path / "forms-old.pdf", tmp_path / "forms-new.pdf", tmp_path / "x.txt"
    for path, days in ((old, 31), (recent, 29), (other, 400)):
        path.write_bytes(b"%PDF-1.4")
        stamp = (now - dt.timedelta(days=days)).timestamp()
        os.utime(path, (stamp, stamp))
    assert KEEP_DAYS_DEFAULT == 30
    assert prune_prints(tmp_path, KEEP_DAYS_DEFAULT, now) == [old]
    assert recent.exists() and other.exists()
    assert prune_prints(tmp_path, 7, now) == [recent]
    assert prune_prints(tmp_path / "missing", 30, now) == []
