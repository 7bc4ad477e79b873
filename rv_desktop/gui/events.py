"""Application-wide events on one small QObject (no module-global state)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals that more than one page listens to."""

    database_opened = Signal(str)  # path of the newly bound database
    data_changed = Signal()  # anything that changes counts (import, screening, visit saved)
