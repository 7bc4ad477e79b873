"""The words the ledger import recognises live in data/ledger.toml, and are sound.

"The ledger header synonyms the importer recognises ... belong in data/ too."
"""

from __future__ import annotations

import re

from rv_desktop.domain import vocabulary
from rv_desktop.services.ledger_reader import FIELDS, KEY_FIELDS, match_header, normalize_header

WORDS = vocabulary.data_file("ledger.toml")


def test_the_file_has_its_sections():
    assert set(WORDS) == {
        "fields",
        "header",
        "rows",
        "values",
        "address",
        "names",
        "phones",
        "numbers",
    }
    assert list(WORDS["values"]["source_level"]) == [
        c for c, _ in vocabulary.choices("source_level")
    ]
    assert set(WORDS["values"]["channel"]) == {c for c, _ in vocabulary.choices("channel")}
    assert set(KEY_FIELDS) <= set(WORDS["fields"])
    for key, synonyms in WORDS["fields"].items():
        assert synonyms and all(isinstance(s, str) and s.strip() for s in synonyms), key
    for name in ("totals", "notes", "signoff", "section"):
        pattern = re.compile(WORDS["rows"][name])
        for first in WORDS["rows"][f"{name}_first"]:
            assert isinstance(first, str) and len(first) == 1
        assert pattern.pattern.startswith("^")
    re.compile(WORDS["header"]["required_mark"])
    # how ledgers write dates, counts, names and phones: patterns that compile
    for section, names in (
        ("numbers", ("date", "cn_date", "int_text", "cn_int_text")),
        ("names", ("count", "many", "split")),
        ("phones", ("split",)),
    ):
        for name in names:
            re.compile(WORDS[section][name])
    digits = WORDS["numbers"]["cn_digits"]
    assert sorted(set(digits.values())) == list(range(10))
    assert WORDS["numbers"]["cn_units"] == {"十": 10, "百": 100, "千": 1000}


def test_no_header_means_two_fields():
    seen: dict[str, str] = {}
    for key, synonyms in FIELDS.items():
        for text in synonyms:
            norm = normalize_header(text)
            assert seen.setdefault(norm, key) == key, (text, seen[norm], key)


def test_the_tables_own_headings_are_recognised():
    """What the program exports (信访件编号, 所在村（社区）...) imports back."""
    for key in ("case_no", "petitioner", "village", "source_level", "handling_unit"):
        heading = vocabulary.table("cases")[f"col.{key}"]
        assert match_header(heading) == key, heading
