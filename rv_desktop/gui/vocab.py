"""The county's vocabulary in the interface's language, for widgets and Qt models.

The labels of coded choices (交办来源, 回访方式, 满意度 ...) come from
``data/vocabulary.toml`` through ``domain.vocabulary``, not from the .ts
translation: the screen says what the paper and the county's tables say.
The visit record's field labels, tab titles and choices come the same way from
``data/visit_record.toml`` (``domain.visit_fields``). The language is the one
``i18n.install_translators`` set as Qt's default locale (Chinese for zh_*, else
English).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..domain import visit_fields, vocabulary


def label(kind: str, code: object) -> str:
    """The label of ``code`` in vocabulary ``kind`` ('' for None)."""
    return vocabulary.label(kind, code, QLocale().name())


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, label) of vocabulary ``kind``, in order."""
    return vocabulary.choices(kind, QLocale().name())


def language() -> str:
    """The interface's language as Qt's default locale names it (``zh_CN``, ``en_US``)."""
    return QLocale().name()


def field_label(key: str) -> str:
    """The label of visit-record field ``key`` (回访方式 / Visit method)."""
    return visit_fields.label(key, language())


def tab_title(tab: str) -> str:
    """The title of tab ``tab`` of the registration form window."""
    return visit_fields.tab_title(tab, language())


def field_choices(key: str) -> list[tuple[object, str]]:
    """(value, label) of the choices visit-record field ``key`` offers ([] for none)."""
    return visit_fields.choice_labels(key, language())
