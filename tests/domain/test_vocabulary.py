"""The county's vocabulary in data/: its schema, its official terms, and no Chinese in code.

"Every field of a case and of a visit record, every choice and every column of
the county's tables is defined once ... The design card puts data/ at the top
level: the county's vocabulary and table layouts live there as data files
(TOML or JSON, with a schema checked by a test) that the domain reads."
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from rv_desktop.domain import vocabulary

ROOT = Path(__file__).resolve().parents[2]
#: Chinese characters (punctuation alone is typography, not vocabulary).
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def test_the_vocabulary_file_follows_its_schema():
    assert vocabulary.problems() == []


def test_the_schema_catches_what_is_wrong():
    doc = tomllib.loads((ROOT / "data" / "vocabulary.toml").read_text(encoding="utf-8"))
    doc["choices"]["method"]["codes"]["phone"] = {"zh": "电话回访"}
    doc["choices"]["satisfaction"]["codes"].pop("dissatisfied")
    doc["tables"]["common"]["count"] = {"zh": "共 {count} 件", "en": "{n} cases"}
    found = vocabulary.problems(doc)
    assert any("choices.method.codes.phone" in p for p in found)
    assert any("satisfaction: no label for ['dissatisfied']" in p for p in found)
    assert any("tables.common.count: placeholders differ" in p for p in found)


def test_labels_in_both_languages():
    assert vocabulary.label("method", "office", "zh_CN") == "来访面谈"
    assert vocabulary.label("method", "office", "en") == "At the office"
    assert vocabulary.label("source_level", "central") == "中央交办"
    assert vocabulary.label("exclusion_reason", "many_people", "zh") == "涉众"
    assert vocabulary.label("yes_no", True) == "是"
    assert vocabulary.label("method", None) == ""
    assert vocabulary.label("method", "unknown_code") == "unknown_code"
    assert [code for code, _ in vocabulary.choices("satisfaction")] == [
        "satisfied",
        "basically_satisfied",
        "dissatisfied",
        "not_reached",
    ]
    assert vocabulary.day_text(dt.date(2026, 12, 7)) == "2026年12月7日"


@pytest.mark.parametrize(
    ("kind", "code", "term"),
    [
        ("method", "home_visit", "上门走访"),
        ("method", "phone", "电话回访"),
        ("method", "former_residence", "原住地走访"),
        ("method", "office", "来访面谈"),
        ("satisfaction", "not_reached", "联系不上"),
        ("followup_kind", "rework", "督办整改"),
    ],
)
def test_the_official_terms(kind, code, term):
    """ "回访方式: 上门走访 / 电话回访 / 原住地走访 / 来访面谈 (or 约访; not 约谈) / 其他 ...
    联系不上 as a contact outcome ... 督办整改"."""
    assert vocabulary.label(kind, code, "zh") == term


def test_no_unofficial_term_in_the_tables():
    """ "案件编号 vs 信访件编号; 约谈 ... for a meeting at the office"; 回流整改 is not the office's word."""
    text = (ROOT / "data" / "vocabulary.toml").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for wrong in ("约谈", "案件编号", "回流整改", "未联系上", "参加单位", "上门回访", "处理结论"):
        assert wrong not in body, wrong
    assert "办理结论是否属实合理" in body


# --- no Chinese string literal in the domain and the services ----------------------

#: Files that still hold Chinese literals, and why. Shrink this list; never grow it.
KNOWN_EXCEPTIONS: set[str] = set()  # none left: every word and pattern is in data/


def _chinese_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = body[0] if body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skipped.add(id(first.value))  # a docstring
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skipped.add(id(node.value))  # a bare string (an attribute's docstring)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            # an English message for Qt's translation; its example names are fine
            skipped.update(id(arg) for arg in node.args)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skipped
        and CJK.search(node.value)
    ]


def test_no_chinese_string_literal_in_domain_and_services():
    """ "a test walks the syntax trees of the domain and services packages and finds no
    Chinese string literal outside data/ (docstrings and comments aside)"."""
    found = {}
    for folder in ("rv_desktop/domain", "rv_desktop/services"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name in KNOWN_EXCEPTIONS:
                continue
            literals = _chinese_literals(path)
            if literals:
                found[name] = literals[:3]
    assert found == {}, "move these words to data/vocabulary.toml"


def test_known_exceptions_still_exist():
    for name in KNOWN_EXCEPTIONS:
        assert (ROOT / name).is_file(), f"{name} is gone: take it off KNOWN_EXCEPTIONS"
