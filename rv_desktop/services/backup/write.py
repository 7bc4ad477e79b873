"""Writing a verified backup copy of the open database."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sqlite3
from pathlib import Path

from ...domain import audit
from ...domain import db as dbmod
from ...domain.errors import QT_TRANSLATE_NOOP, UserError, os_errors_as, system_reason
from ...domain.models import db
from ...domain.transactions import disk_full_error, is_disk_full, write_transaction
from .names import (
    MANUAL,
    BackupError,
    _fsync,
    _fsync_folder,
    _remove,
    backup_name,
    remove_partial_backups,
)
from .office_key import backup_key, needs_sealing
from .sealed import seal_file


def backup_database(
    out_dir: str | os.PathLike, kind: str = MANUAL, when: dt.datetime | None = None
) -> Path:
    """Copy the bound database into ``out_dir``; return the verified file.

    Outside the data folder (``office_key.needs_sealing``) the copy is made and
    verified in the database's folder, then sealed into ``out_dir`` with the
    office's backup key (``sealed.py``), named ``….sqlite.enc``."""
    out_dir = _made_folder(Path(out_dir))
    source = Path(db.obj.database)
    sealing = needs_sealing(out_dir, source)
    office = backup_key(out_dir) if sealing else None
    remove_partial_backups(out_dir)
    target = out_dir / backup_name(source, when, kind, sealed=sealing)
    # one .part per process and call: three backups in the same second never share one
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    partial = out_dir / f"{target.name}.{token}.part"
    # a sealed backup's plain copy stays in the database's folder, never on the stick
    plain = source.parent / f"{backup_name(source, when, kind)}.{token}.part" if sealing else None
    if plain is not None:
        remove_partial_backups(source.parent)
    try:
        _verified_copy(plain or partial)
        if office is not None:
            dbmod.private_file(partial)
            seal_file(plain, partial, office.key, office.wrapped)
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
        if plain is not None:
            _remove(plain)
    # IMMEDIATE: take the write lock first, so a writer on another connection
    # makes this wait (busy_timeout) rather than fail on a stale read snapshot
    try:
        with write_transaction():
            note = {"file": str(target), "kind": kind, "encrypted": sealing}
            audit.log_action("backup", "database", note=note)
    except UserError:
        _remove(target)  # not audited: not made
        raise
    return target


def _made_folder(out_dir: Path) -> Path:
    failed = QT_TRANSLATE_NOOP(
        "UserError", "The backup folder {folder} cannot be created: {reason}"
    )
    with os_errors_as(BackupError, "backup_folder", failed, folder=out_dir):
        out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir


def _verified_copy(partial: Path) -> None:
    """The bound database copied to ``partial`` (private) and checked whole."""
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
            QT_TRANSLATE_NOOP("UserError", "The backup copy failed its integrity check: {detail}"),
            detail="; ".join(r[0] for r in result[:5]),
        )


def _give_name(partial: Path, target: Path) -> Path:
    """Rename ``partial`` to ``target`` or ``target~N``, never over another file."""
    n = 1
    suffix = ".sqlite.enc" if target.name.endswith(".sqlite.enc") else ".sqlite"
    stem = target.name[: -len(suffix)]
    while True:
        try:
            os.link(partial, target)  # fails if the name is taken: no two backups share it
            return target
        except FileExistsError:
            target = target.with_name(f"{stem}~{n}{suffix}")
            n += 1
        except OSError:  # no hard links (FAT sticks): the name is checked, then taken
            if target.exists():
                target = target.with_name(f"{stem}~{n}{suffix}")
                n += 1
                continue
            os.replace(partial, target)
            return target
