"""The program's lock on a database: ``<database>.lock``, shared by every process.

Three kinds of holders exclude each other as a restore needs:

- the **window** (one program per database): the *program* byte, exclusive,
  and the *write* byte, shared;
- a **writer** (every command of the command line that opens the database):
  the *write* byte, shared, so several commands and the window write side by
  side (SQLite serialises their transactions);
- a **restore**: both bytes, exclusive, so no writer runs while the file is
  replaced, and no restore starts while anybody writes.

The locks are byte-range locks of the operating system on bytes far beyond
the file's end (as SQLite does): open-file-description locks on Linux,
``LockFileEx`` on Windows. The system drops them when a process dies, so a
crash never locks the clerk out. Each holder also takes one of 64 *slot*
bytes and writes who it is (process, host, command) into that slot's record
at the start of the file: "who holds the database" reads the records of the
slots that are locked, and a dead holder's record is simply ignored.

The file is created readable by its owner only (0600 on POSIX); the last
holder to leave removes it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import struct
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, UserError

WINDOW, WRITER, RESTORE = "window", "writer", "restore"

_BASE = 0x40000000  # 1 GiB: never part of the records
_PROGRAM, _WRITE, _SLOT0 = _BASE, _BASE + 1, _BASE + 16
_SLOTS = 64
_RECORD = 256

#: how long a command waits for a restore to end before giving up (seconds)
WAIT_SECONDS = float(os.environ.get("RV_DESKTOP_LOCK_WAIT", "5"))


class DatabaseInUse(UserError):
    """Another process holds the database in a way that excludes this one."""


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    what: str  # "window", "restore" or the command's name
    since: str


# --- byte-range locks: one small function per platform ------------------------------

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _OVERLAPPED(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _k32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _D = wintypes.DWORD
    _k32.LockFileEx.argtypes = [wintypes.HANDLE, _D, _D, _D, _D, ctypes.POINTER(_OVERLAPPED)]
    _k32.LockFileEx.restype = wintypes.BOOL
    _k32.UnlockFileEx.argtypes = [wintypes.HANDLE, _D, _D, _D, ctypes.POINTER(_OVERLAPPED)]
    _k32.UnlockFileEx.restype = wintypes.BOOL
    _LOCKFILE_FAIL_IMMEDIATELY, _LOCKFILE_EXCLUSIVE_LOCK = 1, 2

    def _lock(fd: int, offset: int, exclusive: bool) -> bool:
        ov = _OVERLAPPED(0, 0, offset & 0xFFFFFFFF, offset >> 32, None)
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = msvcrt.get_osfhandle(fd)
        return bool(_k32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(ov)))

    def _unlock(fd: int, offset: int) -> None:
        ov = _OVERLAPPED(0, 0, offset & 0xFFFFFFFF, offset >> 32, None)
        _k32.UnlockFileEx(msvcrt.get_osfhandle(fd), 0, 1, 0, ctypes.byref(ov))

    def _relock(fd: int, offset: int, exclusive: bool) -> bool:
        # Windows cannot convert a lock: drop it, try the new one, restore on failure
        _unlock(fd, offset)
        if _lock(fd, offset, exclusive):
            return True
        _lock(fd, offset, not exclusive)
        return False

else:
    import errno
    import fcntl

    # open-file-description locks (Linux): held per open file, not per process,
    # so two locks of one process exclude each other as two processes' would
    _SETLK = getattr(fcntl, "F_OFD_SETLK", fcntl.F_SETLK)

    def _flock(kind: int, offset: int) -> bytes:
        data = struct.pack("@hhqqi", kind, os.SEEK_SET, offset, 1, 0)
        return data + b"\0" * (32 - len(data)) if len(data) < 32 else data

    def _lock(fd: int, offset: int, exclusive: bool) -> bool:
        kind = fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK
        try:
            fcntl.fcntl(fd, _SETLK, _flock(kind, offset))
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int, offset: int) -> None:
        fcntl.fcntl(fd, _SETLK, _flock(fcntl.F_UNLCK, offset))

    def _relock(fd: int, offset: int, exclusive: bool) -> bool:
        return _lock(fd, offset, exclusive)  # POSIX converts in place


# --- the lock ---------------------------------------------------------------------


def lock_path(db_path: str | os.PathLike) -> Path:
    return Path(str(Path(db_path).expanduser().absolute()) + ".lock")


class DatabaseLock:
    """One holder's lock on ``<db>.lock`` (see the module docstring for the kinds)."""

    def __init__(self, db_path: str | os.PathLike, kind: str = WINDOW, what: str | None = None):
        self.path = lock_path(db_path)
        self.kind = kind
        self.what = what or kind
        self._fd: int | None = None
        self._slot: int | None = None
        self._held: list[tuple[int, bool]] = []
        self._blocked_by: list[Holder] = []
        self._failed_os: OSError | None = None

    # the parts of a kind: (byte, exclusive)
    def _parts(self) -> list[tuple[int, bool]]:
        if self.kind == WINDOW:
            return [(_PROGRAM, True), (_WRITE, False)]
        if self.kind == RESTORE:
            return [(_PROGRAM, True), (_WRITE, True)]
        return [(_WRITE, False)]

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        if os.name == "posix":
            try:
                os.fchmod(fd, 0o600)  # a file left by an older version
            except OSError:
                pass
        return fd

    def try_acquire(self) -> bool:
        """One attempt, without waiting. False when another holder excludes this one
        (``blocked_by`` says who) or the file cannot be made (``held_by_other`` is False)."""
        if self._fd is not None:
            return True
        self._blocked_by, self._failed_os = [], None
        try:
            fd = self._open()
        except OSError as exc:
            self._failed_os = exc
            return False
        held: list[tuple[int, bool]] = []
        try:
            for offset, exclusive in self._parts():
                if not _lock(fd, offset, exclusive):
                    self._blocked_by = _holders(fd) or [Holder(0, "?", "?", "?")]
                    return self._give_up(fd, held)
                held.append((offset, exclusive))
            if not _same_file(fd, self.path):  # removed by the last holder meanwhile
                return self._give_up(fd, held, retry=True)
            slot = next((i for i in range(_SLOTS) if _lock(fd, _SLOT0 + i, True)), None)
            if slot is not None:
                _write_record(fd, slot, self.what)
        except OSError as exc:
            self._failed_os = exc
            return self._give_up(fd, held)
        self._fd, self._held, self._slot = fd, held, slot
        return True

    def _give_up(self, fd: int, held: list, retry: bool = False) -> bool:
        for offset, _ in held:
            _unlock(fd, offset)
        os.close(fd)
        return self.try_acquire() if retry else False

    def acquire(self, wait: float = 0.2) -> bool:
        """Try for up to ``wait`` seconds."""
        deadline = time.monotonic() + wait
        while True:
            if self.try_acquire():
                return True
            if self._failed_os is not None or time.monotonic() >= deadline:
                return False
            time.sleep(0.1)

    def held_by_other(self) -> bool:
        """After a failed ``acquire``: True when another process holds the lock
        (not when the folder merely cannot be written)."""
        return self._failed_os is None and bool(self._blocked_by)

    @property
    def blocked_by(self) -> list[Holder]:
        return list(self._blocked_by)

    def owner(self) -> tuple[int, str]:
        """(process id, host name) of one holder that excluded this lock."""
        first = next(iter(self._blocked_by), None)
        return (first.pid, first.host) if first else (0, "")

    def make_exclusive(self) -> bool:
        """A window about to restore: take the write byte exclusively (others: see
        ``blocked_by``). ``make_shared`` gives it back."""
        assert self._fd is not None
        if not _relock(self._fd, _WRITE, True):
            self._blocked_by = _holders(self._fd, skip=self._slot) or [Holder(0, "?", "?", "?")]
            return False
        if self._slot is not None:
            _write_record(self._fd, self._slot, RESTORE)
        return True

    def make_shared(self) -> None:
        assert self._fd is not None
        _relock(self._fd, _WRITE, False)
        if self._slot is not None:
            _write_record(self._fd, self._slot, self.what)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            for offset, _ in self._held:
                _unlock(fd, offset)
            self._held = []
            # the last one out removes the file: only when nobody else holds any part
            if _lock(fd, _PROGRAM, True) and _lock(fd, _WRITE, True):
                try:
                    os.unlink(self.path)
                except OSError:
                    pass  # Windows keeps a file other processes have open
        finally:
            os.close(fd)  # drops every lock of this open file


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _write_record(fd: int, slot: int, what: str) -> None:
    record = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "what": what,
        "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
    }
    data = json.dumps(record, ensure_ascii=False).encode()[: _RECORD - 1]
    os.lseek(fd, slot * _RECORD, os.SEEK_SET)
    os.write(fd, data.ljust(_RECORD - 1) + b"\n")


