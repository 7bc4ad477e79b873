"""The import dialog's tables: the ledger's first rows under the chosen mapping, and
the rows' outcome (rejected, warnings, updates, skipped lines); the fields' names.

Split from ``gui/dialogs/import_dialog.py``, whose form is ``ui/import.ui``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...services.ledger_cells import SKIPPED_REASONS
from ...services.ledger_import import ImportPlan, Issue
from ...services.ledger_preview import preview_rows
from ...services.ledger_reader import LedgerTable, column_letter
from ..ledger_fields import LEDGER_FIELD_LABELS, ledger_field_label
from ..row_table import RowTableModel

translate = QCoreApplication.translate

#: People's names of the ledger fields, for the mapping form.
FIELD_LABELS = LEDGER_FIELD_LABELS
field_label = ledger_field_label


class PreviewModel(QAbstractTableModel):
    """The first rows of the ledger, as they will be stored under ``mapping``."""

    def __init__(
        self, table: LedgerTable, mapping: dict[str, int] | None = None, rows: int = 8, parent=None
    ):
        super().__init__(parent)
        self.table = table
        self.rows = table.preview(rows)
        self.texts = preview_rows(table, table.mapping if mapping is None else mapping, rows)
        self.columns = list(range(len(table.headers)))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][self.columns[index.column()]]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            col = self.columns[section]
            return f"{column_letter(col)}  {self.table.headers[col] or ''}"
        return str(self.rows[section].row_number)


class IssueModel(RowTableModel):
    """Row problems: where (row, cell), how serious, and why."""

    ROW, CELL, KIND, REASON = range(4)
    HEADERS = [
        QT_TRANSLATE_NOOP("IssueModel", "Row"),
        QT_TRANSLATE_NOOP("IssueModel", "Cell"),
        QT_TRANSLATE_NOOP("IssueModel", "Outcome"),
        QT_TRANSLATE_NOOP("IssueModel", "Reason"),
    ]

    def __init__(self, sheet: str, items: list[tuple[str, Issue]], parent=None):
        super().__init__(parent, items)
        self.sheet = sheet

    def display(self, item: tuple[str, Issue], column: int):
        kind, issue = item
        if column == self.ROW:
            return issue.row
        if column == self.CELL:
            return f"{self.sheet}!{issue.cell}" if issue.cell else ""
        if column == self.KIND:
            return {
                "rejected": translate("IssueModel", "Rejected"),
                "warning": translate("IssueModel", "Warning"),
                "update": translate("IssueModel", "Will update"),
                "skipped": translate("IssueModel", "Skipped"),
            }.get(kind, kind)
        return issue.reason(translate("UserError", issue.template))

    def role_data(self, item: tuple[str, Issue], column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and item[0] == "rejected":
            return QColor("#b3261e")
        return None


def outcome_items(plan: ImportPlan) -> list[tuple[str, Issue]]:
    """What the outcome page lists, by row: rejected first, then warnings, updates, skips."""
    items = [("rejected", i) for i in plan.rejected] + [("warning", i) for i in plan.warnings]
    items += [
        ("update", _change_issue(r.row, key, before, after))
        for r in plan.rows
        if r.outcome == "updated"
        for key, (before, after) in r.changes.items()
    ]
    items += [
        ("skipped", _SkippedIssue(s.row_number, "", s.reason, s.text)) for s in plan.table.skipped
    ]
    items.sort(key=lambda item: (item[1].row, item[0] != "rejected"))
    return items


def _change_issue(row: int, key: str, before, after) -> Issue:
    return _ChangeIssue(row, "", "changed", f"{key}: {before or '—'} → {after or '—'}")


class _SkippedIssue(Issue):
    """A row below the header that is not a case (a section title, totals)."""

    @property
    def template(self) -> str:
        return SKIPPED_REASONS.get(self.code, self.code)

    def reason(self, template: str | None = None) -> str:
        return (template or self.template).format(text=self.value)


class _ChangeIssue(Issue):
    @property
    def template(self) -> str:
        return QT_TRANSLATE_NOOP("UserError", "update: {value}")
