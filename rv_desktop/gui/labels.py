"""Codes to the words the window shows: one place for the labels the table models,
pages and dialogs share.

Coded choices of a case or a visit (交办来源, 信访形式, 回访方式) take the county's
vocabulary (``data/``, through ``gui/vocab.py``); the board's columns and a
target's exclusion reason and task status take the Qt translation, in the
contexts they always had (``BoardModel``, ``CaseLabels``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import vocabulary
from . import vocab

translate = QCoreApplication.translate

#: The board's columns, in order.
STATUSES = ("unassigned", "assigned", "visited", "follow_up", "done")
COLUMN_TITLES = {
    "unassigned": QT_TRANSLATE_NOOP("BoardModel", "Not assigned"),
    "assigned": QT_TRANSLATE_NOOP("BoardModel", "Assigned"),
    "visited": QT_TRANSLATE_NOOP("BoardModel", "Visited (form to finish)"),
    "follow_up": QT_TRANSLATE_NOOP("BoardModel", "Follow-up needed"),
    "done": QT_TRANSLATE_NOOP("BoardModel", "Done"),
}
#: The planned methods' codes, in order (labels from the county's vocabulary, data/).
METHOD_LABELS = {code: code for code, _label in vocabulary.choices("method")}


def source_level_label(code: str | None) -> str:
    """交办来源 of a case, from the county's vocabulary (data/)."""
    return vocab.label("source_level", code) if code else ""


def channel_label(code: str | None) -> str:
    """信访形式 of a case, from the county's vocabulary (data/)."""
    return vocab.label("channel", code) if code else ""


def column_title(status: str) -> str:
    """A board column's (a task status's) title."""
    return translate("BoardModel", COLUMN_TITLES[status]) if status in COLUMN_TITLES else status


def method_label(code: str | None) -> str:
    return vocab.label("method", code) if code in METHOD_LABELS else ""


def exclusion_label(code: str | None) -> str:
    # the case dialog holds these words (imported here, not above: it imports the models)
    from .dialogs.case_dialog import EXCLUSION_LABELS

    return translate("CaseLabels", EXCLUSION_LABELS[code]) if code in EXCLUSION_LABELS else ""


def status_label(code: str | None) -> str:
    from .dialogs.case_dialog import STATUS_LABELS

    return translate("CaseLabels", STATUS_LABELS[code]) if code in STATUS_LABELS else ""
