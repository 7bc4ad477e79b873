"""``demo-db`` and ``check``: a demo database, and the file's soundness."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain import db as dbmod
from ..i18n import tr_error
from .common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_PROBLEMS,
    add_db,
    add_json,
    err,
    open_db,
    out,
    print_json,
    translate,
)
from .counts import counts


def demo_db_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH", help=translate("cli", "the new database file"))
    p.add_argument("--cases", type=int, default=1200, help=translate("cli", "number of cases"))
    p.add_argument("--seed", type=int, default=1, help=translate("cli", "random seed"))


def cmd_demo_db(args: argparse.Namespace) -> int:
    from ..services.demo import create_demo_database

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


def check_options(p: argparse.ArgumentParser) -> None:
    add_db(p)
    add_json(p)


def cmd_check(args: argparse.Namespace) -> int:
    from ..domain.checks import check_database

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
        return _unopened(args, exc)
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


def _unopened(args: argparse.Namespace, exc) -> int:
    """The file could not be opened: missing, not ours (2) or damaged (1)."""
    if not isinstance(exc, dbmod.DatabaseDamaged):  # missing, a folder, not ours: exit 2
        if not args.json:
            raise exc
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


def _rules_to_review(problems) -> list:
    """Final records that break the plan's rules (issue 14), on a sound database."""
    from ..domain.rule_review import records_to_review

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
