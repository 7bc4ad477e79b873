"""The campaign dialog: edit a campaign's plan (制定方案) and save it.

The form loads a ``CampaignPlan`` and gives one back (``load`` / ``plan``).
Validation lives in the domain: on OK the dialog calls ``create_campaign``
or ``update_campaign``; a ``CampaignError`` is shown next to the field it
names and at the bottom of the dialog, and the dialog stays open.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QWidget

from ...domain.campaigns import (
    STAGES,
    CampaignError,
    CampaignPlan,
    create_campaign,
    update_campaign,
)
from ...i18n import tr_error
from .. import screen_fit
from ..ui_loader import load_ui

#: The QDateEdit minimum stands for "no date yet" and shows blank.
_NO_DATE = QDate(2000, 1, 1)

#: The stages' first and last days, in order, then the report deadline.
_DATE_FIELDS = (*(day for _stage, *days in STAGES for day in days), "report_deadline")
_TEXT_FIELDS = ("name", "group_leader", "deputy_leaders", "office_in_charge", "county_office")
# The message label under each row of the form (date fields share their stage's).
_ERROR_LABELS = {
    "name": "name_error",
    "prep_start": "prep_error",
    "prep_end": "prep_error",
    "impl_start": "impl_error",
    "impl_end": "impl_error",
    "summary_start": "summary_error",
    "summary_end": "summary_error",
    "report_deadline": "deadline_error",
    "group_leader": "group_leader_error",
    "deputy_leaders": "deputy_leaders_error",
    "office_in_charge": "office_in_charge_error",
    "county_office": "county_office_error",
    "notes": "notes_error",
}


class OptionalDateEdit(QDateEdit):
    """A date edit that may be empty (its minimum date shows blank)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(_NO_DATE)

    def value(self) -> dt.date | None:
        day = self.date()
        if day == _NO_DATE:
            return None
        return dt.date(day.year(), day.month(), day.day())

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(_NO_DATE if day is None else QDate(day.year, day.month, day.day))


class CampaignDialog(QDialog):
    """Create a campaign (``campaign_id`` None) or edit one."""

    campaign_saved = Signal(int)

    def __init__(
        self,
        plan: CampaignPlan | None = None,
        campaign_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        load_ui("campaign", self, custom=(OptionalDateEdit,))
        self.campaign_id = campaign_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New campaign") if campaign_id is None else self.tr("Edit campaign")
        )
        self.fields: dict[str, QWidget] = {name: getattr(self, name) for name in _ERROR_LABELS}
        # one message label per row, under it; date fields share their stage's
        self.field_errors: dict[str, QLabel] = {
            name: getattr(self, label) for name, label in _ERROR_LABELS.items()
        }
        for label in (*self.field_errors.values(), self.error_label):
            label.hide()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        screen_fit.keep_on_screen(self)
        self.load(plan or CampaignPlan(name=""))

    # --- binding ------------------------------------------------------------

    def load(self, plan: CampaignPlan) -> None:
        for name in _TEXT_FIELDS:
            self.fields[name].setText(getattr(plan, name) or "")  # type: ignore[attr-defined]
        for name in _DATE_FIELDS:
            self.fields[name].set_value(getattr(plan, name))  # type: ignore[attr-defined]
        self.notes.setPlainText(plan.notes or "")

    def plan(self) -> CampaignPlan:
        values: dict = {name: self.fields[name].text() for name in _TEXT_FIELDS}  # type: ignore[attr-defined]
        values.update({name: self.fields[name].value() for name in _DATE_FIELDS})  # type: ignore[attr-defined]
        values["notes"] = self.notes.toPlainText()
        return CampaignPlan(**values)

    def date_edit(self, field: str) -> OptionalDateEdit:
        return self.fields[field]  # type: ignore[return-value]

    # --- saving -------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        self.show_error(None)
        try:
            if self.campaign_id is None:
                campaign = create_campaign(self.plan())
            else:
                campaign = update_campaign(self.campaign_id, self.plan())
        except CampaignError as error:
            self.show_error(error)
            return
        self.saved_id = campaign.id
        self.campaign_saved.emit(campaign.id)
        self.accept()

    def show_error(self, error: CampaignError | None) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        if error is None:
            self.error_label.clear()
            self.error_label.hide()
            return
        message = tr_error(error)
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setStyleSheet("border: 1px solid #b00020;")
            widget.setToolTip(message)
            self.field_errors[error.field].setText(message)
            self.field_errors[error.field].show()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


class ExcludeDialog(QDialog):
    """Ask the reason (an ``ExclusionReason``) and a note for excluding targets."""

    def __init__(self, reasons: list[tuple[str, str]], count: int, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("exclude_targets", self)
        self.count_label.setText(self.tr("Exclude %n case(s) from the targets.", "", count))
        for value, label in reasons:
            self.reason.addItem(label, value)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        screen_fit.keep_on_screen(self)

    def values(self) -> tuple[str, str]:
        return self.reason.currentData(), self.note.text()


class AddTargetDialog(QDialog):
    """Ask a case number and the note saying why it is added by hand."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("add_target", self)
        self.error_label.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        screen_fit.keep_on_screen(self)

    def values(self) -> tuple[str, str]:
        return self.case_no.text().strip(), self.note.text()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
