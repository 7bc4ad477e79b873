"""The command line: ``rv-desktop [--db PATH | --demo] [SUBCOMMAND ...]``.

Without a subcommand it opens the GUI. Subcommands do everything that needs
no eyes, for IT staff, scripts and tests, by calling the same services as the
GUI. Exit codes: 0 done, 1 the command ran and found problems, 2 bad input
(nothing was changed). Messages follow the user's language (``--lang``).
Subcommand names, options and JSON fields are a public interface: keep them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from . import __version__, paths
from .domain import db as dbmod
from .domain.errors import UserError
from .i18n import SUPPORTED, install_translators, tr_error

translate = QCoreApplication.translate

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def out(text: str = "") -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def print_json(data) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def open_db(args: argparse.Namespace, actor: str = "cli"):
    """Open ``--db`` (or the default database) for a subcommand."""
    path = Path(args.db) if args.db else paths.default_database()
    return dbmod.open_database(path, actor=actor)


def _add_db(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--db",
        required=required,
        metavar="PATH",
        help=translate("cli", "the database file"),
    )


# --- demo-db ----------------------------------------------------------------


def _demo_db_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH", help=translate("cli", "the new database file"))
    p.add_argument("--cases", type=int, default=1200, help=translate("cli", "number of cases"))
    p.add_argument("--seed", type=int, default=1, help=translate("cli", "random seed"))


def cmd_demo_db(args: argparse.Namespace) -> int:
    from .services.demo import create_demo_database

    if args.cases < 1:
        err(translate("cli", "--cases must be at least 1."))
        return EXIT_BAD_INPUT
    summary = create_demo_database(Path(args.path), cases=args.cases, seed=args.seed)
    out(
        translate(
            "cli",
            "Demo database {path}: {cases} cases, {petitioners} petitioners, "
            "{targets} targets, {visits} visit records ({seconds:.1f} s).",
        ).format(
            path=summary.path,
            cases=summary.cases,
            petitioners=summary.petitioners,
            targets=summary.targets,
            visits=summary.visit_records,
            seconds=summary.seconds,
        )
    )
    return EXIT_OK


# --- check ------------------------------------------------------------------


def _check_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def cmd_check(args: argparse.Namespace) -> int:
    from .domain.checks import check_database

    open_db(args)
    problems = check_database()
    if args.json:
        print_json(
            {
                "db": str(args.db),
                "schema_version": dbmod.schema_version(),
                "sound": not problems,
                "problems": [
                    {"code": p.code, "count": p.count, "message": p.format()} for p in problems
                ],
            }
        )
    elif problems:
        for p in problems:
            out(p.format(translate("UserError", p.template)))
    else:
        out(translate("cli", "{path}: the database is sound.").format(path=args.db))
    return EXIT_PROBLEMS if problems else EXIT_OK


# --- backup -----------------------------------------------------------------


def _backup_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "backup folder"))


def cmd_backup(args: argparse.Namespace) -> int:
    from .services.backup import backup_database

    open_db(args)
    target = backup_database(Path(args.out))
    out(str(target))
    return EXIT_OK


# --- import-ledger / cases ----------------------------------------------------


def _import_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "file", metavar="FILE", help=translate("cli", "the ledger (xlsx, xls, ods, csv)")
    )
    p.add_argument("--sheet", metavar="NAME", help=translate("cli", "the sheet to read"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would happen, change nothing"),
    )
    p.add_argument(
        "--reject-bad-ids",
        action="store_true",
        help=translate(
            "cli", "reject rows whose ID number is wrong (default: import, ID left empty)"
        ),
    )
    p.add_argument(
        "--rejected-xlsx",
        metavar="OUT",
        help=translate("cli", "save the rejected rows to this xlsx"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def cmd_import_ledger(args: argparse.Namespace) -> int:
    from .services.ledger_import import import_ledger, save_rejected

    open_db(args)
    plan = import_ledger(
        Path(args.file), sheet=args.sheet, dry_run=args.dry_run, reject_bad_ids=args.reject_bad_ids
    )
    summary = plan.summary(lambda text: translate("UserError", text))
    if args.rejected_xlsx and summary["rejected"]:
        save_rejected(
            plan,
            Path(args.rejected_xlsx),
            translate("cli", "Reason not imported"),
            lambda text: translate("UserError", text),
        )
    if args.json:
        print_json(summary)
        return EXIT_OK
    sheet = plan.table.sheet or ""
    for kind in ("rejected", "warnings"):
        label = translate("cli", "rejected") if kind == "rejected" else translate("cli", "warning")
        for item in summary[kind]:
            out(f"{sheet}!{item['cell'] or item['row']}: {label}: {item['reason']}")
    text = translate(
        "cli",
        "{file}: {rows} rows read: {new} new, {updated} updated, {unchanged} unchanged, "
        "{rejected} rejected.",
    ).format(
        file=Path(args.file).name,
        rows=summary["rows_read"],
        new=summary["new"],
        updated=summary["updated"],
        unchanged=summary["unchanged"],
        rejected=len(summary["rejected"]),
    )
    out(text + (" " + translate("cli", "(dry run: nothing was changed)") if args.dry_run else ""))
    return EXIT_OK


def _cases_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--search", metavar="TEXT", help=translate("cli", "find cases containing TEXT"))
    p.add_argument(
        "--reveal",
        action="store_true",
        help=translate("cli", "show ID numbers, phones and addresses unmasked (audited)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def cmd_cases(args: argparse.Namespace) -> int:
    from .domain import audit
    from .domain.cases import CaseFilter, list_cases
    from .domain.models import db
    from .domain.normalize import mask_address, mask_id, mask_phone

    open_db(args)
    rows = list_cases(CaseFilter(text=args.search or ""))
    items = [row.as_json() for row in rows]
    if args.reveal:
        with db.atomic():
            audit.log_action(
                "reveal",
                "case",
                None,
                {"command": "cases", "search": args.search, "count": len(rows)},
            )
    else:
        for item in items:
            item["id_number"] = mask_id(item["id_number"])
            item["phones"] = [mask_phone(p) for p in item["phones"]]
            item["address"] = mask_address(item["address"])
    if args.json:
        print_json(items)
    else:
        for item in items:
            out(
                "\t".join(
                    str(v or "")
                    for v in (
                        item["case_no"],
                        item["petitioner"],
                        item["id_number"],
                        ",".join(item["phones"]),
                        item["source_level"],
                        item["concluded_on"],
                        item["handling_unit"],
                    )
                )
            )
    return EXIT_OK


_COMMAND_TABLE: list[tuple[str, Handler, Callable[[argparse.ArgumentParser], None], str]] = [
    (
        "demo-db",
        cmd_demo_db,
        _demo_db_options,
        QT_TRANSLATE_NOOP("cli", "write a realistic demo database"),
    ),
    (
        "check",
        cmd_check,
        _check_options,
        QT_TRANSLATE_NOOP("cli", "check the database file and its consistency"),
    ),
    (
        "import-ledger",
        cmd_import_ledger,
        _import_options,
        QT_TRANSLATE_NOOP("cli", "import a ledger of concluded cases (xlsx, xls, ods, csv)"),
    ),
    (
        "cases",
        cmd_cases,
        _cases_options,
        QT_TRANSLATE_NOOP("cli", "list the cases of the register"),
    ),
    (
        "backup",
        cmd_backup,
        _backup_options,
        QT_TRANSLATE_NOOP("cli", "write a verified backup copy of the database"),
    ),
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rv-desktop",
        description=translate(
            "cli",
            "Return-visit desk of a town petition office. Without a command, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"rv-desktop {__version__}")
    parser.add_argument(
        "--lang",
        choices=SUPPORTED,
        help=translate("cli", "language (default: the system's)"),
    )
    _add_db(parser, required=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli", "open the demo database (created if missing)"),
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", choices=SUPPORTED, default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, handler, options, help_text in _COMMAND_TABLE:
        text = translate("cli", help_text)
        p = sub.add_parser(name, help=text, description=text, parents=[common])
        options(p)
        p.set_defaults(handler=handler)
    return parser


def _pre_lang(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def _wants_command(argv: Sequence[str]) -> bool:
    """True when argv names a subcommand or asks for help/version (no window)."""
    names = {name for name, *_ in _COMMAND_TABLE}
    return any(a in names or a in ("-h", "--help", "--version") for a in argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not _wants_command(argv):
        from .gui.app import run_gui

        return run_gui(argv)
    app = QCoreApplication.instance() or QCoreApplication(["rv-desktop"])
    lang = _pre_lang(argv)
    install_translators(app, lang if lang in SUPPORTED else None)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return EXIT_OK
    try:
        return args.handler(args)
    except UserError as exc:
        err(tr_error(exc))
        return EXIT_BAD_INPUT
    finally:
        dbmod.close_database()


if __name__ == "__main__":
    sys.exit(main())
