"""The open database of the running program: its file, its lock, its events.

Only one database is open at a time. ``Session.open`` takes the lock file,
binds the database (creating or upgrading it) and announces it; ``switch``
does the same for another file and gives the old one back only when the new
one opened, so a bad choice leaves the clerk where they were.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from ..domain import db as dbmod
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..paths import backups_dir
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


class Session:
    def __init__(self, events: AppEvents | None = None):
        self.events = events or AppEvents()
        self.path: Path | None = None
        self._lock: DatabaseLock | None = None

    def open(self, path: Path) -> None:
        path = Path(path).expanduser().absolute()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # open_database explains an unwritable folder
        lock = DatabaseLock(path)
        if not lock.acquire() and lock.held_by_other():
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
        try:
            dbmod.open_database(path, actor=_actor())
        except UserError:
            lock.release()
            raise
        self.path = path
        self._lock = lock
        window_state.set_value(window_state.LAST_DATABASE, str(path))
        self.events.database_opened.emit(str(path))

    def switch(self, path: Path) -> None:
        old_path, old_lock = self.path, self._lock
        dbmod.close_database()
        if old_lock:
            old_lock.release()
        try:
            self.open(path)
        except UserError:
            if old_path is not None:
                self.open(old_path)
            raise

    def backups_dir(self) -> Path:
        return backups_dir()

    def close(self) -> None:
        dbmod.close_database()
        if self._lock:
            self._lock.release()
            self._lock = None
