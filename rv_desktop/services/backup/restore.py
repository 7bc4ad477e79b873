"""Putting a backup in place of the database, so that no step can lose data.

The caller holds the program's lock exclusively (``domain/dblock.py``: the
command line's ``restore`` kind, or the window made exclusive), so no other
process of the program writes meanwhile. Order:

1. copy the backup next to the database (``<db>.restore-tmp``) with the
   backup API and check that copy fully (integrity, ours, known schema); a
   refusal here changes nothing;
2. close this process's connections; open the live file once more and
   checkpoint its WAL into the main file (``wal_checkpoint(TRUNCATE)``), then
   leave WAL mode, which SQLite allows only when no other connection exists
   (anybody else's open connection refuses the restore: "in use");
3. copy the live file aside as ``<db>.before-restore-<time>.sqlite.part``,
   synced, then renamed to its final name: a file named like a kept copy is
   always a whole one;
4. take SQLite's own EXCLUSIVE lock on the live file (no reader, no writer,
   not even a program that ignores our lock file) and rename the checked copy
   over it, still holding the lock on POSIX (Windows cannot rename over an
   open file: there the lock is dropped just before the rename);
5. open the restored file (an older schema is upgraded) and audit.

Killed at any point, the database file is either the old one (whole: its
WAL was checkpointed before anything moved) or the restored one; what is
left over (``.restore-tmp``, a ``.part`` kept copy) is named for what it is
and removed at the next start (``remove_restore_leftovers``).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ...domain import audit
from ...domain import db as dbmod
from ...domain.errors import QT_TRANSLATE_NOOP, os_errors_as
from ...domain.models import db
from .check import BackupCheck, RestoreResult, check_connection, open_backup
from .names import RestoreError, _fsync, _fsync_folder, _remove, damaged
from .sealed import is_sealed, open_sealed

_BUSY = ("locked", "busy")


def _reached(step: str) -> None:
    """Where the kill tests stop a restore dead (``RV_DESKTOP_KILL_AT``): a real SIGKILL."""
    if os.environ.get("RV_DESKTOP_KILL_AT") == step:
        import signal

        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def restore_backup(
    backup_file: str | os.PathLike,
    db_path: str | os.PathLike,
    actor: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    passphrase: str | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` by ``backup_file``, keeping the old file aside.

    An encrypted backup (``backup/sealed.py``) is opened with ``passphrase``
    into the checked copy; a missing or wrong one is refused in step 1."""
    backup_file, db_path = Path(backup_file), Path(db_path).expanduser().absolute()
    step = progress or (lambda done, total: None)
    _refuse_the_database_itself(backup_file, db_path)
    step(0, 4)
    tmp = db_path.with_name(db_path.name + ".restore-tmp")
    dbmod.remove_restore_leftovers(db_path)
    live: sqlite3.Connection | None = None
    failed = QT_TRANSLATE_NOOP(
        "UserError", "The backup could not be put in place of {path}: {reason}"
    )
    with os_errors_as(RestoreError, "restore_write", failed, path=db_path):
        try:
            check = (
                _unseal_checked(backup_file, tmp, passphrase)
                if is_sealed(backup_file)
                else _copy_checked(backup_file, tmp)
            )
            _reached("copied")
            step(1, 4)
            if db.obj is not None and Path(db.obj.database).absolute() == db_path:
                dbmod.close_database(all_threads=True)  # the caller stopped all other work
            live, kept = _quiet_and_keep_aside(db_path)
            step(2, 4)
            if os.name == "nt" and live is not None:  # pragma: no cover - Windows
                live.close()
                live = None
            for suffix in ("-wal", "-shm", "-journal"):
                _remove(Path(str(db_path) + suffix))
            _reached("swapping")
            os.replace(tmp, db_path)
            _fsync_folder(db_path.parent)
            _reached("swapped")
        finally:
            if live is not None:
                live.close()  # the lock was on the replaced file: nothing to roll back
            _remove(tmp)
    step(3, 4)
    dbmod.open_database(db_path, actor=actor)
    _audit_restore(backup_file, kept, check)
    step(4, 4)
    return RestoreResult(
        db_path,
        backup_file,
        kept,
        check.schema_version,
        dbmod.schema_version(),
        check.cases,
        check.campaigns,
    )


