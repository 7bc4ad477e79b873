"""File ▸ Read scanned forms…: choose the copier's files, read them off the GUI thread
(progress, cancel), then the review of the forms read (``dialogs.scan_review``)."""

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
