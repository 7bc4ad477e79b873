"""Real databases for tests, built the way the program builds them.

One place instead of a ``world`` fixture per test file. Every function works
on the database that is open (the ``database`` fixture of conftest.py, or
``new_database``), writes real rows in a real SQLite file and, where the
program has an operation for it, goes through that operation (the office's
names, campaigns, screening, assigning, visit records); cases and their
petitioners are written as a ledger import leaves them.

- ``new_database(path)``: an empty database file of the current schema, open.
- ``office()``, ``unit()``, ``staff()``, ``case()``, ``campaign()``,
  ``target()``, ``assign()``, ``visit_draft()``: one thing each;
  ``assigned_targets()``: cases K01, K02 … as targets given to a visitor.
- ``small_world()``: an office, a current campaign with three assigned targets
  (K01..K03, one visitor, one unit) and one excluded case (K09), and an older
  campaign; returned as a namespace.
- ``satisfied_visit(visited_at, **changes)``: a visit record's values that pass every check.
- ``demo_database(folder, cases)``, ``copy_of(path, folder)``: the demo
  recipe's realistic database (``services/demo.py``), written once per module
  and copied for each test that changes it (conftest's ``demo_file``/``demo_copy``
  keep one per size for the whole run).
- ``damage(path)``: a database file with garbage in the middle of it.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

D = dt.date

#: the dates of the plan the campaigns of the tests follow
PLAN_DATES = {
    "prep_start": D(2026, 10, 1),
    "prep_end": D(2026, 10, 15),
    "impl_start": D(2026, 10, 16),
    "impl_end": D(2026, 11, 30),
    "summary_start": D(2026, 12, 1),
    "summary_end": D(2026, 12, 10),
    "report_deadline": D(2026, 12, 10),
}


def new_database(path: Path, actor: str = "tester"):
    """An empty database of the current schema at ``path``, open and bound to the models."""
    from rv_desktop.domain import db as dbmod

    return dbmod.open_database(path, actor=actor, create=True)


def office(town: str = "青山镇", office: str = "青山镇信访办", clerk: str = "曾小芳",
           level: str = "town"):  # fmt: skip
    """The office's names and level, saved as Settings ▸ Office saves them."""
    from rv_desktop.domain.office import OfficeNames, save_office_names, set_office_level

    save_office_names(OfficeNames(town=town, office=office, clerk=clerk))
    set_office_level(level)


def unit(name: str = "镇国土所", **fields: Any):
    from rv_desktop.domain.models import HandlingUnit

    return HandlingUnit.create(name=name, **fields)


def staff(name: str = "黄丽华", role: str = "visitor", **fields: Any):
    from rv_desktop.domain.models import Staff

    return Staff.create(name=name, role=role, **fields)


def case(case_no: str, petitioner: str = "张三", person: dict | None = None, **fields: Any):
    """A case and its petitioner, as a ledger import writes them."""
    from rv_desktop.domain.models import Case, Petitioner

    who = Petitioner.create(name=petitioner, **(person or {}))
    return Case.create(case_no=case_no, petitioner=who, **fields)


def campaign(name: str = "2026年千案回访", current: bool = True, **dates: Any):
    """A campaign saved as the campaign dialog saves it (``create_campaign``)."""
    from rv_desktop.domain.campaigns import CampaignPlan, create_campaign

    return create_campaign(CampaignPlan(name=name, **dates), make_current=current)


def target(of_campaign, of_case, included: bool = True, **fields: Any):
    """One line of a campaign's target list; excluded ones for "policy" unless said."""
    from rv_desktop.domain.models import Target

    if not included:
        fields.setdefault("exclusion_reason", "policy")
    return Target.create(campaign=of_campaign, case=of_case, included=included, **fields)


