"""The ledger import dialog: file → column mapping with preview → outcome → import.

Every step that reads the file or the database runs off the GUI thread; the
import itself is one transaction that cancel rolls back. The dialog only
shows what ``services.ledger_import`` decided.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...i18n import tr_error
from ...services.ledger_cells import SKIPPED_REASONS
from ...services.ledger_import import (
    REJECTED,
    ImportPlan,
    Issue,
    apply_plan,
    plan_import,
    read_table,
    remember_mapping,
    remembered_mapping,
    save_rejected,
)
from ...services.ledger_preview import preview_rows
from ...services.ledger_reader import FIELDS, KEY_FIELDS, LedgerTable, column_letter
from .. import screen_fit, window_state
from ..background import Job, run_in_background

translate = QCoreApplication.translate

#: People's names of the ledger fields, for the mapping form.
FIELD_LABELS = {
    "case_no": QT_TRANSLATE_NOOP("LedgerField", "Case number"),
    "petitioner": QT_TRANSLATE_NOOP("LedgerField", "Petitioner"),
    "id_number": QT_TRANSLATE_NOOP("LedgerField", "ID number"),
    "phones": QT_TRANSLATE_NOOP("LedgerField", "Phone"),
    "address": QT_TRANSLATE_NOOP("LedgerField", "Address"),
    "village": QT_TRANSLATE_NOOP("LedgerField", "Village or community"),
    "channel": QT_TRANSLATE_NOOP("LedgerField", "Channel"),
    "source_level": QT_TRANSLATE_NOOP("LedgerField", "Source level"),
    "registered_on": QT_TRANSLATE_NOOP("LedgerField", "Registered on"),
    "category": QT_TRANSLATE_NOOP("LedgerField", "Category"),
    "demand": QT_TRANSLATE_NOOP("LedgerField", "Demand"),
    "handling_unit": QT_TRANSLATE_NOOP("LedgerField", "Handling unit"),
    "leader": QT_TRANSLATE_NOOP("LedgerField", "Responsible leader"),
    "concluded_on": QT_TRANSLATE_NOOP("LedgerField", "Concluded on"),
    "conclusion": QT_TRANSLATE_NOOP("LedgerField", "Handling conclusion"),
    "people_count": QT_TRANSLATE_NOOP("LedgerField", "Number of people"),
}


def field_label(key: str) -> str:
    return translate("LedgerField", FIELD_LABELS[key])


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


class IssueModel(QAbstractTableModel):
    """Row problems: where (row, cell), how serious, and why."""

    ROW, CELL, KIND, REASON = range(4)
    HEADERS = [
        QT_TRANSLATE_NOOP("IssueModel", "Row"),
        QT_TRANSLATE_NOOP("IssueModel", "Cell"),
        QT_TRANSLATE_NOOP("IssueModel", "Outcome"),
        QT_TRANSLATE_NOOP("IssueModel", "Reason"),
    ]

    def __init__(self, sheet: str, items: list[tuple[str, Issue]], parent=None):
        super().__init__(parent)
        self.sheet = sheet
        self.items = items

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        kind, issue = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.ROW:
                return issue.row
            if col == self.CELL:
                return f"{self.sheet}!{issue.cell}" if issue.cell else ""
            if col == self.KIND:
                return {
                    "rejected": translate("IssueModel", "Rejected"),
                    "warning": translate("IssueModel", "Warning"),
                    "update": translate("IssueModel", "Will update"),
                    "skipped": translate("IssueModel", "Skipped"),
                }.get(kind, kind)
            return issue.reason(translate("UserError", issue.template))
        if role == Qt.ItemDataRole.ForegroundRole and kind == "rejected":
            from PySide6.QtGui import QColor

            return QColor("#b3261e")
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("IssueModel", self.HEADERS[section])
        return None


class ImportDialog(QDialog):
    """Choose a ledger, confirm its columns, see the outcome, import."""

    imported = Signal(str)  # the outcome, for the status bar

    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import ledger"))
        screen_fit.fit_window(self, (1000, 680))
        self.table: LedgerTable | None = None
        self.plan: ImportPlan | None = None
        self.job: Job | None = None

        self.file_label = QLabel(self.tr("Choose the ledger file the county sent."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())  # nothing chosen yet
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._outcome_page())

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # the buttons in the order of the work (the platform's button box would
        # reorder them by role): back, then check the rows, then import
        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("Back to columns"))
        self.next_button = QPushButton(self.tr("Check rows"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        button_row = QHBoxLayout()
        button_row.addWidget(self.back_button)
        button_row.addStretch(1)
        for button in (self.next_button, self.import_button):
            button_row.addWidget(button)
        button_row.addWidget(self.buttons)
        self.back_button.setVisible(False)
        self.back_button.clicked.connect(self.back_to_columns)
        self.next_button.clicked.connect(self.check_rows)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.next_button.setEnabled(False)
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(button_row)
        if path is not None:
            self.load_file(Path(path))

    # --- pages -----------------------------------------------------------------

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.sheet_label = QLabel()
        layout.addWidget(self.sheet_label)
        body = QHBoxLayout()
        form_holder = QWidget()
        self.mapping_form = QFormLayout(form_holder)
        self.combos: dict[str, QComboBox] = {}
        for key in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.currentIndexChanged.connect(self._show_preview)
            self.combos[key] = combo
            label = field_label(key) + (" *" if key in KEY_FIELDS else "")
            self.mapping_form.addRow(label, combo)
        scroll = QScrollArea()
        scroll.setWidget(form_holder)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        body.addWidget(scroll)
        self.preview = QTableView()
        self.preview.setObjectName("preview")
        self.preview.horizontalHeader().setDefaultSectionSize(120)
        body.addWidget(self.preview, 1)
        layout.addLayout(body, 1)
        hint = QLabel(
            self.tr(
                "Check which column holds each field; fields marked * are needed. "
                "The choice is remembered for files with the same headers."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return page

    def _outcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("outcome")
        self.outcome_label.setWordWrap(True)
        layout.addWidget(self.outcome_label)
        self.reject_ids = QCheckBox(
            self.tr(
                "Reject rows whose ID number is wrong (otherwise imported with the ID left empty)"
            )
        )
        self.reject_ids.toggled.connect(self.check_rows)
        layout.addWidget(self.reject_ids)
        self.issues = QTableView()
        self.issues.setObjectName("issues")
        self.issues.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.issues.horizontalHeader().setStretchLastSection(True)
        self.issues.verticalHeader().setVisible(False)
        layout.addWidget(self.issues, 1)
        self.save_rejected_button = QPushButton(self.tr("Save rejected rows as xlsx…"))
        self.save_rejected_button.clicked.connect(self.save_rejected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_rejected_button)
        layout.addLayout(row)
        return page

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
        items = [("rejected", i) for i in plan.rejected] + [("warning", i) for i in plan.warnings]
        items += [
            ("update", _change_issue(r.row, key, before, after))
            for r in plan.rows
            if r.outcome == "updated"
            for key, (before, after) in r.changes.items()
        ]
        items += [
            ("skipped", _SkippedIssue(s.row_number, "", s.reason, s.text))
            for s in plan.table.skipped
        ]
        items.sort(key=lambda item: (item[1].row, item[0] != "rejected"))
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
