"""File ▸ Read scanned forms…: choose the copier's files, read them off the GUI thread
(progress, cancel), then the review of the forms read (``dialogs.scan_review``).

File ▸ Drop the scans of reviewed records…: says how many pages and how much
space go, asks, then drops them off the GUI thread (``services.scan.store``:
audited, the database compacted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from .background import Job, run_in_background
from .errors import error_text


class ScanActions(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.action = QAction(self.tr("Read &scanned forms…"), window)
        self.action.triggered.connect(self.choose)
        self.drop_action = QAction(self.tr("&Drop the scans of reviewed records…"), window)
        self.drop_action.triggered.connect(self.ask_drop)
        self.asked: QMessageBox | None = None  # the question on screen (tests answer it)

    def choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Read scanned forms"), "",
            self.tr("Scans (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)"))  # fmt: skip
        if files:
            self.read([Path(f) for f in files])

    def read(self, files: list[Path]) -> None:
        from ..services.scan.forms import scan_files

        progress = QProgressDialog(self.tr("Reading the scanned forms…"), self.tr("Cancel"), 0, 0,
                                   self.window)  # fmt: skip
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def work(job: Job):
            return scan_files(files, progress=lambda n: job.progress(n, 0),
                              cancelled=lambda: job.cancelled)  # fmt: skip

        def done(result) -> None:
            progress.close()
            self.job = None
            from .dialogs.scan_review import ScanReviewDialog

            dialog = ScanReviewDialog(result, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        def failed(error: BaseException) -> None:
            progress.close()
            self.job = None
            text = error_text(error, "reading scanned forms")
            QMessageBox.warning(self.window, self.tr("Read scanned forms"), text)

        self.job = run_in_background(work, done, failed,
                                     lambda n, _t: progress.setLabelText(
                                         self.tr("Reading the scanned forms… %1 pages")
                                         .replace("%1", str(n))))  # fmt: skip
        progress.canceled.connect(self.job.cancel)

    def ask_drop(self) -> None:
        """How many pages and how much space the reviewed records' scans take; drop them?"""
        from ..domain.errors import UserError
        from ..services.scan.store import reviewed_scans
        from .formatting import size_text

        title = self.tr("Drop the scans of reviewed records")
        try:
            records, pages, size = reviewed_scans()
        except UserError as error:
            self._tell(QMessageBox.Icon.Warning, title, error_text(error))
            return
        if not pages:
            self._tell(QMessageBox.Icon.Information, title, self.tr(
                "No reviewed record of the campaign keeps a scan: there is nothing to drop."))
            return
        text = (self.tr("Drop the scanned pages of %1 reviewed records of the campaign: %2 pages, "
                        "%3?").replace("%1", str(records)).replace("%2", str(pages))
                .replace("%3", size_text(size)))  # fmt: skip
        detail = self.tr("The records and their history stay; only the page images go, for good. "
                         "The database then gets smaller by about that much, and so do its "
                         "backups.")  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)  # fmt: skip
        box.setInformativeText(detail)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda answer: self._answered(answer, box))
        self.asked = box
        box.open()

    def _answered(self, answer: int, box: QMessageBox) -> None:
        self.asked = None
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes:
            self.drop()

    def drop(self) -> None:
        """Drop the scans of the campaign's reviewed records, off the GUI thread."""
        from ..services.scan.store import drop_reviewed

        title = self.tr("Drop the scans of reviewed records")
        progress = QProgressDialog(self.tr("Dropping the scans and compacting the database…"),
                                   "", 0, 0, self.window)  # fmt: skip
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(dropped: int) -> None:
            progress.close()
            self.job = None
            self._tell(QMessageBox.Icon.Information, title,
                       self.tr("%1 scanned pages dropped.").replace("%1", str(dropped)))

        def failed(error: BaseException) -> None:
            progress.close()
            self.job = None
            self._tell(QMessageBox.Icon.Warning, title, error_text(error, "dropping scans"))

        self.job = run_in_background(lambda job: drop_reviewed(compact=True), done, failed)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A message over the window that does not block (no nested event loop)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
