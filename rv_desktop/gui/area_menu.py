"""Go ▸ an area, from the keyboard: Ctrl+1 … Ctrl+9 in the navigation's order.

The menu lists the areas with their shortcuts, so the clerk sees them; the
focus goes into the area's page so typing continues there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMenu, QStackedWidget, QWidget


def build_area_menu(owner: QWidget, nav: QListWidget, stack: QStackedWidget) -> QMenu:
    menu = QMenu(QCoreApplication.translate("AreaMenu", "&Go"), owner)
    for row in range(min(nav.count(), 9)):
        action = QAction(nav.item(row).text(), owner)
        action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        action.triggered.connect(lambda _checked=False, r=row: _go(nav, stack, r))
        menu.addAction(action)
        owner.addAction(action)  # the shortcut works wherever the focus is in the window
    return menu


def _go(nav: QListWidget, stack: QStackedWidget, row: int) -> None:
    nav.setCurrentRow(row)
    page = stack.widget(row)
    if page is not None:
        page.setFocus()
