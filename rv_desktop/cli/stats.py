"""``stats`` and ``report``: the campaign's figures and its analysis report."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .common import (
    EXIT_OK,
    add_campaign_db,
    add_json,
    add_pdf_out,
    err,
    open_db,
    out,
    print_json,
    translate,
    vocab,
)


def stats_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    p.add_argument(
        "--by",
        choices=["source", "unit", "village", "category", "visitor", "town"],
        default="source",
        help=translate("cli", "group the rows by (default: source)"),
    )
    add_json(p)
    p.add_argument(
        "--xlsx", metavar="OUT", help=translate("cli", "also write the table to this xlsx")
    )
    p.add_argument(
        "--pdf", metavar="OUT", help=translate("cli", "also write the table to this PDF")
    )


def cmd_stats(args: argparse.Namespace) -> int:
    from ..domain.campaigns import get_campaign
    from ..domain.statistics import feedback_statistics

    open_db(args)
    stats = feedback_statistics(get_campaign(args.campaign), args.by)
    written = []
    if args.xlsx:
        from ..services.statistics_export import export_statistics_xlsx

        written.append(export_statistics_xlsx(stats, Path(args.xlsx)))
    if args.pdf:
        from ..services.printing import print_statistics

        written.append(print_statistics(Path(args.pdf), stats.campaign, by=args.by).path)
    if args.json:
        print_json(stats.as_json())
        return EXIT_OK
    _print_table(stats, args.by)
    for path in written:
        out(str(path))
    return EXIT_OK


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


#: the columns of the table, in the user's language when printed
_HEADINGS = (
    QT_TRANSLATE_NOOP("cli", "Group"),
    QT_TRANSLATE_NOOP("cli", "Targets"),
    QT_TRANSLATE_NOOP("cli", "Visited"),
    QT_TRANSLATE_NOOP("cli", "Satisfied"),
    QT_TRANSLATE_NOOP("cli", "Basically satisfied"),
    QT_TRANSLATE_NOOP("cli", "Dissatisfied"),
    QT_TRANSLATE_NOOP("cli", "Not reached"),
    QT_TRANSLATE_NOOP("cli", "Satisfaction rate"),
    QT_TRANSLATE_NOOP("cli", "Settled"),
    QT_TRANSLATE_NOOP("cli", "Follow-ups open"),
    QT_TRANSLATE_NOOP("cli", "Overdue"),
)


def _print_table(stats, by: str) -> None:
    """The figures as tab-separated lines under a heading line, the total last."""
    out("\t".join(translate("cli", text) for text in _HEADINGS))
    for row in [*stats.rows, stats.total]:
        key = translate("cli", "Total") if row.key is None else (row.key or "-")
        if row.key and by == "source":
            key = vocab("source_level", row.key)
        out(
            "\t".join(
                str(v)
                for v in (
                    key,
                    row.targets,
                    row.visited,
                    row.satisfied,
                    row.basically_satisfied,
                    row.dissatisfied,
                    row.not_reached,
                    _rate(row.satisfaction_rate),
                    row.settled,
                    row.followups_open,
                    row.followups_overdue,
                )
            )
        )


def report_options(p: argparse.ArgumentParser) -> None:
    add_campaign_db(p)
    add_pdf_out(p)


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.analysis_report import export_analysis_report

    open_db(args)
    result = export_analysis_report(Path(args.out), args.campaign)
    out(str(result.path))
    if result.missing_characters:
        err(
            translate(
                "cli", "The font lacks these characters, printed as gaps to fill in: {characters}"
            ).format(characters="".join(sorted(set().union(*result.missing_characters.values()))))
        )
    return EXIT_OK
