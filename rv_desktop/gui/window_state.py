"""QSettings for window state and per-PC choices: geometry, last folder, backups.

Also the interface language the clerk chose (a preference of the person at
this PC, not of the office's data): "" follows the system.

Business settings (town name, office name, ...) live in the database. The
automatic backup's choices live here, per PC and per Windows user, because
they are about this machine (a folder, a stick's drive) and because they must
still be readable when the database is damaged and a backup has to be found.
Every key used anywhere in the GUI is declared here with its default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..services.backup import AutoBackupPolicy

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
STATISTICS_SPLITTER = "statistics/splitter"  # QSplitter.saveState: the table and its cases
BOARD_LEFT_OUT_SHOWN = "board/left_out_shown"  # bool; default: shown on wide screens only
VISITS_FILTERS = "visits/filters"  # JSON: visitor, village, state of the visit-record list
BACKUP_AUTO = "backup/auto"  # bool, default True: back up when the program closes
BACKUP_EVERY_EXIT = "backup/every_exit"  # bool, default False: at most once a day
BACKUP_FOLDER = "backup/folder"  # str, default "": the data folder's backups folder
BACKUP_KEEP = "backup/keep"  # int, default 10: automatic backups kept per database
BACKUP_KEEP_DEFAULT = 10
PRINTS_KEEP_DAYS = "prints/keep_days"  # int, default 30: printed PDFs kept in the data folder


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def value(key: str, default=None):
    return settings().value(key, default)


def set_value(key: str, data) -> None:
    settings().setValue(key, data)


def geometry(key: str) -> QByteArray | None:
    data = settings().value(key)
    return data if isinstance(data, QByteArray) else None


def _bool(data, default: bool) -> bool:
    if data is None:
        return default
    if isinstance(data, str):  # INI files give strings back
        return data.lower() in ("true", "1", "yes")
    return bool(data)


def backup_policy() -> AutoBackupPolicy:
    """The automatic backup as the clerk set it up on this PC."""
    s = settings()
    folder = str(s.value(BACKUP_FOLDER, "") or "")
    try:
        keep = int(s.value(BACKUP_KEEP, BACKUP_KEEP_DEFAULT))
    except (TypeError, ValueError):
        keep = BACKUP_KEEP_DEFAULT
    return AutoBackupPolicy(
        enabled=_bool(s.value(BACKUP_AUTO), True),
        every_exit=_bool(s.value(BACKUP_EVERY_EXIT), False),
        folder=Path(folder) if folder else None,
        keep=max(1, keep),
    )


def set_backup_policy(policy: AutoBackupPolicy) -> None:
    s = settings()
    s.setValue(BACKUP_AUTO, policy.enabled)
    s.setValue(BACKUP_EVERY_EXIT, policy.every_exit)
    s.setValue(BACKUP_FOLDER, str(policy.folder) if policy.folder else "")
    s.setValue(BACKUP_KEEP, policy.keep)


def prints_keep_days() -> int:
    """How many days the printed PDFs stay in the data folder's prints folder."""
    from ..services.print_retention import KEEP_DAYS_DEFAULT

    try:
        return max(1, int(settings().value(PRINTS_KEEP_DAYS, KEEP_DAYS_DEFAULT)))
    except (TypeError, ValueError):
        return KEEP_DAYS_DEFAULT


def set_prints_keep_days(days: int) -> None:
    settings().setValue(PRINTS_KEEP_DAYS, int(days))
