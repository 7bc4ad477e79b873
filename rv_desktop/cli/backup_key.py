"""The command line of encrypted backups.

- ``backup-passphrase --db DB [--passphrase-file FILE]``: set the office's
  backup passphrase (asked twice on a terminal when no file is given). A
  backup written outside the data folder (``backup --out /media/stick``) is
  encrypted with the office's key, which this passphrase opens on any PC.
- ``restore --passphrase-file FILE``: the passphrase of an encrypted backup;
  on a terminal it is asked for when the backup needs it. It is never given
  on the command line itself (a process list shows that to everybody).

cli/commands.py registers ``BACKUP_KEY_COMMANDS``; cli/backup.py, adds ``add_passphrase_option`` to
``restore`` and calls ``restore_passphrase``. The handlers call
``services/backup`` (``office_key.py``, ``sealed.py``); see docs/backups.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import UserError, os_errors_as

translate = QCoreApplication.translate

__all__ = ["BACKUP_KEY_COMMANDS", "add_passphrase_option", "restore_passphrase"]


def add_passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate(
            "cli",
            "a file holding the backup passphrase (first line); on a terminal it is asked for",
        ),
    )


def _read_file(name: str) -> str:
    unreadable = QT_TRANSLATE_NOOP(
        "UserError", "The passphrase file {path} cannot be read: {reason}"
    )
    with os_errors_as(UserError, "passphrase_file", unreadable, path=name):
        data = Path(name).expanduser().read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError("passphrase_file", unreadable, path=name, reason=str(exc)) from exc
    lines = text.splitlines()
    return lines[0] if lines else ""


def _ask(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(prompt)


def restore_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase for ``restore``'s backup: None when the backup is not encrypted."""
    from ..services.backup import is_sealed

    if not is_sealed(args.backup):
        return None
    if getattr(args, "passphrase_file", None):
        return _read_file(args.passphrase_file)
    passphrase = _ask(translate("cli", "Backup passphrase: "))
    if passphrase is None:
        raise UserError(
            "passphrase_needed",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is an encrypted backup: give its passphrase with --passphrase-file "
                "FILE (or run the command in a terminal to be asked). Nothing was changed.",
            ),
            path=args.backup,
        )
    return passphrase


def _options(p: argparse.ArgumentParser) -> None:
    from .common import add_db

    add_db(p)
    add_passphrase_option(p)


def cmd_backup_passphrase(args: argparse.Namespace) -> int:
    from ..services.backup import set_backup_passphrase
    from .common import EXIT_BAD_INPUT, EXIT_OK, err, open_db, out

    if args.passphrase_file:
        passphrase = _read_file(args.passphrase_file)
    else:
        passphrase = _ask(translate("cli", "New backup passphrase: "))
        if passphrase is None:
            err(translate("cli", "Give the passphrase with --passphrase-file FILE."))
            return EXIT_BAD_INPUT
        if _ask(translate("cli", "The same passphrase again: ")) != passphrase:
            err(translate("cli", "The two passphrases differ; nothing was changed."))
            return EXIT_BAD_INPUT
    open_db(args)
    made = set_backup_passphrase(passphrase)
    out(
        translate(
            "cli",
            "The backup passphrase is set. Backups written outside the data folder are "
            "encrypted; keep the passphrase apart from the computer: it is what restores "
            "them on a new PC.",
        )
        if made
        else translate(
            "cli",
            "The backup passphrase is changed. Backups made before open with the passphrase "
            "they were written with.",
        )
    )
    return EXIT_OK


BACKUP_KEY_COMMANDS = [
    (
        "backup-passphrase",
        cmd_backup_passphrase,
        _options,
        QT_TRANSLATE_NOOP(
            "cli", "set the passphrase that opens the backups written outside the data folder"
        ),
    ),
]
