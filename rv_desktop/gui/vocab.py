"""The county's vocabulary in the interface's language, for widgets and Qt models.

The labels of coded choices (交办来源, 回访方式, 满意度 ...) come from
``data/vocabulary.toml`` through ``domain.vocabulary``, not from the .ts
translation: the screen says what the paper and the county's tables say.
The language is the one ``i18n.install_translators`` set as Qt's default
locale (Chinese for zh_*, else English).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..domain import vocabulary


def label(kind: str, code: object) -> str:
    """The label of ``code`` in vocabulary ``kind`` ('' for None)."""
    return vocabulary.label(kind, code, QLocale().name())


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, label) of vocabulary ``kind``, in order."""
    return vocabulary.choices(kind, QLocale().name())
