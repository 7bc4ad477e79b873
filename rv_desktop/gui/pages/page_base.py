"""What every page that reads its data off the GUI thread does the same way.

``refresh()`` is called on every change (an import, a saved form, another
database): a shown page reloads at once (``load()``, the page's own read), a
hidden one only notes that it is stale and reloads when next shown, so a
change does not read seven pages nobody looks at. ``run_load`` numbers each
load: the result (or error) of an older one arriving late is dropped, the
latest request wins. ``error_text`` turns an error into what the clerk reads
(``gui/errors.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from ..background import Job, run_in_background
from ..errors import error_text


class BackgroundPage(QWidget):
    """A page that loads when shown, drops stale results and says its errors."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stale = True  # read when first shown
        self._generation = 0

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the page's data again; a hidden page waits until shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.load()

    def load(self) -> None:
        """The page's own read (most start ``run_load``)."""
        raise NotImplementedError

    def run_load(
        self,
        work: Callable[[Job], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> Job:
        """Run ``work`` off the GUI thread; only the latest load's outcome arrives."""
        self._generation += 1
        generation = self._generation

        def on_done(result: Any) -> None:
            if generation == self._generation:
                done(result)

        def on_failed(error: BaseException) -> None:
            if generation == self._generation:
                failed(error)

        return run_in_background(work, on_done, on_failed)

    def error_text(self, error: BaseException | str) -> str:
        return error_text(error, f"the {type(self).__name__}")
