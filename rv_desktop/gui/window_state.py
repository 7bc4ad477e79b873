"""QSettings for window state only: geometry, splitters, last folder, last database.

Also the interface language the clerk chose (a preference of the person at
this PC, not of the office's data): "" follows the system.

Business settings (town name, office name, ...) live in the database. Every
key used anywhere in the GUI is declared here with its default.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "rv_desktop"
APPLICATION = "rv_desktop"

MAIN_GEOMETRY = "main_window/geometry"
MAIN_STATE = "main_window/state"
MAIN_PAGE = "main_window/page"
LAST_DATABASE = "files/last_database"
LAST_FOLDER = "files/last_folder"
LANGUAGE = "ui/language"  # "" (the system's), "zh_CN" or "en"
HELP_GEOMETRY = "help/geometry"
CASES_FILTERS = "cases/filters"  # JSON of the structured filters (not the search text)
CASES_HIDDEN_COLUMNS = "cases/hidden_columns"  # column keys, comma-separated
CASES_HEADER = "cases/header"  # column widths and order (QHeaderView.saveState)
CASES_SORT = "cases/sort"  # "key" or "key desc"
CASE_DIALOG_GEOMETRY = "case_dialog/geometry"
CASE_DIALOG_TAB = "case_dialog/tab"
VISIT_FORM_GEOMETRY = "visit_form/geometry"
VISITS_FILTERS = "visits/filters"  # JSON: visitor, village, state of the visit-record list


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def value(key: str, default=None):
    return settings().value(key, default)


def set_value(key: str, data) -> None:
    settings().setValue(key, data)


def geometry(key: str) -> QByteArray | None:
    data = settings().value(key)
    return data if isinstance(data, QByteArray) else None
