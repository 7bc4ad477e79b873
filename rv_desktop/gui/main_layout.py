"""Parts of the main window's frame (split out of ``main_window`` to keep it short)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget


def fit_nav_width(nav: QListWidget) -> None:
    """As wide as the longest area's name: at 1366 pixels the Board needs the room."""
    nav.ensurePolished()  # the style sheet's font, not the default one
    widest = max(
        nav.fontMetrics().horizontalAdvance(nav.item(row).text())
        for row in range(nav.count())
    )
    nav.setFixedWidth(max(120, min(220, widest + 56)))
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def central_widget(nav: QListWidget, stack: QStackedWidget) -> QWidget:
    """The navigation list on the left, the areas' stack beside it."""
    central = QWidget()
    layout = QHBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(nav)
    layout.addWidget(stack, 1)
    return central
