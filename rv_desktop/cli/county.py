"""``import-package``: the county merges the towns' exchange packages (or undoes a merge)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain import db as dbmod
from ..i18n import tr_error
from .common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_create,
    add_db,
    add_flag,
    add_json,
    open_db,
    out,
    print_json,
    translate,
)
from .passphrase import ask_passphrase, read_passphrase


def import_package_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument(
        "packages",
        nargs="*",
        metavar="PACKAGE",
        help=translate("cli", "the towns' packages (.rvpkg)"),
    )
    add_flag(
        p,
        "--allow-unencrypted",
        translate("cli", "also merge unencrypted packages (their origin is not proven)"),
    )
    p.add_argument(
        "--undo-last",
        metavar="TOWN",
        help=translate("cli", "undo the last merge of TOWN (its previous data comes back)"),
    )
    p.add_argument(
        "--passphrase-file",
        metavar="F",
        help=translate("cli", "read the passphrase agreed with the towns from the file F"),
    )
    p.add_argument(
        "--receipts",
        metavar="DIR",
        help=translate("cli", "write the receipts here (default: beside each package)"),
    )
    add_json(p)
    add_create(p)


def cmd_import_package(args: argparse.Namespace) -> int:
    from ..services.county import REFUSED, import_packages
    from ..services.crypto import needs_passphrase as is_encrypted

    path = Path(args.db).expanduser()
    created = args.create and dbmod.inspect_file(path) is None
    open_db(args, actor="county", create=args.create)
    if args.undo_last or not args.packages:
        from .keys import undo_command

        return undo_command(args)
    outcomes = []
    try:
        passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
        if passphrase is None and any(_head_encrypted(p, is_encrypted) for p in args.packages):
            passphrase = ask_passphrase(twice=False)
        outcomes = import_packages(
            args.packages,
            passphrase,
            receipts_dir=args.receipts,
            allow_unencrypted=args.allow_unencrypted,
        )
    finally:
        if created and all(o.status == REFUSED for o in outcomes):
            _remove_new_database(path)  # nothing merged: the county file is not left behind
    if args.json:
        print_json([o.as_json(tr_error) for o in outcomes])
    else:
        _print_outcomes(outcomes)
    return EXIT_BAD_INPUT if any(o.status == REFUSED for o in outcomes) else EXIT_OK


def _remove_new_database(path: Path) -> None:
    dbmod.close_database()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _head_encrypted(path: str, is_encrypted) -> bool:
    try:
        with open(path, "rb") as fh:
            return bool(is_encrypted(fh.read(65536)))
    except OSError:
        return False


def _open_text(record: dict | None) -> str:
    """What was still open when the town wrote the package (issue 14), in words."""
    from ..services.open_at_export import open_counts

    counts = open_counts(record)
    if counts is None:
        return translate("cli", "what was still open is not recorded (an older package)")
    if not any(counts.values()):
        return translate("cli", "nothing was still open when the town wrote it")
    return translate(
        "cli",
        "still open when written: {unassigned} unassigned, {unvisited} not visited, "
        "{draft_only} draft only, {overdue} with overdue items",
    ).format(**counts)


def _print_outcomes(outcomes) -> None:
    """One line per package (merged, unchanged or refused and why), then its receipt
    and what was still open when the town wrote it."""
    from ..services.county import MERGED, REFUSED, UNCHANGED
    from .keys import protection_text

    labels = {
        MERGED: translate("cli", "merged"),
        UNCHANGED: translate("cli", "unchanged (merged before)"),
        REFUSED: translate("cli", "refused"),
    }
    for o in outcomes:
        line = f"{o.package}: {labels[o.status]}"
        if o.status == REFUSED:
            line += f": {tr_error(o.error)}"
        else:
            line += " " + translate(
                "cli", "({town}, {campaign}: {targets} targets, {visits} visit records)"
            ).format(
                town=o.town,
                campaign=o.campaign,
                targets=o.targets,
                visits=o.visit_records,
            )
            line += "; " + protection_text(o.protection)
        out(line)
        if o.status != REFUSED:
            out("  " + _open_text(o.open_at_export))
        if o.receipt:
            out("  " + translate("cli", "receipt: {path}").format(path=o.receipt))
        elif o.receipt_error:
            out(
                "  "
                + translate("cli", "the receipt could not be written: {reason}").format(
                    reason=o.receipt_error
                )
            )
