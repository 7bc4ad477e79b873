"""The case dialog's tables: the petitioner's other cases, the campaigns that
considered the case, the history of changes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt
from PySide6.QtWidgets import QTableView

from ....domain.cases import CaseRow, HistoryEntry
from ....domain.normalize import mask_address, mask_id, mask_phone
from ....domain.register import history_changes
from ...formatting import date_text
from ...models.case_table_model import channel_label, source_level_label
from ...row_table import RowTableModel
from ...widgets.row_view import EXTENDED, set_up_rows
from .labels import (
    _FLAGS,
    ACTION_LABELS,
    EXCLUSION_LABELS,
    STATUS_LABELS,
    _label,
    field_label,
    translate,
)

# --- the tables of the dialog ------------------------------------------------------


class OtherCasesModel(RowTableModel):
    """The petitioner's other cases (repeat petitions)."""

    TEXT_TIPS = True
    CASE_NO, REGISTERED_ON, CATEGORY, DEMAND, CONCLUDED_ON, SETTLED = range(6)
    HEADERS = [
        QT_TRANSLATE_NOOP("OtherCasesModel", "Case number"),
        QT_TRANSLATE_NOOP("OtherCasesModel", "Registered on"),
        QT_TRANSLATE_NOOP("OtherCasesModel", "Category"),
        QT_TRANSLATE_NOOP("OtherCasesModel", "Demand"),
        QT_TRANSLATE_NOOP("OtherCasesModel", "Concluded on"),
        QT_TRANSLATE_NOOP("OtherCasesModel", "Settled"),
    ]
    FIELDS = ("case_no", None, "category")
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: list[CaseRow], parent=None):
        super().__init__(parent, rows)

    def role_data(self, row: CaseRow, column: int, role: int):
        return row.id if role == self.CASE_ID_ROLE else None

    def display(self, row: CaseRow, column: int) -> str:
        if column == self.REGISTERED_ON:
            return date_text(row.registered_on)
        if column == self.DEMAND:
            return (row.demand or "").replace("\n", " ")
        if column == self.CONCLUDED_ON:
            return date_text(row.concluded_on)
        if column == self.SETTLED:
            return translate("CaseDialog", "Yes") if row.settled else ""
        return super().display(row, column)


class CampaignsModel(RowTableModel):
    """The campaigns that considered the case: target or excluded, and why."""

    CAMPAIGN, INCLUDED, REASON, STATUS = range(4)
    HEADERS = [
        QT_TRANSLATE_NOOP("CampaignsModel", "Campaign"),
        QT_TRANSLATE_NOOP("CampaignsModel", "Target"),
        QT_TRANSLATE_NOOP("CampaignsModel", "Exclusion reason"),
        QT_TRANSLATE_NOOP("CampaignsModel", "Status"),
    ]

    def __init__(self, rows: list[tuple[str, bool, str | None, str]], parent=None):
        super().__init__(parent, rows)

    def display(self, row: tuple[str, bool, str | None, str], column: int) -> str:
        name, included, reason, status = row
        if column == self.CAMPAIGN:
            return name
        if column == self.INCLUDED:
            return (
                translate("CampaignsModel", "Included")
                if included
                else translate("CampaignsModel", "Excluded")
            )
        if column == self.REASON:
            return _label(EXCLUSION_LABELS, reason)
        if column == self.STATUS:
            return _label(STATUS_LABELS, status) if included else ""
        return None


class HistoryModel(RowTableModel):
    """Audit records of the case and its petitioner, newest first, with what changed."""

    TEXT_TIPS = True
    AT, ACTOR, ACTION, CHANGES = range(4)
    HEADERS = [
        QT_TRANSLATE_NOOP("HistoryModel", "When"),
        QT_TRANSLATE_NOOP("HistoryModel", "Who"),
        QT_TRANSLATE_NOOP("HistoryModel", "What"),
        QT_TRANSLATE_NOOP("HistoryModel", "Changes"),
    ]

    def __init__(self, entries: list[HistoryEntry], revealed: bool, parent=None):
        super().__init__(parent, entries)
        self.revealed = revealed
        self._texts: dict[int, str] = {}

    def display(self, entry: HistoryEntry, column: int) -> str:
        if column == self.AT:
            return entry.at.strftime("%Y-%m-%d %H:%M") if entry.at else ""
        if column == self.ACTOR:
            return entry.actor
        if column == self.ACTION:
            key = (entry.table_name, entry.action)
            return (
                translate("CaseDialog", ACTION_LABELS[key])
                if key in ACTION_LABELS
                else (f"{entry.action} {entry.table_name}")
            )
        if column == self.CHANGES:
            if id(entry) not in self._texts:
                self._texts[id(entry)] = self.changes_text(entry)
            return self._texts[id(entry)]
        return None

    def changes_text(self, entry: HistoryEntry) -> str:
        """``field: old → new`` per changed field, one a line, for updates; the
        ledger file a registered case or petitioner came from."""
        if entry.action == "insert" and entry.note:
            try:
                file = json.loads(entry.note).get("file")
            except (ValueError, AttributeError):
                file = None
            if file:
                return translate("CaseDialog", "From the ledger {file}").format(
                    file=Path(file).name
                )
        if entry.action != "update":
            return ""
        lines = []
        for change in history_changes(entry):
            old = self._value(change.field, change.before)
            new = self._value(change.field, change.after)
            lines.append(f"{field_label(change.field)}: {old or '—'} → {new or '—'}")
        return "\n".join(lines)

    def _value(self, key: str, value) -> str:
        if value is None or value == "":
            return ""
        if key in _FLAGS:
            return translate("CaseDialog", "Yes") if value else translate("CaseDialog", "No")
        if key == "source_level":
            return source_level_label(value)
        if key == "channel":
            return channel_label(value)
        if key in ("registered_on", "concluded_on"):
            try:
                return date_text(dt.date.fromisoformat(str(value)[:10]))
            except ValueError:
                return str(value)
        if not self.revealed:
            if key == "id_number":
                return mask_id(value) or ""
            if key == "phones":
                return ", ".join(mask_phone(p) or "" for p in str(value).split(",") if p)
            if key == "address":
                return mask_address(value) or ""
        if key == "phones":
            return ", ".join(p for p in str(value).split(",") if p)
        return str(value)


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    set_up_rows(view, model, EXTENDED).setStretchLastSection(True)
    return view
