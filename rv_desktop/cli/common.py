"""What every command module shares: output, the database, the shared options.

The options several commands take (``--db``, ``--json``, ``--campaign``,
``--create``) are defined here once; exit codes: 0 done, 1 the command ran
and found problems, 2 bad input (nothing was changed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .. import paths
from ..domain import db as dbmod
from ..domain.errors import UserError

translate = QCoreApplication.translate

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def out(text: str = "") -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def vocab(kind: str, code) -> str:
    """A coded value in the user's language, from the county's vocabulary (data/);
    ``--json`` keeps the codes."""
    from PySide6.QtCore import QLocale

    from ..domain.vocabulary import label, table

    if kind == "list_separator":
        return table("common", QLocale().name())["list_separator"]
    return label(kind, code, QLocale().name())


def print_json(data) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_rows(args: argparse.Namespace, rows, cells: Callable[[Any], Iterable]) -> bool:
    """The rows as JSON (``--json``: their ``as_json()``; True) or a tab-separated
    line of ``cells(row)`` each (False: the command goes on to its summary line)."""
    if args.json:
        print_json([row.as_json() for row in rows])
        return True
    for row in rows:
        out("\t".join(cell_text(cell) for cell in cells(row)))
    return False


def cell_text(value) -> str:
    """A value for a tab-separated line: yes/no in words, "-" for nothing."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return translate("cli", "yes") if value else translate("cli", "no")
    return str(value)


def open_db(args: argparse.Namespace, actor: str = "cli", create: bool = False):
    """Open ``--db`` (or the default database) for a subcommand.

    A missing file is refused unless ``create`` (``init``, ``--create``):
    nothing, not even a folder, is made for a mistyped path. Opening writes
    nothing: reading commands stay cheap (damage is refused when SQLite
    reports it, ``frame``), and before a command's first write the file is
    quick-checked and the actor named, so no command writes into a file
    SQLite knows to be damaged.
    """
    from .frame import guard_writes

    path = Path(args.db).expanduser() if args.db else paths.default_database()
    database = dbmod.open_database(path, actor=None, hold=args.command, create=create)
    guard_writes(database, path, actor)
    return database


# --- the shared options -------------------------------------------------------


def add_db(parser: argparse.ArgumentParser, required: bool = True) -> None:
    # a subcommand's --db leaves the one given before the subcommand alone
    # (argparse.SUPPRESS); main() asks for it when neither place has it
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS if required else None,
        metavar="PATH",
        help=translate("cli", "the database file"),
    )
    if required:
        parser.set_defaults(db_required=True)


def add_flag(p: argparse.ArgumentParser, name: str, help_text: str) -> None:
    """A switch: ``--name`` given or not (``args.name`` True or False)."""
    p.add_argument(name, action="store_true", help=help_text)


def add_json(p: argparse.ArgumentParser) -> None:
    add_flag(p, "--json", translate("cli", "print JSON"))


def add_campaign(p: argparse.ArgumentParser) -> None:
    """``--campaign NAME`` of the commands that default to the current campaign."""
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )


def add_campaign_db(p: argparse.ArgumentParser) -> None:
    """``--db`` and ``--campaign``: the options of a command on one campaign."""
    add_db(p)
    add_campaign(p)


def add_out(p: argparse.ArgumentParser, help_text: str, metavar: str = "FILE") -> None:
    """The required ``--out``: the file (or folder) the command writes."""
    p.add_argument("--out", required=True, metavar=metavar, help=help_text)


def add_pdf_out(p: argparse.ArgumentParser) -> None:
    add_out(p, translate("cli", "the PDF to write"), "FILE.pdf")


def add_create(p: argparse.ArgumentParser) -> None:
    add_flag(p, "--create", translate("cli", "create the database if the file does not exist"))


def add_dry_run(p: argparse.ArgumentParser) -> None:
    add_flag(p, "--dry-run", translate("cli", "show what would happen, change nothing"))


# --- values of options --------------------------------------------------------


def option_date(value: str | None):
    from ..domain.normalize import parse_date

    if value is None:
        return None
    parsed = parse_date(value)
    if not parsed.ok or parsed.value is None:
        raise UserError(
            "bad_date_option",
            QT_TRANSLATE_NOOP("UserError", '"{value}" is not a date (write it as 2017-07-01).'),
            value=value,
        )
    return parsed.value


def option_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.replace("，", ",").split(",") if v.strip())


def check_output_file(path: Path) -> None:
    """Refuse an output path that can never be written: a folder, or in no folder."""
    if path.is_dir():
        raise UserError(
            "output_is_folder",
            QT_TRANSLATE_NOOP("UserError", "{path} is a folder; give a file name to write."),
            path=path,
        )
    if not path.expanduser().absolute().parent.is_dir():
        raise UserError(
            "output_folder_missing",
            QT_TRANSLATE_NOOP("UserError", "The folder of {path} does not exist."),
            path=path,
        )
