"""The open database of the running program: its file, its lock, its events.

Only one database is open at a time. ``Session.open`` takes the lock file,
binds the database (creating or upgrading it) and announces it; ``switch``
does the same for another file and gives the old one back only when the new
one opened, so a bad choice leaves the clerk where they were.

A restore (``begin_restore`` / ``restore_file`` / ``finish_restore``) keeps
the lock throughout: every connection is closed, the file replaced by the
backup service, and the database opened again, while no other copy of the
program can step in. The backup settings of this PC come from
``window_state``.
"""

from __future__ import annotations

import gc
import getpass
from pathlib import Path

from PySide6.QtCore import QThreadPool

from ..domain import db as dbmod
from ..domain.dblock import in_use_error
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..paths import backups_dir, data_dir
from ..services.backup import (
    AutoBackupPolicy,
    RestoreResult,
    remove_partial_backups,
    restore_backup,
)
from ..services.print_retention import prune_prints
from . import window_state
from .dblock import DatabaseLock
from .events import AppEvents


class DatabaseInUse(UserError):
    pass


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts): still audit something
        return "clerk"


def login_name() -> str:
    """This PC's login, the audit's actor (never shown as a person's name)."""
    return _actor()


class Session:
    def __init__(self, events: AppEvents | None = None):
        self.events = events or AppEvents()
        self.path: Path | None = None
        self._lock: DatabaseLock | None = None
        self._open = False
        self._was_open = False

    @property
    def is_open(self) -> bool:
        return self._open

    def _take_lock(self, path: Path) -> DatabaseLock:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # open_database explains an unwritable folder
        lock = DatabaseLock(path)
        if not lock.acquire() and lock.held_by_other():
            if any(h.what == "restore" for h in lock.blocked_by):  # a restore of the command line
                raise in_use_error(path, lock.blocked_by)
            pid, host = lock.owner()
            raise DatabaseInUse(
                "db_in_use",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{path} is already open in another copy of the program "
                    "(process {pid} on {host}). Close it there first.",
                ),
                path=path,
                pid=pid,
                host=host,
            )
        return lock

    def open(self, path: Path, create: bool = False) -> None:
        """Open ``path``; a missing file is refused (nothing made) unless ``create``."""
        path = Path(path).expanduser().absolute()
        if not create:
            dbmod.require_existing(path)  # before the lock: no folder, no lock file
        lock = self._take_lock(path)
        dbmod.remove_restore_leftovers(path)  # a restore killed earlier
        for folder in self.backup_folders():
            remove_partial_backups(folder)  # backups killed earlier (their process is gone)
        prune_prints(data_dir() / "prints", window_state.prints_keep_days())
        try:
            dbmod.open_database(path, actor=_actor(), create=create)
        except UserError:
            lock.release()
            raise
        except Exception:  # SQLite finds damage while opening (recovery.py says so)
            dbmod.close_database()
            lock.release()
            raise
        self.path = path
        self._lock = lock
        self._opened()

    def _opened(self) -> None:
        self._open = True
        window_state.set_value(window_state.LAST_DATABASE, str(self.path))
        self.events.database_opened.emit(str(self.path))

    def switch(self, path: Path, create: bool = False) -> None:
        old_path, old_lock = self.path, self._lock
        if not create:
            dbmod.require_existing(path)  # refused before the open database is let go
        self._quiesce()
        dbmod.close_database(all_threads=True)
        self._open = False
        if old_lock:
            old_lock.release()
        try:
            self.open(path, create=create)
        except UserError:
            if old_path is not None:
                self.open(old_path)
            raise

    # --- backups -------------------------------------------------------------

    def backups_dir(self) -> Path:
        """The default backups folder, in the user data folder."""
        return backups_dir()

    def backup_policy(self) -> AutoBackupPolicy:
        return window_state.backup_policy()

    def backup_folders(self) -> list[Path]:
        """Where backups are looked for: the chosen folder, then the default one."""
        chosen = self.backup_policy().folder
        folders = [Path(chosen)] if chosen else []
        return folders + [f for f in [self.backups_dir()] if f not in folders]

    def begin_restore(self, path: Path | None = None) -> Path:
        """Close every connection to the database, keeping (or taking) its lock.

        ``path`` is for the start-up recovery, when no database is open yet.
        Call in the GUI thread, before the restore's worker starts.
        """
        self._was_open = self._open
        if not self._open:
            path = Path(path or self.path).expanduser().absolute()
            self._lock = self._take_lock(path)
            self.path = path
        if not self._lock.make_exclusive():  # commands of the command line are writing
            error = in_use_error(self.path, self._lock.blocked_by)
            if not self._was_open:
                self._lock.release()
                self._lock = None
            raise error
        self._quiesce()
        dbmod.close_database(all_threads=True)
        self._open = False
        return self.path

    def restore_file(self, backup: Path, progress=None, passphrase=None) -> RestoreResult:
        """Replace the database by ``backup`` and open it (may run in a worker)."""
        return restore_backup(backup, self.path, _actor(), progress, passphrase)

    def finish_restore(self, restored: bool) -> None:
        """Announce the restored database, or go back to the unchanged one."""
        if self._lock is not None and self._lock.is_locked:
            self._lock.make_shared()
        if restored:
            self._opened()
            return
        if self._was_open:
            dbmod.open_database(self.path, actor=_actor())
            self._opened()
        else:
            self.close()

    @staticmethod
    def _quiesce() -> None:
        """Let running background work end: a connection must never close under a query.

        Garbage is collected here first, in the GUI thread: while this thread
        waits, the workers allocate, and a collection they trigger would
        destroy any widget left in a reference cycle in the wrong thread.
        """
        gc.collect()
        QThreadPool.globalInstance().waitForDone()

    def close(self) -> None:
        self._quiesce()
        dbmod.close_database(all_threads=True)
        self._open = False
        if self._lock:
            self._lock.release()
            self._lock = None
