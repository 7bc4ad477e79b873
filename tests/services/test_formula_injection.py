"""Exports that cannot attack the county: every text cell is a string, never a formula.

A demo database whose units, villages, visitors, categories, names and case
numbers start with ``=``, ``+``, ``-``, ``@``, tab or CR; every workbook the
program writes is opened and searched for formula cells.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.campaigns import get_campaign
from rv_desktop.domain.cases import list_cases
from rv_desktop.domain.statistics import feedback_statistics, summary_rows
from rv_desktop.services import ledger_import as li
from rv_desktop.services.assignment_table import export_assignment_table
from rv_desktop.services.case_export import export_cases
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.followup_export import export_followups_xlsx
from rv_desktop.services.package import STATISTICS_XLSX, SUMMARY_XLSX, read_package, write_package
from rv_desktop.services.statistics_export import export_statistics_xlsx, export_summary_xlsx

HYPERLINK = '=HYPERLINK("http://example.invalid/x","镇司法所")'
PAYLOADS = [HYPERLINK, "+1+1", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1", "=A1*2"]

#: the formulas the program itself writes into its workbooks (none today)
PROGRAM_FORMULAS: set[tuple[str, str]] = set()


def _poison(path: Path) -> None:
    con = sqlite3.connect(path)
    n = len(PAYLOADS)
    con.create_function("payload", 1, lambda i: PAYLOADS[i % n])
    con.executescript(
        f"""
        UPDATE handling_unit SET name = payload(id) || CASE WHEN id >= {n} THEN id ELSE '' END;
        UPDATE petitioner SET village = payload(id), name = payload(id + 1);
        UPDATE staff SET name = payload(id + 2) || id;
        UPDATE "case" SET category = payload(id + 3), case_no = payload(id) || '-' || id;
        UPDATE follow_up SET reason = payload(id), assignee = payload(id + 4);
        """
    )
    con.commit()
    con.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    path = create_demo_database(folder / "demo.sqlite", cases=120).path
    _poison(path)
    return path


def _formulas(path: Path | bytes) -> list[tuple[str, str, str]]:
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    wb = load_workbook(source)
    found = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" and (ws.title, cell.coordinate) not in PROGRAM_FORMULAS:
                    found.append((ws.title, cell.coordinate, str(cell.value)))
    return found


def _texts(path: Path | bytes) -> set[str]:
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    wb = load_workbook(source)
    return {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
        if isinstance(c.value, str)
    }  # fmt: skip


def _shown_exactly(texts: set[str]) -> None:
    """The hostile text is there, exactly, without an apostrophe in front."""
    joined = "\n".join(texts)
    assert "=HYPERLINK(" in joined
    assert "'=" not in joined


@pytest.fixture
def opened(hostile):
    dbmod.open_database(hostile)
    yield hostile
    dbmod.close_database()


@pytest.mark.parametrize("by", ["source", "unit", "village", "category", "visitor", "town"])
def test_statistics_by_every_dimension(opened, tmp_path, by):
    """Formula injection: text values starting with `=` are written as live formulas in
    `stats --xlsx` (by unit, village, visitor, category)"""
    stats = feedback_statistics(get_campaign(None), by=by)
    out = export_statistics_xlsx(stats, tmp_path / f"stats-{by}.xlsx")
    assert _formulas(out) == []
    if by in ("unit", "village", "category", "visitor"):
        _shown_exactly(_texts(out))
        assert any(t.startswith(("=", "+", "-", "@", "\t")) for t in _texts(out))


def test_followups_summary_cases_and_assignments(opened, tmp_path):
    """…`followups --xlsx`, the summary table inside the package (which the county opens)
    and `--rejected-xlsx` … one helper, and a test over every export that opens each
    workbook and finds no formula cell the program did not mean"""
    campaign = get_campaign(None)
    outs = [
        export_followups_xlsx(tmp_path / "followups.xlsx", campaign),
        export_summary_xlsx(summary_rows(campaign), tmp_path / "summary.xlsx", campaign.name),
        export_cases(list_cases(), tmp_path / "cases.xlsx", reveal=False),
        export_assignment_table(tmp_path / "assignments.xlsx", campaign),
    ]
    for out in outs:
        assert _formulas(out) == [], out.name
    for out in outs[1:]:
        _shown_exactly(_texts(out))
    texts = _texts(outs[2])
    assert any(t.startswith(HYPERLINK) for t in texts)  # a case number, exactly
    assert any(t.startswith("\t=1+1") for t in texts)


def test_the_tables_inside_the_package(opened, tmp_path):
    result = write_package(tmp_path / "stick", encrypt=False)
    dbmod.close_database()
    contents = read_package(result.path)
    for member in (SUMMARY_XLSX, STATISTICS_XLSX):
        assert _formulas(contents.members[member]) == [], member
    _shown_exactly(_texts(contents.members[SUMMARY_XLSX]))


def test_rejected_rows_workbook(database, tmp_path):
    ledger = tmp_path / "ledger.csv"
    with ledger.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["信访件编号", "信访人姓名", "承办单位", "办结时间"])
        writer.writerow(["", HYPERLINK, "=1+1", "20170703"])  # no case number: rejected
        writer.writerow(["", "@SUM(1)", "+1", "20170703"])
    plan = li.import_ledger(ledger, dry_run=True)
    out = li.save_rejected(plan, tmp_path / "rejected.xlsx")
    assert _formulas(out) == []
    texts = _texts(out)
    assert HYPERLINK in texts and "=1+1" in texts and "@SUM(1)" in texts and "+1" in texts


def test_the_helper_keeps_every_prefix_exactly(tmp_path):
    from openpyxl import Workbook

    from rv_desktop.services.xlsx_out import append, put

    wb = Workbook()
    ws = wb.active
    for i, text in enumerate(PAYLOADS, start=1):
        put(ws, i, 1, text)
    append(ws, PAYLOADS)
    out = tmp_path / "helper.xlsx"
    wb.save(out)
    assert _formulas(out) == []
    back = load_workbook(out).active
    for i, text in enumerate(PAYLOADS, start=1):
        expected = text.replace("\r", "\n") if "\r" in text else text
        assert back.cell(i, 1).value in (text, expected)
    with zipfile.ZipFile(out) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


def test_rejected_rows_are_masked_unless_revealed_and_audited(database, tmp_path):
    """`--rejected-xlsx` writes IDs and phones unmasked and unaudited: audit it (and mask
    unless the clerk reveals)."""
    from rv_desktop.domain.models import AuditRecord

    ledger = tmp_path / "ledger.csv"
    with ledger.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["信访件编号", "信访人姓名", "公民身份号码", "手机号", "办结时间"])
        writer.writerow(["", "赵六", "360426199101010071", "13812345678", "20170703"])
    plan = li.import_ledger(ledger, dry_run=True)
    masked = li.save_rejected(plan, tmp_path / "masked.xlsx")
    texts = _texts(masked)
    assert "360426199101010071" not in texts and "13812345678" not in texts
    assert "360426********0071" in texts and "138****5678" in texts
    shown = li.save_rejected(plan, tmp_path / "shown.xlsx", reveal=True)
    assert {"360426199101010071", "13812345678"} <= _texts(shown)
    records = {
        (r.action, r.table_name): r.note
        for r in AuditRecord.select().where(AuditRecord.table_name == "rejected_rows")
    }
    assert '"revealed": false' in records[("export", "rejected_rows")]
    assert '"revealed": true' in records[("reveal", "rejected_rows")]
