"""The one registration-form window a page keeps for stepping through its cases.

Building the form is most of the cost of opening it, so the Board, the Visit
records and the Follow-ups pages each keep one ``VisitFormDialog`` and show it
again for the next case (``open(target_ids, index)``: Ctrl+PgDown steps
through ``target_ids``). ``changed`` tells that a record was saved in it;
``closed(dirty)`` that it closed, and whether anything was saved meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from .dialogs.visit_form import VisitFormDialog


class FormWindow(QObject):
    changed = Signal()
    moved = Signal(int)  # the index in the list now shown
    closed = Signal(bool)  # whether a record was saved while it was open

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._page = parent
        self.dialog: VisitFormDialog | None = None
        #: the form while it is open, else None
        self.shown: VisitFormDialog | None = None
        self.dirty = False

    def open(self, target_ids: list[int], index: int) -> VisitFormDialog:
        if self.dialog is None:
            self.dialog = VisitFormDialog(parent=self._page)
            self.dialog.record_changed.connect(self._changed)
            self.dialog.moved.connect(self.moved)
            self.dialog.finished.connect(self._closed)
        self.dirty = False
        self.dialog.set_list(target_ids, index)
        self.shown = self.dialog
        self.dialog.open()
        return self.dialog

    @Slot(int)
    def _changed(self, _target_id: int) -> None:
        self.dirty = True
        self.changed.emit()

    @Slot()
    def _closed(self) -> None:
        self.shown = None
        self.closed.emit(self.dirty)
