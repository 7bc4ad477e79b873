"""The panel beside the registration form when its record has a scan (issue 19).

Above, the scanned pages (``scan_view.ScanView``: zoomable, the doubtful
boxes outlined in orange, the handwriting areas of the current tab in blue).
Below, the fields the scan is unsure of, each with *Go to* (the field's
input) and *Confirm* (keep what the form shows: the doubt is settled and
audited), and the handwriting of the current tab, cut from the scan, each
area under its field's name, so the clerk types the notes looking at them.
The panel only shows; ``scan_side.ScanSide`` ties it to the form.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....domain.visits import FIELD_TABS
from ....services.scan.reader import SCALE, _layout_map
from . import labels
from .scan_view import ScanView

#: outlines: a doubtful box, a handwriting area of the current tab
DOUBT_COLOUR = "#e8710a"
WRITING_COLOUR = "#1a73e8"


class Picture(QWidget):
    """A picture as wide as the panel, its height following (a handwriting area)."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.pixmap = pixmap
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        width = min(width, self.pixmap.width())
        return max(1, round(width * self.pixmap.height() / max(1, self.pixmap.width())))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(min(400, self.pixmap.width()), self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, 20)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        width = min(self.width(), self.pixmap.width())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(0, 0, width, self.heightForWidth(width), self.pixmap)
        painter.end()


def written_areas(pages: list[tuple[int, int, bytes]]) -> list[dict]:
    """The handwriting areas of the scanned pages that hold ink: field, row, tab, page,
    box (points) and the area cut from the scan (PNG)."""
    from PIL import Image, ImageFilter

    found = []
    for page_no, layout, jpeg in pages:
        the_map = _layout_map(layout) or {"pages": []}
        areas = [a for p in the_map["pages"] if p["page"] == page_no for a in p["areas"]]
        with Image.open(io.BytesIO(jpeg)) as image:
            grey = image.convert("L")
            for area in areas:
                tab = FIELD_TABS.get(area["field"])
                if tab is None:  # the signatures: nothing to type
                    continue
                x, y, w, h = (round(v * SCALE) for v in area["box"])
                crop = grey.crop((x + 3, y + 3, x + w - 3, y + h - 3))
                hist = crop.filter(ImageFilter.MedianFilter(3)).histogram()  # no dotted lines
                if sum(hist[:128]) < 0.004 * crop.width * crop.height:
                    continue  # nothing written there
                buffer = io.BytesIO()
                crop.save(buffer, "PNG")
                found.append({"field": area["field"], "row": area.get("row"), "tab": tab,
                              "page": page_no, "box": area["box"],
                              "png": buffer.getvalue()})  # fmt: skip
    return found


def load_scan(pages: list[tuple[int, int, bytes]]) -> dict:
    """What the panel shows of the scanned pages, made off the GUI thread (no widget,
    no pixmap): the pages decoded (``images``: (page number, QImage)) and the
    handwriting areas that hold ink (``areas``: ``written_areas``)."""
    images = [(page_no, QImage.fromData(jpeg)) for page_no, _layout, jpeg in pages]
    return {"images": images, "areas": written_areas(pages)}


class ScanPanel(QWidget):
    """The scan, the doubts and the handwriting of the current tab."""

    #: Confirm pressed for a field: keep what the form shows
    confirm_requested = Signal(str)
    #: Go to pressed for a field: show its input
    go_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scanPanel")
        self.view = ScanView()
        self.doubts_box = QGroupBox(self.tr("The scan is unsure of"))
        self.doubts_box.setObjectName("scanDoubts")
        self.doubts_grid = QGridLayout(self.doubts_box)
        self.doubts_grid.setColumnStretch(0, 1)
        self.writing_box = QGroupBox(self.tr("Handwriting for this tab"))
        self.writing_box.setObjectName("scanWriting")
        self.writing_layout = QVBoxLayout(self.writing_box)
        self.confirm_buttons: dict[str, QPushButton] = {}
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.doubts_box)
        lower_layout.addWidget(self.writing_box)
        lower_layout.addStretch(1)
        self.lower = QScrollArea()
        self.lower.setWidget(lower)
        self.lower.setWidgetResizable(True)
        self.lower.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setMinimumWidth(300)

    def set_doubts(self, rows: list[tuple[str, str, bool]]) -> None:
        """One row per doubtful field: (field, what to say, confirmable)."""
        while self.doubts_grid.count():
            item = self.doubts_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once, not painted under the new rows
                item.widget().deleteLater()
        self.confirm_buttons = {}
        for n, (name, text, editable) in enumerate(rows):
            label = QLabel(text)
            label.setWordWrap(True)
            go = QPushButton(self.tr("Go to"))
            go.setToolTip(self.tr("Show the field in the form"))
            go.clicked.connect(lambda _=False, name=name: self.go_requested.emit(name))
            ok = QPushButton(self.tr("Confirm"))
            ok.setObjectName(f"confirm_{name}")
            ok.setToolTip(self.tr("Keep what the form shows for this field: the doubt is settled"))
            ok.setEnabled(editable)
            ok.clicked.connect(lambda _=False, name=name: self.confirm_requested.emit(name))
            for button in (go, ok):
                button.setAutoDefault(False)
                button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.doubts_grid.addWidget(label, n, 0)
            self.doubts_grid.addWidget(go, n, 1)
            self.doubts_grid.addWidget(ok, n, 2)
            self.confirm_buttons[name] = ok
        self.doubts_box.setVisible(bool(rows))

    def set_writing(self, areas: list[dict], loading: bool = False) -> None:
        """The handwriting areas to show (those of the current tab); none yet while
        ``loading`` (the scan is still being cut)."""
        while self.writing_layout.count():
            item = self.writing_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once, not painted under the new rows
                item.widget().deleteLater()
        for area in areas:
            name = labels.field_label(area["field"])
            if area.get("row"):
                name = f"{name} {area['row']}"
            title = QLabel(name)
            title.setObjectName(f"writing_{area['field']}")
            pixmap = QPixmap()
            pixmap.loadFromData(area["png"])
            self.writing_layout.addWidget(title)
            self.writing_layout.addWidget(Picture(pixmap))
        if not areas and not loading:
            none = QLabel(self.tr("Nothing is written on the scan for this tab."))
            none.setWordWrap(True)
            self.writing_layout.addWidget(none)

    def writing_titles(self) -> list[str]:
        """The names shown above the handwriting areas (for tests and screenshots)."""
        out = []
        for n in range(self.writing_layout.count()):
            widget = self.writing_layout.itemAt(n).widget()
            if isinstance(widget, QLabel) and widget.objectName().startswith("writing_"):
                out.append(widget.text())
        return out
