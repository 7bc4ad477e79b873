"""``screen`` and ``export-assignments``: a campaign's targets and tasks."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..domain.errors import UserError
from .common import (
    EXIT_OK,
    add_campaign_db,
    add_db,
    add_dry_run,
    add_json,
    add_out,
    open_db,
    option_date,
    option_list,
    out,
    print_json,
    translate,
    vocab,
)


def screen_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument(
        "--campaign",
        required=True,
        metavar="NAME",
        help=translate("cli", "the campaign (created if it does not exist)"),
    )
    p.add_argument(
        "--concluded-from", metavar="DATE", help=translate("cli", "concluded on or after DATE")
    )
    p.add_argument(
        "--concluded-to", metavar="DATE", help=translate("cli", "concluded on or before DATE")
    )
    p.add_argument(
        "--sources",
        metavar="LIST",
        help=translate("cli", "source levels, comma-separated (default: central,provincial)"),
    )
    p.add_argument(
        "--exclude",
        metavar="LIST",
        help=translate(
            "cli",
            "exclusions, comma-separated, from many_people,policy,rebound,settled "
            "(default: the campaign's, else many_people,policy,rebound)",
        ),
    )
    add_dry_run(p)
    add_json(p)


def cmd_screen(args: argparse.Namespace) -> int:
    from ..domain.screening_preview import preview_by_name, screen_by_name

    open_db(args)
    changes = _criteria_changes(args)
    screen = preview_by_name if args.dry_run else screen_by_name
    screened = screen(args.campaign, changes)
    counts, created = screened.counts, screened.created
    if args.json:
        print_json({**counts.as_json(), "created": created, "dry_run": bool(args.dry_run)})
        return EXIT_OK
    if created and not args.dry_run:
        out(translate("cli", "Campaign {name} created.").format(name=counts.campaign))
    excluded = vocab("list_separator", "").join(
        f"{vocab('exclusion_reason', k)} {v}" for k, v in counts.excluded.items() if v
    )
    text = translate(
        "cli",
        "{campaign}: {considered} cases considered, {targets} targets, {excluded} excluded"
        " ({details}); {added} added, {changed} changed, {dropped} removed, {kept} kept.",
    ).format(
        campaign=counts.campaign,
        considered=counts.considered,
        targets=counts.targets,
        excluded=sum(counts.excluded.values()),
        details=excluded or "-",
        added=counts.added,
        changed=counts.changed,
        dropped=counts.dropped,
        kept=counts.kept,
    )
    out(text + (" " + translate("cli", "(dry run: nothing was changed)") if args.dry_run else ""))
    return EXIT_OK


def _criteria_changes(args: argparse.Namespace) -> dict:
    """The criteria the options change, checked; the others stay the campaign's."""
    from ..domain.screening import EXCLUSION_ORDER

    changes: dict = {}
    if args.concluded_from is not None:
        changes["concluded_from"] = option_date(args.concluded_from)
    if args.concluded_to is not None:
        changes["concluded_to"] = option_date(args.concluded_to)
    if args.sources is not None:
        changes["sources"] = option_list(args.sources)
    if args.exclude is not None:
        wanted = set(option_list(args.exclude))
        unknown = sorted(wanted - set(EXCLUSION_ORDER))
        if unknown:
            raise UserError(
                "bad_exclusion_option",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    '"{value}" is not an exclusion (many_people, policy, rebound, settled).',
                ),
                value=unknown[0],
            )
        changes.update({f"exclude_{r}": r in wanted for r in EXCLUSION_ORDER})
    return changes


def export_assignments_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    add_out(p, translate("cli", "the xlsx to write"))


def cmd_export_assignments(args: argparse.Namespace) -> int:
    from ..domain.campaigns import get_campaign
    from ..domain.tasks import board
    from ..services.assignment_table import export_assignment_table

    open_db(args)
    campaign = get_campaign(args.campaign)
    cards = sorted(board(campaign), key=lambda c: c.case_no)
    path = export_assignment_table(Path(args.out), campaign, cards)
    out(
        translate("cli", "{path}: {count} tasks of {campaign}.").format(
            path=path, count=len(cards), campaign=campaign.name
        )
    )
    return EXIT_OK
