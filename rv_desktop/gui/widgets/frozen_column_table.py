"""A table view whose first column stays in place while the others scroll sideways.

The feedback statistics have thirty columns; without it the clerk scrolling to
the rework items loses sight of which unit a row is. This is Qt's "Frozen
Column" example: a second view over the same model and selection, showing
only column 0, laid over the left edge of the main view and scrolled with it
vertically.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class FrozenColumnTableView(QTableView):
    """A ``QTableView`` with column 0 frozen (``frozen`` is the overlay view)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumn")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setStyleSheet("QTableView#frozenColumn { border: none; }")
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._sync)
        model.layoutChanged.connect(self._sync)
        self._sync()

    def setHorizontalHeader(self, header: QHeaderView) -> None:  # noqa: N802
        super().setHorizontalHeader(header)
        self.frozen.raise_()  # a header set later would lie above the overlay
        header.sectionResized.connect(self._section_resized)
        header.geometriesChanged.connect(self._place)

    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == 0:
            self.frozen.setColumnWidth(0, new)
        self._place()

    def _sync(self) -> None:
        """After a reset the overlay shows column 0 only, as wide and high as below."""
        model = self.model()
        if model is None:
            return
        for column in range(1, model.columnCount()):
            self.frozen.setColumnHidden(column, True)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        for row in range(model.rowCount()):
            self.frozen.setRowHeight(row, self.rowHeight(row))
        self._place()

    def _place(self) -> None:
        header = self.horizontalHeader()
        self.frozen.horizontalHeader().setFixedHeight(header.height())
        width = self.frameWidth()
        self.frozen.setGeometry(
            self.verticalHeader().width() + width,
            width,
            self.columnWidth(0),
            self.viewport().height() + header.height(),
        )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place()

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible):  # noqa: N802
        # never scroll a cell under the frozen column: bring it right of it
        if index.column() > 0:
            super().scrollTo(index, hint)
            rect = self.visualRect(index)
            hidden = self.columnWidth(0) - rect.left()
            if hidden > 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - hidden)
        else:
            super().scrollTo(index, hint)
