"""The campaign plan (实施方案) before printing: the clerk reads and edits its text.

Print ▸ Campaign plan… opens it with the plan the clerk saved for the current
campaign, or the plan drafted from the campaign (dates, leading group,
screening criteria, targets). *Redraft from the campaign* puts the draft
back; *Save* keeps the text with the campaign (``domain.plan_text``, one
transaction, audited); *Print…* saves, then writes the PDF and previews it
through the Print menu's plumbing (``PrintActions.run``). Reading and saving
are two small queries: they run on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...domain.errors import UserError
from ...domain.plan import plan_document
from ...domain.plan_text import plan_as_text, save_plan_text, saved_plan_text
from ...i18n import tr_error
from ..ui_loader import load_ui


class PlanDialog(QDialog):
    """The current campaign's plan as editable text; ``print_requested`` when the
    clerk wants it printed (after saving)."""

    saved = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("plan", self)  # intro, edit, state, the buttons
        self.resize(780, 680)
        font = QFont(self.edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.edit.setFont(font)
        self.redraft_button.clicked.connect(self.redraft)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.save_and_print)
        self.close_button.clicked.connect(self.reject)
        self.load()

    def load(self) -> None:
        text = saved_plan_text()
        self.edit.setPlainText(text or plan_as_text(plan_document(saved=False)))
        self._show_state(text is not None)

    def _show_state(self, edited: bool) -> None:
        self.state.setText(
            self.tr("The text you saved.")
            if edited
            else self.tr("Drafted from the campaign; it follows the campaign until you save it.")
        )

    @Slot()
    def redraft(self) -> None:
        self.edit.setPlainText(plan_as_text(plan_document(saved=False)))

    @Slot()
    def save(self) -> bool:
        try:
            value = save_plan_text(None, self.edit.toPlainText())
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), tr_error(error))
            return False
        self._show_state(value is not None)
        self.saved.emit()
        return True

    @Slot()
    def save_and_print(self) -> None:
        if self.save():
            self.print_requested.emit()
            self.accept()