def screen(of_campaign, **criteria: Any):
    """Screen the campaign's cases (``run_screening``) with these criteria changed."""
    from dataclasses import replace

    from rv_desktop.domain.screening import criteria_of, run_screening

    return run_screening(of_campaign, replace(criteria_of(of_campaign), **criteria))


def assign(targets, visitor=None, unit_=None, method: str = "home_visit", due_on=None):
    """Give tasks a visitor (and a unit), as the Board's assign dialog does."""
    from rv_desktop.domain.tasks import assign_tasks

    return assign_tasks(
        [t.id for t in targets],
        visitor_ids=[visitor.id] if visitor is not None else None,
        unit_ids=[unit_.id] if unit_ is not None else None,
        method=method,
        due_on=due_on,
    )


def assigned_targets(
    of_campaign, count: int, visitor, petitioner: str = "信访人", person: dict | None = None,
    **case_fields: Any,
) -> list:  # fmt: skip
    """Cases K01, K02 … (their petitioners ``petitioner``1, 2 … with ``person``'s
    fields), each a target of the campaign given to ``visitor`` for a home visit."""
    targets = [
        target(of_campaign, case(f"K{i:02d}", f"{petitioner}{i}", person, **case_fields))
        for i in range(1, count + 1)
    ]
    assign(targets, visitor=visitor)
    return targets


def visit_draft(of_target, **values: Any):
    """A visit record started from its task and saved as a draft."""
    from rv_desktop.domain.visits import save_draft, start_visit

    form = start_visit(of_target.id)
    return save_draft(form.id, values) if values else form


def satisfied_visit(visited_at: dt.datetime, /, **changes: Any) -> dict:
    """The values of a visit record that passes every check: a home visit on
    ``visited_at`` that found the petitioner satisfied and settled; ``changes`` on top."""
    values = {
        "visited_at": visited_at,
        "method": "home_visit",
        "location": "信访人家中",
        "respondent": "petitioner",
        "conclusion_reasonable": "yes",
        "conclusion_view": "agrees",
        "demands_solved": "yes",
        "opinions_carried_out": "yes",
        "satisfaction": "satisfied",
        "settled": True,
        "risk": "low",
        "look_lawful": True,
        "look_satisfied": True,
        "look_opinions": False,
        "has_difficulties": False,
        "has_opinions": False,
        "recorded_by": "曾小芳",
    }
    return {**values, **changes}


def small_world() -> SimpleNamespace:
    """The office, a current campaign with K01..K03 assigned to one visitor and one
    unit, K09 excluded, and an older campaign (2025)."""
    office()
    current = campaign("2026年千案回访", **PLAN_DATES)
    older = campaign("2025年千案回访", current=False)
    handling = unit("镇国土所")
    visitor = staff("黄丽华")
    assigned = assigned_targets(
        current, 3, visitor, handling_unit=handling, concluded_on=D(2026, 9, 1)
    )
    targets = {f"K{i:02d}": t for i, t in enumerate(assigned, 1)}
    excluded = target(current, case("K09", "王五"), included=False)
    return SimpleNamespace(
        campaign=current, older=older, unit=handling, visitor=visitor, targets=targets,
        excluded=excluded,
    )  # fmt: skip


def demo_database(folder: Path, cases: int = 300, seed: int = 1) -> Path:
    """The demo recipe's database (office, cases, campaign, targets, visit records)."""
    from rv_desktop.services.demo import create_demo_database

    return create_demo_database(Path(folder) / "demo.sqlite", cases=cases, seed=seed).path


def damage(path: Path) -> None:
    """Write garbage into pages in the middle of a database file (not the header)."""
    import sqlite3

    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    with Path(path).open("r+b") as fh:
        for page in range(2, pages):
            fh.seek(page * page_size + 8)
            fh.write(b"\xde\xad\xbe\xef" * 64)


def copy_of(path: Path, folder: Path) -> Path:
    """A copy of a database file for one test to change."""
    copy = Path(folder) / Path(path).name
    shutil.copy(path, copy)
    return copy
