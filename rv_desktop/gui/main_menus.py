"""The main window's menus: File, Print, Go, Settings and Help.

``build_menus(window)`` makes the actions, keeps them on the window (the tests
and the screenshot tool trigger them there) and connects them to the window's
slots. Strings keep the ``MainWindow`` translation context they had when this
code lived in the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from .. import __version__
from . import window_state
from .area_menu import build_area_menu
from .backup_actions import BackupActions
from .crash import open_log_folder
from .office_level_action import county_action
from .print_actions import PrintActions

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate


def _action(window: MainWindow, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    return action


def build_menus(window: MainWindow) -> None:
    _file_menu(window)
    window.print_actions = PrintActions(window)
    window.print_actions.build(window.menuBar().addMenu(translate("MainWindow", "&Print")))
    window.area_menu = build_area_menu(window, window.nav, window.stack)
    window.menuBar().addMenu(window.area_menu)
    _settings(window)
    _help_menu(window)


def _file_menu(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    keys = QKeySequence.StandardKey
    window.new_action = _action(
        window, translate("MainWindow", "&New database…"), window.new_database, keys.New
    )
    window.open_action = _action(
        window, translate("MainWindow", "&Open database…"), window.open_database, keys.Open
    )
    window.import_action = _action(
        window,
        translate("MainWindow", "&Import ledger…"),
        window.import_ledger,
        QKeySequence("Ctrl+I"),
    )
    window.backup_actions = BackupActions(window, window.session)
    window.backup_action = window.backup_actions.backup_action
    window.restore_action = window.backup_actions.restore_action
    quit_action = _action(window, translate("MainWindow", "&Quit"), window.close, keys.Quit)
    for action in (window.new_action, window.open_action, window.import_action):
        file_menu.addAction(action)
    from .scan_actions import ScanActions  # issue 19: File ▸ Read scanned forms…

    window.scan_actions = ScanActions(window)
    file_menu.addAction(window.scan_actions.action)
    file_menu.addAction(window.scan_actions.drop_action)
    file_menu.addSeparator()
    file_menu.addAction(window.backup_action)
    file_menu.addAction(window.restore_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)


def _settings(window: MainWindow) -> None:
    menu = window.settings_menu = settings_menu(window)
    window.office_action = _action(
        window, translate("MainWindow", "The &office…"), window.edit_office
    )
    menu.addAction(window.office_action)
    window.county_action = county_action(window, window.session.events)
    menu.addAction(window.county_action)
    window.review_action = _action(
        window, translate("MainWindow", "&Records to review…"), window.review_records
    )
    menu.addAction(window.review_action)
    menu.addAction(window.backup_actions.settings_action)
    window.exchange_keys_action = _action(
        window, translate("MainWindow", "&Exchange keys…"), window.edit_exchange_keys
    )
    menu.addAction(window.exchange_keys_action)
    _language_menu(window, menu)


def _help_menu(window: MainWindow) -> None:
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.guide_action = _action(
        window,
        translate("MainWindow", "&User guide"),
        window.show_guide,
        QKeySequence.StandardKey.HelpContents,
    )
    help_menu.addAction(window.guide_action)
    window.log_folder_action = _action(
        window, translate("MainWindow", "Open the &log folder"), open_log_folder
    )
    help_menu.addAction(window.log_folder_action)
    help_menu.addAction(
        _action(window, translate("MainWindow", "&About"), lambda: show_about(window))
    )


def settings_menu(window: MainWindow) -> QMenu:
    """The Settings menu, made once whoever asks first."""
    title = translate("MainWindow", "&Settings")
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text() == title:
            return action.menu()
    return window.menuBar().addMenu(title)


def _language_menu(window: MainWindow, settings: QMenu) -> None:
    """Settings ▸ Language: the system's, Chinese or English, applied at the next start."""
    menu = settings.addMenu(translate("MainWindow", "&Language"))
    window.language_group = QActionGroup(window)
    chosen = str(window_state.value(window_state.LANGUAGE, "") or "")
    # the languages' own names, not translated, so each can find theirs
    system = translate("MainWindow", "System language")
    for code, text in (("", system), ("zh_CN", "中文"), ("en", "English")):
        action = QAction(text, window, checkable=True)
        action.setData(code)
        action.setChecked(code == chosen)
        window.language_group.addAction(action)
        menu.addAction(action)
    window.language_group.triggered.connect(lambda action: choose_language(window, action))


def choose_language(window: MainWindow, action: QAction) -> None:
    code = str(action.data() or "")
    if code == str(window_state.value(window_state.LANGUAGE, "") or ""):
        return
    window_state.set_value(window_state.LANGUAGE, code)
    QMessageBox.information(
        window,
        translate("MainWindow", "Language"),
        translate("MainWindow", "The new language is used from the next start of the program."),
    )


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        translate("MainWindow", "About"),
        translate(
            "MainWindow",
            "<b>Return-visit desk</b> {version}<br>"
            "For the return visits of a town petition office (千案回访).<br>"
            "Database: {path}",
        ).format(version=__version__, path=window.session.path),
    )
