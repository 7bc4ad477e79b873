"""Write transactions that say what went wrong with the storage, not a traceback.

``write_transaction()`` is ``db.atomic("IMMEDIATE")``: the write lock is
taken when the transaction begins, so two imports at once queue on SQLite's
busy timeout instead of one failing half-way on a stale read snapshot. When
the timeout expires, or the disk is full, ``storage_error`` turns SQLite's
error into a ``UserError`` that says so, where, and that nothing was
changed (the transaction was rolled back).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError

from .errors import QT_TRANSLATE_NOOP, UserError
from .models import db

_BUSY = ("database is locked", "database is busy", "database table is locked")
_FULL = ("database or disk is full",)


class StorageError(UserError):
    """The database or the disk could not take the write; nothing was changed."""


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def is_disk_full(exc: BaseException) -> bool:
    for e in _chain(exc):
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return True
        if isinstance(e, OSError) and e.errno == errno.EFBIG:  # a size limit: full all the same
            return True
        if isinstance(e, (sqlite3.Error, PeeweeDatabaseError)) and any(
            word in str(e).lower() for word in _FULL
        ):
            return True
    return False


def is_busy(exc: BaseException) -> bool:
    return any(
        isinstance(e, (sqlite3.Error, PeeweeDatabaseError))
        and any(word in str(e).lower() for word in _BUSY)
        for e in _chain(exc)
    )


def disk_full_error(where: Path | str) -> StorageError:
    return StorageError(
        "disk_full",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The disk is full where {path} is written. Nothing was changed; "
            "free some space there and try again.",
        ),
        path=where,
    )


def busy_error(where: Path | str) -> StorageError:
    return StorageError(
        "db_busy",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The database {path} is busy: another program is writing to it. "
            "Nothing was changed; try again in a moment.",
        ),
        path=where,
    )


def storage_error(exc: BaseException, where: Path | str | None = None) -> StorageError | None:
    """The message for a full disk or a busy database, or None for any other error."""
    where = where if where is not None else (db.obj.database if db.obj is not None else "?")
    if is_disk_full(exc):
        return disk_full_error(where)
    if is_busy(exc):
        return busy_error(where)
    return None


@contextmanager
def write_transaction() -> Iterator[None]:
    """One IMMEDIATE transaction; a busy database or a full disk becomes a ``StorageError``."""
    try:
        with db.atomic("IMMEDIATE"):
            yield
    except (sqlite3.Error, PeeweeDatabaseError, OSError) as exc:
        error = storage_error(exc)
        if error is None:
            raise
        raise error from exc
