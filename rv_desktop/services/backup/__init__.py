"""Backups: verified copies of the database, automatic ones, and restoring them.

``backup_database`` copies the open database with SQLite's online backup API
(consistent while the program runs and other connections write); the copy is
checked with ``PRAGMA integrity_check`` before it is given its final name, so
a file in the backup folder is always one that can be restored.

Names tell who made a file: ``<db>-backup-<YYYYMMDD-HHMMSS>.sqlite`` for a
backup the clerk asked for, ``<db>-auto-<YYYYMMDD-HHMMSS>.sqlite`` for the
automatic one on exit. Pruning keeps the last N automatic backups of a
database and never touches any other file in the folder.

``restore_backup`` checks a backup (integrity, ours, a schema this program
knows), keeps the current file aside (``<db>.before-restore-<time>.sqlite``),
replaces the file in one rename and opens it (an older schema is upgraded by
the usual migrations).

The package: ``names`` (file names, errors, partial files), ``write`` (a
backup), ``folder`` (listing, pruning), ``auto`` (the backup on exit),
``check`` (what a restore checks), ``restore`` (the swap itself),
``office_key`` and ``sealed`` (backups outside the data folder, encrypted).
"""

from .auto import (
    AutoBackupPolicy,
    AutoBackupResult,
    auto_backup_due,
    last_auto_backup,
    run_auto_backup,
)
from .check import BackupCheck, RestoreResult, backup_counts, check_backup
from .folder import BackupFile, list_backups, parse_backup_name, prune_backups
from .names import (
    AUTOMATIC,
    BACKUP_NAME,
    MANUAL,
    BackupError,
    RestoreError,
    backup_name,
    remove_partial_backups,
)
from .names import (
    _process_alive as _process_alive,  # services.staging imports it
)
from .office_key import has_backup_passphrase, needs_sealing, set_backup_passphrase
from .restore import restore_backup
from .sealed import is_sealed
from .write import backup_database

__all__ = [
    "AUTOMATIC",
    "BACKUP_NAME",
    "MANUAL",
    "AutoBackupPolicy",
    "AutoBackupResult",
    "BackupCheck",
    "BackupError",
    "BackupFile",
    "RestoreError",
    "RestoreResult",
    "auto_backup_due",
    "backup_counts",
    "backup_database",
    "backup_name",
    "check_backup",
    "has_backup_passphrase",
    "is_sealed",
    "needs_sealing",
    "set_backup_passphrase",
    "last_auto_backup",
    "list_backups",
    "parse_backup_name",
    "prune_backups",
    "remove_partial_backups",
    "restore_backup",
    "run_auto_backup",
]
