"""The command line: ``rv-desktop [--db PATH | --demo] [SUBCOMMAND ...]``.

Without a subcommand it opens the GUI. Subcommands do everything that needs
no eyes, for IT staff, scripts and tests, by calling the same services as the
GUI. Exit codes: 0 done, 1 the command ran and found problems, 2 bad input
(nothing was changed); interruptions, closed pipes and bugs are turned into
messages and codes by ``cli_frame``, which every subcommand runs inside.
Messages follow the user's language (``--lang``).
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
from .cli_counts import counts
from .cli_frame import opens_window, run_command, translate_argparse
from .cli_init import cmd_init, init_options
from .cli_keys import KEY_COMMANDS, add_office_key_options, office_keys_command, wants_keys
from .cli_scan import SCAN_COMMAND
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


def vocab(kind: str, code) -> str:
    """A coded value in the user's language, from the county's vocabulary (data/);
    ``--json`` keeps the codes."""
    from PySide6.QtCore import QLocale

    from .domain.vocabulary import label, table

    if kind == "list_separator":
        return table("common", QLocale().name())["list_separator"]
    return label(kind, code, QLocale().name())


def print_json(data) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def open_db(args: argparse.Namespace, actor: str = "cli", create: bool = False):
    """Open ``--db`` (or the default database) for a subcommand.

    A missing file is refused unless ``create`` (``init``, ``--create``):
    nothing, not even a folder, is made for a mistyped path. Opening writes
    nothing: reading commands stay cheap (damage is refused when SQLite
    reports it, ``cli_frame``), and before a command's first write the file is
    quick-checked and the actor named, so no command writes into a file
    SQLite knows to be damaged.
    """
    from .cli_frame import guard_writes

    path = Path(args.db).expanduser() if args.db else paths.default_database()
    database = dbmod.open_database(path, actor=None, hold=args.command, create=create)
    guard_writes(database, path, actor)
    return database


def _add_db(parser: argparse.ArgumentParser, required: bool = True) -> None:
    # a subcommand's --db leaves the one given before the subcommand alone
    # (argparse.SUPPRESS); main() asks for it when neither place has it
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS if required else None,
        metavar="PATH",
        help=translate("cli", "the database file"),
    )
    if required:
        parser.set_defaults(db_required=True)


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
            "Demo database {path}: {cases}, {petitioners}, {targets}, {visits} ({seconds:.1f} s).",
        ).format(
            path=summary.path,
            cases=counts().cases(summary.cases),
            petitioners=counts().petitioners(summary.petitioners),
            targets=counts().targets(summary.targets),
            visits=counts().visit_records(summary.visit_records),
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

    try:
        dbmod.check_file(Path(args.db).expanduser())  # a check may read it all
        open_db(args)
        try:
            problems = check_database()
        except Exception as exc:  # damage the quick check did not see: the full one did
            if not dbmod.is_damage(exc):
                raise
            raise dbmod.DatabaseDamaged(Path(args.db), [str(exc)]) from exc
    except dbmod.DatabaseOpenError as exc:
        if not isinstance(exc, dbmod.DatabaseDamaged):  # missing, a folder, not ours: exit 2
            if not args.json:
                raise
            print_json(
                {"db": str(args.db), "schema_version": None, "sound": False,
                 "error": tr_error(exc), "problems": []}  # fmt: skip
            )
            err(tr_error(exc))
            return EXIT_BAD_INPUT
        # damage is what a check finds, not bad input: exit 1
        if args.json:
            lines = [line for p in exc.problems for line in p.splitlines() if line.strip()]
            print_json(
                {
                    "db": str(args.db),
                    "schema_version": None,
                    "sound": False,
                    "error": tr_error(exc),
                    "problems": [
                        {"code": "sqlite", "count": 1, "message": line} for line in lines[:100]
                    ],
                }
            )
            err(tr_error(exc))
        else:
            out(tr_error(exc))
        return EXIT_PROBLEMS
    review = _rules_to_review(problems)
    if args.json:
        print_json(
            {
                "db": str(args.db),
                "schema_version": dbmod.schema_version(),
                "sound": not problems,
                "problems": [
                    {"code": p.code, "count": p.count, "message": p.format()} for p in problems
                ],
                "to_review": [item.as_json() for item in review],
            }
        )
    elif problems:
        for p in problems:
            out(p.format(translate("UserError", p.template)))
    else:
        out(translate("cli", "{path}: the database is sound.").format(path=args.db))
    if review and not args.json:
        _print_rules_to_review(review)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _rules_to_review(problems) -> list:
    """Final records that break the plan's rules (issue 14), on a sound database."""
    from .domain.rule_review import records_to_review

    return [] if problems else records_to_review()


