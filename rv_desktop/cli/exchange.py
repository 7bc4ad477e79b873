"""The town's side of the exchange: ``export-package``, ``exports``, ``import-receipt``.

The county's side (``import-package``) is ``county.py``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import UserError
from ..i18n import tr_error
from .common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_campaign_db,
    add_db,
    add_flag,
    add_json,
    add_out,
    err,
    open_db,
    out,
    print_json,
    translate,
)
from .passphrase import ask_passphrase, read_passphrase


def export_package_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    add_out(p, translate("cli", "the folder to write the package into (the USB stick)"), "DIR")
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--passphrase-file",
        metavar="F",
        help=translate("cli", "read the passphrase agreed with the county from the file F"),
    )
    add_flag(
        how,
        "--no-encryption",
        translate("cli", "write the package unencrypted (personal data readable!)"),
    )


def cmd_export_package(args: argparse.Namespace) -> int:
    from ..services.keys import county_key
    from ..services.package import write_package

    open_db(args)
    passphrase = None
    if not args.no_encryption:
        if args.passphrase_file:
            passphrase = read_passphrase(args.passphrase_file)
        elif county_key() is None:  # with the county's key installed, no passphrase
            passphrase = ask_passphrase(twice=True)
            if passphrase is None:
                err(
                    translate(
                        "cli",
                        "The package is encrypted: give --passphrase-file F "
                        "(or --no-encryption to write it unencrypted).",
                    )
                )
                return EXIT_BAD_INPUT
    _warn_still_open(args.campaign)
    result = write_package(
        Path(args.out), args.campaign, passphrase, encrypt=not args.no_encryption
    )
    figures = result.counts
    out(
        translate(
            "cli",
            "{campaign} of {town}: {targets} targets, {visits} visit records, {cases} cases; "
            "{state}; SHA-256 {sha256}.",
        ).format(
            campaign=result.campaign,
            town=result.town,
            targets=figures["targets"],
            visits=figures["visit_records"],
            cases=figures["cases"],
            state=translate("cli", "encrypted")
            if result.encrypted
            else translate("cli", "NOT encrypted"),
            sha256=result.sha256,
        )
    )
    out(str(result.path))
    return EXIT_OK


def _warn_still_open(campaign) -> None:
    """What is still open goes to stderr; the export goes on (issue 14)."""
    from ..domain.campaigns import get_campaign
    from ..domain.left_out import still_open

    counts = still_open(get_campaign(campaign))
    if any(counts.values()):
        err(
            translate(
                "cli",
                "Still open: {unassigned} targets unassigned, {unvisited} not visited, "
                "{draft_only} with a draft form only, {overdue} with overdue items. "
                "The package is written as it is.",
            ).format(**counts)
        )


def import_receipt_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument(
        "receipts",
        nargs="+",
        metavar="RECEIPT",
        help=translate("cli", "the county's receipts (.rvreceipt)"),
    )
    add_json(p)


def cmd_import_receipt(args: argparse.Namespace) -> int:
    from ..services.receipts import import_receipt

    open_db(args)
    results, refused = [], False
    for path in args.receipts:
        try:
            r = import_receipt(Path(path))
        except UserError as exc:
            refused = True
            results.append({"receipt": path, "status": "refused", "reason": tr_error(exc)})
            continue
        results.append(
            {
                "receipt": path,
                "status": r.status,
                "reason": None,
                "package": r.package_file,
                "campaign": r.campaign,
                "received_at": r.received_at,
                "received_by": r.received_by,
                "counts": r.counts,
            }
        )
    if args.json:
        print_json(results)
    else:
        for item in results:
            if item["status"] == "refused":
                out(f"{item['receipt']}: {translate('cli', 'refused')}: {item['reason']}")
            else:
                out(
                    translate(
                        "cli", "{package}: received by {county} on {when} ({status})."
                    ).format(
                        package=item["package"],
                        county=item["received_by"] or "-",
                        when=item["received_at"],
                        status=translate("cli", "recorded")
                        if item["status"] == "received"
                        else translate("cli", "already recorded"),
                    )
                )
    return EXIT_BAD_INPUT if refused else EXIT_OK


def exports_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    add_json(p)


def cmd_exports(args: argparse.Namespace) -> int:
    from ..services.package import list_exports

    open_db(args)
    rows = list_exports()
    items = [
        {
            "produced_at": str(r.produced_at),
            "produced_by": r.produced_by,
            "campaign": r.campaign_name,
            "file": r.file_name,
            "folder": r.folder,
            "sha256": r.sha256,
            "encrypted": bool(r.encrypted),
            "targets": r.targets,
            "visit_records": r.visit_records,
            "received_at": str(r.received_at) if r.received_at else None,
            "received_by": r.received_by,
            "sequence": r.sequence,
            "protection": r.protection,
        }
        for r in rows
    ]
    if args.json:
        print_json(items)
        return EXIT_OK
    for item in items:
        received = (
            translate("cli", "received {when}").format(when=item["received_at"])
            if item["received_at"]
            else translate("cli", "no receipt yet")
        )
        out(
            "\t".join(
                [
                    item["produced_at"],
                    item["produced_by"],
                    item["campaign"],
                    str(Path(item["folder"]) / item["file"]),
                    item["sha256"][:16],
                    received,
                ]
            )
        )
    return EXIT_OK
