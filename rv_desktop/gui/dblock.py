"""One program per database: a lock file beside the database file.

``QLockFile`` writes the process id and host into ``<db>.lock`` and treats a
lock left by a crashed process as stale, so a crash never locks the clerk out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class DatabaseLock:
    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> bool:
        return self._lock.tryLock(200)

    def owner(self) -> tuple[int, str]:
        """(process id, host name) of whoever holds the lock."""
        info = self._lock.getLockInfo()  # (pid, host, app), empty when unreadable
        return (info[0], info[1]) if info and len(info) >= 2 else (0, "")

    def held_by_other(self) -> bool:
        """After a failed ``acquire``: True when another process holds the lock
        (not when the folder merely cannot be written)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