def _print_rules_to_review(review) -> None:
    out(
        translate(
            "cli",
            "{count} final visit records break the plan's rules; reopen and complete them, "
            "or keep them with a note:",
        ).format(count=len(review))
    )
    for item in review:
        reasons = "; ".join(translate("UserError", p.template) for p in item.problems)
        out(
            translate("cli", "  {case_no} visit {visit_no}: {reasons}").format(
                case_no=item.case_no, visit_no=item.visit_no, reasons=reasons
            )
        )


# --- the office ---------------------------------------------------------------


def _office_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--town", help=translate("cli", "the town (乡镇), printed on forms and packages")
    )
    p.add_argument("--office", help=translate("cli", "the office, as it signs (填报单位)"))
    p.add_argument("--clerk", help=translate("cli", "the clerk's name"))
    p.add_argument(
        "--phone",
        help=translate("cli", "the office's phone (联系电话), printed under the county's tables"),
    )
    p.add_argument(
        "--level",
        choices=("town", "county"),
        help=translate("cli", "the office's level: town (visits in person) or county (may phone)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    add_office_key_options(p)


def cmd_office(args: argparse.Namespace) -> int:
    from .domain.office import (
        check_office_names,
        office_level,
        office_names,
        save_office_names,
        set_office_level,
    )

    open_db(args)
    if wants_keys(args):
        return office_keys_command(args)
    names = office_names()
    if any(v is not None for v in (args.town, args.office, args.clerk, args.phone)):
        names = check_office_names(
            names.town if args.town is None else args.town,
            names.office if args.office is None else args.office,
            names.clerk if args.clerk is None else args.clerk,
            names.phone if args.phone is None else args.phone,
        )
        save_office_names(names)
    if args.level is not None:
        set_office_level(args.level)
    level = office_level()
    if args.json:
        print_json(
            {
                "town": names.town,
                "office": names.office,
                "clerk": names.clerk,
                "phone": names.phone,
                "level": level,
            }
        )
    else:
        out(
            translate("cli", "Town: {town}; office: {office}; clerk: {clerk}").format(
                town=names.town or "—", office=names.office or "—", clerk=names.clerk or "—"
            )
        )
        out(translate("cli", "Phone: {phone}").format(phone=names.phone or "—"))
        out(
            translate("cli", "Level: {level}").format(
                level=translate("cli", "town") if level == "town" else translate("cli", "county")
            )
        )
    return EXIT_OK


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


def _restore_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("backup", metavar="BACKUP", help=translate("cli", "the backup file"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def cmd_restore(args: argparse.Namespace) -> int:
    from .domain.dblock import hold_for_restore
    from .services.backup import restore_backup

    path = Path(args.db).expanduser().absolute()
    lock = hold_for_restore(path)  # no writer may run meanwhile, nor the window
    try:
        result = restore_backup(Path(args.backup), path, actor="cli")
    finally:
        dbmod.close_database()
        lock.release()
    if args.json:
        print_json(result.as_json())
        return EXIT_OK
    out(
        translate(
            "cli", "{db}: restored from {backup} ({cases}, {campaigns})."
        ).format(
            db=result.db_path,
            backup=result.backup,
            cases=counts().cases(result.cases),
            campaigns=counts().campaigns(result.campaigns),
        )
    )
    if result.migrated:
        out(
            translate("cli", "The backup had schema {found}; it was upgraded to {known}.").format(
                found=result.schema_version_found, known=result.schema_version
            )
        )
    if result.kept_aside:
        out(translate("cli", "The previous file is kept as {path}.").format(path=result.kept_aside))
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
    p.add_argument(
        "--reveal",
        action="store_true",
        help=translate("cli", "write ID numbers and phones unmasked in --rejected-xlsx (audited)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    _add_create(p)


def _add_create(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--create",
        action="store_true",
        help=translate("cli", "create the database if the file does not exist"),
    )


def cmd_import_ledger(args: argparse.Namespace) -> int:
    from .services.ledger_import import import_ledger, save_rejected

    if args.rejected_xlsx:  # refused before the import, not after it was written
        _check_output_file(Path(args.rejected_xlsx))
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


def _check_output_file(path: Path) -> None:
    """Refuse an output path that can never be written: a folder, or in no folder."""
    if path.is_dir():
        raise UserError(
            "output_is_folder",
            QT_TRANSLATE_NOOP("UserError", "{path} is a folder; give a file name to write."),
            path=path,
        )
    if not path.expanduser().absolute().parent.is_dir():
        raise UserError(
            "output_folder_missing",
            QT_TRANSLATE_NOOP("UserError", "The folder of {path} does not exist."),
            path=path,
        )


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
                        vocab("source_level", item["source_level"]),
                        item["concluded_on"],
                        item["handling_unit"],
                    )
                )
            )
    return EXIT_OK


# --- screen / export-assignments ---------------------------------------------------


def _screen_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
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
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would happen, change nothing"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def _option_date(value: str | None):
    from .domain.normalize import parse_date

    if value is None:
        return None
    parsed = parse_date(value)
    if not parsed.ok or parsed.value is None:
        raise UserError(
            "bad_date_option",
            QT_TRANSLATE_NOOP("UserError", '"{value}" is not a date (write it as 2017-07-01).'),
            value=value,
        )
    return parsed.value


def _option_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.replace("，", ",").split(",") if v.strip())


def cmd_screen(args: argparse.Namespace) -> int:
    import dataclasses

    from .domain.campaigns import campaign_by_name, ensure_campaign
    from .domain.screening import (
        EXCLUSION_ORDER,
        criteria_of,
        preview_screening,
        run_screening,
    )

    open_db(args)
    changes: dict = {}
    if args.concluded_from is not None:
        changes["concluded_from"] = _option_date(args.concluded_from)
    if args.concluded_to is not None:
        changes["concluded_to"] = _option_date(args.concluded_to)
    if args.sources is not None:
        changes["sources"] = _option_list(args.sources)
    if args.exclude is not None:
        wanted = set(_option_list(args.exclude))
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
    if args.dry_run:
        campaign = campaign_by_name(args.campaign)
        created = campaign is None
        if created:  # nothing is written: screen against a campaign that is not there yet
            from .domain.models import Campaign

            campaign = Campaign(id=0, name=" ".join(args.campaign.split()))
        criteria = dataclasses.replace(criteria_of(campaign), **changes)
        counts = preview_screening(campaign, criteria)
    else:
        from .domain.models import db

        with db.atomic():  # a campaign created for criteria that are refused is not kept
            campaign, created = ensure_campaign(args.campaign)
            criteria = dataclasses.replace(criteria_of(campaign), **changes)
            counts = run_screening(campaign, criteria)
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


def _export_assignments_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )
    p.add_argument(
        "--out", required=True, metavar="FILE", help=translate("cli", "the xlsx to write")
    )


def cmd_export_assignments(args: argparse.Namespace) -> int:
    from .domain.campaigns import get_campaign
    from .domain.tasks import board
    from .services.assignment_table import export_assignment_table

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


# --- print-forms / print -------------------------------------------------------


def _print_forms_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )
    p.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=translate("cli", "the PDF to write")
    )
    p.add_argument(
        "--visitor", metavar="NAME", help=translate("cli", "only the forms of this visitor")
    )
    p.add_argument(
        "--village", metavar="NAME", help=translate("cli", "only the forms of this village")
    )
    p.add_argument("--blank", type=int, metavar="N", help=translate("cli", "N blank forms instead"))
    p.add_argument(
        "--filled",
        action="store_true",
        help=translate("cli", "filled in from the final visit records"),
    )
    p.add_argument(
        "--allow-missing",
        action="store_true",
        help=translate("cli", "print even if the font lacks some characters (left blank)"),
    )


