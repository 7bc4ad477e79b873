"""``rv-desktop scan-forms``: read the scanned registration forms into draft visit records.

The copier's PDF (or TIFF, PNG, JPEG files) in, one line a form out (or
``--json``: ``{"pages", "forms": [...], "unreadable": [...]}``, the shape
docs/scanning.md gives). ``--dry-run`` reads and reports without writing.

``rv-desktop drop-scans``: drop the scans kept with the campaign's reviewed
records (audited), and compact the database file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .common import add_campaign_db, add_flag, add_json, translate

__all__ = [
    "DROP_SCANS_COMMAND",
    "SCAN_COMMAND",
    "cmd_drop_scans",
    "cmd_scan_forms",
    "drop_scans_options",
    "scan_forms_options",
]


def scan_forms_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    p.add_argument("files", nargs="+", metavar="FILE",
                   help=translate("cli", "scanned forms: PDF, TIFF, PNG or JPEG"))  # fmt: skip
    add_flag(p, "--dry-run", translate("cli", "read and report, store nothing"))
    add_json(p)


def cmd_scan_forms(args: argparse.Namespace) -> int:
    from ..services.scan.forms import scan_files
    from . import common as cli

    cli.open_db(args)
    result = scan_files([Path(f) for f in args.files], campaign=args.campaign,
                        dry_run=args.dry_run)  # fmt: skip

    def tr(text: str) -> str:
        return translate("scan", text)

    if args.json:
        cli.print_json(result.as_json(tr))
        return cli.EXIT_OK
    for form in result.forms:
        state = translate("cli", "draft") if form.saved == "draft" else translate("cli", "skipped")
        cli.out("\t".join([form.file, ",".join(map(str, form.pages)), form.case_no,
                           str(form.visit_no or "-"), state,
                           translate("cli", "{n} uncertain").format(n=len(form.uncertain)),
                           tr(form.reason) if form.reason else ""]))  # fmt: skip
    for page in result.unreadable:
        cli.out(
            "\t".join([page.file, str(page.page), translate("cli", "unreadable"), tr(page.reason)])
        )
    cli.out(translate("cli", "{pages} pages read: {forms} forms, {bad} pages unreadable.").format(
        pages=result.pages, forms=len(result.forms), bad=len(result.unreadable)))  # fmt: skip
    return cli.EXIT_OK


SCAN_COMMAND = (
    "scan-forms",
    cmd_scan_forms,
    scan_forms_options,
    QT_TRANSLATE_NOOP("cli", "read scanned registration forms into draft visit records"),
)


def drop_scans_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    add_flag(p, "--dry-run", translate("cli", "say what would be dropped, drop nothing"))
    add_json(p)


def cmd_drop_scans(args: argparse.Namespace) -> int:
    from ..services.scan.store import drop_reviewed, reviewed_scans
    from . import common as cli

    cli.open_db(args)
    records, pages, size = reviewed_scans(args.campaign)
    dropped = 0 if args.dry_run else drop_reviewed(args.campaign, compact=True)
    if args.json:
        cli.print_json({"records": records, "pages": pages, "bytes": size,
                        "dropped": dropped, "dry_run": args.dry_run})  # fmt: skip
        return cli.EXIT_OK
    text = (translate("cli", "{pages} pages of {records} reviewed records ({mb:.1f} MB) would "
                      "be dropped.") if args.dry_run  # fmt: skip
            else translate("cli", "{pages} pages of {records} reviewed records ({mb:.1f} MB) "
                           "dropped."))  # fmt: skip
    cli.out(text.format(pages=dropped if not args.dry_run else pages, records=records,
                        mb=size / (1 << 20)))  # fmt: skip
    return cli.EXIT_OK


DROP_SCANS_COMMAND = (
    "drop-scans",
    cmd_drop_scans,
    drop_scans_options,
    QT_TRANSLATE_NOOP("cli", "drop the scans kept with the campaign's reviewed visit records"),
)
