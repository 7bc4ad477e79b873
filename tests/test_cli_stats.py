"""stats: the feedback statistics on a demo database, as JSON, xlsx and PDF."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from . import factories
from .cli_helpers import cli_json
from .conftest import run_cli

REQUIRED = {
    "key", "targets", "visited", "home_visit", "phone", "former_residence", "other_method",
    "satisfied", "basically_satisfied", "dissatisfied", "not_reached", "satisfaction_rate",
    "settled", "followups_open", "followups_overdue",
}  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return factories.demo_database(tmp_path_factory.mktemp("s"), cases=300)


def test_json_shape(demo):
    data = cli_json("stats", demo)
    assert list(data) == ["campaign", "by", "rows", "total"]
    assert data["by"] == "source" and "千案回访" in data["campaign"]  # the current campaign
    assert data["rows"]
    for row in [*data["rows"], data["total"]]:
        assert REQUIRED <= set(row)
        assert (
            row["home_visit"] + row["phone"] + row["former_residence"] + row["other_method"]
            == row["visited"]
        )
    assert data["total"]["key"] is None
    for column in ("targets", "visited", "satisfied", "settled", "followups_open"):
        assert data["total"][column] == sum(r[column] for r in data["rows"])
    total = data["total"]
    # issue 14: "Satisfaction rate = (satisfied + basically satisfied) / rated, where rated =
    # satisfied + basically satisfied + dissatisfied"; reached and not_reached apart
    for row in [*data["rows"], total]:
        assert row["rated"] == row["satisfied"] + row["basically_satisfied"] + row["dissatisfied"]
        assert "reached" in row and "not_reached" in row
        if row["rated"]:
            expected = (row["satisfied"] + row["basically_satisfied"]) / row["rated"]
            assert row["satisfaction_rate"] == pytest.approx(expected, abs=1e-4)
        else:
            assert row["satisfaction_rate"] is None
    # issue 14: "Visit rate = targets visited as the office's level requires / targets";
    # the demo is a town that keeps the rule, so every visited target counts
    for row in [*data["rows"], total]:
        assert list(row).index("visited_as_required") == list(row).index("visited") + 1
        assert row["visited_as_required"] == row["visited"]
        assert row["visit_rate"] == pytest.approx(row["visited_as_required"] / row["targets"], abs=1e-4)


def test_by_unit_and_campaign_by_name(demo):
    by_source = cli_json("stats", demo)
    data = cli_json("stats", demo, "--by", "unit", "--campaign", by_source["campaign"])
    assert data["by"] == "unit"
    assert all(r["key"].startswith("镇") for r in data["rows"] if r["key"])
    assert data["total"] == {**by_source["total"]}
    visitors = cli_json("stats", demo, "--by", "visitor")
    assert visitors["total"]["targets"] == by_source["total"]["targets"]


def test_xlsx_and_pdf(demo, tmp_path):
    xlsx, pdf = tmp_path / "stats.xlsx", tmp_path / "stats.pdf"
    result = run_cli(
        "stats", "--db", str(demo), "--by", "village", "--xlsx", str(xlsx), "--pdf", str(pdf),
        "--lang", "en",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(xlsx) in result.stdout and "Total" in result.stdout
    ws = load_workbook(xlsx).active
    assert "回访情况反馈统计表" in ws["A1"].value and ws["A3"].value == "所在村（社区）"
    text = "".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    assert "回访情况反馈统计表" in text.replace("\n", "")


def test_print_documents_statistics_and_summary(demo, tmp_path):
    for document, words in (("statistics", "反馈统计表"), ("summary", "汇总表")):
        out = tmp_path / f"{document}.pdf"
        result = run_cli("print", "--db", str(demo), "--out", str(out), "--document", document)
        assert result.returncode == 0, result.stderr
        assert words in "".join(p.extract_text() or "" for p in PdfReader(out).pages)


def test_unknown_campaign_and_dimension(demo):
    result = run_cli("stats", "--db", str(demo), "--campaign", "无此活动", "--lang", "en")
    assert result.returncode == 2 and "无此活动" in result.stderr
    assert run_cli("stats", "--db", str(demo), "--by", "colour").returncode == 2
