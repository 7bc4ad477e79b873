"""The main window: navigation, the pages, menus and the status bar.

It assembles pages and routes menu actions to services; it holds no page's
logic. Switching the database (File ▸ Open / New) goes through the
``Session`` that owns the open file and its lock.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import __version__, paths
from ..domain.errors import UserError
from ..domain.overview import overview
from ..i18n import tr_error
from . import screen_fit, window_state
from .area_menu import build_area_menu
from .backup_actions import BackupActions
from .crash import open_log_folder
from .formatting import number_text
from .lazy_pages import LazyPage, LazyPages
from .office_level_action import county_action
from .pages import PAGE_FACTORIES
from .pages.overview_page import OverviewPage
from .print_actions import PrintActions
from .session import Session
from .widgets.empty_state import EmptyState


class MainWindow(QMainWindow):
    cases_page = LazyPage()
    campaign_page = LazyPage()
    board_page = LazyPage()
    visits_page = LazyPage()
    followups_page = LazyPage()
    statistics_page = LazyPage()
    exchange_page = LazyPage()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        # the database check of the start (``startup_check.py``), started once shown
        self.startup_check = None
        self.setWindowTitle(self.tr("Return-visit desk"))
        self.setMinimumSize(QSize(1024, 640))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.overview_page = OverviewPage()
        self._add_page(self.tr("Overview"), self.overview_page)
        self.pages = LazyPages(self.stack, PAGE_FACTORIES, self._page_built)
        #: "import a ledger first", over every built area while the register is empty
        self.empty_states: list[EmptyState] = []
        self._register_empty = False
        self._area_texts: dict[str, tuple[str, str]] = {}  # name -> (title, description)
        for name, (title, description) in zip(PAGE_FACTORIES, self._areas(), strict=True):
            self._area_texts[name] = (title, description)
            self._add_page(title, self.pages.slot(name, title))
        #: the areas an overview tile or next step opens, by the overview's names
        self.areas: dict[str, str] = {
            "cases": "cases_page",
            "campaign": "campaign_page",
            "board": "board_page",
            "visits": "visits_page",
            "followups": "followups_page",
            "exchange": "exchange_page",
        }
        self.overview_page.name_areas(
            {area: self.nav.item(self.pages.row(name)).text() for area, name in self.areas.items()}
        )
        self.overview_page.area_requested.connect(self.show_area)
        # as wide as the longest area's name: at 1366 pixels the Board needs the room
        self.nav.ensurePolished()  # the style sheet's font, not the default one
        widest = max(
            self.nav.fontMetrics().horizontalAdvance(self.nav.item(row).text())
            for row in range(self.nav.count())
        )
        self.nav.setFixedWidth(max(120, min(220, widest + 56)))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._build_menus()
        self.nav.currentRowChanged.connect(self._show_row)
        self.session.events.database_opened.connect(self._on_database_opened)
        self.session.events.data_changed.connect(self.refresh)
        self._restore_state()
        self._on_database_opened(str(self.session.path))

    # --- assembly -------------------------------------------------------

    def _areas(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("Cases"),
                self.tr(
                    "The register of concluded cases: import the county's ledgers, "
                    "find any case as you type, see a petitioner's other cases."
                ),
            ),
            (
                self.tr("Campaign & screening"),
                self.tr(
                    "Create the campaign with its stages and deadline, and screen the "
                    "targets by the plan's criteria, keeping every exclusion's reason."
                ),
            ),
            (
                self.tr("Board"),
                self.tr(
                    "Give every target to a leader and visitors, by method and due date, "
                    "and see which are not assigned, not visited or overdue."
                ),
            ),
            (
                self.tr("Visit records"),
                self.tr(
                    "One case, one form: type in the return-visit registration forms, "
                    "drafts saved as you type, follow-ups tracked until closed."
                ),
            ),
            (
                self.tr("Follow-ups"),
                self.tr(
                    "Rework, help and follow-up items raised by the visits: what is open, "
                    "what is overdue, and closing each with its result."
                ),
            ),
            (
                self.tr("Statistics"),
                self.tr(
                    "The feedback statistics and summary tables for the county, "
                    "and the analysis report for the leaders."
                ),
            ),
            (
                self.tr("Exchange"),
                self.tr("The encrypted data package for the county on a USB stick, and backups."),
            ),
        ]

    @property
    def live_pages(self) -> dict[str, QWidget]:
        """The pages built so far, by title: refreshed on every change, and some write."""
        return {self.nav.item(self.stack.indexOf(p)).text(): p for p in self.pages.built.values()}

    def _page_built(self, name: str, page: QWidget) -> None:
        """Connect a page built on first use, before it shows."""
        if hasattr(page, "data_changed"):
            page.data_changed.connect(self.session.events.data_changed)
        if hasattr(page, "case_opened"):  # the board, statistics, follow-ups
            page.case_opened.connect(self.open_case)
        if hasattr(page, "status_message"):
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        if not getattr(page, "works_without_cases", False):
            empty = EmptyState(page, *self._area_texts[name])
            empty.import_requested.connect(self.import_ledger)
            empty.demo_requested.connect(self.open_demo)
            empty.set_active(self._register_empty)
            self.empty_states.append(empty)
        page.refresh()  # as every page on opening (most only note that they must load)

    @Slot(int)
    def _show_row(self, row: int) -> None:
        self.pages.build_at(row)
        self.stack.setCurrentIndex(row)

    def _add_page(self, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(160, 40))
        self.nav.addItem(item)
        self.stack.addWidget(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New database…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_database)
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_database)
        self.import_action = QAction(self.tr("&Import ledger…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_ledger)
        self.backup_actions = BackupActions(self, self.session)
        self.backup_action = self.backup_actions.backup_action
        self.restore_action = self.backup_actions.restore_action
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.open_action, self.import_action):
            file_menu.addAction(action)
        from .scan_actions import ScanActions  # issue 19: File ▸ Read scanned forms…

        self.scan_actions = ScanActions(self)
        file_menu.addAction(self.scan_actions.action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self.print_actions = PrintActions(self)
        self.print_actions.build(self.menuBar().addMenu(self.tr("&Print")))
        self.area_menu = build_area_menu(self, self.nav, self.stack)
        self.menuBar().addMenu(self.area_menu)

        self.settings_menu = self._settings_menu()
        self.office_action = QAction(self.tr("The &office…"), self)
        self.office_action.triggered.connect(self.edit_office)
        self.settings_menu.addAction(self.office_action)
        self.county_action = county_action(self, self.session.events)
        self.settings_menu.addAction(self.county_action)
        self.review_action = QAction(self.tr("&Records to review…"), self)
        self.review_action.triggered.connect(self.review_records)
        self.settings_menu.addAction(self.review_action)
        self.settings_menu.addAction(self.backup_actions.settings_action)
        self.exchange_keys_action = QAction(self.tr("&Exchange keys…"), self)
        self.exchange_keys_action.triggered.connect(self.edit_exchange_keys)
        self.settings_menu.addAction(self.exchange_keys_action)
        self._build_language_menu(self.settings_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        self.log_folder_action = QAction(self.tr("Open the &log folder"), self)
        self.log_folder_action.triggered.connect(open_log_folder)
        help_menu.addAction(self.log_folder_action)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _settings_menu(self) -> QMenu:
        """The Settings menu, made once whoever asks first."""
        title = self.tr("&Settings")
        for action in self.menuBar().actions():
            if action.menu() is not None and action.text() == title:
                return action.menu()
        return self.menuBar().addMenu(title)

    def _build_language_menu(self, settings_menu: QMenu) -> None:
        """Settings ▸ Language: the system's, Chinese or English, applied at the next start."""
        menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        chosen = str(window_state.value(window_state.LANGUAGE, "") or "")
        # the languages' own names, not translated, so each can find theirs
        for code, text in (("", self.tr("System language")), ("zh_CN", "中文"), ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setData(code)
            action.setChecked(code == chosen)
            self.language_group.addAction(action)
            menu.addAction(action)
        self.language_group.triggered.connect(self.choose_language)

    @Slot(QAction)
    def choose_language(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == str(window_state.value(window_state.LANGUAGE, "") or ""):
            return
        window_state.set_value(window_state.LANGUAGE, code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used from the next start of the program."),
        )

    def _restore_state(self) -> None:
        geometry = window_state.geometry(window_state.MAIN_GEOMETRY)
        screen_fit.fit_window(self, (1280, 800), geometry)
        screen_fit.maximise_on_small_screen(self)
        page = int(window_state.value(window_state.MAIN_PAGE, 0) or 0)
        self.nav.setCurrentRow(page if 0 <= page < self.nav.count() else 0)

    @Slot(str, str)
    def show_area(self, area: str, shown: str = "") -> None:
        """Open an area (an overview tile's): its page, showing ``shown`` there."""
        page = self.pages.get(self.areas[area])
        if shown:
            page.show_only_state(shown)
        self.nav.setCurrentRow(self.stack.indexOf(page))

    # --- refresh --------------------------------------------------------

    @Slot(str)
    def _on_database_opened(self, path: str) -> None:
        self.db_label.setText(self.tr("Database: {path}").format(path=path))
        self.setWindowTitle(self.tr("Return-visit desk — {name}").format(name=Path(path).name))
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        today = dt.date.today()
        data = overview(today)
        self.overview_page.show_overview(data, today)
        for page in list(self.pages.built.values()):
            page.refresh()
        self._register_empty = data.cases == 0
        for empty in self.empty_states:
            empty.set_active(self._register_empty)
        targets = data.current.targets if data.current else 0
        self.counts_label.setText(
            self.tr("{cases} cases · {targets} targets").format(
                cases=number_text(data.cases), targets=number_text(targets)
            )
        )

    # --- actions --------------------------------------------------------

    def _ask_path(self, save: bool) -> Path | None:
        folder = str(window_state.value(window_state.LAST_FOLDER, str(self.session.path.parent)))
        caption = self.tr("New database") if save else self.tr("Open database")
        pattern = self.tr("Databases (*.sqlite *.db);;All files (*)")
        if save:
            name, _ = QFileDialog.getSaveFileName(self, caption, folder, pattern)
        else:
            name, _ = QFileDialog.getOpenFileName(self, caption, folder, pattern)
        if not name:
            return None
        window_state.set_value(window_state.LAST_FOLDER, str(Path(name).parent))
        return Path(name)

    @Slot()
    def new_database(self) -> None:
        path = self._ask_path(save=True)
        if path is not None:
            if path.exists():
                self.show_error(
                    self.tr("{path} already exists. Choose a new file name.").format(path=path)
                )
                return
            if self._switch(path, create=True):
                from .dialogs.welcome_dialog import OfficeDialog

                OfficeDialog(self).exec()

    @Slot()
    def review_records(self) -> None:
        """Settings ▸ Records to review…: final records that break the plan's rules."""
        from .dialogs.rule_review_dialog import RuleReviewDialog

        RuleReviewDialog(self).exec()
        self.session.events.data_changed.emit()

    @Slot()
    def edit_office(self) -> None:
        """Settings ▸ The office…: the names printed on forms, tables and packages."""
        from .dialogs.welcome_dialog import OfficeDialog

        if OfficeDialog(self).exec():
            self.session.events.data_changed.emit()

    @Slot()
    def edit_exchange_keys(self) -> None:
        """Settings ▸ Exchange keys…: make, install, register and revoke exchange keys."""
        from .dialogs.exchange_keys_dialog import ExchangeKeysDialog

        ExchangeKeysDialog(self).exec()

    @Slot()
    def open_database(self) -> None:
        path = self._ask_path(save=False)
        if path is not None:
            self._switch(path)

    def _switch(self, path: Path, create: bool = False) -> bool:
        try:
            self.session.switch(path, create=create)
        except UserError as exc:
            self.show_error(tr_error(exc))
            return False
        return True

    @Slot()
    def open_demo(self) -> None:
        """Switch to the demo database, writing it first if it is not there yet."""
        from .app import create_demo_with_progress

        path = paths.demo_database()
        try:
            if not path.exists() and not create_demo_with_progress(path):
                return
        except UserError as exc:
            self.show_error(tr_error(exc))
            return
        self._switch(path)

    @Slot(int)
    def open_case(self, case_id: int) -> None:
        """Open a case's dialog from any page (the board, the left-out panel)."""
        self.cases_page.open_case(case_id)

    @Slot()
    def import_ledger(self) -> None:
        from .dialogs.import_dialog import ImportDialog

        path = ImportDialog.ask_for_ledger(self)  # the chooser first: no empty page
        if path is None:
            return
        dialog = ImportDialog(self, path=path)
        dialog.imported.connect(lambda text: self.statusBar().showMessage(text, 15000))
        dialog.imported.connect(lambda _text: self.session.events.data_changed.emit())
        dialog.exec()

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.show_error(tr_error(exc))
        else:
            self.show_error(self.tr("Unexpected error: {error}").format(error=exc))

    def show_error(self, text: str) -> None:
        QMessageBox.critical(self, self.tr("Return-visit desk"), text)

    @Slot()
    def show_guide(self) -> None:
        from .dialogs.help_dialog import HelpDialog

        if getattr(self, "_help", None) is None:
            self._help = HelpDialog(self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<b>Return-visit desk</b> {version}<br>"
                "For the return visits of a town petition office (千案回访).<br>"
                "Database: {path}"
            ).format(version=__version__, path=self.session.path),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.backup_actions.backing_up:  # a second close while the backup runs
            event.ignore()
            return
        window_state.set_value(window_state.MAIN_GEOMETRY, self.saveGeometry())
        window_state.set_value(window_state.MAIN_PAGE, self.nav.currentRow())
        self.backup_actions.backup_on_exit()  # returns once the backup is written
        super().closeEvent(event)
