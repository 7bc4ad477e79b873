"""``visits``, ``followups`` and ``close-followup``: the visit records and what follows them."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import (
    EXIT_OK,
    add_campaign_db,
    add_db,
    add_json,
    open_db,
    option_date,
    out,
    print_rows,
    translate,
    vocab,
)
from .counts import counts


def visits_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    add_json(p)


def cmd_visits(args: argparse.Namespace) -> int:
    from ..domain.visits import visit_list

    open_db(args)
    rows = visit_list(args.campaign)
    if print_rows(args, rows, _visit_cells):
        return EXIT_OK
    out(translate("cli", "{count}.").format(count=counts().visit_records(len(rows))))
    return EXIT_OK


def _visit_cells(row) -> tuple:
    return (
        row.case_no,
        row.visit_no,
        vocab("record_state", "reviewed" if row.reviewed else row.state),
        row.visited_on,
        vocab("method", row.method) or None,
        vocab("satisfaction", row.satisfaction) or None,
        vocab("yes_no", row.settled) or None,
    )


def followups_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    p.add_argument(
        "--state",
        choices=("open", "overdue", "closed"),
        help=translate("cli", "only the open (overdue included), overdue or closed items"),
    )
    p.add_argument(
        "--xlsx",
        metavar="OUT",
        help=translate("cli", "also write the list of open items as xlsx"),
    )
    add_json(p)


def cmd_followups(args: argparse.Namespace) -> int:
    from ..domain.followups import followup_items
    from ..services.followup_export import export_followups_xlsx

    open_db(args)
    rows = followup_items(args.campaign, state=args.state)
    if args.xlsx:
        export_followups_xlsx(Path(args.xlsx), args.campaign)
    if print_rows(args, rows, _followup_cells):
        return EXIT_OK
    out(
        translate("cli", "{count} items, {overdue} overdue.").format(
            count=len(rows), overdue=sum(1 for r in rows if r.overdue)
        )
    )
    return EXIT_OK


def _followup_cells(row) -> tuple:
    return (
        row.id,
        vocab("followup_kind", row.kind),
        row.case_no,
        row.unit,
        row.assignee,
        row.due_on,
        vocab("followup_state", "overdue" if row.overdue else row.state),
        row.closed_on,
        row.reason,
        row.result,
    )


def close_followup_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("id", metavar="ID", type=int, help=translate("cli", "the item's number"))
    p.add_argument(
        "--result", required=True, metavar="TEXT", help=translate("cli", "what was done")
    )
    p.add_argument(
        "--on", metavar="DATE", help=translate("cli", "the date it was closed (default: today)")
    )


def cmd_close_followup(args: argparse.Namespace) -> int:
    from ..domain.visits import close_followup

    closed_on = option_date(args.on)
    open_db(args)
    status = close_followup(args.id, args.result, closed_on)
    out(
        translate("cli", "Item {id} closed; the task is in the column {status}.").format(
            id=args.id, status=status
        )
    )
    return EXIT_OK
