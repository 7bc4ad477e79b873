"""print-forms and print: real PDFs from a demo database, read back."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from . import factories
from .conftest import run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return factories.demo_database(tmp_path_factory.mktemp("p"), cases=300)


def text_of(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_print_forms_prefilled_and_blank(demo, tmp_path):
    out = tmp_path / "forms.pdf"
    result = run_cli("print-forms", "--db", str(demo), "--out", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "forms" in result.stdout
    text = text_of(out)
    assert "信访事项办理情况回访登记表" in text and "满意" in text
    cases = json.loads(run_cli("cases", "--db", str(demo), "--json").stdout)
    targets = [c for c in cases if c["source_level"] in ("central", "provincial")]
    assert any(c["case_no"] in text for c in targets)
    blank = tmp_path / "blank.pdf"
    assert (
        run_cli("print-forms", "--db", str(demo), "--out", str(blank), "--blank", "3").returncode
        == 0
    )
    assert len(PdfReader(blank).pages) == 6  # one sheet, both sides, a form


def test_print_documents(demo, tmp_path):
    for document, words in (("assignment", "回访任务分配表"), ("plan", "实施方案")):
        out = tmp_path / f"{document}.pdf"
        result = run_cli("print", "--db", str(demo), "--out", str(out), "--document", document)
        assert result.returncode == 0, result.stderr
        assert words in text_of(out)
    for document, words in (("statistics", "回访情况反馈统计表"), ("summary", "汇总表")):
        out = tmp_path / f"{document}.pdf"
        result = run_cli("print", "--db", str(demo), "--out", str(out), "--document", document)
        assert result.returncode == 0, result.stderr
        assert words in text_of(out).replace("\n", "")


def test_unknown_visitor_is_explained(demo, tmp_path):
    result = run_cli(
        "print-forms",
        "--db",
        str(demo),
        "--out",
        str(tmp_path / "x.pdf"),
        "--visitor",
        "无此人",
        "--lang",
        "en",
    )
    assert result.returncode == 2
    assert "无此人" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
