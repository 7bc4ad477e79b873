"""The office's backup key: what seals a backup written outside the data folder.

The key is 32 random bytes kept in the database (``Setting`` ``backup_key``)
with a copy wrapped by the clerk's backup passphrase (``backup_key_wrapped``,
an exchange-package container: ``crypto.seal``). The clerk sets the
passphrase once (``set_backup_passphrase``; the strength rules of
``domain/passphrase.py``); every sealed backup carries the wrapped copy, so
the passphrase alone opens it on a new PC. Setting a new passphrase wraps the
same key again: backups sealed before keep opening with the passphrase they
were written with. See docs/backups.md.

"Inside the data folder" is the program's data folder (``paths.data_dir()``)
or the folder of the database itself: a copy there is as private as the
database it copies, and stays plain SQLite.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ... import paths
from ...domain import audit
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.models import Setting, db
from .names import BackupError

__all__ = [
    "OfficeBackupKey",
    "backup_key",
    "has_backup_passphrase",
    "needs_sealing",
    "set_backup_passphrase",
]

KEY_SETTING = "backup_key"
WRAPPED_SETTING = "backup_key_wrapped"


@dataclass(frozen=True)
class OfficeBackupKey:
    key: bytes
    wrapped: bytes  # the key, sealed with the backup passphrase


def _inside(folder: Path, parent: Path) -> bool:
    try:
        folder.resolve().relative_to(parent.resolve())
    except (ValueError, OSError):
        return False
    return True


def needs_sealing(out_dir: str | os.PathLike, database: str | os.PathLike) -> bool:
    """True when a backup into ``out_dir`` leaves the data folder (and is encrypted)."""
    out_dir = Path(out_dir)
    return not (_inside(out_dir, paths.data_dir()) or _inside(out_dir, Path(database).parent))


def _stored() -> dict[str, str]:
    return dict(
        Setting.select(Setting.key, Setting.value)
        .where(Setting.key.in_([KEY_SETTING, WRAPPED_SETTING]))
        .tuples()
    )


def has_backup_passphrase() -> bool:
    rows = _stored()
    return bool(rows.get(KEY_SETTING) and rows.get(WRAPPED_SETTING))


def backup_key(folder: Path | None = None) -> OfficeBackupKey:
    """The office's key, or a clear refusal when no backup passphrase was set."""
    rows = _stored()
    if not (rows.get(KEY_SETTING) and rows.get(WRAPPED_SETTING)):
        raise BackupError(
            "backup_passphrase_unset",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{folder} is outside the program's data folder, so the backup is encrypted, "
                "and no backup passphrase is set yet. Set one (Settings ▸ Backups, or "
                "rv-desktop backup-passphrase), then back up again. Nothing was written.",
            ),
            folder=folder or "",
        )
    return OfficeBackupKey(bytes.fromhex(rows[KEY_SETTING]), bytes.fromhex(rows[WRAPPED_SETTING]))


def set_backup_passphrase(passphrase: str) -> bool:
    """Wrap the office's backup key (made now if there is none) with ``passphrase``.

    A weak passphrase is refused (``crypto.check_passphrase``); returns True
    when the key was made now.
    """
    from ..crypto import check_passphrase, seal

    check_passphrase(passphrase)
    rows = _stored()
    made = not rows.get(KEY_SETTING)
    key = os.urandom(32) if made else bytes.fromhex(rows[KEY_SETTING])
    wrapped = seal(key, passphrase).data
    with db.atomic():
        for name, value in ((KEY_SETTING, key), (WRAPPED_SETTING, wrapped)):
            Setting.insert(key=name, value=value.hex()).on_conflict_replace().execute()
        audit.log_action(
            "key", "setting", None, {"what": "backup_passphrase_set", "key_made": made}
        )
    return made
