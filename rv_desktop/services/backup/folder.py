"""The backups in a folder: listing and pruning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .names import AUTOMATIC, BACKUP_NAME

# --- the backups in a folder --------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    """A file the program wrote into a backup folder, known by its name."""

    path: Path
    stem: str  # the database it was made from (file name without suffix)
    kind: str  # MANUAL or AUTOMATIC
    made_at: dt.datetime
    size: int
    sealed: bool = False  # encrypted with the office's backup key (``.sqlite.enc``)


def parse_backup_name(path: Path) -> BackupFile | None:
    """The backup a file name describes, or None for any other file."""
    match = BACKUP_NAME.match(path.name)
    if not match:
        return None
    try:
        made_at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    if not path.is_file():
        return None
    return BackupFile(path, match["stem"], match["kind"], made_at, size, bool(match["sealed"]))


def list_backups(folders: Iterable[Path], stem: str | None = None) -> list[BackupFile]:
    """The program's backups in ``folders`` (of database ``stem`` if given), newest first."""
    found: dict[Path, BackupFile] = {}
    for folder in folders:
        try:
            entries = list(Path(folder).iterdir())
        except OSError:
            continue  # a stick that is not plugged in, a folder not made yet
        for entry in entries:
            info = parse_backup_name(entry)
            if info and (stem is None or info.stem == stem):
                found.setdefault(entry.resolve(), info)
    return sorted(found.values(), key=lambda b: (b.made_at, b.path.name), reverse=True)


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest automatic backups of ``stem``; return the deleted.

    Only files named like the program's automatic backups of that database
    are candidates: the clerk's own backups and every other file stay.
    """
    autos = [b for b in list_backups([folder], stem) if b.kind == AUTOMATIC]
    deleted = []
    for old in autos[max(keep, 1) :]:
        try:
            old.path.unlink()
        except OSError:
            continue  # read-only stick: keep going, the next exit tries again
        deleted.append(old.path)
    return deleted
