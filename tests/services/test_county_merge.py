"""The county merge: what was still open travels with the package, the inserts are
audited once, and what the county keeps of each merge.

Real demo databases, real packages on disk (cheap scrypt cost), real county files.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.campaigns import get_campaign
from rv_desktop.domain.left_out import still_open
from rv_desktop.domain.models import AuditRecord, Case, PackageImport, Target, VisitRecord
from rv_desktop.services.county import MERGED, REFUSED, import_packages
from rv_desktop.services.county_history import merged_towns
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.open_at_export import KINDS, MAX_CASE_NOS
from rv_desktop.services.package import write_package

from .exchange_tools import FAST, rebuild


@pytest.fixture(scope="module")
def demo_town(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "town.sqlite"
    create_demo_database(path, cases=300, seed=3)
    return path


def _export_plain(demo_town: Path, folder: Path) -> tuple[Path, dict[str, int]]:
    """An unencrypted package of a copy of the demo town, and what was open then."""
    town = folder / "town.sqlite"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_town, town)
    dbmod.open_database(town, actor="clerk")
    figures = still_open(get_campaign(None))
    path = write_package(folder / "stick", encrypt=False, documents=False).path
    dbmod.close_database()
    return path, figures


def _merge(county: Path, paths: list[Path]):
    dbmod.close_database()
    dbmod.open_database(county, actor="county")
    try:
        return import_packages(paths, allow_unencrypted=True, kdf=FAST)
    finally:
        dbmod.close_database()


def test_the_county_sees_what_was_still_open_when_the_town_wrote_it(demo_town, tmp_path):
    """Issue 14: "The package records what was still open, and the county sees it
    when it merges." """
    package, figures = _export_plain(demo_town, tmp_path)
    assert any(figures.values())  # the demo has work still open
    (outcome,) = _merge(tmp_path / "county.sqlite", [package])
    assert outcome.status == MERGED
    still = outcome.open_at_export
    assert {k: still[k]["count"] for k in KINDS} == figures
    assert outcome.as_json()["open_at_export"] == still
    for kind in KINDS:
        numbers = still[kind]["case_nos"]
        assert numbers == sorted(numbers) and len(numbers) == min(figures[kind], MAX_CASE_NOS)

    # the merge history keeps it, per town
    dbmod.open_database(tmp_path / "county.sqlite")
    assert json.loads(PackageImport.get().open_at_export) == still
    (town,) = merged_towns()
    assert town.town == "青山镇" and town.open_at_export == still
    # the unvisited targets named are the county's targets without a visit record
    unvisited = set(still["unvisited"]["case_nos"])
    visited = {
        r[0]
        for r in Target.select(Case.case_no).join(Case).switch(Target).join(VisitRecord).tuples()
    }
    assert unvisited and not unvisited & visited
    dbmod.close_database()


def test_a_package_of_an_earlier_version_without_it_still_merges(demo_town, tmp_path):
    package, _ = _export_plain(demo_town, tmp_path)
    older = rebuild(
        package, tmp_path / "older.rvpkg", data=lambda d: d.pop("open_at_export") and None
    )
    (outcome,) = _merge(tmp_path / "county.sqlite", [older])
    assert outcome.status == MERGED and outcome.open_at_export is None
    dbmod.open_database(tmp_path / "county.sqlite")
    assert PackageImport.get().open_at_export is None
    assert merged_towns()[0].open_at_export is None
    dbmod.close_database()


def _set(path: list, value):
    def edit(data: dict) -> None:
        item = data
        for key in path[:-1]:
            item = item[key]
        item[path[-1]] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "place"),
    [
        (_set(["open_at_export"], [1, 2]), "open_at_export"),
        (_set(["open_at_export", "as_of"], "yesterday"), "open_at_export.as_of"),
        (_set(["open_at_export", "unvisited", "count"], -1), "open_at_export.unvisited.count"),
        (_set(["open_at_export", "overdue", "count"], True), "open_at_export.overdue.count"),
        (
            _set(["open_at_export", "draft_only"], {"count": 10**6, "case_nos": ["X"] * 501}),
            "open_at_export.draft_only.case_nos",
        ),
        (
            _set(["open_at_export", "unassigned"], {"count": 1, "case_nos": ["A", "B"]}),
            "open_at_export.unassigned.case_nos",
        ),
        (
            _set(["open_at_export", "unassigned", "case_nos"], ["x" * 1001]),
            "open_at_export.unassigned.case_nos",
        ),
        (_set(["open_at_export", "extra"], 1), "open_at_export"),
    ],
)
def test_what_was_open_is_checked_like_the_rest(demo_town, tmp_path, edit, place):
    package, _ = _export_plain(demo_town, tmp_path)
    bad = rebuild(package, tmp_path / "bad.rvpkg", data=edit)
    (outcome,) = _merge(tmp_path / "county.sqlite", [bad])
    assert outcome.status == REFUSED and outcome.error.code == "package_data_invalid"
    assert outcome.error.params["place"] == place


def test_the_merge_audits_its_inserts_once_and_keeps_the_triggers(demo_town, tmp_path):
    """The merge's inserts are named by its one import record (ids by table), as the
    ledger import does; updates and deletes keep their records per row."""
    package, _ = _export_plain(demo_town, tmp_path)
    county = tmp_path / "county.sqlite"
    (outcome,) = _merge(county, [package])
    assert outcome.status == MERGED
    dbmod.open_database(county)
    inserts = AuditRecord.select().where(
        (AuditRecord.action == "insert") & AuditRecord.table_name.in_(["case", "target"])
    )
    assert inserts.count() == 0
    record = AuditRecord.get(AuditRecord.action == "import")
    inserted = json.loads(record.note)["inserted"]
    assert inserted["target"] == [1, Target.select().count()]
    assert inserted["case"] == [1, Case.select().count()]
    triggers = {
        r[0]
        for r in dbmod.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_insert'"
        )
    }
    assert {"audit_case_insert", "audit_target_insert", "audit_visit_record_insert"} <= triggers
    dbmod.close_database()
