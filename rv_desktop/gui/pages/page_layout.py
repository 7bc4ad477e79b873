"""How a list page is laid out: the title row above, then the filter bar, the message
line and the page's body, which takes the height left (``ListPage``)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from ..widgets.message_bar import MessageBar
from .page_base import BackgroundPage


def title_row(page: QWidget, title: str, buttons: Iterable[QWidget] = ()) -> QHBoxLayout:
    """The page's title, its count line (``page.title_label``, ``page.count_label``)
    and, at the right, the page's buttons."""
    page.title_label = QLabel(title)
    page.title_label.setObjectName("pageTitle")
    page.count_label = QLabel()
    top = QHBoxLayout()
    top.addWidget(page.title_label)
    top.addSpacing(12)
    top.addWidget(page.count_label)
    top.addStretch(1)
    for button in buttons:
        top.addWidget(button)
    return top


def stack(page: QWidget, *parts: QLayout | QWidget) -> QVBoxLayout:
    """Lay ``parts`` out top to bottom on ``page``; the last one takes the height left."""
    layout = QVBoxLayout(page)
    for n, part in enumerate(parts):
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if n == len(parts) - 1 else 0)
    return layout


def filter_row(fields: Iterable[tuple[str, QWidget]]) -> QHBoxLayout:
    """A row of filters, each after its label (the label's buddy: Alt and the letter
    go to it), then the stretch."""
    bar = QHBoxLayout()
    for text, field in fields:
        label = QLabel(text)
        label.setBuddy(field)
        bar.addWidget(label)
        bar.addWidget(field)
        bar.addSpacing(8)
    bar.addStretch(1)
    return bar


class ListPage(BackgroundPage):
    """A page listing rows: its title row (``_build_top``), its filter bar
    (``_build_filter_bar``), the message line and its table (``_build_table``
    makes ``self.table``), top to bottom."""

    def _build(self, title: str) -> None:
        top = self._build_top(title)
        bar = self._build_filter_bar()
        self.message_label = MessageBar()
        self._build_table()
        stack(self, top, bar, self.message_label, self.table)

    def _build_top(self, title: str) -> QHBoxLayout:
        raise NotImplementedError

    def _build_filter_bar(self) -> QHBoxLayout:
        raise NotImplementedError

    def _build_table(self) -> None:
        raise NotImplementedError
