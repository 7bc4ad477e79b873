"""The registration form's own words, read from ``data/form.toml``.

The fields of the visit record take their labels from ``visit_fields`` and
their choices from the vocabulary; what is the paper's own (the title, the
labels of the case part, prompts, hints, the note) lives in ``form.toml``,
Chinese and English, so that no Chinese word is written in code.
``text(key, **values)`` formats one text, ``label(key)`` names a case-part
cell; ``problems()`` checks the file's shape.
"""

from __future__ import annotations

import string
from typing import Any

from ...domain import vocabulary

__all__ = ["FILE", "label", "labels", "problems", "text", "texts"]

FILE = "form.toml"


def _document() -> dict[str, Any]:
    return vocabulary.data_file(FILE)


def text(key: str, lang: str | None = "zh", **values: object) -> str:
    """The form's text ``key``, formatted with ``values`` (printed forms are Chinese)."""
    template = _document()["texts"][key][vocabulary.language(lang)]
    return template.format(**values) if values else template


def label(key: str, lang: str | None = "zh") -> str:
    """The label of the case-part cell ``key`` (``label("case_no")`` → 信访件编号)."""
    return _document()["labels"][key][vocabulary.language(lang)]


def texts(lang: str | None = "zh") -> set[str]:
    """Every text and label of the file, unformatted (what the form may draw)."""
    doc = _document()
    lang = vocabulary.language(lang)
    return {entry[lang] for section in ("texts", "labels") for entry in doc[section].values()}


def labels(lang: str | None = "zh") -> set[str]:
    """Every case-part label of the file."""
    return {entry[vocabulary.language(lang)] for entry in _document()["labels"].values()}


def _fields(template: str) -> set[str]:
    return {name.split(":")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def problems(document: dict[str, Any] | None = None) -> list[str]:
    """What is wrong with the file's shape; [] when it is sound.

    The schema: sections ``texts`` and ``labels``, each KEY → {zh, en}, both
    non-empty text with the same {placeholders}.
    """
    doc = _document() if document is None else document
    out = [f"unknown section {name!r}" for name in set(doc) - {"texts", "labels"}]
    out += [f"missing section {name!r}" for name in {"texts", "labels"} - set(doc)]
    for section in ("texts", "labels"):
        for key, entry in doc.get(section, {}).items():
            where = f"{section}.{key}"
            if not isinstance(entry, dict) or set(entry) != set(vocabulary.LANGUAGES):
                out.append(f"{where}: wants exactly zh and en")
                continue
            if not all(isinstance(v, str) and v.strip() for v in entry.values()):
                out.append(f"{where}: empty or not text")
            elif _fields(entry["zh"]) != _fields(entry["en"]):
                out.append(f"{where}: placeholders differ between zh and en")
    return out
