"""The sign-off block under the county's tables, the office's phone, and notes that never stand alone.

"The feedback statistics table and the summary table carry the sign-off block
that a government table carries: 填报单位（盖章）, 单位负责人, 审核人, 填表人,
联系电话, 填报日期. The office's phone is a new setting beside the town and
office names (rv-desktop office --phone, and Settings ▸ The office…)."
"The statistics table uses the page: ... notes never fall alone onto a second page."
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rv_desktop.domain.office import (
    OfficeNameError,
    OfficeNames,
    check_office_names,
    office_names,
    save_office_names,
)
from rv_desktop.services.demo import create_demo_database

from ..conftest import run_cli

BLOCK = ("填报单位（盖章）：", "单位负责人：", "审核人：", "填表人：", "联系电话：", "填报日期：")


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = create_demo_database(tmp_path_factory.mktemp("s") / "demo.sqlite", cases=300).path
    done = run_cli("office", "--db", str(path), "--clerk", "李文静", "--phone", "0792-1234567")
    assert done.returncode == 0, done.stderr
    return path


def test_the_phone_is_a_setting_of_the_office(database):
    save_office_names(OfficeNames("青山镇", "青山镇信访办", "李文静", "0792 1234567"))
    assert office_names().phone == "0792 1234567"
    assert check_office_names("青山镇", "青山镇信访办", "", "13912345678").phone == "13912345678"
    with pytest.raises(OfficeNameError) as bad:
        check_office_names("青山镇", "青山镇信访办", "", "12345")
    assert bad.value.field == "phone"
    assert office_names().phone == "0792 1234567"  # nothing changed


def test_cli_office_phone(tmp_path):
    db = tmp_path / "o.sqlite"
    run_cli("init", "--db", str(db), "--town", "青山镇", "--office", "青山镇信访办")
    done = run_cli("office", "--db", str(db), "--phone", "0792-1234567", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["phone"] == "0792-1234567"
    refused = run_cli("office", "--db", str(db), "--phone", "abc", "--lang", "zh_CN")
    assert refused.returncode == 2 and "电话" in refused.stderr
    assert json.loads(run_cli("office", "--db", str(db), "--json").stdout)["phone"] == (
        "0792-1234567"
    )


@pytest.mark.parametrize("document", ["statistics", "summary"])
def test_the_printed_tables_carry_the_signoff_block(demo, tmp_path, document):
    out = tmp_path / f"{document}.pdf"
    result = run_cli("print", "--db", str(demo), "--document", document, "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out).replace(" ", "")
    for label in BLOCK:
        assert label in text, label
    assert "联系电话：0792-1234567" in text and "填表人：李文静" in text
    last = PdfReader(str(out)).pages[-1].extract_text()
    assert "填报日期" in last  # under the table's end, on its last page


def test_the_xlsx_tables_carry_the_signoff_block(demo, tmp_path):
    out = tmp_path / "stats.xlsx"
    assert run_cli("stats", "--db", str(demo), "--xlsx", str(out)).returncode == 0
    ws = load_workbook(out).active
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    for label in BLOCK:
        assert any(c.startswith(label) for c in cells), label
    assert "联系电话：0792-1234567" in cells


def test_notes_never_fall_alone_onto_a_page(tmp_path):
    from rv_desktop.services.pdf import render_table

    note = "注：这是表格的说明，必须与表格的最后一行在同一页。" * 3
    signoff = [(label, "") for label in BLOCK]
    for n in range(18, 40):
        out = tmp_path / f"t{n}.pdf"
        rows = [[f"第{i}行", i, i * 2] for i in range(1, n + 1)]
        render_table("标题", "副标题", [["名称", "甲", "乙"]], [], rows, out, footnote=note,
                     signoff=signoff, allow_missing=True)  # fmt: skip
        pages = [p.extract_text() for p in PdfReader(str(out)).pages]
        for page in pages:
            if "注：" in page or "填报日期" in page:
                assert f"第{n}行" in page, (n, len(pages))


def test_the_statistics_fill_the_landscape_page(demo, tmp_path):
    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.statistics import feedback_statistics
    from rv_desktop.services.statistics_export import statistics_layout
    from rv_desktop.services.statistics_export.pdf import _pdf_widths

    dbmod.open_database(demo)
    try:
        layout = statistics_layout(feedback_statistics(None, "source"), today=dt.date(2026, 12, 7))
    finally:
        dbmod.close_database()
    rows = [[str(v) for v in r] for r in layout.rows]
    assert sum(_pdf_widths(layout, rows)) == pytest.approx(770.0)