def _holders(fd: int, skip: int | None = None) -> list[Holder]:
    """Who holds slots of the file: a slot this process cannot lock is held."""
    found = []
    for slot in range(_SLOTS):
        if slot == skip:
            continue
        if _lock(fd, _SLOT0 + slot, True):
            _unlock(fd, _SLOT0 + slot)
            continue
        try:
            os.lseek(fd, slot * _RECORD, os.SEEK_SET)
            data = json.loads(os.read(fd, _RECORD).decode("utf-8", "replace"))
            found.append(Holder(int(data["pid"]), str(data["host"]), str(data["what"]),
                                str(data["since"])))
        except (OSError, ValueError, KeyError, TypeError):
            found.append(Holder(0, "?", "?", "?"))
    # the exclusive holders first: they are the ones that exclude (owner(), messages)
    return sorted(found, key=lambda h: {RESTORE: 0, WINDOW: 1}.get(h.what, 2))


def in_use_error(path: Path, holders: list[Holder]) -> DatabaseInUse:
    """"in use by …", naming the first holder (a command, ``restore`` or ``window``)."""
    first = holders[0] if holders else Holder(0, "?", "?", "?")
    return DatabaseInUse(
        "db_in_use_by",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The database {path} is in use by {what} (process {pid} on {host}, since "
            "{since}). Nothing was changed; try again when it is done.",
        ),
        path=path,
        what=first.what,
        pid=first.pid,
        host=first.host,
        since=first.since,
    )


