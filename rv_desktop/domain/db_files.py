"""Files beside the database: made private to their owner, and what a killed
restore left behind; re-exported by ``db``."""

from __future__ import annotations

import os
from pathlib import Path


def private_file(path: Path) -> None:
    """Create ``path`` (if missing) readable by its owner only (0600 on POSIX).

    SQLite gives the ``-wal``/``-shm``/``-journal`` files of a database the
    database file's own mode, so creating it first covers them too. On
    Windows the per-user data folder keeps it private.
    """
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        if os.name == "posix":
            os.chmod(path, 0o600)
    except OSError:
        pass  # connect() explains a file that cannot be made


def remove_restore_leftovers(db_path: str | os.PathLike) -> list[Path]:
    """Remove what a killed restore left beside ``db_path``; return the removed files.

    Call only while holding the program's lock (no restore can be running):
    ``<db>.restore-tmp`` (an unfinished or unused incoming copy) and
    ``<stem>.before-restore-*.part`` (an unfinished kept copy; the live file
    is still the whole old one).
    """
    db_path = Path(db_path).expanduser().absolute()
    found = [db_path.with_name(db_path.name + ".restore-tmp")]
    try:
        found += list(db_path.parent.glob(f"{db_path.stem}.before-restore-*.part"))
    except OSError:
        return []
    return remove_with_journals(found)


def remove_with_journals(paths: list[Path]) -> list[Path]:
    """Remove each of ``paths`` and its SQLite ``-journal`` where they exist; return
    what was removed (a file that cannot be removed is left, silently)."""
    removed = []
    for path in paths:
        for leftover in (path, Path(str(path) + "-journal")):
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                pass
    return removed
