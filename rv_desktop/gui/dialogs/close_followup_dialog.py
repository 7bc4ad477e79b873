"""Close item… : the result of a rework, help or follow-up item and the day it was closed.

Used by the Follow-ups page and by the registration form's Follow-up tab. The
dialog calls ``close_followup`` on accept (one small write, on the GUI
thread); a refusal (no result, a date in the future or before the visit that
raised the item) shows in the dialog, which stays open, and nothing changes.
``board_status`` is the task's board column afterwards (``done`` when this was
the last item holding it back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ...domain.errors import UserError
from ...domain.visits import close_followup
from ...i18n import tr_error
from .. import screen_fit, vocab
from ..formatting import date_text
from ..ui_loader import load_ui
from .visit_form.inputs import DateField


def kind_label(kind: str) -> str:
    """督办整改 / 帮扶事项 / 跟踪回访, in the interface language (the county's vocabulary)."""
    return vocab.label("followup_kind", kind)


class CloseFollowUpDialog(QDialog):
    """Asks the result (required) and the closing date (today by default, not in the future).

    ``item`` is any row with ``id``, ``kind``, ``reason``, ``action``,
    ``assignee`` and ``due_on`` (a ``FollowUpItem`` or a ``FollowUpRow``);
    ``case_no`` shows when the row has it.
    """

    def __init__(self, item: Any, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.item = item
        self.today = today or dt.date.today()
        self.board_status: str | None = None
        load_ui("close_followup", self, {"DateField": lambda parent: DateField(parent=parent)})

        case_no = getattr(item, "case_no", None)
        self.heading.setText(
            self.tr("{kind} of case {case_no}").format(kind=kind_label(item.kind), case_no=case_no)
            if case_no
            else kind_label(item.kind)
        )
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        for text, value in (
            (self.tr("Reason"), item.reason),
            (self.tr("Action"), item.action),
            (self.tr("Who"), item.assignee),
            (self.tr("Due"), date_text(item.due_on)),
        ):
            if value:
                shown = QLabel(value)
                shown.setWordWrap(True)
                self.about.addRow(text, shown)

        self.date_edit.set_value(self.today)
        self.error_label.hide()
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close item"))
        self.ok_button.setToolTip(self.tr("Close the item with this result (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.accept)
        screen_fit.keep_on_screen(self)
        self.result_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    @Slot()
    def accept(self) -> None:
        try:
            closed_on = self.date_edit.value()
        except ValueError:
            self.show_error(
                self.tr('"{text}" is not a date (write it as {example}).').format(
                    text=self.date_edit.text(), example=self.today.isoformat()
                )
            )
            self.date_edit.setFocus()
            return
        try:
            self.board_status = close_followup(
                self.item.id, self.result_edit.toPlainText(), closed_on or self.today, self.today
            )
        except UserError as error:
            self.show_error(tr_error(error))
            if error.code == "followup_result_required":
                self.result_edit.setFocus()
            elif error.code.startswith("followup_closed_"):
                self.date_edit.setFocus()
            return
        super().accept()


def close_with_dialog(
    dialog: CloseFollowUpDialog | None, closed: Callable[[CloseFollowUpDialog], None]
) -> bool:
    """Show ``dialog`` (None: nothing to close, False); once it has closed its item,
    ``closed(dialog)`` says so and reloads. True when the item was closed."""
    if dialog is None:
        return False
    done = bool(dialog.exec())
    dialog.deleteLater()
    if done:
        closed(dialog)
    return done
