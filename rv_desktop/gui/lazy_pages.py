"""The main window's pages, each built (and its module imported) when first needed.

Importing and building every page took about half of the window's start on
100,000 cases (the Statistics page alone brings reportlab and QtCharts).
The window's stack holds a ``PageSlot`` for each page not built yet; the
page is built when it is first shown or first asked for (``window.cases_page``
through ``LazyPage``), and takes its slot's place in the stack, at the same
row. ``on_built`` lets the window connect the new page (its signals, its
empty-register overlay) before anything shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


class PageSlot(QWidget):
    """Holds a page's place in the stack until the page is built."""

    def __init__(self, name: str, title: str):
        super().__init__()
        self.name = name
        self.title = title


class LazyPages:
    """The pages of a stack by name: ``get(name)`` builds one on first use."""

    def __init__(
        self,
        stack: QStackedWidget,
        factories: dict[str, Callable[[str], QWidget]],
        on_built: Callable[[str, QWidget], None],
    ):
        self.stack = stack
        self.factories = factories  # name -> a function of the title (``pages/__init__.py``)
        self.on_built = on_built
        self.built: dict[str, QWidget] = {}
        self._slots: dict[str, PageSlot] = {}

    def slot(self, name: str, title: str) -> PageSlot:
        slot = PageSlot(name, title)
        self._slots[name] = slot
        return slot

    def row(self, name: str) -> int:
        widget = self.built.get(name) or self._slots[name]
        return self.stack.indexOf(widget)

    def get(self, name: str) -> QWidget:
        page = self.built.get(name)
        if page is not None:
            return page
        slot = self._slots.pop(name)
        page = self.factories[name](slot.title)
        self.built[name] = page
        self.on_built(name, page)
        row = self.stack.indexOf(slot)
        current = self.stack.currentIndex() == row
        self.stack.insertWidget(row, page)
        if current:  # before the slot goes, so that no other page shows meanwhile
            self.stack.setCurrentIndex(row)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        return page

    def build_at(self, row: int) -> None:
        """Build the page shown at ``row`` of the stack, if it is still a slot."""
        widget = self.stack.widget(row)
        if isinstance(widget, PageSlot):
            self.get(widget.name)


class LazyPage:
    """``window.cases_page``: the page, built on first access (a class attribute)."""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        return window.pages.get(self.name)
