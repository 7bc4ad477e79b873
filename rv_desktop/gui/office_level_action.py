"""Settings ▸ County office: the office's level (``domain.office.office_level``).

A town's office (the default) does not see what only the county needs: the
statistics' rows by town and the merge of the towns' packages. The county's
"千案回访" office ticks this once in its database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import UserError
from ..domain.office import office_level, set_office_level
from ..i18n import tr_error
from .events import AppEvents


def county_action(owner: QWidget, events: AppEvents) -> QAction:
    action = QAction(
        QCoreApplication.translate("OfficeLevel", "&County office (merges the towns' packages)"),
        owner,
        checkable=True,
    )

    def sync() -> None:
        blocked = action.blockSignals(True)
        action.setChecked(office_level() == "county")
        action.blockSignals(blocked)

    def toggled(county: bool) -> None:
        try:
            set_office_level("county" if county else "town")
        except UserError as error:
            QMessageBox.warning(owner, action.text(), tr_error(error))
            sync()
            return
        events.data_changed.emit()

    action.toggled.connect(toggled)
    events.database_opened.connect(lambda _path: sync())
    sync()
    return action
