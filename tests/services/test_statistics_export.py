"""The feedback statistics and summary tables as xlsx (read back) and PDF."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rv_desktop.domain.models import AuditRecord, Setting
from rv_desktop.domain.statistics import COLUMNS, feedback_statistics, summary_rows
from rv_desktop.services.printing import DOCUMENTS
from rv_desktop.services.statistics_export import (
    STAT_COLUMNS,
    StatisticsExportError,
    export_statistics_pdf,
    export_statistics_xlsx,
    export_summary_pdf,
    export_summary_xlsx,
)

from ..domain.test_statistics import TODAY, data  # noqa: F401 - the shared dataset

TITLE = "2026年千案回访回访情况反馈统计表"


@pytest.fixture
def stats(data):  # noqa: F811
    Setting.create(key="office_name", value="青山镇信访办")
    return feedback_statistics(data["campaign"], "unit", TODAY)


def test_statistics_xlsx_reads_back(stats, tmp_path):
    out = export_statistics_xlsx(stats, tmp_path / "统计.xlsx", today=TODAY)
    ws = load_workbook(out).active
    assert ws["A1"].value == TITLE
    assert "青山镇信访办" in ws["A2"].value and "2026年11月20日" in ws["A2"].value
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A3:A4" in merged  # the dimension's header spans both header rows
    assert ws["A3"].value == "承办单位"
    header = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(3, c).value}
    method = header["回访方式"]
    assert ws.cell(4, method).value == "上门走访"
    assert ws.cell(4, method + 3).value == "其他方式"
    assert any(r.startswith(ws.cell(3, method).coordinate + ":") for r in merged)
    satisfaction = header["满意度"]
    assert [ws.cell(4, satisfaction + i).value for i in range(7)] == [
        "满意", "基本满意", "不满意", "联系不上", "参评件数", "联系上", "满意率",
    ]  # fmt: skip
    # body: 镇国土所, 镇民政办, 未注明, then 合计
    assert [ws.cell(r, 1).value for r in range(5, 9)] == ["镇国土所", "镇民政办", "未注明", "合计"]
    for i, column in enumerate(STAT_COLUMNS, start=2):
        if column in COLUMNS:
            values = [ws.cell(r, i).value for r in range(5, 8)]
            assert ws.cell(8, i).value == sum(values), column  # the total agrees with the rows
    rate = ws.cell(5, 1 + STAT_COLUMNS.index("satisfaction_rate") + 1)
    assert rate.value == 1.0 and rate.number_format == "0.0%"
    assert ws.cell(8, 2).value == 5 and ws.cell(8, 2).font.b
    assert "满意率" in ws.cell(9, 1).value and "已回访" in ws.cell(9, 1).value  # the definition
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$3:$4"
    assert ws.cell(6, 2).border.left.style == "thin"
    assert AuditRecord.select().where(AuditRecord.action == "export").count() == 1


def test_rate_without_visits_prints_a_dash(stats, tmp_path):
    from rv_desktop.domain.models import Campaign, Case, Petitioner, Target

    c = Campaign.create(name="空")
    Target.create(
        campaign=c, case=Case.create(case_no="Z1", petitioner=Petitioner.create(name="王"))
    )
    empty = feedback_statistics(c, "source", TODAY)
    ws = load_workbook(export_statistics_xlsx(empty, tmp_path / "e.xlsx")).active
    assert ws.cell(5, 1 + STAT_COLUMNS.index("satisfaction_rate") + 1).value == "—"
    assert ws.cell(5, 1 + STAT_COLUMNS.index("visit_rate") + 1).value == 0


def test_visitor_note(data, tmp_path):  # noqa: F811
    stats = feedback_statistics(data["campaign"], "visitor", TODAY)
    ws = load_workbook(export_statistics_xlsx(stats, tmp_path / "v.xlsx")).active
    total_row = 5 + len(stats.rows)
    assert ws.cell(total_row, 1).value == "合计" and ws.cell(total_row, 2).value == 5
    assert "每件只计一次" in ws.cell(total_row + 1, 1).value


def test_english_labels(stats, tmp_path):
    out = export_statistics_xlsx(
        stats,
        tmp_path / "en.xlsx",
        labels={"statistics.title": "{campaign}: statistics", "total": "Total"},
    )
    ws = load_workbook(out).active
    assert ws["A1"].value == "2026年千案回访: statistics" and ws["A8"].value == "Total"


def test_unwritable_target_refused(stats, tmp_path):
    with pytest.raises(StatisticsExportError):
        export_statistics_xlsx(stats, tmp_path / "no" / "such" / "x.xlsx")


def test_summary_xlsx_reads_back(data, tmp_path):  # noqa: F811
    rows = summary_rows(data["campaign"], TODAY)
    out = export_summary_xlsx(rows, tmp_path / "summary.xlsx", "2026年千案回访", today=TODAY)
    ws = load_workbook(out).active
    assert ws["A1"].value == "2026年千案回访回访情况汇总表"
    assert ws["A3"].value == "序号" and ws["B3"].value == "案件信息"
    assert ws["B4"].value == "信访件编号" and ws.cell(4, 9).value == "满意度"
    assert [ws.cell(r, 2).value for r in range(5, 10)] == ["A1", "A2", "A3", "A4", "A5"]
    assert ws["B5"].number_format == "@"
    assert ws["F5"].value == dt.datetime(2026, 11, 2)  # a real date
    assert ws["I5"].value == "满意" and ws["J5"].value == "是"
    assert ws["I8"].value == "未回访"  # A4: only a draft
    assert "逾期 1 项" in ws["N7"].value
    assert "申请医疗救助" in ws["L6"].value
    # issue 14: the five points and the three looks in the summary table too
    assert ws.cell(4, 11).value == "回访内容及三看"
    assert ws["K5"].value == "结论属实合理：是；诉求解决：是；意见落实：是"  # no looks recorded
    assert ws.page_setup.orientation == "landscape"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_statistics(stats, tmp_path):
    out = export_statistics_xlsx(stats, tmp_path / "stats.xlsx", today=TODAY)
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path / "csv"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    with open(tmp_path / "csv" / "stats.csv", encoding="utf-8") as f:
        lines = list(csv.reader(f))
    assert lines[0][0] == TITLE
    total = next(line for line in lines if line and line[0] == "合计")
    assert total[1] == "5"
    assert "66.7%" in total  # satisfaction rate (1 + 1) / 3 rated, formatted as a percentage


def test_pdf_documents(data, tmp_path, monkeypatch):  # noqa: F811
    for name, title in (("statistics", TITLE), ("summary", "2026年千案回访回访情况汇总表")):
        out = tmp_path / f"{name}.pdf"
        result = DOCUMENTS[name](out, campaign="2026年千案回访")
        assert result.pages >= 1
        text = "\n".join(p.extract_text() or "" for p in PdfReader(out).pages)
        assert title in text.replace("\n", "").replace(" ", "")


def test_pdf_exports_of_given_figures(stats, tmp_path):
    result = export_statistics_pdf(stats, tmp_path / "s.pdf", allow_missing=True)
    text = "".join(p.extract_text() or "" for p in PdfReader(result.path).pages)
    assert TITLE in text.replace("\n", "").replace(" ", "")
    assert "镇国土所" in text and "合计" in text and "满意率" in text
    assert result.rows == 4  # three groups and the total
    rows = summary_rows("2026年千案回访", TODAY)
    summary = export_summary_pdf(rows, tmp_path / "h.pdf", "2026年千案回访", allow_missing=True)
    assert summary.rows == 5
    assert "A3" in "".join(p.extract_text() or "" for p in PdfReader(summary.path).pages)
    exports = AuditRecord.select().where(AuditRecord.action == "export").count()
    assert exports == 2