def cmd_print_forms(args: argparse.Namespace) -> int:
    from .services.printing import print_forms

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


def _print_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )
    p.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=translate("cli", "the PDF to write")
    )
    p.add_argument(
        "--document",
        required=True,
        choices=["assignment", "statistics", "summary", "plan"],
        help=translate("cli", "which document"),
    )


def cmd_print(args: argparse.Namespace) -> int:
    from .services.printing import DOCUMENTS

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


# --- stats ----------------------------------------------------------------------


def _stats_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )
    p.add_argument(
        "--by",
        choices=["source", "unit", "village", "category", "visitor", "town"],
        default="source",
        help=translate("cli", "group the rows by (default: source)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.add_argument(
        "--xlsx", metavar="OUT", help=translate("cli", "also write the table to this xlsx")
    )
    p.add_argument(
        "--pdf", metavar="OUT", help=translate("cli", "also write the table to this PDF")
    )


def cmd_stats(args: argparse.Namespace) -> int:
    from .domain.campaigns import get_campaign
    from .domain.statistics import feedback_statistics

    open_db(args)
    stats = feedback_statistics(get_campaign(args.campaign), args.by)
    written = []
    if args.xlsx:
        from .services.statistics_export import export_statistics_xlsx

        written.append(export_statistics_xlsx(stats, Path(args.xlsx)))
    if args.pdf:
        from .services.printing import print_statistics

        written.append(print_statistics(Path(args.pdf), stats.campaign, by=args.by).path)
    if args.json:
        print_json(stats.as_json())
        return EXIT_OK

    def rate(value: float | None) -> str:
        return "-" if value is None else f"{value * 100:.1f}%"

    out(
        "\t".join(
            translate("cli", text)
            for text in (
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
        )
    )
    for row in [*stats.rows, stats.total]:
        key = translate("cli", "Total") if row.key is None else (row.key or "-")
        if row.key and args.by == "source":
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
                    rate(row.satisfaction_rate),
                    row.settled,
                    row.followups_open,
                    row.followups_overdue,
                )
            )
        )
    for path in written:
        out(str(path))
    return EXIT_OK


