"""A task card of the Board, in two lines that stay readable in a narrow column.

Line 1: ★ and the case number (bold; orange for a key case), then the
petitioner. Line 2: the village and the method, the due date on the right (red
and bold when overdue). Overdue cards get a red border. When the board is
grouped, the group's tag (a visitor, a leader, ...) goes to the right of line 1
if the case number leaves room for it, else to the start of line 2: it is never
drawn over the case number. The case number is cut only when the card is
narrower than the number itself, and then in the middle, so the serial number
stays visible. ``card_texts`` says what a card shows at a given width (tests
read it); ``CardDelegate`` paints it. Leader and visitors are in the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.tasks import TaskCard
from ..formatting import date_text
from ..labels import method_label
from ..models.board_model import CARD_ROLE

PAD = 6
#: the colours the legend explains
OVERDUE_COLOUR = "#d32f2f"
KEY_CASE_COLOUR = "#c77800"
TAG_GAP = 8


@dataclass
class CardTexts:
    """What a card shows, each part as elided for the card's width."""

    head: str  # "★ " + the case number for a key case
    petitioner: str
    group: str  # the group's tag, "" when not grouped
    group_on_first_line: bool
    place: str  # village · method
    due: str


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def inner_width(card_width: int) -> int:
    """The room for text inside a card ``card_width`` pixels wide."""
    return max(card_width - 6 - 2 * PAD, 0)


def card_texts(card: TaskCard, card_width: int, font: QFont) -> CardTexts:
    fm = QFontMetrics(font)
    bold_fm = QFontMetrics(_bold(font))
    width = inner_width(card_width)
    # the ★ comes from a fallback font, wider than the bold font's metrics say
    star_slack = fm.height()
    head = card.case_no
    if card.key_case and bold_fm.horizontalAdvance("★ " + head) + star_slack <= width:
        head = "★ " + head
    if bold_fm.horizontalAdvance(head) > width:
        head = bold_fm.elidedText(head, Qt.TextElideMode.ElideMiddle, width)
    head_w = bold_fm.horizontalAdvance(head) + (star_slack if "★" in head else 0) + TAG_GAP
    rest = max(width - head_w, 0)

    group = card.group or ""
    group_first = False
    if group:
        tag = fm.horizontalAdvance(group) + TAG_GAP
        # on line 1 only if the petitioner keeps two characters' room beside it
        group_first = tag + 2 * fm.horizontalAdvance("王") <= rest
        if group_first:
            rest -= tag
        else:
            group = fm.elidedText(group, Qt.TextElideMode.ElideRight, width // 2)
    petitioner = fm.elidedText(card.petitioner or "", Qt.TextElideMode.ElideRight, rest)

    due = date_text(card.due_on)
    due_w = QFontMetrics(_bold(font) if card.overdue else font).horizontalAdvance(due) + 6
    room2 = width - (due_w if due else 0)
    if group and not group_first:
        room2 -= fm.horizontalAdvance(group) + TAG_GAP + 4
    parts = [p for p in (card.village, method_label(card.method) if card.method else "") if p]
    place = fm.elidedText(" · ".join(parts), Qt.TextElideMode.ElideRight, max(room2, 0))
    return CardTexts(head, petitioner, group, group_first, place, due)


class CardDelegate(QStyledItemDelegate):
    """Paints a task card (see the module's docstring)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        fm = QFontMetrics(option.font)
        return QSize(110, fm.height() * 2 + 2 * PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card: TaskCard | None = index.data(CARD_ROLE)
        if card is None:
            return super().paint(painter, option, index)
        shown = card_texts(card, option.rect.width(), option.font)
        painter.save()
        rect = self._paint_frame(painter, option, card)
        palette = option.palette

        fm = QFontMetrics(option.font)
        bold = _bold(option.font)
        line = fm.height()
        inner = rect.adjusted(PAD, PAD - 2, -PAD, -PAD)
        text = palette.text().color()
        muted = palette.placeholderText().color()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        def tag(x: int, y: int, label: str) -> int:
            w = fm.horizontalAdvance(label) + TAG_GAP
            box = QRect(x, y, w, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.alternateBase())
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(palette.link().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            return w

        # line 1: ★ case number, petitioner ... the group's tag
        top = inner.top()
        painter.setFont(bold)
        painter.setPen(QColor(KEY_CASE_COLOUR) if card.key_case else text)
        head_w = QFontMetrics(bold).horizontalAdvance(shown.head)
        if "★" in shown.head:
            head_w += line
        painter.drawText(QRect(inner.left(), top, head_w, line), left, shown.head)
        painter.setFont(option.font)
        x = inner.left() + head_w + TAG_GAP
        right = inner.right()
        if shown.group and shown.group_on_first_line:
            start = inner.right() - fm.horizontalAdvance(shown.group) - TAG_GAP
            right -= tag(start, top, shown.group)
        painter.setPen(text)
        painter.drawText(QRect(x, top, max(right - x, 0), line), left, shown.petitioner)
        # line 2: [group's tag] village · method ... due date
        top2 = top + line + 3
        x = inner.left()
        if shown.group and not shown.group_on_first_line:
            x += tag(x, top2, shown.group) + 4
        due_font = bold if card.overdue else option.font
        due_w = QFontMetrics(due_font).horizontalAdvance(shown.due) + 6 if shown.due else 0
        painter.setPen(muted)
        painter.drawText(QRect(x, top2, max(inner.right() - due_w - x, 0), line), left, shown.place)
        self._paint_due(painter, card, shown, inner, top2, due_w, due_font, line, muted)
        painter.restore()

    def _paint_frame(self, painter: QPainter, option: QStyleOptionViewItem, card) -> QRect:
        """The card's rounded box: red border when overdue, highlighted when selected."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 2, -3, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        back = palette.highlight().color().lighter(170) if selected else palette.base().color()
        border = QColor(OVERDUE_COLOUR) if card.overdue else palette.mid().color()
        if option.state & QStyle.StateFlag.State_HasFocus:
            border = palette.highlight().color()
        painter.setPen(QPen(border, 2 if card.overdue or selected else 1))
        painter.setBrush(back)
        painter.drawRoundedRect(rect, 4, 4)
        return rect

    def _paint_due(self, painter, card, shown, inner, top2, due_w, due_font, line, muted) -> None:
        """The due date at the right of line 2, red and bold when overdue."""
        if shown.due:
            painter.setFont(due_font)
            painter.setPen(QColor(OVERDUE_COLOUR) if card.overdue else muted)
            painter.drawText(
                QRect(inner.right() - due_w, top2, due_w, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown.due,
            )
