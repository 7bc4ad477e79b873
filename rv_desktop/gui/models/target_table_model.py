"""The targets of a campaign (回访对象) as a table model over ``list_targets`` rows.

Petitioners' names are shown in full (the one masking rule of every list: ID
numbers, phones and addresses masked until revealed); coded values show their
translated labels, shared with the case register and the case dialog.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt

from ...domain.screening import TargetRow
from ..formatting import date_text
from ..labels import exclusion_label as exclusion_label
from ..labels import source_level_label, status_label
from ..row_table import ID_ROLE, RowTableModel, bold_font
from ..row_table import ROW_ROLE as ROW_ROLE
from ..row_table import SORT_ROLE as SORT_ROLE

translate = QCoreApplication.translate

#: Roles giving a row's target id (int), its ``TargetRow``, a value to sort by
#: (dates as ISO text, flags as 0/1).
TARGET_ID_ROLE = ID_ROLE


class SourceSortProxy(QSortFilterProxyModel):
    """Lets the source model sort itself (in Python) instead of sorting in Qt."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class TargetTableModel(RowTableModel):
    """Read-only rows of targets (included or excluded) of one campaign."""

    CASE_NO, PETITIONER, SOURCE, CONCLUDED, KEY, INCLUDED, REASON, STATUS = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("TargetTableModel", "Case number"),
        QT_TRANSLATE_NOOP("TargetTableModel", "Petitioner"),
        QT_TRANSLATE_NOOP("TargetTableModel", "Source level"),
        QT_TRANSLATE_NOOP("TargetTableModel", "Concluded on"),
        QT_TRANSLATE_NOOP("TargetTableModel", "Key case"),
        QT_TRANSLATE_NOOP("TargetTableModel", "Included"),
        QT_TRANSLATE_NOOP("TargetTableModel", "Exclusion reason / note"),
        QT_TRANSLATE_NOOP("TargetTableModel", "Status"),
    )
    FIELDS = ("case_no", "petitioner")
    ID_FIELD = "id"

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python: a proxy sorting 22,000 rows would call
        ``data()`` hundreds of thousands of times through Qt."""
        self.layoutAboutToBeChanged.emit()

        def key(row: TargetRow):
            value = self.sort_value(row, column)
            return (value is None or value == "", value if value is not None else "")

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def sort_value(self, row: TargetRow, column: int):
        if column == self.CONCLUDED:
            return row.concluded_on.isoformat() if row.concluded_on else ""
        if column == self.KEY:
            return int(row.key_case)
        if column == self.INCLUDED:
            return int(row.included)
        return self.display(row, column) or ""

    target_row = RowTableModel.row_at

    def row_of(self, target_id: int) -> int:
        for i, row in enumerate(self.rows):
            if row.id == target_id:
                return i
        return -1

    def role_data(self, row: TargetRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return self.display(row, column) or None
        if role == Qt.ItemDataRole.FontRole and row.key_case and column == self.CASE_NO:
            return bold_font()
        return super().role_data(row, column, role)

    def display(self, row: TargetRow, column: int) -> str:
        if column == self.SOURCE:
            return source_level_label(row.source_level)
        if column == self.CONCLUDED:
            return date_text(row.concluded_on) if isinstance(row.concluded_on, dt.date) else ""
        if column == self.KEY:
            return translate("TargetTableModel", "Key") if row.key_case else ""
        if column == self.INCLUDED:
            if row.included:
                text = translate("TargetTableModel", "Target")
            else:
                text = translate("TargetTableModel", "Excluded")
            if row.by_hand:
                text += translate("TargetTableModel", " (by hand)")
            return text
        if column == self.REASON:
            reason, note = exclusion_label(row.exclusion_reason), row.note or ""
            if reason and note:
                return translate("TargetTableModel", "{reason}: {note}").format(
                    reason=reason, note=note
                )
            return reason or note
        if column == self.STATUS:
            return status_label(row.status)
        return super().display(row, column)
