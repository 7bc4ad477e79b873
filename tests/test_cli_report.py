"""report: the analysis report of a campaign as PDF, on a demo database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from . import factories
from .conftest import run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return factories.demo_database(tmp_path_factory.mktemp("r"), cases=300)


def test_report_of_the_current_campaign(demo, tmp_path):
    out = tmp_path / "专题分析.pdf"
    result = run_cli("report", "--db", str(demo), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == out  # prints the path
    reader = PdfReader(out)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))
    assert "青山镇2026年“千案回访”活动专题分析报告" in text
    assert "五、综合评价" in text and "附件1" in text
    assert len(reader.pages) >= 4


def test_report_of_a_campaign_by_name_and_bad_names(demo, tmp_path):
    out = tmp_path / "r.pdf"
    ok = run_cli(
        "report", "--db", str(demo), "--campaign", "2026年“千案回访”活动", "--out", str(out)
    )
    assert ok.returncode == 0, ok.stderr
    assert out.exists()
    missing = tmp_path / "none.pdf"
    bad = run_cli("report", "--db", str(demo), "--campaign", "没有这个活动", "--out", str(missing))
    assert bad.returncode == 2 and "没有这个活动" in bad.stderr
    assert not missing.exists()
    nowhere = tmp_path / "no folder" / "r.pdf"
    bad = run_cli("report", "--db", str(demo), "--out", str(nowhere), "--lang", "en")
    assert bad.returncode == 2 and "could not be written" in bad.stderr
