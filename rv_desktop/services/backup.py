"""Backups: verified copies of the database, automatic ones, and restoring them.

``backup_database`` copies the open database with SQLite's online backup API
(consistent while the program runs and other connections write); the copy is
checked with ``PRAGMA integrity_check`` before it is given its final name, so
a file in the backup folder is always one that can be restored.

Names tell who made a file: ``<db>-backup-<YYYYMMDD-HHMMSS>.sqlite`` for a
backup the clerk asked for, ``<db>-auto-<YYYYMMDD-HHMMSS>.sqlite`` for the
automatic one on exit. Pruning keeps the last N automatic backups of a
database and never touches any other file in the folder.

``restore_backup`` checks a backup (integrity, ours, a schema this program
knows), keeps the current file aside (``<db>.before-restore-<time>.sqlite``),
replaces the file in one rename and opens it (an older schema is upgraded by
the usual migrations).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain import audit
from ..domain import db as dbmod
from ..domain.errors import QT_TRANSLATE_NOOP, UserError, system_reason
from ..domain.migrations import SCHEMA_VERSION
from ..domain.models import db
from ..domain.transactions import disk_full_error, is_disk_full, write_transaction

MANUAL, AUTOMATIC = "backup", "auto"

#: every file the program writes into a backup folder, and only those
BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<kind>backup|auto)-(?P<stamp>\d{8}-\d{6})(?:~\d+)?\.sqlite$"
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


def backup_name(source: Path, when: dt.datetime | None = None, kind: str = MANUAL) -> str:
    when = when or dt.datetime.now()
    return f"{source.stem}-{kind}-{when:%Y%m%d-%H%M%S}.sqlite"


def backup_database(
    out_dir: str | os.PathLike, kind: str = MANUAL, when: dt.datetime | None = None
) -> Path:
    """Copy the bound database into ``out_dir``; return the verified file."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            "backup_folder",
            QT_TRANSLATE_NOOP(
                "UserError", "The backup folder {folder} cannot be created: {reason}"
            ),
            folder=out_dir,
            reason=system_reason(exc),
        ) from exc
    source = Path(db.obj.database)
    remove_partial_backups(out_dir)
    target = out_dir / backup_name(source, when, kind)
    # one .part per process and call: three backups in the same second never share one
    partial = out_dir / f"{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part"
    try:
        dbmod.private_file(partial)
        dst = sqlite3.connect(str(partial))
        try:
            db.connection().backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            result = dst.execute("PRAGMA integrity_check").fetchall()
        finally:
            dst.close()
        if result != [("ok",)]:
            raise BackupError(
                "backup_unsound",
                QT_TRANSLATE_NOOP(
                    "UserError", "The backup copy failed its integrity check: {detail}"
                ),
                detail="; ".join(r[0] for r in result[:5]),
            )
        _fsync(partial)
        target = _give_name(partial, target)
        _fsync_folder(out_dir)
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc):
            raise disk_full_error(out_dir) from exc
        raise BackupError(
            "backup_write",
            QT_TRANSLATE_NOOP("UserError", "The backup could not be written to {folder}: {reason}"),
            folder=out_dir,
            reason=system_reason(exc),
        ) from exc
    finally:
        _remove(partial)
    # IMMEDIATE: take the write lock first, so a writer on another connection
    # makes this wait (busy_timeout) rather than fail on a stale read snapshot
    try:
        with write_transaction():
            audit.log_action("backup", "database", note={"file": str(target), "kind": kind})
    except UserError:
        _remove(target)  # not audited: not made
        raise
    return target


def _give_name(partial: Path, target: Path) -> Path:
    """Rename ``partial`` to ``target`` or ``target~N``, never over another file."""
    n = 1
    stem = target.stem
    while True:
        try:
            os.link(partial, target)  # fails if the name is taken: no two backups share it
            return target
        except FileExistsError:
            target = target.with_name(f"{stem}~{n}.sqlite")
            n += 1
        except OSError:  # no hard links (FAT sticks): the name is checked, then taken
            if target.exists():
                target = target.with_name(f"{stem}~{n}.sqlite")
                n += 1
                continue
            os.replace(partial, target)
            return target


#: the temporary file of a backup: ``<backup name>.<pid>-<random>.part``
_PART_NAME = re.compile(r"^.+-(?:backup|auto)-\d{8}-\d{6}(?:~\d+)?\.sqlite\.(\d+)-[0-9a-f]+\.part$")


def remove_partial_backups(folder: str | os.PathLike) -> list[Path]:
    """Remove the ``.part`` files of backups killed before they ended (their process is gone)."""
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _PART_NAME.match(entry.name)
        if not match or _process_alive(int(match[1])):
            continue
        for leftover in (entry, Path(str(entry) + "-journal")):
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                pass
    return removed


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


