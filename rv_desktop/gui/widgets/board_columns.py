"""The Board's five columns: one list view a status, over one ``BoardModel`` through
a ``ColumnProxy`` each, under a header that counts its cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ..labels import STATUSES
from ..models.board_model import BoardModel, ColumnProxy
from .board_views import ColumnView


class BoardColumns(QWidget):
    """The columns side by side; ``views``, ``proxies`` and ``headers`` by status."""

    def __init__(
        self, model: BoardModel, delegate: QStyledItemDelegate, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.proxies: dict[str, ColumnProxy] = {}
        self.views: dict[str, ColumnView] = {}
        self.headers: dict[str, QLabel] = {}
        cl = QHBoxLayout(self)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(4)
        for status in STATUSES:
            proxy = ColumnProxy(status, self)
            proxy.setSourceModel(model)
            view = ColumnView(status)
            view.setModel(proxy)
            view.setItemDelegate(delegate)
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setWordWrap(True)
            header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            hfont = header.font()
            hfont.setBold(True)
            header.setFont(hfont)
            header.setStyleSheet("padding: 3px; background: palette(alternate-base);")
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(header)
            box.addWidget(view, 1)
            cl.addLayout(box, 1)
            self.proxies[status] = proxy
            self.views[status] = view
            self.headers[status] = header
