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

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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


class OfficeForm(QWidget):
    """Town, office and clerk: three fields, the office suggested from the town."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.town = QLineEdit()
        self.town.setObjectName("town")
        self.town.setPlaceholderText(self.tr("for example 青山镇"))
        self.town.setToolTip(
            self.tr("The town (乡镇) whose return visits this is; printed on every form.")
        )
        self.office = QLineEdit()
        self.office.setObjectName("office")
        self.office.setToolTip(
            self.tr(
                "The office that fills in the forms, as it signs them "
                "(填报单位, for example 青山镇信访办)."
            )
        )
        self.clerk = QLineEdit()
        self.clerk.setObjectName("clerk")
        self.clerk.setToolTip(self.tr("Your name, as the clerk who keeps the register."))
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(self.tr("for example 0792-1234567"))
        self.phone.setToolTip(
            self.tr(
                "The office's phone (联系电话), printed in the sign-off block of the "
                "feedback statistics and the summary table. May stay empty."
            )
        )
        for edit in (self.town, self.office, self.clerk, self.phone):
            edit.setMaxLength(60)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Town:"), self.town)
        layout.addRow(self.tr("&Office:"), self.office)
        layout.addRow(self.tr("&Clerk's name:"), self.clerk)
        layout.addRow(self.tr("&Phone:"), self.phone)
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
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome"))
        self.choice: str | None = None
        self.names: OfficeNames | None = None

        heading = QLabel(self.tr("Welcome to the return-visit desk"))
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "This computer has no database of your office yet. Create it now: "
                "the town and the office are printed on every form and table. "
                "Or open the demo first to look around; you can create your "
                "database at the next start."
            )
        )
        intro.setWordWrap(True)
        self.form = OfficeForm()
        where = QLabel(self.tr("The database will be kept in {path}").format(path=database))
        where.setObjectName("hint")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.create_button = QPushButton(self.tr("&Create the office's database"))
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.demo_button.setToolTip(
            self.tr(
                "A made-up town with its register and a campaign in every state, to try things."
            )
        )
        self.close_button = QPushButton(self.tr("&Quit"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(where)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
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
        self.setWindowTitle(self.tr("The office"))
        self.names: OfficeNames | None = None
        intro = QLabel(
            self.tr("The town and the office are printed on every form and table of this database.")
        )
        intro.setWordWrap(True)
        self.form = OfficeForm()
        self.form.load(office_names())
        self.level = QComboBox()
        self.level.setObjectName("level")
        self.level.addItem(self.tr("Town: visits in person (上门走访)"), "town")
        self.level.addItem(self.tr("County: may visit by phone"), "county")
        self.level.setCurrentIndex(max(0, self.level.findData(office_level())))
        self.level.setToolTip(
            self.tr(
                "The plan: the county gives priority to telephone return visits; the town "
                "must meet the petitioner in the form of a visit."
            )
        )
        self.form.layout().addRow(self.tr("&Level:"), self.level)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
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
