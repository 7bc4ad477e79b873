"""``rv-desktop init``: the office's new database, from the command line.

The twin of the welcome's "create the office's database", for county IT
staff preparing a PC: the file (and its folder) is created with the current
schema, the office's names and its level (a town's office, or the county's,
which merges the towns' packages) saved in it. An existing file is never
touched. Everything is checked before anything is created.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .domain.errors import UserError

translate = QCoreApplication.translate


def init_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=argparse.SUPPRESS,  # also accepted before the subcommand
        metavar="PATH",
        help=translate("cli", "the new database file"),
    )
    p.set_defaults(db_required=True)
    p.add_argument(
        "--town", help=translate("cli", "the town (乡镇), printed on forms and packages")
    )
    p.add_argument("--office", help=translate("cli", "the office, as it signs (填报单位)"))
    p.add_argument("--clerk", help=translate("cli", "the clerk's name"))
    p.add_argument(
        "--level",
        choices=("town", "county"),
        default="town",
        help=translate("cli", "a town's office or the county's (default: town)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def cmd_init(args: argparse.Namespace) -> int:
    from .domain import db as dbmod
    from .domain.office import (
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
        from .domain.office import suggested_office

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
    names = names or OfficeNames()
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
    return 0