# --- visits ---------------------------------------------------------------------


def _visits_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def _cell(value) -> str:
    """A value for a tab-separated line: yes/no in words, "-" for nothing."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return translate("cli", "yes") if value else translate("cli", "no")
    return str(value)


def cmd_visits(args: argparse.Namespace) -> int:
    from .domain.visits import visit_list

    open_db(args)
    rows = visit_list(args.campaign)
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        out(
            "\t".join(
                _cell(v)
                for v in (
                    row.case_no,
                    row.visit_no,
                    vocab("record_state", "reviewed" if row.reviewed else row.state),
                    row.visited_on,
                    vocab("method", row.method) or None,
                    vocab("satisfaction", row.satisfaction) or None,
                    vocab("yes_no", row.settled) or None,
                )
            )
        )
    out(translate("cli", "{count}.").format(count=counts().visit_records(len(rows))))
    return EXIT_OK


# --- followups / close-followup --------------------------------------------------


def _followups_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )
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
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def cmd_followups(args: argparse.Namespace) -> int:
    from .domain.followups import followup_items
    from .services.followup_export import export_followups_xlsx

    open_db(args)
    rows = followup_items(args.campaign, state=args.state)
    if args.xlsx:
        export_followups_xlsx(Path(args.xlsx), args.campaign)
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        out(
            "\t".join(
                str(v if v is not None else "-")
                for v in (
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
            )
        )
    out(
        translate("cli", "{count} items, {overdue} overdue.").format(
            count=len(rows), overdue=sum(1 for r in rows if r.overdue)
        )
    )
    return EXIT_OK


def _close_followup_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("id", metavar="ID", type=int, help=translate("cli", "the item's number"))
    p.add_argument(
        "--result", required=True, metavar="TEXT", help=translate("cli", "what was done")
    )
    p.add_argument(
        "--on", metavar="DATE", help=translate("cli", "the date it was closed (default: today)")
    )


def cmd_close_followup(args: argparse.Namespace) -> int:
    from .domain.visits import close_followup

    closed_on = _option_date(args.on)
    open_db(args)
    status = close_followup(args.id, args.result, closed_on)
    out(
        translate("cli", "Item {id} closed; the task is in the column {status}.").format(
            id=args.id, status=status
        )
    )
    return EXIT_OK


# --- exchange packages ------------------------------------------------------------


class PassphraseError(UserError):
    pass


def _read_passphrase(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PassphraseError(
            "passphrase_file",
            QT_TRANSLATE_NOOP("UserError", "The passphrase file {path} cannot be read: {reason}"),
            path=path,
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    lines = text.splitlines()
    return lines[0] if lines else ""


def _ask_passphrase(twice: bool) -> str | None:
    """Ask on the terminal; None when there is none to ask on (a script)."""
    import getpass

    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(translate("cli", "Passphrase: "))
    if twice and getpass.getpass(translate("cli", "Passphrase again: ")) != first:
        raise PassphraseError(
            "passphrase_mismatch",
            QT_TRANSLATE_NOOP("UserError", "The two passphrases differ. Nothing was written."),
        )
    return first


def _export_package_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=translate("cli", "the folder to write the package into (the USB stick)"),
    )
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--passphrase-file",
        metavar="F",
        help=translate("cli", "read the passphrase agreed with the county from the file F"),
    )
    how.add_argument(
        "--no-encryption",
        action="store_true",
        help=translate("cli", "write the package unencrypted (personal data readable!)"),
    )


def cmd_export_package(args: argparse.Namespace) -> int:
    from .services.keys import county_key
    from .services.package import write_package

    open_db(args)
    passphrase = None
    if not args.no_encryption:
        if args.passphrase_file:
            passphrase = _read_passphrase(args.passphrase_file)
        elif county_key() is None:  # with the county's key installed, no passphrase
            passphrase = _ask_passphrase(twice=True)
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
    from .domain.campaigns import get_campaign
    from .domain.left_out import still_open

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


def _import_package_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "packages",
        nargs="*",
        metavar="PACKAGE",
        help=translate("cli", "the towns' packages (.rvpkg)"),
    )
    p.add_argument(
        "--allow-unencrypted",
        action="store_true",
        help=translate("cli", "also merge unencrypted packages (their origin is not proven)"),
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
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    _add_create(p)


def cmd_import_package(args: argparse.Namespace) -> int:
    from .cli_keys import protection_text
    from .services.county import MERGED, REFUSED, UNCHANGED, import_packages
    from .services.crypto import needs_passphrase as is_encrypted

    path = Path(args.db).expanduser()
    created = args.create and dbmod.inspect_file(path) is None
    open_db(args, actor="county", create=args.create)
    if args.undo_last or not args.packages:
        from .cli_keys import undo_command

        return undo_command(args)
    outcomes = []
    try:
        passphrase = _read_passphrase(args.passphrase_file) if args.passphrase_file else None
        if passphrase is None and any(_head_encrypted(p, is_encrypted) for p in args.packages):
            passphrase = _ask_passphrase(twice=False)
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
            if o.receipt:
                out("  " + translate("cli", "receipt: {path}").format(path=o.receipt))
            elif o.receipt_error:
                out(
                    "  "
                    + translate("cli", "the receipt could not be written: {reason}").format(
                        reason=o.receipt_error
                    )
                )
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


def _import_receipt_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "receipts",
        nargs="+",
        metavar="RECEIPT",
        help=translate("cli", "the county's receipts (.rvreceipt)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def cmd_import_receipt(args: argparse.Namespace) -> int:
    from .services.receipts import import_receipt

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


def _exports_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def cmd_exports(args: argparse.Namespace) -> int:
    from .services.package import list_exports

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


# --- report ---------------------------------------------------------------------


def _report_options(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("cli", "the campaign (default: the current one)"),
    )
    p.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=translate("cli", "the PDF to write")
    )


def cmd_report(args: argparse.Namespace) -> int:
    from .services.analysis_report import export_analysis_report

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


_COMMAND_TABLE: list[tuple[str, Handler, Callable[[argparse.ArgumentParser], None], str]] = [
    (
        "demo-db",
        cmd_demo_db,
        _demo_db_options,
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
        "print-forms",
        cmd_print_forms,
        _print_forms_options,
        QT_TRANSLATE_NOOP("cli", "print the return-visit registration forms (PDF)"),
    ),
    (
        "print",
        cmd_print,
        _print_options,
        QT_TRANSLATE_NOOP("cli", "print a document of the campaign (PDF)"),
    ),
    (
        "office",
        cmd_office,
        _office_options,
        QT_TRANSLATE_NOOP("cli", "show or set the town, office and clerk names"),
    ),
    (
        "backup",
        cmd_backup,
        _backup_options,
        QT_TRANSLATE_NOOP("cli", "write a verified backup copy of the database"),
    ),
    (
        "restore",
        cmd_restore,
        _restore_options,
        QT_TRANSLATE_NOOP(
            "cli", "replace the database by a backup (the current file is kept aside)"
        ),
    ),
    (
        "screen",
        cmd_screen,
        _screen_options,
        QT_TRANSLATE_NOOP("cli", "screen the cases of a campaign: its targets and exclusions"),
    ),
    (
        "export-assignments",
        cmd_export_assignments,
        _export_assignments_options,
        QT_TRANSLATE_NOOP("cli", "export the task assignment table of a campaign (xlsx)"),
    ),
    (
        "stats",
        cmd_stats,
        _stats_options,
        QT_TRANSLATE_NOOP("cli", "the feedback statistics of a campaign (JSON, xlsx, PDF)"),
    ),
    (
        "report",
        cmd_report,
        _report_options,
        QT_TRANSLATE_NOOP("cli", "write the analysis report of a campaign (PDF)"),
    ),
    (
        "visits",
        cmd_visits,
        _visits_options,
        QT_TRANSLATE_NOOP("cli", "list the visit records of a campaign"),
    ),
    SCAN_COMMAND,
    (
        "followups",
        cmd_followups,
        _followups_options,
        QT_TRANSLATE_NOOP("cli", "list the rework, help and follow-up items of a campaign"),
    ),
    (
        "close-followup",
        cmd_close_followup,
        _close_followup_options,
        QT_TRANSLATE_NOOP("cli", "close a rework, help or follow-up item with its result"),
    ),
    (
        "export-package",
        cmd_export_package,
        _export_package_options,
        QT_TRANSLATE_NOOP("cli", "write the exchange package for the county (encrypted)"),
    ),
    (
        "exports",
        cmd_exports,
        _exports_options,
        QT_TRANSLATE_NOOP("cli", "list the exchange packages written and their receipts"),
    ),
    (
        "import-receipt",
        cmd_import_receipt,
        _import_receipt_options,
        QT_TRANSLATE_NOOP("cli", "record the county's receipts of exchange packages"),
    ),
    (
        "import-package",
        cmd_import_package,
        _import_package_options,
        QT_TRANSLATE_NOOP("cli", "merge towns' exchange packages into a county database"),
    ),
    *KEY_COMMANDS,
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
        p.set_defaults(handler=handler, parser=p)
    return parser


def _pre_lang(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen program's worker process stops here
    argv = list(sys.argv[1:] if argv is None else argv)
    if opens_window(argv, SUPPORTED):
        from .gui.app import run_gui

        return run_gui(argv)
    # everything else is parsed here, before any display is touched: QtCore only
    return run_command(lambda: _run_cli(argv))


def _run_cli(argv: list[str]) -> int:
    app = QCoreApplication.instance() or QCoreApplication(["rv-desktop"])
    lang = _pre_lang(argv)
    install_translators(app, lang if lang in SUPPORTED else None)
    translate_argparse()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, a usage error: argparse said it
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        return EXIT_OK
    if getattr(args, "db_required", False) and not args.db:
        try:
            args.parser.error(
                translate("argparse", "the following arguments are required: %s") % "--db"
            )
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    return args.handler(args)

if __name__ == "__main__":
    sys.exit(main())
