"""Backups: a consistent copy of the open database, verified, named by time.

SQLite's online backup API copies the database while the program runs and
other connections write; the copy is checked with ``PRAGMA integrity_check``
before it is given its final name, so a file in the backup folder is always
one that can be restored.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from ..domain import audit
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.models import db


class BackupError(UserError):
    pass


def backup_name(source: Path, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now()
    return f"{source.stem}-backup-{when:%Y%m%d-%H%M%S}.sqlite"


def backup_database(out_dir: str | os.PathLike) -> Path:
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
            reason=exc.strerror,
        ) from exc
    source = Path(db.obj.database)
    target = out_dir / backup_name(source)
    n = 1
    while target.exists():
        target = out_dir / f"{target.stem.split('~')[0]}~{n}.sqlite"
        n += 1
    partial = target.with_name(target.name + ".part")
    try:
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
        os.replace(partial, target)
    except OSError as exc:
        raise BackupError(
            "backup_write",
            QT_TRANSLATE_NOOP("UserError", "The backup could not be written to {folder}: {reason}"),
            folder=out_dir,
            reason=exc.strerror,
        ) from exc
    finally:
        if partial.exists():
            partial.unlink()
    with db.atomic():
        audit.log_action("backup", "database", note={"file": str(target)})
    return target
