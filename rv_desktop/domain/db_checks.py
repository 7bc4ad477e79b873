"""SQLite's own checks of the open database, and telling its "the file is damaged"
errors from the others (``is_damage``); re-exported by ``db``."""

from __future__ import annotations

import sqlite3

from peewee import SqliteDatabase

from .models import db


def quick_check_connection(con: sqlite3.Connection) -> list[str]:
    """``PRAGMA quick_check`` on a plain sqlite3 connection; an empty list means sound."""
    rows = con.execute("PRAGMA quick_check").fetchall()
    return [] if rows == [("ok",)] else [r[0] for r in rows]


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_DAMAGE_WORDS = ("malformed", "not a database", "file is encrypted", "disk image")


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's errors that mean the file itself is damaged.

    SQLITE_CORRUPT and SQLITE_NOTADB, raised by sqlite3 or wrapped by peewee
    (both carry SQLite's text; the cause chain is followed a few steps); a
    locked database or a broken constraint is not damage.
    """
    seen = 0
    error: BaseException | None = exc
    while error is not None and seen < 4:
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return True
        if isinstance(error, sqlite3.DatabaseError) or type(error).__module__ == "peewee":
            text = str(error).lower()
            if any(word in text for word in _DAMAGE_WORDS):
                return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def schema_version(database: SqliteDatabase | None = None) -> int:
    return (database or db.obj).execute_sql("PRAGMA user_version").fetchone()[0]


def quick_check(database: SqliteDatabase | None = None) -> list[str]:
    """SQLite's quick check; an empty list means sound."""
    rows = (database or db.obj).execute_sql("PRAGMA quick_check").fetchall()
    return [] if rows == [("ok",)] else [r[0] for r in rows]


def integrity_check(database: SqliteDatabase | None = None) -> list[str]:
    """SQLite's full integrity and foreign-key checks; an empty list means sound."""
    database = database or db.obj
    rows = database.execute_sql("PRAGMA integrity_check").fetchall()
    problems = [] if rows == [("ok",)] else [r[0] for r in rows]
    for table, rowid, parent, _fk in database.execute_sql("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid}: missing {parent}")
    return problems
