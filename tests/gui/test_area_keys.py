"""Ctrl+1 … Ctrl+8 go to the areas, shown in the Go menu (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from rv_desktop.gui.app import make_application
from rv_desktop.gui.main_window import MainWindow
from rv_desktop.gui.session import Session


def test_ctrl_and_a_digit_opens_the_area_and_the_menu_says_so(qtbot, tmp_path):
    """'Keyboard navigation between areas (Ctrl+1…8 or similar, shown in the menus).'"""
    make_application("en")
    session = Session()
    session.open(tmp_path / "office.sqlite", create=True)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    actions = window.area_menu.actions()
    assert len(actions) == window.nav.count() >= 8
    for row, action in enumerate(actions):
        assert action.text() == window.nav.item(row).text()
        assert action.shortcut() == QKeySequence(f"Ctrl+{row + 1}")
    qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 3
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 1
    assert window.stack.currentIndex() == 1
    session.close()
