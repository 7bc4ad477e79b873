"""Preview a PDF the program wrote, then print it, save it or open it elsewhere.

The reportlab PDF is the one artefact of every document. Printing paints its
pages onto the ``QPrinter`` the clerk chose in a ``QPrintDialog`` (not the
system viewer's print verb, which fails where Edge is the PDF viewer).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import screen_fit, window_state

try:  # QtPdf comes in its own wheel; without it the system viewer previews
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]


def preview_available() -> bool:
    return QPdfDocument is not None


def print_pdf(document, printer) -> int:
    """Paint every page of ``document`` (a loaded QPdfDocument) onto ``printer``;
    returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        page_rect = printer.pageRect(printer.Unit.DevicePixel)
        count = document.pageCount()
        for index in range(count):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            scale = min(page_rect.width() / points.width(), page_rect.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            # render at the printer's resolution, capped to keep memory sane
            factor = min(dpi / 72.0, 300 / 72.0)
            image = document.render(
                index, QSize(int(points.width() * factor), int(points.height() * factor))
            )
            painter.drawImage(QRectF(QPointF(0, 0), size.toSizeF()), image)
        return count
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(title)
        screen_fit.fit_window(self, (900, 1000))
        layout = QVBoxLayout(self)
        # the actions on top: on a low screen the page scrolls, the buttons stay
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("previewActions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.open_button = QPushButton(self.tr("Open in PDF &viewer"))
        for button in (self.print_button, self.save_button, self.open_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons = buttons
        self.toolbar.addWidget(buttons)
        layout.addWidget(self.toolbar)
        self.document = None
        if preview_available():
            self.document = QPdfDocument(self)
            self.document.load(str(self.path))
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.view, 1)
        else:
            note = QLabel(
                self.tr("The preview is not available here. Open the PDF in the PDF viewer.")
            )
            note.setWordWrap(True)
            layout.addWidget(note, 1)
        self.print_button.setEnabled(self.document is not None)
        self.info = QLabel(self.tr("File: {path}").format(path=self.path))
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.info)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_external)
        buttons.rejected.connect(self.reject)

    @Slot()
    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = print_pdf(self.document, printer)
        if pages == 0:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The printer could not be used."))

    @Slot()
    def save_as(self) -> None:
        folder = str(window_state.value(window_state.LAST_FOLDER, str(Path.home())))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path(folder) / self.path.name), "PDF (*.pdf)"
        )
        if not name:
            return
        window_state.set_value(window_state.LAST_FOLDER, str(Path(name).parent))
        try:
            shutil.copyfile(self.path, name)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Could not save {file}: {reason}").format(file=name, reason=exc.strerror),
            )

    @Slot()
    def open_external(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