# --- the backups in a folder --------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    """A file the program wrote into a backup folder, known by its name."""

    path: Path
    stem: str  # the database it was made from (file name without suffix)
    kind: str  # MANUAL or AUTOMATIC
    made_at: dt.datetime
    size: int


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
    return BackupFile(path, match["stem"], match["kind"], made_at, size)


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


# --- restore ---------------------------------------------------------------------


@dataclass
class BackupCheck:
    """What a backup holds, once it passed the checks."""

    path: Path
    schema_version: int
    cases: int
    campaigns: int


@dataclass
class RestoreResult:
    db_path: Path
    backup: Path
    kept_aside: Path | None  # the file that was replaced, or None if there was none
    schema_version_found: int
    schema_version: int
    cases: int
    campaigns: int

    @property
    def migrated(self) -> bool:
        return self.schema_version_found < self.schema_version

    def as_json(self) -> dict:
        return {
            "db": str(self.db_path),
            "backup": str(self.backup),
            "kept_aside": str(self.kept_aside) if self.kept_aside else None,
            "schema_version_found": self.schema_version_found,
            "schema_version": self.schema_version,
            "migrated": self.migrated,
            "cases": self.cases,
            "campaigns": self.campaigns,
        }


def _refuse(path: Path, code: str, template: str, **values) -> RestoreError:
    return RestoreError(code, template, path=path, **values)


def _check_connection(con: sqlite3.Connection, path: Path, full: bool) -> BackupCheck:
    """The checks a backup must pass, on an open connection to it."""
    try:
        rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise _refuse(
                path,
                "backup_damaged",
                QT_TRANSLATE_NOOP(
                    "UserError", "The backup {path} is damaged and cannot be restored: {reason}"
                ),
                reason="; ".join(str(r[0]) for r in rows[:3]),
            )
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != dbmod.APPLICATION_ID or version < 1:
            raise _refuse(
                path,
                "backup_foreign",
                QT_TRANSLATE_NOOP(
                    "UserError", "{path} is not a backup of this program's database."
                ),
            )
        if version > SCHEMA_VERSION:
            raise _refuse(
                path,
                "backup_too_new",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The backup {path} was written by a newer version of this program "
                    "(schema {found}; this version knows {known}). Install the newer "
                    "version to restore it.",
                ),
                found=version,
                known=SCHEMA_VERSION,
            )
        counts = {key: con.execute(sql).fetchone()[0] for key, sql in _COUNT_SQL.items()}
    except sqlite3.DatabaseError as exc:
        raise _refuse(
            path,
            "backup_damaged",
            QT_TRANSLATE_NOOP(
                "UserError", "The backup {path} is damaged and cannot be restored: {reason}"
            ),
            reason=str(exc),
        ) from exc
    return BackupCheck(path, version, counts["cases"], counts["campaigns"])


def _open_backup(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup file, after a look at its header."""
    if not path.is_file():
        raise _refuse(
            path,
            "backup_missing",
            QT_TRANSLATE_NOOP("UserError", "The backup {path} does not exist."),
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise _refuse(
            path,
            "backup_unreadable",
            QT_TRANSLATE_NOOP("UserError", "The backup {path} cannot be read: {reason}"),
            reason=system_reason(exc),
        ) from exc
    if header != b"SQLite format 3\x00":
        raise _refuse(
            path,
            "backup_foreign",
            QT_TRANSLATE_NOOP("UserError", "{path} is not a backup of this program's database."),
        )
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def check_backup(path: str | os.PathLike, full: bool = True) -> BackupCheck:
    """Check a backup file without changing it; raise ``RestoreError`` if it cannot be restored.

    ``full=False`` runs the quick check only (for listing many backups).
    """
    path = Path(path)
    try:
        con = _open_backup(path)
    except sqlite3.Error as exc:
        raise _refuse(
            path,
            "backup_unreadable",
            QT_TRANSLATE_NOOP("UserError", "The backup {path} cannot be read: {reason}"),
            reason=str(exc),
        ) from exc
    try:
        return _check_connection(con, path, full)
    finally:
        con.close()


def backup_counts(path: Path) -> tuple[int, int] | None:
    """(cases, campaigns) of a backup, cheaply, or None when it cannot be read."""
    try:
        con = _open_backup(path)
    except (RestoreError, sqlite3.Error):
        return None
    try:
        return tuple(con.execute(sql).fetchone()[0] for sql in _COUNT_SQL.values())  # type: ignore[return-value]
    except sqlite3.Error:
        return None
    finally:
        con.close()


def restore_backup(
    backup_file: str | os.PathLike,
    db_path: str | os.PathLike,
    actor: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` by ``backup_file``: see ``restore_swap``."""
    from .restore_swap import restore_backup as _restore

    return _restore(backup_file, db_path, actor, progress)


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
