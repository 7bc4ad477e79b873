"""A visitor's route sheet: the open tasks by village, to take along.

On screen the phones and addresses are masked like every list's, until the
clerk ticks "Show personal data", which is recorded in the audit (as in the
Cases list). The saved workbook is for the visitor's visits and holds them in
full; saving it is recorded too (``record_route_sheet_printed``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from ...domain.errors import UserError
from ...domain.normalize import mask_address, mask_phone
from ...domain.register import reveal_personal_data
from ...domain.tasks import RouteStop, record_route_sheet_printed
from ...i18n import tr_error
from .. import screen_fit, window_state
from ..formatting import date_text
from ..labels import method_label


class RouteStopModel(QAbstractTableModel):
    """A visitor's route sheet, read-only (a table through a list model's columns)."""

    KEYS = ("case_no", "petitioner", "village", "address", "phones", "method", "due_on", "leader")

    def __init__(self, stops: list[RouteStop], parent=None):
        super().__init__(parent)
        self.stops = stops
        self.revealed = False  # phones and addresses masked on screen until revealed
        self.titles = [
            self.tr("Case number"),
            self.tr("Petitioner"),
            self.tr("Village"),
            self.tr("Address"),
            self.tr("Phones"),
            self.tr("Method"),
            self.tr("Due"),
            self.tr("Leader"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.stops)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def set_revealed(self, revealed: bool) -> None:
        self.beginResetModel()
        self.revealed = revealed
        self.endResetModel()

    def text(self, row: int, column: int, full: bool | None = None) -> str:
        """A cell's text; phones and addresses masked unless revealed (or ``full``)."""
        s = self.stops[row]
        key = self.KEYS[column]
        full = self.revealed if full is None else full
        if key == "phones":
            return "、".join(s.phones if full else [mask_phone(p) or "" for p in s.phones])
        if key == "address":
            return (s.address if full else mask_address(s.address)) or ""
        if key == "method":
            return method_label(s.method)
        if key == "due_on":
            return date_text(s.due_on)
        if key == "case_no":
            return ("★" if s.key_case else "") + s.case_no
        return getattr(s, key) or ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        return None


def save_route_sheet(path: Path, title: str, model: RouteStopModel) -> None:
    """The route sheet as a plain workbook (printing the form is issue 6)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "route"
    sheet.append([title])
    sheet.append(model.titles)
    for r in range(model.rowCount()):
        sheet.append([model.text(r, c, full=True) for c in range(model.columnCount())])
    book.save(path)


class RouteSheetDialog(QDialog):
    """One visitor's open tasks by village; saving leaves an audit record."""

    def __init__(self, visitor_id: int, name: str, stops: list[RouteStop], parent=None):
        super().__init__(parent)
        self.visitor_id = visitor_id
        self.setWindowTitle(self.tr("Route sheet of {name}").format(name=name))
        screen_fit.fit_window(self, (900, 520))
        self.model = RouteStopModel(stops, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save as xlsx…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setEnabled(bool(stops))
        self.save_button.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        self.reveal_box = QCheckBox(self.tr("Show personal data"))
        self.reveal_box.setToolTip(self.tr("Showing phones and addresses in full is recorded."))
        self.reveal_box.toggled.connect(self.set_revealed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("%n open task(s)", "", len(stops))), 1)
        top.addWidget(self.reveal_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @Slot(bool)
    def set_revealed(self, revealed: bool) -> None:
        """Phones and addresses in full, recorded in the audit first."""
        if revealed and not self.model.revealed:
            try:
                reveal_personal_data(
                    "route_sheet",
                    None,
                    {"visitor_id": self.visitor_id, "count": self.model.rowCount()},
                )
            except UserError as error:
                QMessageBox.warning(self, self.windowTitle(), tr_error(error))
                self.reveal_box.setChecked(False)
                return
        self.model.set_revealed(revealed)
        self.table.resizeColumnsToContents()

    @Slot()
    def choose_file(self) -> None:
        folder = Path(str(window_state.value(window_state.LAST_FOLDER, str(Path.home()))))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the route sheet"),
            str(folder / (self.tr("route-sheet") + ".xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        save_route_sheet(path, self.windowTitle(), self.model)
        record_route_sheet_printed(self.visitor_id, self.model.rowCount())
