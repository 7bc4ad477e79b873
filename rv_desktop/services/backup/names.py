"""Backup file names, the errors, leftover partial files, and durable file operations."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from ...domain.db_files import remove_with_journals
from ...domain.errors import QT_TRANSLATE_NOOP, UserError

MANUAL, AUTOMATIC = "backup", "auto"

#: every file the program writes into a backup folder, and only those
#: (``.sqlite.enc``: encrypted, written outside the data folder: ``sealed.py``)
BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<kind>backup|auto)-(?P<stamp>\d{8}-\d{6})(?:~\d+)?\.sqlite(?P<sealed>\.enc)?$"
)

#: what a restore checks a file for (cases and campaigns are counted for the list)
_COUNT_SQL = {
    "cases": 'SELECT count(*) FROM "case"',
    "campaigns": "SELECT count(*) FROM campaign",
}


class BackupError(UserError):
    pass


class RestoreError(UserError):
    """The backup cannot be restored; nothing was changed."""


def refused(path: Path, code: str, template: str, **values) -> RestoreError:
    """The ``RestoreError`` about the backup ``path``."""
    return RestoreError(code, template, path=path, **values)


def damaged(path: Path, reason: str) -> RestoreError:
    """The backup ``path`` cannot be restored: it is damaged (``reason``)."""
    return refused(
        path,
        "backup_damaged",
        QT_TRANSLATE_NOOP(
            "UserError", "The backup {path} is damaged and cannot be restored: {reason}"
        ),
        reason=reason,
    )


def backup_name(
    source: Path, when: dt.datetime | None = None, kind: str = MANUAL, sealed: bool = False
) -> str:
    when = when or dt.datetime.now()
    return f"{source.stem}-{kind}-{when:%Y%m%d-%H%M%S}.sqlite" + (".enc" if sealed else "")


#: the temporary file of a backup: ``<backup name>.<pid>-<random>.part``
_PART_NAME = re.compile(
    r"^.+-(?:backup|auto)-\d{8}-\d{6}(?:~\d+)?\.sqlite(?:\.enc)?\.(\d+)-[0-9a-f]+\.part$"
)


def remove_partial_backups(folder: str | os.PathLike) -> list[Path]:
    """Remove the ``.part`` files of backups killed before they ended (their process is gone)."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    dead = []
    for entry in entries:
        match = _PART_NAME.match(entry.name)
        if match and not _process_alive(int(match[1])):
            dead.append(entry)
    return remove_with_journals(dead)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (FAT sticks on Linux) refuse; the data is synced
    finally:
        os.close(fd)
