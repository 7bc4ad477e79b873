"""Assign… : give many tasks a leader, visitors, the handling unit, a method, a due date.

Whatever is left at "(unchanged)" stays as it is on every task. The dialog
calls ``assign_tasks`` (and ``add_handling_unit`` when asked) on accept; a
refusal is shown in the dialog, which stays open, and nothing changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.errors import UserError
from ...domain.tasks import TaskCard, add_handling_unit, assign_tasks, staff_list, unit_list
from ...i18n import tr_error
from .. import screen_fit
from ..models.board_model import METHOD_LABELS, method_label
from ..ui_loader import load_ui
from ..widgets.multi_choice import MultiChoiceButton
from .assign_summary import cases_text, current_text

translate = QCoreApplication.translate

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AssignDialog(QDialog):
    """Bulk assignment of the selected tasks."""

    def __init__(
        self,
        target_ids: Sequence[int],
        due_on: dt.date | None = None,
        parent: QWidget | None = None,
        cards: Sequence[TaskCard] = (),
    ):
        super().__init__(parent)
        self.target_ids = list(target_ids)
        self.cards = [c for c in cards if c.target_id in set(self.target_ids)]
        self.assigned = 0
        units = self.tr("Joining units")
        load_ui("assign", self, {"MultiChoiceButton": lambda p: MultiChoiceButton(units, p)})
        self.setWindowTitle(self.tr("Assign %n task(s)", "", len(self.target_ids)))
        screen_fit.fit_window(self, (460, 520))

        self.leader_combo.addItem(self.tr("(unchanged)"), None)
        for person in staff_list(roles=("leader", "office_lead")):
            label = f"{person.name}（{person.title}）" if person.title else person.name
            self.leader_combo.addItem(label, person.id)
        self.visitor_model = QStandardItemModel(self)
        for person in staff_list(roles=("visitor", "office_lead")):
            item = QStandardItem(person.name)
            item.setData(person.id, STAFF_ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.visitor_model.appendRow(item)
        self.visitor_view.setModel(self.visitor_model)
        self.units_button.set_choices([(str(uid), name) for uid, name in unit_list()])
        self.method_combo.addItem(self.tr("(unchanged)"), None)
        for code in METHOD_LABELS:
            self.method_combo.addItem(method_label(code), code)
        self.due_edit.setDisplayFormat(translate("Format", "d MMM yyyy"))
        day = due_on or dt.date.today() + dt.timedelta(days=14)
        self.due_edit.setDate(QDate(day.year, day.month, day.day))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.error_label.hide()
        self._show_cards()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _show_cards(self) -> None:
        """Which cases, and what they have now: the clerk sees what is being changed."""
        self.cases_label.setText(cases_text(self.cards))
        self.cases_label.setVisible(bool(self.cards))
        self.current_label.setText(current_text(self.cards))
        self.current_label.setVisible(bool(self.cards))
        if len(self.cards) == 1 and self.cards[0].visitor_ids:
            self.set_visitors(self.cards[0].visitor_ids)

    # --- values ---------------------------------------------------------

    def set_visitors(self, visitor_ids: Sequence[int]) -> None:
        wanted = set(visitor_ids)
        for r in range(self.visitor_model.rowCount()):
            item = self.visitor_model.item(r)
            checked = item.data(STAFF_ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def values(self) -> dict:
        """The arguments of ``assign_tasks`` (``None``: unchanged)."""
        visitors = [
            self.visitor_model.item(r).data(STAFF_ID_ROLE)
            for r in range(self.visitor_model.rowCount())
            if self.visitor_model.item(r).checkState() == Qt.CheckState.Checked
        ]
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        units = [int(v) for v in self.units_button.selected()]
        return {
            "leader_id": self.leader_combo.currentData(),
            "visitor_ids": visitors or None,
            "unit_ids": units or None,
            "method": self.method_combo.currentData(),
            "due_on": due,
        }

    @Slot()
    def accept(self) -> None:
        try:
            self.assigned = assign_tasks(self.target_ids, **self.values())
            if self.unit_check.isChecked():
                add_handling_unit(self.target_ids)
        except UserError as error:
            self.error_label.setText(tr_error(error))
            self.error_label.show()
            return
        super().accept()
