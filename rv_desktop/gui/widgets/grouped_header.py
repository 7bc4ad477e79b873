"""A horizontal header of two rows, as the county's tables have them.

The upper row holds group labels that span several columns (回访方式 over
上门, 电话, ...); the lower row the columns' own labels, wrapped on as many
lines as they need. A column outside any group has one cell over both rows.
The groups come from the model's ``header_groups()``: ``(label, first,
last)`` per upper cell, read again whenever the model resets.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignCenter)


class GroupedHeaderView(QHeaderView):
    """Two header rows: spanning group labels above, column labels below."""

    PADDING = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._spans: list[tuple[str, int, int]] = []
        self._span_of: dict[int, tuple[str, int, int]] = {}
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._heights: tuple[int, int] | None = None  # (upper, lower), cached
        self.sectionResized.connect(self._sizes_changed)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        old = self.model()
        if old is not None and hasattr(old, "header_groups"):
            old.modelReset.disconnect(self._read_groups)
        super().setModel(model)
        if model is not None and hasattr(model, "header_groups"):
            model.modelReset.connect(self._read_groups)
        self._read_groups()

    def _read_groups(self) -> None:
        model = self.model()
        self._spans = list(model.header_groups()) if hasattr(model, "header_groups") else []
        self._span_of = {}
        for span in self._spans:
            for section in range(span[1], span[2] + 1):
                self._span_of[section] = span
        self._sizes_changed()

    def _sizes_changed(self, *_args) -> None:
        self._heights = None
        self.updateGeometry()
        self.viewport().update()

    def _row_heights(self) -> tuple[int, int]:
        if self._heights is None:
            self._heights = (self._upper_height(), self._lower_height())
        return self._heights

    def spans(self) -> list[tuple[str, int, int]]:
        """The upper row's cells: ``(label, first section, last section)``."""
        return list(self._spans)

    # --- sizes ------------------------------------------------------------------

    def _wrapped_height(self, text: str, width: int) -> int:
        rect = QRect(0, 0, max(width - self.PADDING, 10), 1000)
        return self.fontMetrics().boundingRect(rect, _WRAP, text).height()

    def _upper_height(self) -> int:
        """Height of the upper row: the tallest wrapped group label."""
        tallest = self.fontMetrics().height()
        for label, first, last in self._spans:
            if first != last or label != self._label(first):
                width = sum(self.sectionSize(s) for s in range(first, last + 1))
                tallest = max(tallest, self._wrapped_height(label, width))
        return tallest + self.PADDING

    def _label(self, section: int) -> str:
        value = self.model().headerData(section, self.orientation()) if self.model() else None
        return "" if value is None else str(value)

    def _lower_height(self) -> int:
        """Height of the lower row: the tallest wrapped column label."""
        tallest = self.fontMetrics().height()
        for section in range(self.count()):
            span = self._span_of.get(section)
            if span is not None and span[1] == span[2] and span[0] == self._label(section):
                continue  # a lone column: its label has both rows
            height = self._wrapped_height(self._label(section), self.sectionSize(section))
            tallest = max(tallest, height)
        return tallest + self.PADDING

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if self._spans:
            hint.setHeight(sum(self._row_heights()))
        return hint

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802
        size = super().sectionSizeFromContents(logical_index)
        if self._spans:
            size.setHeight(sum(self._row_heights()))
        return size

    # --- painting ---------------------------------------------------------------

    def _cell(self, painter: QPainter, rect: QRect, text: str, section: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        option.position = QStyleOptionHeader.SectionPosition.Middle
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.save()
        painter.setPen(self.palette().color(self.foregroundRole()))
        inner = rect.adjusted(self.PADDING // 2, 1, -self.PADDING // 2, -1)
        painter.drawText(inner, _WRAP, text)
        painter.restore()

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        span = self._span_of.get(logical_index)
        if span is None:
            super().paintSection(painter, rect, logical_index)
            return
        label, first, last = span
        if first == last and label == self._label(logical_index):
            self._cell(painter, rect, label, logical_index)  # one cell over both rows
            return
        top = self._row_heights()[0]
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        group = QRect(left, rect.top(), right - left, top)
        # every section of the group paints the whole group cell: whichever part
        # of the header is repainted, the label stays whole and centred
        self._cell(painter, group, label, first)
        below = QRect(rect.left(), rect.top() + top, rect.width(), rect.height() - top)
        self._cell(painter, below, self._label(logical_index), logical_index)
