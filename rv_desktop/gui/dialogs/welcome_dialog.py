"""The first start: create the office's database, or look at the demo first.

(``OfficeDialog`` asks the same names for a database made with File ▸ New.)

Shown by ``gui/app.py`` when the program starts without a database of the
office's own (the default database does not exist yet). The clerk types the
town, the office and their own name, which go on every printed form and
table; or opens the demo database to look around. ``OfficeForm`` is the form
part, checked by the domain (``domain/office.py``); the dialog only shows
the message and the field it concerns.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from ...domain.office import (
    OfficeNameError,
    OfficeNames,
    check_office_names,
    office_level,
    office_names,
    save_office_names,
    set_office_level,
    suggested_office,
)
from ...i18n import tr_error
from .. import screen_fit
from ..ui_loader import load_ui


class OfficeForm(QWidget):
    """Town, office and clerk: three fields, the office suggested from the town."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("office_form", self)  # town, office, clerk, phone
        self._office_typed = False
        self.town.textEdited.connect(self._town_edited)
        self.office.textEdited.connect(self._office_edited)

    @Slot(str)
    def _town_edited(self, text: str) -> None:
        if not self._office_typed:
            self.office.setText(suggested_office(text))

    @Slot(str)
    def _office_edited(self, text: str) -> None:
        self._office_typed = bool(text)

    def load(self, names: OfficeNames) -> None:
        self.town.setText(names.town)
        self.office.setText(names.office)
        self.clerk.setText(names.clerk)
        self.phone.setText(names.phone)
        self._office_typed = bool(names.office)

    def values(self) -> OfficeNames:
        """The checked names; ``OfficeNameError`` (with ``field``) when one is wrong."""
        return check_office_names(
            self.town.text(), self.office.text(), self.clerk.text(), self.phone.text()
        )

    def field(self, name: str) -> QLineEdit:
        fields = {"town": self.town, "office": self.office, "clerk": self.clerk}
        return {**fields, "phone": self.phone}[name]


class WelcomeDialog(QDialog):
    """Create the office's database or open the demo; ``choice`` says which."""

    CREATE = "create"
    DEMO = "demo"

    def __init__(self, database: Path, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("welcome", self, custom=(OfficeForm,))
        self.choice: str | None = None
        self.names: OfficeNames | None = None
        self.hint.setText(self.tr("The database will be kept in {path}").format(path=database))
        self.error.hide()
        screen_fit.keep_on_screen(self)

        self.create_button.clicked.connect(self.create)
        self.demo_button.clicked.connect(self.open_demo)
        self.close_button.clicked.connect(self.reject)
        self.form.town.setFocus()

    @Slot()
    def create(self) -> None:
        try:
            self.names = self.form.values()
        except OfficeNameError as exc:
            self.error.setText(tr_error(exc))
            self.error.show()
            self.form.field(exc.field).setFocus()
            return
        self.choice = self.CREATE
        self.accept()

    @Slot()
    def open_demo(self) -> None:
        self.choice = self.DEMO
        self.accept()


class OfficeDialog(QDialog):
    """The office's names: for a database made with File ▸ New database, and
    Settings ▸ The office… to correct them (shown as saved)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("office_dialog", self, custom=(OfficeForm,))
        self.names: OfficeNames | None = None
        self.form.load(office_names())
        self.form.layout().addRow(self.level_label, self.level)  # aligned with the names
        self.level.addItem(self.tr("Town: visits in person (上门走访)"), "town")
        self.level.addItem(self.tr("County: may visit by phone"), "county")
        self.level.setCurrentIndex(max(0, self.level.findData(office_level())))
        self.error.hide()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        screen_fit.keep_on_screen(self)

    @Slot()
    def save(self) -> None:
        try:
            self.names = self.form.values()
            save_office_names(self.names)
            set_office_level(self.level.currentData())
        except OfficeNameError as exc:
            self.error.setText(tr_error(exc))
            self.error.show()
            self.form.field(exc.field).setFocus()
            return
        self.accept()
