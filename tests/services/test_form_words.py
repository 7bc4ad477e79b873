"""The registration form's own words in data/form.toml: their schema.

"the county's vocabulary and table layouts live there as data files (TOML or
JSON, with a schema checked by a test) that the domain reads"."""

from __future__ import annotations

import tomllib
from pathlib import Path

from rv_desktop.services.pdf import form_words

ROOT = Path(__file__).resolve().parents[2]


def test_the_form_file_follows_its_schema():
    assert form_words.problems() == []


def test_the_schema_catches_what_is_wrong():
    doc = tomllib.loads((ROOT / "data" / "form.toml").read_text(encoding="utf-8"))
    doc["texts"]["title"] = {"zh": "登记表"}
    doc["texts"]["page_of"] = {"zh": "第 {page} 页", "en": "page {n}"}
    doc["labels"]["demand"] = {"zh": " ", "en": "Demand"}
    doc["extra"] = {}
    found = form_words.problems(doc)
    assert "texts.title: wants exactly zh and en" in found
    assert "texts.page_of: placeholders differ between zh and en" in found
    assert "labels.demand: empty or not text" in found
    assert "unknown section 'extra'" in found


def test_texts_are_formatted_in_both_languages():
    assert form_words.text("visit_no", n=2) == "第2次回访"
    assert form_words.text("visit_no", "en", n=2) == "visit 2"
    assert form_words.label("case_no") == "信访件编号"  # the official term
    assert "约谈" not in "".join(form_words.texts())
