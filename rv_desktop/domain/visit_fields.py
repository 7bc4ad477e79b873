"""The visit record's fields, defined once in ``data/visit_record.toml``.

Every field of the registration form (回访登记表) has one entry there: its key
(the column of ``VisitRecord`` and the field of ``VisitDraft``), its Chinese
label (the official term) and English label, the tab of the form window it
sits on, its kind, the vocabulary whose choices it offers, its length limit
and whether it prints on the paper form. The form window, the paper form, the
statistics and the exports take their words from here, so that one field is
called the same on every page (issue "One vocabulary, one field list").

``fields()`` lists them in form order; ``field(key)``, ``label(key, lang)``,
``tab_title(tab, lang)``, ``tabs()``, ``choice_labels(key, lang)`` answer the
usual questions; ``problems()`` checks the file's shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import vocabulary

__all__ = [
    "KINDS",
    "VisitField",
    "FieldLabel",
    "choice_labels",
    "field",
    "field_label",
    "fields",
    "label",
    "problems",
    "tab_title",
    "tabs",
]

FILE = "visit_record.toml"
#: What a field holds: how it is entered on screen and drawn on paper.
KINDS = ("datetime", "date", "line", "text", "bool", "choice", "contacts")
_KEYS = {"zh", "en", "tab", "kind", "choices", "max_len", "paper"}


@dataclass(frozen=True)
class VisitField:
    """One field of the visit record, as the data file defines it."""

    key: str
    zh: str
    en: str
    tab: str
    kind: str
    choices: str | None = None
    max_len: int | None = None
    paper: bool = True

    def label(self, lang: str | None = "zh") -> str:
        return self.zh if vocabulary.language(lang) == "zh" else self.en


def _document() -> dict[str, Any]:
    return vocabulary.data_file(FILE)


@cache
def fields() -> tuple[VisitField, ...]:
    """Every field, in the order of the form (tab by tab)."""
    return tuple(VisitField(key=key, **entry) for key, entry in _document()["fields"].items())


@cache
def _by_key() -> dict[str, VisitField]:
    return {f.key: f for f in fields()}


def field(key: str) -> VisitField:
    """The field ``key``; KeyError for a key the file does not define."""
    return _by_key()[key]


def label(key: str, lang: str | None = "zh") -> str:
    """The label of field ``key`` (``label("method")`` → 回访方式)."""
    return field(key).label(lang)


class FieldLabel(str):
    """A field's label for a message: ``str`` is the English label (logs, ``str(error)``);
    ``in_language(lang)`` the one the user reads (``i18n.tr_error`` asks for it)."""

    zh: str = ""

    def in_language(self, lang: str | None) -> str:
        return self.zh if vocabulary.language(lang) == "zh" else str.__str__(self)


def field_label(key: str) -> FieldLabel:
    """The label of field ``key`` in both languages, for a ``UserError``'s parameters."""
    f = field(key)
    out = FieldLabel(f.en)
    out.zh = f.zh
    return out


def tabs() -> tuple[str, ...]:
    """The tabs of the form window, in order."""
    return tuple(_document()["tabs"])


def tab_title(tab: str, lang: str | None = "zh") -> str:
    """The title of tab ``tab`` (``tab_title("sign_off")`` → 签字确认)."""
    entry = _document()["tabs"][tab]
    return entry[vocabulary.language(lang)]


def choice_labels(key: str, lang: str | None = "zh") -> list[tuple[object, str]]:
    """(value, label) of the choices field ``key`` offers, in order; a bool's
    values are True and False. [] for a field without choices."""
    f = field(key)
    if not f.choices:
        return []
    pairs = vocabulary.choices(f.choices, lang)
    if f.kind == "bool":
        return [(code == "yes", text) for code, text in pairs]
    return list(pairs)


def problems(document: dict[str, Any] | None = None) -> list[str]:
    """What is wrong with the file's shape; [] when it is sound."""
    doc = _document() if document is None else document
    out: list[str] = []
    tab_names = doc.get("tabs", {})
    for tab, entry in tab_names.items():
        if set(entry) != set(vocabulary.LANGUAGES) or not all(entry.values()):
            out.append(f"tabs.{tab}: wants zh and en")
    known_choices = set(vocabulary.data_file("vocabulary.toml")["choices"])
    for key, entry in doc.get("fields", {}).items():
        where = f"fields.{key}"
        extra = set(entry) - _KEYS
        missing = {"zh", "en", "tab", "kind"} - set(entry)
        if extra or missing:
            out.append(f"{where}: unknown {sorted(extra)}, missing {sorted(missing)}")
            continue
        if not str(entry["zh"]).strip() or not str(entry["en"]).strip():
            out.append(f"{where}: empty label")
        if entry["tab"] not in tab_names:
            out.append(f"{where}: unknown tab {entry['tab']!r}")
        kind = entry["kind"]
        if kind not in KINDS:
            out.append(f"{where}: unknown kind {kind!r}")
        if kind == "choice" and not entry.get("choices"):
            out.append(f"{where}: a choice names its vocabulary")
        if entry.get("choices") and entry["choices"] not in known_choices:
            out.append(f"{where}: vocabulary {entry['choices']!r} not in vocabulary.toml")
        if kind in ("line", "text") and not isinstance(entry.get("max_len"), int):
            out.append(f"{where}: a text field has a max_len")
        if kind not in ("line", "text") and "max_len" in entry:
            out.append(f"{where}: only text fields have a max_len")
    return out
