"""The form window's record actions: save, finalise, reopen, review, re-visit,
the task's follow-up items, the case and the earlier records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import QInputDialog

from ....domain.errors import UserError
from ....domain.visits import (
    VisitError,
    VisitForm,
    finalise,
    followup_list,
    load_visit,
    reopen,
    review,
    save_draft,
    start_visit,
)
from ....i18n import tr_error
from .relevance import suggested_looks
from .tabs import EarlierVisitsModel, FollowUpItemsModel


class RecordActions:
    """Part of ``VisitFormDialog``: what the buttons and shortcuts do to the record."""

    def _show_items(self) -> None:
        rows = followup_list(self.form.target_id) if self.form else []
        old = self.ui.items.model()
        self.ui.items.setModel(FollowUpItemsModel(rows, self.ui.items))
        if old is not None:
            old.deleteLater()
        self.ui.items.selectionModel().currentRowChanged.connect(self._update_close_item)
        first_open = next((n for n, r in enumerate(rows) if r.state == "open"), None)
        if first_open is not None:  # open items are listed first: the one to close
            self.ui.items.setCurrentIndex(self.ui.items.model().index(first_open, 0))
        self._update_close_item()

    def current_item(self):
        """The follow-up item chosen in the Follow-up tab (a ``FollowUpRow``), or None."""
        index = self.ui.items.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    @Slot()
    def _update_close_item(self) -> None:
        item = self.current_item()
        self.ui.close_item_button.setEnabled(item is not None and item.state == "open")

    def close_item_dialog(self):
        """The Close item dialog for the chosen open item (None when there is none).
        Items are closed whatever the record's state: a final record is where they start."""
        from ..close_followup_dialog import CloseFollowUpDialog

        item = self.current_item()
        if item is None or item.state != "open":
            return None
        return CloseFollowUpDialog(item, self)

    @Slot()
    def close_item(self) -> bool:
        from ..close_followup_dialog import close_with_dialog

        return close_with_dialog(self.close_item_dialog(), self.item_closed)

    def item_closed(self, dialog) -> None:
        self._show_items()
        if dialog.board_status == "done":
            self._say(self.tr("Item closed. It was the last open one: the task is done."))
        else:
            self._say(self.tr("Item closed."))
        self.record_changed.emit(self.form.target_id)

    # --- actions --------------------------------------------------------------------

    def _contact_time(self) -> dt.datetime:
        try:
            visited = self.inputs["visited_at"].value()
        except ValueError:
            visited = None
        return visited or dt.datetime.now().replace(second=0, microsecond=0)

    @Slot()
    def confirm_suggestions(self) -> None:
        if self.read_only:
            return
        for name, value in suggested_looks(self.raw_values()).items():
            if value is not None:
                self.inputs[name].set_value(value)
        self._changed()

    @Slot()
    def autosave(self) -> None:
        if self._dirty and not self.read_only:
            self._save(quiet=True)

    @Slot()
    def save_now(self) -> bool:
        """Ctrl+S: save the draft now."""
        return self._may_change() and self._save(quiet=False)

    def _may_change(self) -> bool:
        """A record is shown and may be changed (when it is read-only, says so)."""
        if self.form is None:
            return False
        if self.read_only:
            self._say(self._read_only_text(), error=True)
            return False
        return True

    def _save(self, quiet: bool) -> bool:
        self.autosave_timer.stop()
        if self.form is None or self.read_only:
            return False
        try:
            form = save_draft(self.form.id, self.values(), self.contacts())
        except UserError as error:
            self._say(tr_error(error), error=True)
            return False
        except Exception as error:  # the file went away, the disk is full…: keep the typing
            self._say(
                self.tr("The draft could not be saved: {error}. It stays on screen.").format(
                    error=error
                ),
                error=True,
            )
            self._dirty = True
            return False
        self.form = form
        self._dirty = False
        time = dt.datetime.now().strftime("%H:%M:%S")
        if quiet:
            self._say(self.tr("Draft saved automatically at {time}.").format(time=time))
        else:
            self._say(self.tr("Draft saved at {time}.").format(time=time))
        self.saved.emit(form.id)
        return True

    @Slot()
    def finalise_now(self) -> bool:
        """Ctrl+Enter: make the record final, or show what is still missing."""
        if not self._may_change():
            return False
        self.autosave_timer.stop()
        self._show_errors = True
        self._validate()
        if self._problems:
            self._show_problems()
            if self._dirty:
                self._save(quiet=True)
                self._show_problems()
            return False
        try:
            result = finalise(self.form.id, self.values(), self.contacts())
        except VisitError as error:
            if error.problems:
                self._problems = error.problems
                self._show_problems()
            else:
                self._say(tr_error(error), error=True)
            return False
        except UserError as error:
            self._say(tr_error(error), error=True)
            return False
        self._dirty = False
        self.show_form(load_visit(result.visit_id))
        column = {"done": self.tr("Done"), "follow_up": self.tr("Follow-up needed")}.get(
            result.task_status, result.task_status
        )
        parts = [self.tr("Final. The task is now in the column “{column}”.").format(column=column)]
        if result.rework_id:
            parts.append(self.tr("A rework item went to the handling unit."))
        if result.help_id:
            parts.append(self.tr("A help item was raised."))
        if result.followup_id:
            parts.append(self.tr("A follow-up item was raised."))
        self._say(" ".join(parts))
        self.record_changed.emit(self.form.target_id)
        return True

    def reopen_with(self, reason: str) -> bool:
        """Make the final record a draft again (the reason is audited)."""
        return self._change_record(
            lambda form: reopen(form.id, reason), self.tr("Reopened: the record is a draft again.")
        )

    @Slot()
    def ask_reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen the record"),
            self.tr("Why is the final record reopened? (kept in the history)"),
        )
        if ok:
            self.reopen_with(reason)

    def review_by(self, reviewer: str) -> bool:
        return self._change_record(lambda form: review(form.id, reviewer), self.tr("Reviewed."))

    @Slot()
    def ask_review(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Review the record"), self.tr("Reviewed by (the office lead):")
        )
        if ok:
            self.review_by(name)

    def _change_record(
        self, change: Callable[[VisitForm], VisitForm], done: str = "", tab: str = ""
    ) -> bool:
        """Apply ``change`` to the shown record, show the record it returns (on ``tab``)
        and say ``done``; a refusal is said instead and nothing changes."""
        if self.form is None:
            return False
        try:
            form = change(self.form)
        except UserError as error:
            self._say(tr_error(error), error=True)
            return False
        self.show_form(form)
        if done:
            self._say(done)
        if tab:
            self.show_tab(tab)
        self.record_changed.emit(form.target_id)
        return True

    @Slot()
    def start_revisit(self) -> bool:
        return self._change_record(lambda form: start_visit(form.target_id), tab="visit")

    # the buttons' shortcuts: only what the button allows now
    @Slot()
    def start_revisit_key(self) -> None:
        if self.revisit_button.isEnabled():
            self.start_revisit()

    @Slot()
    def ask_reopen_key(self) -> None:
        if self.reopen_button.isEnabled():
            self.ask_reopen()

    @Slot()
    def ask_review_key(self) -> None:
        if self.review_button.isEnabled():
            self.ask_review()

    @Slot()
    def open_case(self) -> None:
        if self.form is None or not self.form.case_id:
            return
        from ..case_dialog import CaseDialog

        try:
            dialog = CaseDialog(self.form.case_id, parent=self)
        except UserError as error:
            self._say(tr_error(error), error=True)
            return
        self.case_dialog = dialog
        dialog.open()

    @Slot(QModelIndex)
    def _open_earlier(self, index: QModelIndex) -> None:
        visit_id = index.data(EarlierVisitsModel.VISIT_ID_ROLE)
        if visit_id is None:
            return
        dialog = type(self)(visit_id=int(visit_id), parent=self)
        self.earlier_dialog = dialog
        dialog.open()
