"""Every document prints whatever the stored text: huge names and texts are cut with "…"."""

from __future__ import annotations

import sqlite3

import pytest
from pypdf import PdfReader

from . import factories
from .conftest import run_cli


@pytest.fixture(scope="module")
def huge(tmp_path_factory):
    path = factories.demo_database(tmp_path_factory.mktemp("huge"), cases=60)
    con = sqlite3.connect(path)
    cases = [r[0] for r in con.execute("SELECT case_id FROM target ORDER BY id LIMIT 6")]
    marks = ",".join("?" * len(cases))
    people = f'SELECT petitioner_id FROM "case" WHERE id IN ({marks})'
    con.execute(f"UPDATE petitioner SET name = ? WHERE id IN ({people} LIMIT 1)",
                ("张" * 300, *cases))  # fmt: skip
    con.execute(f"UPDATE petitioner SET name = ?, address = ? WHERE id IN ({people} LIMIT 1 OFFSET 1)",
                ("李" * 2000, "某某村" * 100_000, *cases))  # fmt: skip
    con.execute(f'UPDATE "case" SET demand = ?, conclusion = ? WHERE id IN ({marks})',
                ("诉求很长" * 250_000, "结论" * 100_000, *cases))  # fmt: skip
    con.execute("UPDATE handling_unit SET name = '镇' || id || ? WHERE id = 1", ("司" * 500,))
    con.execute("UPDATE visit_record SET opinions = ?, explained = ?", ("意见" * 50_000, "解释" * 50_000))
    con.commit()
    con.close()
    return path


def _text(pdf) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


@pytest.mark.parametrize(
    "command",
    [
        ["report"],
        ["print", "--document", "summary"],
        ["print", "--document", "assignment"],
        ["print", "--document", "plan"],
        ["print", "--document", "statistics"],
        ["print-forms", "--filled"],
        ["print-forms"],
        ["stats", "--by", "unit", "--pdf"],
    ],
)
def test_documents_print_huge_texts(huge, tmp_path, command):
    """a 300-character name then crashes `report` (reportlab "negative availWidth"),
    2,000 characters crash `print --document summary`, and `print-forms` ran for over
    300 s. … every document prints whatever the stored text (wrapped, cut with "…")"""
    out = tmp_path / "doc.pdf"
    args = [*command[:1], "--db", str(huge), *command[1:]]
    if command[-1] == "--pdf":
        args.append(str(out))
    else:
        args += ["--out", str(out)]
    result = run_cli(*args, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) < 400  # bounded: the box and a few continuation pages
    if command[-1] in ("summary", "assignment", "--filled", "print-forms"):  # names, texts
        assert "…" in _text(out)
    if command[-1] in ("summary", "assignment"):
        assert "部分内容过长" in _text(out)  # and noted
