"""Typing into whatever has the keyboard focus, as a clerk does (for the form tests and
the crash script)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, modifiers=NO) -> None:
    QTest.keyClick(focus(), k, modifiers)


def type_text(text: str) -> None:
    """Type ``text`` key by key into the focused widget (Chinese too: QTest.keyClicks
    only knows ASCII keys)."""
    for ch in text:
        widget = focus()
        if ch.isascii():
            QTest.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO, ch))


def tab(times: int = 1) -> None:
    for _ in range(times):
        key(Qt.Key.Key_Tab)


def number(n: int) -> None:
    """Pick the n-th choice of the focused radio group."""
    key(getattr(Qt.Key, f"Key_{n}"))


class FormKeys:
    """Keys for a ``VisitFormDialog``: move with Tab and check where the focus is."""

    def __init__(self, dialog):
        self.dialog = dialog

    def at(self, name: str) -> None:
        widget = self.dialog.inputs[name]
        here = focus()
        assert here is widget or widget.isAncestorOf(here), (
            f"focus is on {here.objectName() or type(here).__name__}"
            f" ({here.parent().objectName()}), expected {name}"
        )

    def next(self, name: str, times: int = 1) -> None:
        """Tab on, and check the focus reached ``name``."""
        tab(times)
        self.at(name)

    def fill(self, name: str, text: str) -> None:
        self.next(name)
        type_text(text)

    def pick(self, name: str, n: int) -> None:
        self.next(name)
        number(n)
