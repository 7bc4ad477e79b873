"""``init`` and ``office``: the office's new database, its names and level.

``init`` is the twin of the welcome's "create the office's database", for
county IT staff preparing a PC: the file (and its folder) is created with the
current schema, the office's names and its level (a town's office, or the
county's, which merges the towns' packages) saved in it. An existing file is
never touched. Everything is checked before anything is created. ``office``
shows or changes the names and level of an existing database, and makes or
installs exchange keys (``keys.py``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..domain.errors import UserError
from .common import EXIT_OK, add_db, add_json, open_db, out, print_json, translate
from .keys import add_office_key_options, office_keys_command, wants_keys


def _add_names(p: argparse.ArgumentParser) -> None:
    """The office's names: ``--town``, ``--office``, ``--clerk``."""
    p.add_argument(
        "--town", help=translate("cli", "the town (乡镇), printed on forms and packages")
    )
    p.add_argument("--office", help=translate("cli", "the office, as it signs (填报单位)"))
    p.add_argument("--clerk", help=translate("cli", "the clerk's name"))


def init_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=argparse.SUPPRESS,  # also accepted before the subcommand
        metavar="PATH",
        help=translate("cli", "the new database file"),
    )
    p.set_defaults(db_required=True)
    _add_names(p)
    p.add_argument(
        "--level",
        choices=("town", "county"),
        default="town",
        help=translate("cli", "a town's office or the county's (default: town)"),
    )
    add_json(p)


def cmd_init(args: argparse.Namespace) -> int:
    from ..domain import db as dbmod
    from ..domain.office import (
        OfficeNames,
        check_office_names,
        save_office_names,
        set_office_level,
    )

    path = Path(args.db).expanduser()
    if dbmod.inspect_file(path) is not None:  # a folder is refused as such
        raise UserError(
            "db_exists",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} already exists. init only creates a new database; "
                "the existing file was not changed.",
            ),
            path=path,
        )
    names = None
    if any(v is not None for v in (args.town, args.office, args.clerk)):
        town = args.town or ""
        from ..domain.office import suggested_office

        office = args.office if args.office is not None else suggested_office(town)
        names = check_office_names(town, office, args.clerk or "")
    existed = path.exists()  # an empty file: ours to fill
    try:
        dbmod.open_database(path, actor="cli", create=True)
        if names is not None:
            save_office_names(names)
        set_office_level(args.level)
    except BaseException:
        dbmod.close_database()
        if not existed:
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    _say_created(args, path, names or OfficeNames())
    return 0


def _say_created(args: argparse.Namespace, path: Path, names) -> None:
    """What ``init`` made: as JSON, or one line."""
    from ..domain import db as dbmod

    if args.json:
        print(
            json.dumps(
                {
                    "db": str(path),
                    "schema_version": dbmod.schema_version(),
                    "town": names.town,
                    "office": names.office,
                    "clerk": names.clerk,
                    "level": args.level,
                },
                ensure_ascii=False,
                indent=2,
            ),
            flush=True,
        )
    else:
        level = translate("cli", "county") if args.level == "county" else translate("cli", "town")
        print(
            translate("cli", "{path}: a new database ({level}); town: {town}; office: {office}.")
            .format(
                path=path, level=level, town=names.town or "—", office=names.office or "—"
            ),
            flush=True,
        )


def office_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    _add_names(p)
    p.add_argument(
        "--phone",
        help=translate("cli", "the office's phone (联系电话), printed under the county's tables"),
    )
    p.add_argument(
        "--level",
        choices=("town", "county"),
        help=translate("cli", "the office's level: town (visits in person) or county (may phone)"),
    )
    add_json(p)
    add_office_key_options(p)


def cmd_office(args: argparse.Namespace) -> int:
    from ..domain.office import (
        check_office_names,
        office_level,
        office_names,
        save_office_names,
        set_office_level,
    )

    open_db(args)
    if wants_keys(args):
        return office_keys_command(args)
    names = office_names()
    if any(v is not None for v in (args.town, args.office, args.clerk, args.phone)):
        names = check_office_names(
            names.town if args.town is None else args.town,
            names.office if args.office is None else args.office,
            names.clerk if args.clerk is None else args.clerk,
            names.phone if args.phone is None else args.phone,
        )
        save_office_names(names)
    if args.level is not None:
        set_office_level(args.level)
    level = office_level()
    if args.json:
        print_json(
            {
                "town": names.town,
                "office": names.office,
                "clerk": names.clerk,
                "phone": names.phone,
                "level": level,
            }
        )
    else:
        out(
            translate("cli", "Town: {town}; office: {office}; clerk: {clerk}").format(
                town=names.town or "—", office=names.office or "—", clerk=names.clerk or "—"
            )
        )
        out(translate("cli", "Phone: {phone}").format(phone=names.phone or "—"))
        out(
            translate("cli", "Level: {level}").format(
                level=translate("cli", "town") if level == "town" else translate("cli", "county")
            )
        )
    return EXIT_OK
