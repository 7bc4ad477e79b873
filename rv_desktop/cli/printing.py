"""``print-forms`` and ``print``: the campaign's documents on paper (PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_campaign_db,
    add_flag,
    add_pdf_out,
    err,
    open_db,
    out,
    translate,
)
from .counts import counts


def print_forms_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    add_pdf_out(p)
    p.add_argument(
        "--visitor", metavar="NAME", help=translate("cli", "only the forms of this visitor")
    )
    p.add_argument(
        "--village", metavar="NAME", help=translate("cli", "only the forms of this village")
    )
    p.add_argument("--blank", type=int, metavar="N", help=translate("cli", "N blank forms instead"))
    add_flag(p, "--filled", translate("cli", "filled in from the final visit records"))
    add_flag(
        p,
        "--allow-missing",
        translate("cli", "print even if the font lacks some characters (left blank)"),
    )


def cmd_print_forms(args: argparse.Namespace) -> int:
    from ..services.printing import print_forms

    if args.blank is not None and args.blank < 1:
        err(translate("cli", "--blank must be at least 1."))
        return EXIT_BAD_INPUT
    open_db(args)
    result = print_forms(
        Path(args.out),
        campaign=args.campaign,
        visitor=args.visitor,
        village=args.village,
        blank=args.blank,
        filled=args.filled,
        allow_missing=args.allow_missing,
    )
    out(
        translate("cli", "{path}: {forms}, {pages}.").format(
            path=result.path,
            forms=counts().forms(result.forms),
            pages=counts().pages(result.pages),
        )
    )
    return EXIT_OK


def print_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    add_pdf_out(p)
    p.add_argument(
        "--document",
        required=True,
        choices=["assignment", "statistics", "summary", "plan"],
        help=translate("cli", "which document"),
    )


def cmd_print(args: argparse.Namespace) -> int:
    from ..services.printing import DOCUMENTS

    if args.document not in DOCUMENTS:
        err(
            translate("cli", "The {document} document is not available in this version.").format(
                document=args.document
            )
        )
        return EXIT_BAD_INPUT
    open_db(args)
    result = DOCUMENTS[args.document](Path(args.out), campaign=args.campaign)
    out(
        translate("cli", "{path}: {pages}.").format(
            path=result.path, pages=counts().pages(result.pages)
        )
    )
    return EXIT_OK
