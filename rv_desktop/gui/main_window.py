"""The main window: navigation, the pages, menus and the status bar.

It assembles pages and routes menu actions to services; it holds no page's
logic. Switching the database (File ▸ Open / New) goes through the
``Session`` that owns the open file and its lock.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import paths
from ..domain.errors import UserError
from ..domain.overview import overview
from ..i18n import tr_error
from . import screen_fit, window_state
from .areas import area_texts
from .file_dialogs import ask_open_path, ask_save_path, last_folder
from .formatting import number_text
from .lazy_pages import LazyPage, LazyPages
from .main_layout import central_widget, fit_nav_width
from .main_menus import build_menus
from .pages import PAGE_FACTORIES
from .pages.overview_page import OverviewPage
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
        for name, (title, description) in zip(PAGE_FACTORIES, area_texts(), strict=True):
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
        fit_nav_width(self.nav)
        self.setCentralWidget(central_widget(self.nav, self.stack))

        self.db_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        build_menus(self)
        self.nav.currentRowChanged.connect(self._show_row)
        self.session.events.database_opened.connect(self._on_database_opened)
        self.session.events.data_changed.connect(self.refresh)
        self._restore_state()
        self._on_database_opened(str(self.session.path))

    # --- assembly -------------------------------------------------------

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
        folder = last_folder(self.session.path.parent)
        pattern = self.tr("Databases (*.sqlite *.db);;All files (*)")
        if save:
            return ask_save_path(self, self.tr("New database"), "", pattern, folder=folder)
        return ask_open_path(self, self.tr("Open database"), pattern, folder=folder)

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.backup_actions.backing_up:  # a second close while the backup runs
            event.ignore()
            return
        window_state.set_value(window_state.MAIN_GEOMETRY, self.saveGeometry())
        window_state.set_value(window_state.MAIN_PAGE, self.nav.currentRow())
        self.backup_actions.backup_on_exit()  # returns once the backup is written
        super().closeEvent(event)
