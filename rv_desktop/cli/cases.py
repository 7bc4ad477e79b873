"""``import-ledger`` and ``cases``: the register."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path

from .common import (
    EXIT_OK,
    add_create,
    add_db,
    add_dry_run,
    add_json,
    check_output_file,
    open_db,
    out,
    print_json,
    translate,
    vocab,
)
from .counts import counts


def import_ledger_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument(
        "file", metavar="FILE", help=translate("cli", "the ledger (xlsx, xls, ods, csv)")
    )
    p.add_argument("--sheet", metavar="NAME", help=translate("cli", "the sheet to read"))
    add_dry_run(p)
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
    p.add_argument(
        "--reveal",
        action="store_true",
        help=translate("cli", "write ID numbers and phones unmasked in --rejected-xlsx (audited)"),
    )
    add_json(p)
    add_create(p)


def cmd_import_ledger(args: argparse.Namespace) -> int:
    # Python's cyclic collector paused for the whole command, as it is for the
    # import itself: the summary and the output that follow would otherwise
    # start its passes over the import's million objects, to find nothing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _import_ledger(args)
    finally:
        if was_enabled:
            gc.enable()


def _import_ledger(args: argparse.Namespace) -> int:
    from ..services.ledger_import import import_ledger, save_rejected

    if args.rejected_xlsx:  # refused before the import, not after it was written
        check_output_file(Path(args.rejected_xlsx))
    open_db(args, create=args.create)
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
            reveal=args.reveal,
        )
    if args.json:
        print_json(summary)
        return EXIT_OK
    sheet = plan.table.sheet or ""
    for kind in ("rejected", "warnings"):
        label = translate("cli", "rejected") if kind == "rejected" else translate("cli", "warning")
        for item in summary[kind]:
            out(f"{sheet}!{item['cell'] or item['row']}: {label}: {item['reason']}")
    skipped = translate("cli", "skipped")
    for item in summary["skipped"]:
        out(f"{sheet}!{item['row']}: {skipped}: {item['reason']}")
    text = translate(
        "cli",
        "{file}: {rows}: {new} new, {updated} updated, {unchanged} unchanged, "
        "{rejected} rejected.",
    ).format(
        file=Path(args.file).name,
        rows=counts().rows_read(summary["rows_read"]),
        new=summary["new"],
        updated=summary["updated"],
        unchanged=summary["unchanged"],
        rejected=len(summary["rejected"]),
    )
    out(text + (" " + translate("cli", "(dry run: nothing was changed)") if args.dry_run else ""))
    return EXIT_OK


def cases_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("--search", metavar="TEXT", help=translate("cli", "find cases containing TEXT"))
    p.add_argument(
        "--reveal",
        action="store_true",
        help=translate("cli", "show ID numbers, phones and addresses unmasked (audited)"),
    )
    add_json(p)


def cmd_cases(args: argparse.Namespace) -> int:
    from ..domain.cases import CaseFilter, list_cases
    from ..domain.normalize import mask_address, mask_id, mask_phone
    from ..domain.register import reveal_personal_data

    open_db(args)
    rows = list_cases(CaseFilter(text=args.search or ""))
    items = [row.as_json() for row in rows]
    if args.reveal:  # recorded as the Cases page records it
        reveal_personal_data(
            "case_list", None, {"command": "cases", "search": args.search, "count": len(rows)}
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
                        vocab("source_level", item["source_level"]),
                        item["concluded_on"],
                        item["handling_unit"],
                    )
                )
            )
    return EXIT_OK
