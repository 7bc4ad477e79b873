"""The Follow-ups page's table view: Enter closes the current item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableView


class FollowUpTable(QTableView):
    """Enter closes the current item; double-click (the page's) opens its form."""

    close_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.close_requested.emit()
            return
        super().keyPressEvent(event)
