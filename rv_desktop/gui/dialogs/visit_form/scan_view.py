"""The scanned pages of a form, one under the other, zoomable, with boxes outlined.

Used beside the registration form (``scan_panel.ScanPanel``). The pages come
from the database (``services.scan.store.scans_of``: drawn upright at
``SCALE`` pixels a point), so a box of the layout's map (points) is found on
them without any alignment. Zoom: the − and + buttons, Ctrl+wheel, *Fit
width* (the default; kept when the panel is resized).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....services.scan.reader import SCALE

#: the gap between two pages, pixels of the upright scan
GAP = 16
#: the zoom steps of − and + and of Ctrl+wheel
STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.15, 2.0


class ScanView(QWidget):
    """The pages, zoomable, each outline a (page, box in points, colour)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scanView")
        self.pages: list[tuple[int, QPixmap]] = []
        self.outlines: list[tuple[int, list[float], str]] = []
        self.tops: dict[int, int] = {}  # page number → its top in the composed image
        self.composed = QPixmap()  # the pages one under the other, no outline
        self._scaled = QPixmap()  # ``composed`` at the zoom shown
        self.zoom = 1.0
        self.fit = True  # the zoom follows the panel's width
        self.zoom_out_button = self._button("−", self.tr("Zoom out (Ctrl+wheel)"), self.zoom_out)
        self.zoom_in_button = self._button("+", self.tr("Zoom in (Ctrl+wheel)"), self.zoom_in)
        self.fit_button = self._button(
            self.tr("Fit width"), self.tr("The page as wide as the panel"), self.fit_width
        )
        self.zoom_label = QLabel()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("scanScroll")
        self.scroll.setWidget(self.picture)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.viewport().installEventFilter(self)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(widget)
        tools.addWidget(self.zoom_label)
        tools.addStretch(1)
        self.tools = tools
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.scroll, 1)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays in the form
        button.clicked.connect(slot)
        return button

    # --- contents -------------------------------------------------------------------

    def set_pages(self, pages: list[tuple[int, QImage | bytes]]) -> None:
        """The scanned pages, (page number, page decoded or its JPEG), in order."""
        self.pages = []
        for page_no, page in pages:
            if isinstance(page, QImage):
                pixmap = QPixmap.fromImage(page)
            else:
                pixmap = QPixmap()
                pixmap.loadFromData(page)
            self.pages.append((page_no, pixmap))
        self.fit = True
        self._compose()

    def set_outlines(self, outlines: list[tuple[int, list[float], str]]) -> None:
        """The outlines (drawn on the page as shown: the pages are not composed again)."""
        self.outlines = list(outlines)
        self._show()

    def _compose(self) -> None:
        """The pages one under the other (``composed``, without outlines), once per scan."""
        self._scaled = QPixmap()
        if not self.pages:
            self.composed = QPixmap()
            self.tops = {}
            self.picture.clear()
            return
        width = max(p.width() for _, p in self.pages)
        height = sum(p.height() for _, p in self.pages) + GAP * (len(self.pages) - 1)
        composed = QPixmap(width, height)
        composed.fill(QColor("#888888"))
        painter = QPainter(composed)
        y = 0
        self.tops = {}
        for page_no, pixmap in self.pages:
            self.tops[page_no] = y
            painter.drawPixmap(0, y, pixmap)
            y += pixmap.height() + GAP
        painter.end()
        self.composed = composed
        self._show()

    def box_rect(self, page_no: int, box: list[float]) -> QRect | None:
        """Where a box of the map (points) lies on the composed image, a little larger."""
        if page_no not in self.tops:
            return None
        x, y, w, h = (v * SCALE for v in box)
        return QRect(int(x - 6), int(self.tops[page_no] + y - 6), int(w + 12), int(h + 12))

    # --- zoom -----------------------------------------------------------------------

    def _fit_zoom(self) -> float:
        if self.composed.isNull():
            return 1.0
        room = self.scroll.viewport().width() - 4
        return max(MIN_ZOOM, min(MAX_ZOOM, room / self.composed.width()))

    def _show(self) -> None:
        """The composed pages at the zoom (scaled once per zoom), the outlines on top."""
        if self.composed.isNull():
            return
        if self.fit:
            self.zoom = self._fit_zoom()
        width = max(1, round(self.composed.width() * self.zoom))
        if self._scaled.isNull() or self._scaled.width() != width:
            self._scaled = self.composed.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
        shown = self._scaled.copy()
        scale = shown.width() / self.composed.width()
        painter = QPainter(shown)
        for page_no, box, colour in self.outlines:
            rect = self.box_rect(page_no, box)
            if rect is not None:
                painter.setPen(QPen(QColor(colour), max(1.0, 5 * scale)))
                painter.drawRect(QRectF(rect.x() * scale, rect.y() * scale,
                                        rect.width() * scale, rect.height() * scale))  # fmt: skip
        painter.end()
        self.picture.setPixmap(shown)
        self.picture.resize(shown.size())
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._show()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / STEP)

    def fit_width(self) -> None:
        self.fit = True
        self._show()

    def show_box(self, page_no: int, box: list[float]) -> None:
        """Scroll the box into view (once laid out)."""
        rect = self.box_rect(page_no, box)
        if rect is None:
            return

        def scroll() -> None:
            x, y = round(rect.center().x() * self.zoom), round(rect.center().y() * self.zoom)
            self.scroll.ensureVisible(x, y, 60, self.scroll.viewport().height() // 3)

        QTimer.singleShot(0, self, scroll)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.scroll.viewport():
            if event.type() == QEvent.Type.Wheel and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
            if event.type() == QEvent.Type.Resize and self.fit:
                self._show()
        return super().eventFilter(watched, event)
