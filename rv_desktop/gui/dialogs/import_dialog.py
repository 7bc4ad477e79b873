"""The ledger import dialog: file → column mapping with preview → outcome → import.

Every step that reads the file or the database runs off the GUI thread; the
import itself is one transaction that cancel rolls back. The dialog only
shows what ``services.ledger_import`` decided.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from ...domain.errors import UserError
from ...i18n import tr_error
from ...services.ledger_import import (
    REJECTED,
    ImportPlan,
    apply_plan,
    plan_import,
    read_table,
    remember_mapping,
    remembered_mapping,
    save_rejected,
)
from ...services.ledger_reader import FIELDS, KEY_FIELDS, LedgerTable, column_letter
from .. import screen_fit, window_state
from ..background import Job, run_in_background
from ..models.ledger_import_models import IssueModel, PreviewModel, field_label, outcome_items
from ..ui_loader import load_ui

translate = QCoreApplication.translate


class ImportDialog(QDialog):
    """Choose a ledger, confirm its columns, see the outcome, import."""

    imported = Signal(str)  # the outcome, for the status bar

    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        load_ui("import", self)  # the file row, the pages, the status, the buttons
        screen_fit.fit_window(self, (1000, 680))
        self.table: LedgerTable | None = None
        self.plan: ImportPlan | None = None
        self.job: Job | None = None
        self.combos: dict[str, QComboBox] = {}
        for key in FIELDS:  # the mapping form: a row per ledger field, from the field list
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.currentIndexChanged.connect(self._show_preview)
            self.combos[key] = combo
            label = field_label(key) + (" *" if key in KEY_FIELDS else "")
            self.mapping_form.addRow(label, combo)
        self.issues.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.progress.setVisible(False)
        self.back_button.setVisible(False)

        self.choose_button.clicked.connect(self.choose_file)
        self.reject_ids.toggled.connect(self.check_rows)
        self.save_rejected_button.clicked.connect(self.save_rejected)
        self.back_button.clicked.connect(self.back_to_columns)
        self.next_button.clicked.connect(self.check_rows)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        if path is not None:
            self.load_file(Path(path))

    # --- steps -----------------------------------------------------------------

    @staticmethod
    def ask_for_ledger(parent: QWidget | None) -> Path | None:
        """The file chooser, at once: the dialog opens on the chosen ledger."""
        folder = str(window_state.value(window_state.LAST_FOLDER, str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Choose ledger"),
            folder,
            QCoreApplication.translate(
                "ImportDialog", "Ledgers (*.xlsx *.xls *.xlsm *.ods *.et *.csv);;All files (*)"
            ),
        )
        if not name:
            return None
        window_state.set_value(window_state.LAST_FOLDER, str(Path(name).parent))
        return Path(name)

    @Slot()
    def choose_file(self) -> None:
        path = self.ask_for_ledger(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        self.file_label.setText(self.tr("Reading {file}…").format(file=path.name))
        self._busy(True)

        def work(job: Job):
            table = read_table(path)
            return table, remembered_mapping(table)

        self.job = run_in_background(work, self._file_read, self._failed)

    def _file_read(self, result) -> None:
        self._busy(False)
        self.table, remembered = result
        table = self.table
        self.file_label.setText(
            self.tr("{file}: {rows} data rows under the header in row {header}.").format(
                file=Path(table.file).name, rows=len(table.rows), header=table.header_row
            )
        )
        self.sheet_label.setText(self.tr("Sheet: {sheet}").format(sheet=table.sheet or ""))
        mapping = remembered or table.mapping
        choices = [(self.tr("(not in this file)"), -1)] + [
            (f"{column_letter(i)}: {h}", i) for i, h in enumerate(table.headers) if h
        ]
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            for text, col in choices:
                combo.addItem(text, col)
            combo.setCurrentIndex(max(combo.findData(mapping.get(key, -1)), 0))
            combo.blockSignals(False)
        self._show_preview()
        self.pages.setCurrentIndex(1)
        self.next_button.setEnabled(True)
        self.import_button.setEnabled(False)
        if remembered:
            self.status.setText(self.tr("The column mapping you confirmed earlier was applied."))

    @Slot()
    def _show_preview(self) -> None:
        """The preview follows the mapping: a column is shown as its field stores it."""
        if self.table is not None:
            self.preview.setModel(PreviewModel(self.table, self.mapping(), parent=self.preview))

    def mapping(self) -> dict[str, int]:
        return {
            key: combo.currentData()
            for key, combo in self.combos.items()
            if combo.currentData() is not None and combo.currentData() >= 0
        }

    @Slot()
    def check_rows(self) -> None:
        if self.table is None:
            return
        mapping = self.mapping()
        missing = [field_label(k) for k in KEY_FIELDS if k not in mapping]
        if missing:
            self.status.setText(
                self.tr("Choose the column of: {fields}.").format(fields="、".join(missing))
            )
            return
        table, reject = self.table, self.reject_ids.isChecked()
        self.status.setText(self.tr("Checking every row…"))
        self._busy(True)
        self.job = run_in_background(
            lambda job: plan_import(
                table, mapping, reject, progress=job.progress, cancelled=lambda: job.cancelled
            ),
            self._planned,
            self._failed,
            self._progressed,
        )

    def _planned(self, plan: ImportPlan) -> None:
        self._busy(False)
        self.plan = plan
        rejected = plan.count(REJECTED)
        self.outcome_label.setText(
            self.tr(
                "<b>{rows}</b> rows read: <b>{new}</b> new cases, <b>{updated}</b> updated, "
                "<b>{unchanged}</b> unchanged, <b>{rejected}</b> rejected. "
                "Rows with warnings are imported; check them below."
            ).format(
                rows=len(plan.rows),
                new=plan.count("new"),
                updated=plan.count("updated"),
                unchanged=plan.count("unchanged"),
                rejected=rejected,
            )
        )
        items = outcome_items(plan)
        self.issues.setModel(IssueModel(plan.table.sheet or "", items, parent=self.issues))
        self.save_rejected_button.setEnabled(rejected > 0)
        self.pages.setCurrentIndex(2)
        self.back_button.setVisible(True)
        changes = plan.count("new") + plan.count("updated")
        self.import_button.setEnabled(changes > 0)
        self.status.setText(
            "" if changes else self.tr("Nothing to import: every row is already in the register.")
        )

    @Slot()
    def back_to_columns(self) -> None:
        self.pages.setCurrentIndex(1)
        self.back_button.setVisible(False)
        self.import_button.setEnabled(False)

    @Slot()
    def run_import(self) -> None:
        if self.plan is None or self.table is None:
            return
        plan, table, mapping = self.plan, self.table, self.mapping()
        self.status.setText(self.tr("Importing…"))
        self._busy(True)

        def work(job: Job):
            result = apply_plan(plan, progress=job.progress, cancelled=lambda: job.cancelled)
            remember_mapping(table, mapping)
            return result

        self.job = run_in_background(work, self._done, self._failed, self._progressed)

    def _done(self, result) -> None:
        self._busy(False)
        self.job = None
        self.result_text = self.tr(
            "Imported: {new} new cases, {updated} updated, {unchanged} unchanged, "
            "{rejected} rejected."
        ).format(
            new=result.new,
            updated=result.updated,
            unchanged=result.unchanged,
            rejected=result.rejected,
        )
        self.imported.emit(self.result_text)
        self.accept()

    @Slot()
    def save_rejected(self) -> None:
        if self.plan is None:
            return
        default = Path(self.plan.table.file).with_name(
            Path(self.plan.table.file).stem + self.tr("-rejected") + ".xlsx"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), str(default), self.tr("Excel workbook (*.xlsx)")
        )
        if not name:
            return
        try:
            save_rejected(
                self.plan,
                Path(name),
                self.tr("Reason not imported"),
                lambda text: translate("UserError", text),
            )
        except UserError as exc:  # masked IDs and phones; a full disk, a locked file
            self._show_error(tr_error(exc))
            return
        self.status.setText(self.tr("Rejected rows saved to {file}.").format(file=name))

    # --- plumbing --------------------------------------------------------------

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for widget in (self.choose_button, self.next_button, self.import_button, self.reject_ids):
            widget.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.job = None
        if isinstance(error, UserError) and error.code == "cancelled":
            self.status.setText(self.tr("Cancelled. The database was not changed."))
            return
        if isinstance(error, UserError):
            self._show_error(tr_error(error))
        else:
            self._show_error(self.tr("Unexpected error: {error}").format(error=error))
        if self.table is None:
            self.file_label.setText(self.tr("Choose the ledger file the county sent."))
        self.next_button.setEnabled(self.table is not None)

    def _show_error(self, text: str) -> None:
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("Import ledger"), text)

    @Slot()
    def cancel(self) -> None:
        if self.job is not None and self.progress.isVisible():
            self.job.cancel()
        else:
            self.reject()
