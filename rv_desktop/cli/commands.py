"""Every subcommand, in the order ``--help`` lists them, and the parser built from them.

Where a new command goes: its options function and handler in the module of
its group (``cases.py``, ``campaign.py``, ``visits.py``, ``printing.py``,
``stats.py``, ``exchange.py``, ``county.py``, ``backup.py``, ``check.py``,
``office.py``, ``keys.py``) or in a new module beside them, then one row of
``COMMAND_TABLE`` below. Options several commands share (``--db``, ``--json``,
``--campaign``, ``--create``, ``--dry-run``) are in ``common.py``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .. import __version__
from ..i18n import SUPPORTED
from .backup import backup_options, cmd_backup, cmd_restore, restore_options
from .backup_key import BACKUP_KEY_COMMANDS
from .campaign import cmd_export_assignments, cmd_screen, export_assignments_options, screen_options
from .cases import cases_options, cmd_cases, cmd_import_ledger, import_ledger_options
from .check import check_options, cmd_check, cmd_demo_db, demo_db_options
from .common import Handler, add_db, translate
from .county import cmd_import_package, import_package_options
from .exchange import (
    cmd_export_package,
    cmd_exports,
    cmd_import_receipt,
    export_package_options,
    exports_options,
    import_receipt_options,
)
from .keys import KEY_COMMANDS
from .office import cmd_init, cmd_office, init_options, office_options
from .printing import cmd_print, cmd_print_forms, print_forms_options, print_options
from .scan import DROP_SCANS_COMMAND, SCAN_COMMAND
from .stats import cmd_report, cmd_stats, report_options, stats_options
from .visits import (
    close_followup_options,
    cmd_close_followup,
    cmd_followups,
    cmd_visits,
    followups_options,
    visits_options,
)

COMMAND_TABLE: list[tuple[str, Handler, Callable[[argparse.ArgumentParser], None], str]] = [
    (
        "demo-db",
        cmd_demo_db,
        demo_db_options,
        QT_TRANSLATE_NOOP("cli", "write a realistic demo database"),
    ),
    (
        "init",
        cmd_init,
        init_options,
        QT_TRANSLATE_NOOP("cli", "create the office's new database (its names and level)"),
    ),
    (
        "check",
        cmd_check,
        check_options,
        QT_TRANSLATE_NOOP("cli", "check the database file and its consistency"),
    ),
    (
        "import-ledger",
        cmd_import_ledger,
        import_ledger_options,
        QT_TRANSLATE_NOOP("cli", "import a ledger of concluded cases (xlsx, xls, ods, csv)"),
    ),
    (
        "cases",
        cmd_cases,
        cases_options,
        QT_TRANSLATE_NOOP("cli", "list the cases of the register"),
    ),
    (
        "print-forms",
        cmd_print_forms,
        print_forms_options,
        QT_TRANSLATE_NOOP("cli", "print the return-visit registration forms (PDF)"),
    ),
    (
        "print",
        cmd_print,
        print_options,
        QT_TRANSLATE_NOOP("cli", "print a document of the campaign (PDF)"),
    ),
    (
        "office",
        cmd_office,
        office_options,
        QT_TRANSLATE_NOOP("cli", "show or set the town, office and clerk names"),
    ),
    (
        "backup",
        cmd_backup,
        backup_options,
        QT_TRANSLATE_NOOP("cli", "write a verified backup copy of the database"),
    ),
    (
        "restore",
        cmd_restore,
        restore_options,
        QT_TRANSLATE_NOOP(
            "cli", "replace the database by a backup (the current file is kept aside)"
        ),
    ),
    (
        "screen",
        cmd_screen,
        screen_options,
        QT_TRANSLATE_NOOP("cli", "screen the cases of a campaign: its targets and exclusions"),
    ),
    (
        "export-assignments",
        cmd_export_assignments,
        export_assignments_options,
        QT_TRANSLATE_NOOP("cli", "export the task assignment table of a campaign (xlsx)"),
    ),
    (
        "stats",
        cmd_stats,
        stats_options,
        QT_TRANSLATE_NOOP("cli", "the feedback statistics of a campaign (JSON, xlsx, PDF)"),
    ),
    (
        "report",
        cmd_report,
        report_options,
        QT_TRANSLATE_NOOP("cli", "write the analysis report of a campaign (PDF)"),
    ),
    (
        "visits",
        cmd_visits,
        visits_options,
        QT_TRANSLATE_NOOP("cli", "list the visit records of a campaign"),
    ),
    SCAN_COMMAND,
    DROP_SCANS_COMMAND,
    (
        "followups",
        cmd_followups,
        followups_options,
        QT_TRANSLATE_NOOP("cli", "list the rework, help and follow-up items of a campaign"),
    ),
    (
        "close-followup",
        cmd_close_followup,
        close_followup_options,
        QT_TRANSLATE_NOOP("cli", "close a rework, help or follow-up item with its result"),
    ),
    (
        "export-package",
        cmd_export_package,
        export_package_options,
        QT_TRANSLATE_NOOP("cli", "write the exchange package for the county (encrypted)"),
    ),
    (
        "exports",
        cmd_exports,
        exports_options,
        QT_TRANSLATE_NOOP("cli", "list the exchange packages written and their receipts"),
    ),
    (
        "import-receipt",
        cmd_import_receipt,
        import_receipt_options,
        QT_TRANSLATE_NOOP("cli", "record the county's receipts of exchange packages"),
    ),
    (
        "import-package",
        cmd_import_package,
        import_package_options,
        QT_TRANSLATE_NOOP("cli", "merge towns' exchange packages into a county database"),
    ),
    *KEY_COMMANDS,
    *BACKUP_KEY_COMMANDS,
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
    add_db(parser, required=False)
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
    for name, handler, options, help_text in COMMAND_TABLE:
        text = translate("cli", help_text)
        p = sub.add_parser(name, help=text, description=text, parents=[common])
        options(p)
        p.set_defaults(handler=handler, parser=p)
    return parser