def hold(db_path: str | os.PathLike, what: str, wait: float | None = None) -> DatabaseLock:
    """Take the writer lock for a command, waiting a few seconds for a restore to end.

    Raises ``DatabaseInUse`` naming the holder when it does not end in time.
    A folder that cannot be written is left to ``open_database`` to explain:
    the lock is then not held (returned unlocked).
    """
    lock = DatabaseLock(db_path, WRITER, what)
    if lock.acquire(WAIT_SECONDS if wait is None else wait) or not lock.held_by_other():
        return lock
    raise in_use_error(Path(db_path), lock.blocked_by)


def hold_for_restore(db_path: str | os.PathLike) -> DatabaseLock:
    """Take the lock for a restore, at once, or say who holds the database.

    A window that has the file open is asked to close; any other holder (a
    command writing, another restore) is named.
    """
    path = Path(db_path)
    lock = DatabaseLock(path, RESTORE, RESTORE)
    if lock.try_acquire():
        return lock
    if not lock.held_by_other():
        raise UserError(
            "db_folder_unwritable",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The folder {folder} cannot be written. Choose another place for the database.",
            ),
            folder=path.parent,
        )
    window = next((h for h in lock.blocked_by if h.what == WINDOW), None)
    if window is not None:
        raise DatabaseInUse(
            "db_in_use",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is open in the program (process {pid} on {host}). "
                "Close the program, then restore.",
            ),
            path=path,
            pid=window.pid,
            host=window.host,
        )
    raise in_use_error(path, lock.blocked_by)
