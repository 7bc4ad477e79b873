"""Table columns as wide as what they hold, and case numbers never cut at the end.

Real case numbers are long (青信交〔2018〕0002号, QHXF201700101) and differ only
in their last digits: cut at the right, every row reads the same. The case
number column is widened to its longest number among the rows loaded; where the
clerk makes it narrower, ``MiddleElideDelegate`` cuts in the middle, so the
serial number stays visible. Empty columns shrink to their title; long texts
(a reason, an action) take the room that is left (``stretch``).

``shown_text`` gives what a cell really shows (the text as elided for its
column's width): tests read it to check that nothing is cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

#: rows read to measure a column (the first screenfuls; a register has 100,000)
SAMPLE_ROWS = 300


class MiddleElideDelegate(QStyledItemDelegate):
    """Cuts a text too long for its cell in the middle: 青信交〔20…0002号."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def text_margin(view: QWidget) -> int:
    """The room a table cell leaves around its text (both sides together)."""
    style = view.style()
    return 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2


def text_width(view: QTableView, texts: Iterable[str]) -> int:
    fm = QFontMetrics(view.font())
    return max((fm.horizontalAdvance(t) for t in texts if t), default=0) + text_margin(view) + 4


def header_width(view: QTableView, column: int) -> int:
    """What the column's title needs (with the sort arrow's room)."""
    header = view.horizontalHeader()
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    return QFontMetrics(header.font()).horizontalAdvance(title) + 28


def column_texts(view: QTableView, column: int, rows: int = SAMPLE_ROWS) -> list[str]:
    model = view.model()
    count = min(model.rowCount(), rows)
    return [
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
        for row in range(count)
    ]


def content_width(view: QTableView, column: int, rows: int = SAMPLE_ROWS) -> int:
    """The width the column's title and its texts (of the first rows) need."""
    return max(header_width(view, column), text_width(view, column_texts(view, column, rows)))


def fit_columns(
    view: QTableView,
    columns: Iterable[int] | None = None,
    *,
    limit: int = 360,
    rows: int = SAMPLE_ROWS,
) -> None:
    """Each column as wide as its content (at most ``limit``); empty ones shrink."""
    model = view.model()
    for column in columns if columns is not None else range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        view.setColumnWidth(column, min(content_width(view, column, rows), limit))


def _cells_width(view: QTableView, column: int, rows: int) -> int:
    """The widest cell of the first ``rows``, each in its own font (a key case is bold)."""
    model = view.model()
    widest = 0
    plain = QFontMetrics(view.font())
    for row in range(min(model.rowCount(), rows)):
        index = model.index(row, column)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        fm = QFontMetrics(font) if isinstance(font, QFont) else plain
        widest = max(widest, fm.horizontalAdvance(text))
    return widest + text_margin(view) + 4 if widest else 0


def widen_to_content(
    view: QTableView, column: int, rows: int = SAMPLE_ROWS, also: Iterable[str] = ()
) -> None:
    """Widen (never narrow) a column to its content (the first ``rows`` and the
    texts ``also`` gives: the widest case numbers of the whole register)."""
    needed = max(
        header_width(view, column), _cells_width(view, column, rows), text_width(view, also)
    )
    if view.columnWidth(column) < needed:
        view.setColumnWidth(column, needed)


def stretch(view: QTableView, columns: Iterable[int]) -> None:
    """Long texts take the room the other columns leave."""
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def shown_text(view: QTableView, index: QModelIndex) -> str:
    """The text the cell shows: elided as its delegate elides it at the column's width."""
    delegate = view.itemDelegateForIndex(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.textElideMode = view.textElideMode()
    if isinstance(delegate, QStyledItemDelegate):
        delegate.initStyleOption(option, index)
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    room = view.columnWidth(index.column()) - text_margin(view)
    return QFontMetrics(option.font).elidedText(text, option.textElideMode, room)


def fit_loaded(
    view: QTableView, widen: Mapping[int, Iterable[str]] | None = None, rows: int = SAMPLE_ROWS
) -> None:
    """After a (re)load: the ``widen`` columns (case numbers) get their content's width
    (with the texts the mapping gives); empty columns shrink to their title, and
    grow back once they hold something."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    widen = widen or {}
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        if column in widen:
            widen_to_content(view, column, rows, widen[column])
            continue
        texts = column_texts(view, column, rows)
        title = header_width(view, column)
        if not any(texts):
            view.setColumnWidth(column, title)
        elif view.columnWidth(column) <= title:
            view.setColumnWidth(column, min(max(title, text_width(view, texts)), 360))
