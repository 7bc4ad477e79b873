"""The county's vocabulary: the labels of every coded choice and the words of its tables.

The words live in ``data/vocabulary.toml`` at the top of the repository (in
the installed package: ``rv_desktop/data/``), each with its official Chinese
term and its English label, so that a county that issues a different term
changes a data file, not code. These labels carry both languages themselves
and do not go through Qt's .ts translation (see docs/architecture.md).

``label(kind, code, lang)`` names one choice (``label("method", "office",
"zh")`` → 来访面谈); ``choices(kind, lang)`` lists a vocabulary in order;
``texts(table, lang)`` gives the flat key → text mapping a table's writer
formats; ``problems()`` checks the file's shape (the schema) and that it
labels every code of ``enums.py``.
"""

from __future__ import annotations

import string
import sys
import tomllib
from enum import StrEnum
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from . import enums

__all__ = [
    "ENUM_KINDS",
    "choices",
    "data_dir",
    "data_file",
    "day_text",
    "headers",
    "label",
    "language",
    "problems",
    "table",
    "texts",
]

LANGUAGES = ("zh", "en")

#: The vocabulary of each enum of ``enums.py`` (its kind in the data file).
ENUM_KINDS: dict[str, type[StrEnum]] = {
    "source_level": enums.SourceLevel,
    "channel": enums.Channel,
    "exclusion_reason": enums.ExclusionReason,
    "task_status": enums.TaskStatus,
    "method": enums.VisitMethod,
    "satisfaction": enums.Satisfaction,
    "yes_partly_no": enums.YesPartlyNo,
    "conclusion_view": enums.ConclusionView,
    "respondent": enums.Respondent,
    "contact_means": enums.ContactMeans,
    "contact_outcome": enums.ContactOutcome,
    "contact_result": enums.ContactResult,
    "risk": enums.Risk,
    "record_state": enums.RecordState,
    "signature": enums.Signature,
    "followup_kind": enums.FollowUpKind,
    "followup_state": enums.FollowUpState,
    "staff_role": enums.StaffRole,
    "user_role": enums.UserRole,
}


def language(lang: str | None) -> str:
    """``zh`` for any Chinese language name (``zh_CN``, ``zh``), else ``en``; None is ``zh``
    (printed tables and forms are Chinese by default)."""
    if lang is None:
        return "zh"
    return "zh" if lang.lower().startswith("zh") else "en"


def data_dir() -> Traversable:
    """Where the data files are: inside the installed package or bundle
    (``rv_desktop/data``), else ``data/`` of the source tree."""
    packaged = resources.files("rv_desktop") / "data"
    if packaged.is_dir():
        return packaged
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "data").is_dir():
        return Path(bundle) / "data"
    return Path(__file__).resolve().parents[2] / "data"


@cache
def data_file(name: str) -> dict[str, Any]:
    """A TOML file of ``data/`` (``vocabulary.toml``, ``plan.toml``, ``ledger.toml``), read once."""
    with (data_dir() / name).open("rb") as fh:
        return tomllib.load(fh)


def _document() -> dict[str, Any]:
    return data_file("vocabulary.toml")


def _text(entry: Any, lang: str | None) -> str:
    return entry[language(lang)]


def label(kind: str, code: object, lang: str | None = "zh") -> str:
    """The label of ``code`` in vocabulary ``kind``: '' for None or '', the code itself if unknown.

    Booleans are read as the ``yes_no`` vocabulary's codes.
    """
    if code is None or code == "":
        return ""
    if isinstance(code, bool):
        code = "yes" if code else "no"
    codes = _document()["choices"].get(kind, {}).get("codes", {})
    entry = codes.get(str(code))
    return _text(entry, lang) if entry else str(code)


def choices(kind: str, lang: str | None = "zh") -> list[tuple[str, str]]:
    """(code, label) of vocabulary ``kind``, in the data file's order."""
    codes = _document()["choices"][kind]["codes"]
    return [(code, _text(entry, lang)) for code, entry in codes.items()]