def _refuse_the_database_itself(backup_file: Path, db_path: Path) -> None:
    if backup_file.resolve() == db_path.resolve():
        raise RestoreError(
            "backup_is_database",
            QT_TRANSLATE_NOOP("UserError", "{path} is the database itself; choose a backup file."),
            path=backup_file,
        )


def _audit_restore(backup_file: Path, kept: Path | None, check: BackupCheck) -> None:
    with db.atomic("IMMEDIATE"):
        audit.log_action(
            "restore",
            "database",
            note={
                "backup": str(backup_file),
                "kept_aside": str(kept) if kept else None,
                "schema_version_found": check.schema_version,
            },
        )


def _in_use(db_path: Path, exc: Exception) -> RestoreError:
    return RestoreError(
        "restore_in_use",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is in use by another program ({reason}). Nothing was changed; "
            "close it, then restore.",
        ),
        path=db_path,
        reason=str(exc),
    )


def _quiet_and_keep_aside(db_path: Path) -> tuple[sqlite3.Connection | None, Path | None]:
    """Checkpoint, leave WAL mode, copy aside, lock: the live connection and the copy.

    A damaged live file (the start-up recovery restores over one) cannot be
    checkpointed: it is copied aside as it is, with its WAL.
    """
    if not db_path.exists():
        return None, None
    try:
        live = sqlite3.connect(str(db_path), timeout=2.0, isolation_level=None)
    except sqlite3.Error:
        return None, _keep_raw(db_path)
    try:
        busy, _log, _done = live.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise sqlite3.OperationalError("database is locked")
        _reached("checkpointed")
        live.execute("PRAGMA journal_mode = DELETE")
        _reached("left-wal")
        version = live.execute("PRAGMA data_version").fetchone()[0]
        kept = _aside_name(db_path)
        part = Path(str(kept) + ".part")
        dbmod.private_file(part)
        dst = sqlite3.connect(str(part))
        try:
            live.backup(dst)
        finally:
            dst.close()
        _fsync(part)
        _reached("kept-part")
        os.replace(part, kept)
        _reached("kept")
        live.execute("BEGIN EXCLUSIVE")
        if live.execute("PRAGMA data_version").fetchone()[0] != version:
            raise sqlite3.OperationalError("database is locked: written during the restore")
        _reached("locked")
    except sqlite3.OperationalError as exc:
        live.close()
        if any(word in str(exc).lower() for word in _BUSY):
            raise _in_use(db_path, exc) from exc
        return None, _keep_raw(db_path)
    except sqlite3.DatabaseError:
        live.close()
        return None, _keep_raw(db_path)
    return live, kept


def _aside_name(db_path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
    n = 1
    while aside.exists():
        aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}~{n}{db_path.suffix}")
        n += 1
    return aside


def _keep_raw(db_path: Path) -> Path:
    """Copy a file SQLite cannot checkpoint (damaged) and its WAL aside, byte for byte."""
    aside = _aside_name(db_path)
    _copy_file(db_path, aside)
    wal = Path(str(db_path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _copy_file(wal, Path(str(aside) + "-wal"))
    return aside


def _copy_file(src: Path, dst: Path) -> None:
    part = Path(str(dst) + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with src.open("rb") as fin, os.fdopen(fd, "wb") as fout:
        while chunk := fin.read(1 << 20):
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    os.replace(part, dst)


def _unseal_checked(backup_file: Path, tmp: Path, passphrase: str | None) -> BackupCheck:
    """Step 1 for an encrypted backup: decrypt into ``tmp`` (private), check it fully."""
    dbmod.private_file(tmp)
    open_sealed(backup_file, tmp, passphrase)
    try:
        con = sqlite3.connect(str(tmp))
        try:
            check = check_connection(con, backup_file, full=True)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(backup_file, str(exc)) from exc
    _fsync(tmp)
    return check


def _copy_checked(backup_file: Path, tmp: Path) -> BackupCheck:
    src = open_backup(backup_file)
    try:
        dbmod.private_file(tmp)
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            check = check_connection(dst, backup_file, full=True)
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(backup_file, str(exc)) from exc
    finally:
        src.close()
    _fsync(tmp)
    return check
