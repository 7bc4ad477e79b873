"""The automatic backup on exit: the policy, when it is due, running it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.models import db
from .folder import BackupFile, list_backups, prune_backups
from .names import AUTOMATIC, BackupError
from .write import backup_database

# --- automatic backup on exit ---------------------------------------------------


@dataclass(frozen=True)
class AutoBackupPolicy:
    """The clerk's choices for the automatic backup (kept per PC by the GUI)."""

    enabled: bool = True
    every_exit: bool = False  # False: at most once a day
    folder: Path | None = None  # None: the default backups folder
    keep: int = 10


def last_auto_backup(folders: Iterable[Path], stem: str) -> BackupFile | None:
    autos = [b for b in list_backups(folders, stem) if b.kind == AUTOMATIC]
    return autos[0] if autos else None


def auto_backup_due(
    policy: AutoBackupPolicy,
    folders: Iterable[Path],
    db_path: Path,
    now: dt.datetime | None = None,
) -> bool:
    """True when the program should back up on this exit.

    ``folders``: the chosen folder and the default one; the newest automatic
    backup in either counts (a day the stick was missing, it went to the default).
    """
    if not policy.enabled:
        return False
    if policy.every_exit:
        return True
    now = now or dt.datetime.now()
    last = last_auto_backup(folders, Path(db_path).stem)
    # a backup "from the future" (clock put back) does not stop backups for good
    return last is None or not (now - dt.timedelta(days=1) < last.made_at <= now)


@dataclass
class AutoBackupResult:
    file: Path
    folder: Path
    pruned: list[Path] = field(default_factory=list)
    #: why the chosen folder could not be used (the default one was), or None
    fell_back: BackupError | None = None


def run_auto_backup(
    policy: AutoBackupPolicy, default_folder: Path, when: dt.datetime | None = None
) -> AutoBackupResult:
    """Back up the bound database into the chosen folder (or the default one), then prune.

    A chosen folder that cannot be written (a stick not plugged in) falls
    back to the default folder, so the backup is never skipped; the result
    says so and why, for the clerk to hear.
    """
    stem = Path(db.obj.database).stem
    folder = Path(policy.folder) if policy.folder else default_folder
    fell_back = None
    try:
        if not folder.is_dir() and folder != default_folder:
            raise BackupError(
                "backup_folder_missing",
                QT_TRANSLATE_NOOP("UserError", "The backup folder {folder} is not available."),
                folder=folder,
            )
        target = backup_database(folder, AUTOMATIC, when)
    except BackupError as exc:
        if folder == default_folder:
            raise
        fell_back, folder = exc, default_folder
        target = backup_database(folder, AUTOMATIC, when)
    pruned = prune_backups(folder, stem, policy.keep)
    return AutoBackupResult(target, folder, pruned, fell_back)
