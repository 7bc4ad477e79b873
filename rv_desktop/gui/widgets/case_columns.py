"""The case table's columns: their first widths, which are shown (the Columns
button's menu, and the same menu on the header), and the header's state kept
between sessions (QSettings, ``window_state``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QToolButton,
    QWidget,
)

from .. import window_state
from ..formatting import date_text
from ..models.case_table_model import CaseTableModel
from .column_fit import MiddleElideDelegate
from .row_view import set_up_rows

#: Columns hidden until the clerk shows them (the page must fit 1366 px).
DEFAULT_HIDDEN = ("leader", "registered_on", "demand")
#: Initial widths in pixels.
WIDTHS = {
    "case_no": 104,
    "petitioner": 72,
    "id_number": 140,
    "phones": 108,
    "address": 116,
    "village": 76,
    "source_level": 90,
    "channel": 80,
    "category": 80,
    "handling_unit": 100,
    "leader": 80,
    "registered_on": 100,
    "concluded_on": 100,
    "people_count": 44,
    "demand": 320,
}


def case_table(model: CaseTableModel, row_height: int) -> QTableView:
    """The case list's view: whole rows, one line each, movable sortable columns."""
    table = QTableView()
    table.setObjectName("caseTable")
    header = set_up_rows(table, model)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_height)
    header.setSectionsMovable(True)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    # a case number too long for its column is cut in the middle: the serial shows
    table.setItemDelegateForColumn(CaseTableModel.CASE_NO, MiddleElideDelegate(table))
    return table


class CaseColumns(QObject):
    """Shows, hides, sizes and remembers the columns of the case table."""

    #: A column was shown or hidden (the page keeps the state).
    changed = Signal()

    def __init__(
        self, table: QTableView, model: CaseTableModel, button: QToolButton, page: QWidget
    ):
        super().__init__(page)
        self.table, self.model, self._page = table, model, page
        header = table.horizontalHeader()
        for column, key in enumerate(CaseTableModel.KEYS):
            header.resizeSection(column, self.default_width(key))
        self.menu = QMenu(page)
        for column, _key in enumerate(CaseTableModel.KEYS):
            action = self.menu.addAction(model.header_text(column))
            action.setCheckable(True)
            action.setData(column)
        button.setMenu(self.menu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.menu.triggered.connect(self._toggled)
        self.menu.aboutToShow.connect(self._sync)

    def default_width(self, key: str) -> int:
        if key in ("registered_on", "concluded_on"):  # 2026年12月28日 / 28 Dec 2026
            sample = date_text(dt.date(2026, 12, 28))
            return max(WIDTHS[key], self._page.fontMetrics().horizontalAdvance(sample) + 16)
        return WIDTHS[key]

    def show_sort(self, key: str, descending: bool) -> None:
        """The header's arrow on ``key``, without asking for a new sort."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            CaseTableModel.KEYS.index(key),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def restore(self) -> None:
        """The header's order and widths, and the hidden columns, of the last session."""
        state = window_state.geometry(window_state.CASES_HEADER)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        hidden = window_state.value(window_state.CASES_HIDDEN_COLUMNS, None)
        hidden_keys = (
            set(DEFAULT_HIDDEN) if hidden is None else {k for k in str(hidden).split(",") if k}
        )
        for column, key in enumerate(CaseTableModel.KEYS):
            self.table.setColumnHidden(column, key in hidden_keys)

    def save(self) -> None:
        window_state.set_value(window_state.CASES_HEADER, self.table.horizontalHeader().saveState())
        hidden = [
            key
            for column, key in enumerate(CaseTableModel.KEYS)
            if self.table.isColumnHidden(column)
        ]
        window_state.set_value(window_state.CASES_HIDDEN_COLUMNS, ",".join(hidden))

    @Slot(QPoint)
    def _header_menu(self, pos: QPoint) -> None:
        self._sync()
        self.menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _sync(self) -> None:
        for action in self.menu.actions():
            action.setChecked(not self.table.isColumnHidden(action.data()))

    def _toggled(self, action) -> None:
        column = action.data()
        shown = [c for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        if not action.isChecked() and shown == [column]:
            action.setChecked(True)  # keep at least one column
            return
        self.table.setColumnHidden(column, not action.isChecked())
        if action.isChecked() and self.table.columnWidth(column) < 20:
            self.table.setColumnWidth(column, self.default_width(CaseTableModel.KEYS[column]))
        self.changed.emit()

    def set_visible(self, key: str, visible: bool) -> None:
        column = CaseTableModel.KEYS.index(key)
        action = self.menu.actions()[column]
        action.setChecked(visible)
        self._toggled(action)
