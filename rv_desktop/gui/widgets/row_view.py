"""How a table of rows to read and choose from is set up, wherever it stands."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SINGLE = QAbstractItemView.SelectionMode.SingleSelection
EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection


def set_up_rows(
    table: QTableView,
    model: QAbstractItemModel | None = None,
    selection: QAbstractItemView.SelectionMode = SINGLE,
    alternate: bool = True,
) -> QHeaderView:
    """Show ``model`` in ``table`` as rows: chosen whole (one at a time, unless
    ``selection`` says otherwise), never edited in place, without row numbers,
    in alternating shades unless ``alternate`` is False. Returns the column header."""
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(alternate)
    return table.horizontalHeader()
