"""File ▸ Restore from backup…: choose the backup to put back.

Lists the program's backups in the backup folders (newest first, with the
cases and campaigns each holds, read off the GUI thread), or lets the clerk
choose any file. The dialog only chooses: ``chosen`` is the file; the caller
confirms and restores it through the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QWidget,
)

from ...services.backup import backup_counts, list_backups
from .. import screen_fit
from ..background import run_in_background
from ..models.backup_table_model import BackupRow, BackupTableModel
from ..ui_loader import load_ui


def find_backups(folders: list[Path]) -> list[BackupRow]:
    """The backups in ``folders`` with their counts (reads every file: run it off the GUI)."""
    return [BackupRow(b, backup_counts(b.path)) for b in list_backups(folders)]


class RestoreDialog(QDialog):
    """The form is ``ui/restore.ui``; this class is its behaviour."""

    def __init__(self, db_path: Path, folders: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("restore", self)  # intro, table, status, buttons
        self.folders = folders
        self.chosen: Path | None = None

        self.intro.setText(
            self.tr(
                "Choose the backup to put back in place of {path}. The current file is "
                "first kept beside it as a copy, so nothing is lost."
            ).format(path=db_path)
        )
        self.model = BackupTableModel(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.file_button = QPushButton(self.tr("Choose a file…"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        screen_fit.fit_window(self, (900, 420))

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._choose_file)
        self.buttons.rejected.connect(self.reject)

        self.job = run_in_background(
            lambda job: find_backups(self.folders), on_done=self._found, on_error=self._not_found
        )

    @Slot(object)
    def _found(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        folders = "; ".join(str(f) for f in self.folders)
        if rows:
            self.status.setText(
                self.tr("{n} backups found in {folders}.").format(n=len(rows), folders=folders)
            )
            self.table.selectRow(0)
        else:
            self.status.setText(
                self.tr("No backups found in {folders}. Choose a file instead.").format(
                    folders=folders
                )
            )

    @Slot(object)
    def _not_found(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The backups could not be listed: {error}").format(error=exc))

    @Slot()
    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        backup = self.model.backup_at(rows[0].row()) if rows else None
        return backup.path if backup else None

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self._restore_selected()

    @Slot()
    def _restore_selected(self) -> None:
        path = self.selected()
        if path is not None:
            self.chosen = path
            self.accept()

    @Slot()
    def _choose_file(self) -> None:
        start = str(self.folders[0]) if self.folders else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            start,
            self.tr("Databases and backups (*.sqlite *.db *.enc);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()
