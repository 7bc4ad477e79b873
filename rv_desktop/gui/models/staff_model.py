"""The board's list of visitors: each with the number of open tasks they carry."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...domain.tasks import StaffRow
from ..formatting import number_text
from ..row_table import RowListModel

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAFF_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class StaffModel(RowListModel):
    """Active visitors, the targets of a card dropped on a person."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._load: dict[int, int] = {}

    def set_staff(self, rows: list[StaffRow], load: dict[int, int]) -> None:
        self._load = load
        self.set_rows(rows)

    def row_data(self, row: StaffRow, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} ({number_text(self._load.get(row.id, 0))})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Drop cards here to add {name} as a visitor").format(name=row.name)
        if role == STAFF_ID_ROLE:
            return row.id
        if role == STAFF_NAME_ROLE:
            return row.name
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
