"""One read-only table model over a list of rows, the base of the GUI's lists.

A subclass names its columns in ``HEADERS`` (marked with ``QT_TRANSLATE_NOOP``
under its class name, or its translation ``CONTEXT``), the row attribute a column shows as it is in
``FIELDS``, says what the other cells show in ``display(row, column)`` and
answers any other role in ``role_data(row, column, role)``; the
row count, column count, headers, ``set_rows`` and ``row_at`` are this class's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

DISPLAY = Qt.ItemDataRole.DisplayRole
#: Roles of a model with an ``ID_FIELD``: the row's id, the row itself, the value to sort by.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
#: Alignment of numbers in a cell.
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _Rows:
    """The rows of a model (``rows``), replaced all at once by ``set_rows``."""

    rows: list

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The row shown on line ``row``; None outside the model."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)


class RowListModel(_Rows, QAbstractListModel):
    """A list of rows, one per line; ``row_data(row, role)`` answers for a row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def data(self, index, role=DISPLAY):
        row = self.row_at(index.row()) if index.isValid() else None
        return None if row is None else self.row_data(row, role)

    def row_data(self, row, role: int) -> Any:
        raise NotImplementedError


class RowTableModel(_Rows, QAbstractTableModel):
    """Rows (``rows``, replaced all at once by ``set_rows``), one per line of the table."""

    #: Translation context of ``HEADERS`` when not the class's name (as ``tr`` has it).
    CONTEXT = ""
    HEADERS: Sequence[str] = ()
    #: The row's attribute each column shows as it is (None: ``display`` says what).
    FIELDS: Sequence[str | None] = ()
    #: The row's attribute ``ID_ROLE`` gives; a model naming one also answers
    #: ``ROW_ROLE`` and ``SORT_ROLE`` (``sort_value``).
    ID_FIELD = ""
    #: The tooltip repeats the cell's text (for texts a column cuts short).
    TEXT_TIPS = False

    def __init__(self, parent=None, rows: Iterable = ()):
        super().__init__(parent)
        self.rows: list = list(rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def header_text(self, section: int) -> str:
        context = self.CONTEXT or type(self).__name__
        return QCoreApplication.translate(context, self.HEADERS[section])

    def header_tip(self, section: int) -> str | None:
        return None

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == DISPLAY:
            return self.header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None

    def data(self, index, role=DISPLAY):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == DISPLAY or (role == Qt.ItemDataRole.ToolTipRole and self.TEXT_TIPS):
            return self.display(row, index.column())
        return self.role_data(row, index.column(), role)

    def display(self, row, column: int) -> str:
        """The cell's text: by default the row's attribute named in ``FIELDS``, as it is."""
        field = self.FIELDS[column] if column < len(self.FIELDS) else None
        value = getattr(row, field) if field else None
        return "" if value is None else str(value)

    def role_data(self, row, column: int, role: int) -> Any:
        """What a cell answers for a role other than its text: by default only the
        roles of ``ID_FIELD``."""
        if self.ID_FIELD:
            if role == ID_ROLE:
                return getattr(row, self.ID_FIELD)
            if role == ROW_ROLE:
                return row
            if role == SORT_ROLE:
                return self.sort_value(row, column)
        return None

    def sort_value(self, row, column: int) -> Any:
        """What ``SORT_ROLE`` sorts a cell by: its text unless the model says otherwise."""
        return self.display(row, column)
