"""Checking a backup before a restore, and the restore's entry point."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ...domain import db as dbmod
from ...domain.errors import QT_TRANSLATE_NOOP, system_reason
from ...domain.migrations import SCHEMA_VERSION
from .names import _COUNT_SQL, RestoreError, refused

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


def _unreadable(path: Path, reason: str) -> RestoreError:
    return refused(
        path,
        "backup_unreadable",
        QT_TRANSLATE_NOOP("UserError", "The backup {path} cannot be read: {reason}"),
        reason=reason,
    )


def check_connection(con: sqlite3.Connection, path: Path, full: bool) -> BackupCheck:
    """The checks a backup must pass, on an open connection to it."""
    try:
        rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise refused(
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
            raise refused(
                path,
                "backup_foreign",
                QT_TRANSLATE_NOOP(
                    "UserError", "{path} is not a backup of this program's database."
                ),
            )
        if version > SCHEMA_VERSION:
            raise refused(
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
        raise refused(
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
        raise refused(
            path,
            "backup_missing",
            QT_TRANSLATE_NOOP("UserError", "The backup {path} does not exist."),
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise _unreadable(path, system_reason(exc)) from exc
    if header != b"SQLite format 3\x00":
        raise refused(
            path,
            "backup_foreign",
            QT_TRANSLATE_NOOP("UserError", "{path} is not a backup of this program's database."),
        )
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def open_backup(path: Path) -> sqlite3.Connection:
    """A read-only connection to the backup ``path``; a ``RestoreError`` when it cannot be read."""
    try:
        return _open_backup(path)
    except sqlite3.Error as exc:
        raise _unreadable(path, str(exc)) from exc


def check_backup(path: str | os.PathLike, full: bool = True) -> BackupCheck:
    """Check a backup file without changing it; raise ``RestoreError`` if it cannot be restored.

    ``full=False`` runs the quick check only (for listing many backups).
    """
    path = Path(path)
    con = open_backup(path)
    try:
        return check_connection(con, path, full)
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