def title(kind: str, lang: str | None = "zh") -> str:
    """The name of vocabulary ``kind`` itself (回访方式, Visit method)."""
    return _text(_document()["choices"][kind], lang)


def table(name: str, lang: str | None = "zh") -> dict[str, str]:
    """The texts of table ``name`` alone, key → text."""
    return {key: _text(entry, lang) for key, entry in _document()["tables"][name].items()}


def headers(name: str, lang: str | None = "zh") -> dict[str, str]:
    """The column headers of table ``name``: its ``col.`` texts, by column key."""
    return {
        key.removeprefix("col."): text
        for key, text in table(name, lang).items()
        if key.startswith("col.")
    }


def texts(
    name: str, lang: str | None = "zh", *, codes: dict[str, str] | None = None
) -> dict[str, str]:
    """The texts a table's writer formats: the common ones, the labels of the
    vocabularies in ``codes`` (kind → key prefix) as ``prefix.code``
    (``{"method": "method"}`` → ``method.home_visit``; an empty prefix gives the
    bare code), then table ``name``'s own."""
    out = table("common", lang)
    for kind, prefix in (codes or {}).items():
        out.update(
            {f"{prefix}.{code}" if prefix else code: text for code, text in choices(kind, lang)}
        )
    out.update(table(name, lang))  # the table's own words win
    return out


def day_text(day, lang: str | None = "zh") -> str:
    """A date as people write it on paper: 2026年12月7日 (one style for every document)."""
    if day is None:
        return ""
    return table("common", lang)["day"].format(year=day.year, month=day.month, day=day.day)


# --- the schema -------------------------------------------------------------------


def _fields(text: str) -> set[str]:
    parsed = string.Formatter().parse(text)
    return {name.split(":")[0].split("!")[0] for _, name, _, _ in parsed if name}


def _entry_problems(where: str, entry: Any) -> list[str]:
    if not isinstance(entry, dict) or set(entry) != set(LANGUAGES):
        return [f"{where}: wants exactly zh and en, has {entry!r}"]
    out = [f"{where}.{lang}: empty" for lang in LANGUAGES if not str(entry[lang]).strip()]
    out += [f"{where}.{lang}: not text" for lang in LANGUAGES if not isinstance(entry[lang], str)]
    if not out and _fields(entry["zh"]) != _fields(entry["en"]):
        out.append(f"{where}: placeholders differ between zh and en")
    return out


def problems(document: dict[str, Any] | None = None) -> list[str]:
    """What is wrong with the vocabulary file's shape; [] when it is sound.

    The schema: ``choices.KIND`` has ``zh``, ``en`` and ``codes`` (CODE → {zh, en});
    ``tables.NAME`` maps keys to {zh, en}, with the same {placeholders} in both
    languages; every enum of ``ENUM_KINDS`` has each of its codes labelled;
    a table ``common`` exists.
    """
    doc = _document() if document is None else document
    out: list[str] = []
    extra = set(doc) - {"choices", "tables"}
    if extra:
        out.append(f"unknown sections: {sorted(extra)}")
    for kind, vocab in doc.get("choices", {}).items():
        if not isinstance(vocab, dict) or set(vocab) != {"zh", "en", "codes"}:
            out.append(f"choices.{kind}: wants zh, en and codes")
            continue
        out += _entry_problems(f"choices.{kind}", {k: vocab[k] for k in LANGUAGES})
        if not vocab["codes"]:
            out.append(f"choices.{kind}.codes: empty")
        for code, entry in vocab["codes"].items():
            out += _entry_problems(f"choices.{kind}.codes.{code}", entry)
    for name, tab in doc.get("tables", {}).items():
        for key, entry in tab.items():
            out += _entry_problems(f"tables.{name}.{key}", entry)
    if "common" not in doc.get("tables", {}):
        out.append("tables.common: missing")
    for kind, enum in ENUM_KINDS.items():
        codes = doc.get("choices", {}).get(kind, {}).get("codes", {})
        missing = [member.value for member in enum if member.value not in codes]
        if missing:
            out.append(f"choices.{kind}: no label for {missing}")
    return out
