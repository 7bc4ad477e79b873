"""Missing fields marked as the clerk goes, not only at Ctrl+Enter.

A field's message shows once the clerk has been in it and left it (focus
moved elsewhere), or has left the tab it is on: what is still empty is then
said where it is, while the rest of the form stays quiet. A new record starts
quiet again (``reset``); finalising shows everything regardless.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


class VisitedFields(QObject):
    """The fields whose problems may be shown: left by focus, or on a tab left."""

    changed = Signal()

    def __init__(
        self,
        inputs: Mapping[str, QWidget],
        tabs: QTabWidget,
        tab_keys: list[str],
        tab_of: Callable[[str], str],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.inputs = inputs
        self.tabs = tabs
        self.tab_keys = tab_keys
        self.tab_of = tab_of
        self.fields: set[str] = set()
        self._tab = tabs.currentIndex()
        tabs.currentChanged.connect(self._tab_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def reset(self) -> None:
        self.fields.clear()
        self._tab = self.tabs.currentIndex()

    def only(self, by_field: Mapping[str, list[str]]) -> dict[str, list[str]]:
        """The problems of the fields the clerk has left."""
        return {name: texts for name, texts in by_field.items() if name in self.fields}

    def _field_of(self, widget: QWidget | None) -> str | None:
        while widget is not None:
            for name, field in self.inputs.items():
                if field is widget:
                    return name
            widget = widget.parentWidget()
        return None

    @Slot(QWidget, QWidget)
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        left = self._field_of(old)
        if left is not None and left != self._field_of(new) and left not in self.fields:
            self.fields.add(left)
            self.changed.emit()

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        previous, self._tab = self._tab, index
        if 0 <= previous < len(self.tab_keys):
            key = self.tab_keys[previous]
            added = {name for name in self.inputs if self.tab_of(name) == key} - self.fields
            if added:
                self.fields |= added
                self.changed.emit()
