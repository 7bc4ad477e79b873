"""The Campaign page's target list: the targets, the excluded cases or both, and the
hand-made changes (exclude with a reason, add a case by its number, mark key cases).

Each change is one domain write (``exclude_target``, ``add_target``,
``set_key_case``); a refusal is shown and changes nothing; after a write the
panel emits ``written`` and the page reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.campaign_info import CampaignInfo
from ...domain.enums import ExclusionReason
from ...domain.errors import UserError
from ...domain.screening import add_target, exclude_target, list_targets, set_key_case
from ...i18n import tr_error
from ..dialogs.campaign_dialog import AddTargetDialog, ExcludeDialog
from ..labels import exclusion_label
from ..models.target_table_model import (
    ROW_ROLE,
    SORT_ROLE,
    TARGET_ID_ROLE,
    SourceSortProxy,
    TargetTableModel,
)
from .column_fit import MiddleElideDelegate, widen_to_content
from .row_view import EXTENDED, set_up_rows

translate = QCoreApplication.translate

#: The target list filter: (value for list_targets' ``included``).
SHOW_TARGETS, SHOW_EXCLUDED, SHOW_ALL = True, False, None


class TargetListPanel(QGroupBox):
    """The target list with its filter and the buttons that change it by hand."""

    #: A write went through: the page reloads what it shows and tells the window.
    written = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("TargetListPanel", "Target list"), parent)
        #: the campaign shown (the page sets it)
        self.campaign: CampaignInfo | None = None
        self.exclude_dialog: ExcludeDialog | None = None
        self.add_dialog: AddTargetDialog | None = None
        bar = self._build_toolbar()

        self._build_table()
        self.table_notice = QLabel()
        self.table_notice.setObjectName("targetsEmpty")
        self.table_notice.setWordWrap(True)
        self.table_notice.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table_notice)
        layout.addWidget(self.table, 1)
        self._connect()

    def _build_toolbar(self) -> QHBoxLayout:
        """Show (targets, excluded, all), the count and the buttons."""
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("Targets"), SHOW_TARGETS)
        self.show_combo.addItem(self.tr("Excluded"), SHOW_EXCLUDED)
        self.show_combo.addItem(self.tr("All"), SHOW_ALL)
        self.target_count = QLabel()
        self.target_count.setObjectName("targetCount")
        self.exclude_button = QPushButton(self.tr("Exclude…"))
        self.add_button = QPushButton(self.tr("Add case by case number…"))
        self.key_button = QPushButton(self.tr("Mark as key case"))
        self.unkey_button = QPushButton(self.tr("Unmark"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.show_combo)
        bar.addWidget(self.target_count)
        bar.addStretch(1)
        for button in (self.exclude_button, self.add_button, self.key_button, self.unkey_button):
            bar.addWidget(button)
        return bar

    def _build_table(self) -> None:
        """The target table, sorted by case number."""
        self.model = TargetTableModel(self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TargetTableModel.CASE_NO, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(TargetTableModel.CASE_NO, MiddleElideDelegate(self))
        header = set_up_rows(self.table, selection=EXTENDED)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TargetTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (TargetTableModel.CASE_NO, 150),
            (TargetTableModel.PETITIONER, 80),
            (TargetTableModel.SOURCE, 90),
            (TargetTableModel.CONCLUDED, 110),
            (TargetTableModel.KEY, 70),
            (TargetTableModel.INCLUDED, 90),
            (TargetTableModel.STATUS, 80),
        ):
            self.table.setColumnWidth(column, width)

    def _connect(self) -> None:
        self.show_combo.currentIndexChanged.connect(self.reload_targets)
        self.exclude_button.clicked.connect(self.ask_exclude)
        self.add_button.clicked.connect(self.ask_add_case)
        self.key_button.clicked.connect(lambda: self.mark_key_cases(True))
        self.unkey_button.clicked.connect(lambda: self.mark_key_cases(False))
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    @Slot()
    def reload_targets(self, *_args) -> None:
        if self.campaign is None:
            self.model.set_rows([])
            return
        selected = set(self.selected_target_ids())
        rows = list_targets(self.campaign, self.show_combo.currentData())
        self.model.set_rows(rows)
        widen_to_content(self.table, TargetTableModel.CASE_NO, rows=len(rows))
        if selected:
            selection = self.table.selectionModel()
            for r in range(self.model.rowCount()):
                if self.model.target_row(r).id in selected:
                    index = self.proxy.mapFromSource(self.model.index(r, 0))
                    flags = QItemSelectionModel.SelectionFlag
                    selection.select(index, flags.Select | flags.Rows)
        self.target_count.setText(self.tr("%n case(s)", "", len(rows)))
        if rows:
            self.table_notice.hide()
        else:
            if self.show_combo.currentData() is SHOW_EXCLUDED:
                text = self.tr("No case is excluded.")
            else:
                text = self.tr("No targets yet: set the criteria and click Screen.")
            self.table_notice.setText(text)
            self.table_notice.show()
        self._update_buttons()

    def selected_target_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [index.data(TARGET_ID_ROLE) for index in rows]

    def select_case(self, case_no: str) -> bool:
        """Select the row of that case number in the list shown; whether it is there."""
        for r in range(self.model.rowCount()):
            if self.model.target_row(r).case_no == case_no:
                index = self.proxy.mapFromSource(self.model.index(r, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return True
        return False

    def _selected_rows(self) -> list:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    @Slot()
    def _update_buttons(self, *_args) -> None:
        rows = self._selected_rows()
        self.exclude_button.setEnabled(any(r.included for r in rows))
        self.key_button.setEnabled(any(r.included and not r.key_case for r in rows))
        self.unkey_button.setEnabled(any(r.key_case for r in rows))
        self.add_button.setEnabled(self.campaign is not None)

    @Slot(QPoint)
    def _context_menu(self, point: QPoint) -> None:
        if not self.table.indexAt(point).isValid():
            return
        menu = QMenu(self)
        for button in (self.exclude_button, self.add_button, self.key_button, self.unkey_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def exclusion_reasons(self) -> list[tuple[str, str]]:
        return [(r.value, exclusion_label(r.value)) for r in ExclusionReason]

    @Slot()
    def ask_exclude(self) -> None:
        """Ask reason and note, then exclude the selected targets."""
        ids = [r.id for r in self._selected_rows() if r.included]
        if not ids:
            return
        dialog = ExcludeDialog(self.exclusion_reasons(), len(ids), self)
        self.exclude_dialog = dialog

        def finished(result: int) -> None:
            self.exclude_dialog = None
            if result == QDialog.DialogCode.Accepted:
                reason, note = dialog.values()
                self.exclude_targets(ids, reason, note)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def exclude_targets(self, target_ids: list[int], reason: str, note: str = "") -> list[str]:
        """Exclude targets with a reason; the refusals' messages (also shown)."""
        return self._write_each(target_ids, lambda tid: exclude_target(tid, reason, note))

    @Slot()
    def ask_add_case(self) -> None:
        """Ask a case number and a note, then add that case to the targets."""
        if self.campaign is None:
            return
        dialog = AddTargetDialog(self)
        self.add_dialog = dialog

        def try_accept() -> None:
            case_no, note = dialog.values()
            error = self.add_case(case_no, note, show=False)
            if error:
                dialog.show_error(error)
            else:
                dialog.accept()

        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(try_accept)

        def finished(_result: int) -> None:
            self.add_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def add_case(self, case_no: str, note: str, show: bool = True) -> str | None:
        """Add a case by case number; the refusal's message, or None."""
        try:
            add_target(self.campaign, case_no, note)
        except UserError as error:
            message = tr_error(error)
            if show:
                QMessageBox.warning(self, self.tr("Add a case"), message)
            return message
        self.written.emit()
        self.select_case(case_no.strip())
        return None

    def mark_key_cases(self, key: bool = True) -> list[str]:
        ids = [r.id for r in self._selected_rows() if r.key_case != key]
        return self._write_each(ids, lambda tid: set_key_case(tid, key))

    def _write_each(self, target_ids: list[int], write: Callable[[int], Any]) -> list[str]:
        errors: list[str] = []
        done = 0
        for tid in target_ids:
            try:
                write(tid)
            except UserError as error:
                errors.append(tr_error(error))
            else:
                done += 1
        if done:
            self.written.emit()
        if errors:
            QMessageBox.warning(self, self.tr("Not changed"), "\n".join(errors))
        return errors
