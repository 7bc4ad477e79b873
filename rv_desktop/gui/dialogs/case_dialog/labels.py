"""The case dialog's words: field names (also for the history), exclusion reasons,
board columns, audit actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...ledger_fields import LEDGER_FIELD_LABELS

translate = QCoreApplication.translate

#: People's names of the fields, also for the history (keys: audit columns).
FIELD_LABELS = {
    **LEDGER_FIELD_LABELS,
    "name": QT_TRANSLATE_NOOP("CaseField", "Name"),
    "many_people": QT_TRANSLATE_NOOP("CaseField", "Many people involved"),
    "policy": QT_TRANSLATE_NOOP("CaseField", "Strong policy content"),
    "rebound": QT_TRANSLATE_NOOP("CaseField", "Likely to rebound"),
    "settled": QT_TRANSLATE_NOOP("CaseField", "Settled"),
}
_CONTEXTS = {key: "CaseField" for key in ("name", "many_people", "policy", "rebound", "settled")}

EXCLUSION_LABELS = {
    "many_people": QT_TRANSLATE_NOOP("CaseLabels", "Many people involved"),
    "policy": QT_TRANSLATE_NOOP("CaseLabels", "Strong policy content"),
    "rebound": QT_TRANSLATE_NOOP("CaseLabels", "Likely to rebound"),
    "settled": QT_TRANSLATE_NOOP("CaseLabels", "Settled"),
    "other": QT_TRANSLATE_NOOP("CaseLabels", "Other reason"),
}
STATUS_LABELS = {
    "unassigned": QT_TRANSLATE_NOOP("CaseLabels", "Not assigned"),
    "assigned": QT_TRANSLATE_NOOP("CaseLabels", "Assigned"),
    "visited": QT_TRANSLATE_NOOP("CaseLabels", "Visited"),
    "follow_up": QT_TRANSLATE_NOOP("CaseLabels", "Follow-up"),
    "done": QT_TRANSLATE_NOOP("CaseLabels", "Done"),
}
ACTION_LABELS = {
    ("case", "insert"): QT_TRANSLATE_NOOP("CaseDialog", "Case registered"),
    ("case", "update"): QT_TRANSLATE_NOOP("CaseDialog", "Case changed"),
    ("case", "delete"): QT_TRANSLATE_NOOP("CaseDialog", "Case deleted"),
    ("petitioner", "insert"): QT_TRANSLATE_NOOP("CaseDialog", "Petitioner registered"),
    ("petitioner", "update"): QT_TRANSLATE_NOOP("CaseDialog", "Petitioner changed"),
    ("petitioner", "delete"): QT_TRANSLATE_NOOP("CaseDialog", "Petitioner deleted"),
    ("case", "reveal"): QT_TRANSLATE_NOOP("CaseDialog", "Personal data shown"),
    ("case", "export"): QT_TRANSLATE_NOOP("CaseDialog", "Exported"),
    ("case", "print"): QT_TRANSLATE_NOOP("CaseDialog", "Printed"),
}
_PERSONAL = ("id_number", "phones", "address")
_FLAGS = ("many_people", "policy", "rebound", "settled")


def field_label(key: str) -> str:
    if key not in FIELD_LABELS:
        return key
    return translate(_CONTEXTS.get(key, "LedgerField"), FIELD_LABELS[key])


def _label(table: dict, code: str | None) -> str:
    return translate("CaseLabels", table[code]) if code in table else (code or "")


def _date_input(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
