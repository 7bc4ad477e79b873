"""``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain import db as dbmod
from .backup_key import add_passphrase_option, restore_passphrase
from .common import (
    EXIT_OK,
    add_db,
    add_json,
    open_db,
    out,
    print_json,
    translate,
)
from .counts import counts


def backup_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument(
        "--out", "--to", required=True, metavar="DIR", help=translate("cli", "backup folder")
    )


def cmd_backup(args: argparse.Namespace) -> int:
    from ..services.backup import backup_database

    open_db(args)
    target = backup_database(Path(args.out))
    out(str(target))
    return EXIT_OK


def restore_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("backup", metavar="BACKUP", help=translate("cli", "the backup file"))
    add_json(p)
    add_passphrase_option(p)


def cmd_restore(args: argparse.Namespace) -> int:
    from ..domain.dblock import hold_for_restore
    from ..services.backup import restore_backup

    path = Path(args.db).expanduser().absolute()
    passphrase = restore_passphrase(args)  # asked before the lock is taken
    lock = hold_for_restore(path)  # no writer may run meanwhile, nor the window
    try:
        result = restore_backup(Path(args.backup), path, actor="cli", passphrase=passphrase)
    finally:
        dbmod.close_database()
        lock.release()
    if args.json:
        print_json(result.as_json())
        return EXIT_OK
    out(
        translate(
            "cli", "{db}: restored from {backup} ({cases}, {campaigns})."
        ).format(
            db=result.db_path,
            backup=result.backup,
            cases=counts().cases(result.cases),
            campaigns=counts().campaigns(result.campaigns),
        )
    )
    if result.migrated:
        out(
            translate("cli", "The backup had schema {found}; it was upgraded to {known}.").format(
                found=result.schema_version_found, known=result.schema_version
            )
        )
    if result.kept_aside:
        out(translate("cli", "The previous file is kept as {path}.").format(path=result.kept_aside))
    return EXIT_OK
