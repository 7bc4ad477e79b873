"""The Board page (step 3, 明确任务; step 7, 不漏一案、不漏一人).

One ``BoardModel`` holds the current campaign's task cards, read off the GUI
thread; five list views show it through one ``ColumnProxy`` each. Cards are
dragged between columns (``move_task``) or onto a visitor in the list on the
left (``add_visitor``); several selected cards are given a leader, visitors, a
method and a due date at once in ``AssignDialog``. The filter bar narrows the
board in SQL (``BoardFilter``). The ``LeftOutPanel`` on the right always shows
who and what is left out. Refusals appear in the message bar; nothing changes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.tasks import (
    BoardFilter,
    add_handling_unit,
    add_visitor,
    column_counts,
    move_task,
    route_sheet,
)
from ...i18n import tr_error
from ...services.assignment_table import export_assignment_table
from ..background import Job, run_in_background
from ..board_data import BoardData, read_board
from ..dialogs.assign_dialog import AssignDialog
from ..dialogs.route_sheet_dialog import RouteSheetDialog
from ..dialogs.visit_form import VisitFormDialog
from ..file_dialogs import ask_save_path
from ..form_window import FormWindow
from ..formatting import number_text
from ..labels import STATUSES, column_title
from ..models.board_model import (
    CASE_ID_ROLE,
    TARGET_ID_ROLE,
    BoardModel,
    ids_from_mime,
)
from ..models.staff_model import STAFF_ID_ROLE, STAFF_NAME_ROLE, StaffModel
from ..widgets.board_columns import BoardColumns
from ..widgets.board_filter_bar import BoardFilterBar
from ..widgets.board_side import BoardLegend, LeftOutToggle
from ..widgets.board_views import ColumnView, VisitorView
from ..widgets.left_out_panel import LeftOutPanel
from ..widgets.message_bar import MessageBar
from ..widgets.task_card import CardDelegate
from .page_base import BackgroundPage
from .page_layout import stack, title_row


class BoardPage(BackgroundPage):
    """The assignment board with its filters, visitors and the left-out panel."""

    data_changed = Signal()
    case_opened = Signal(int)
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.form_window = FormWindow(self)
        self.form_window.changed.connect(self.data_changed)
        self.form_window.closed.connect(lambda dirty: dirty and self.refresh())
        self._stage: tuple[dt.date | None, dt.date | None] = (None, None)
        self.model = BoardModel(self)
        self.visitor_model = StaffModel(self)
        self._build(title)
        self._connect()

    # --- building -------------------------------------------------------------------

    def _build(self, title: str) -> None:
        self.filter_bar = BoardFilterBar()
        bar = self.filter_bar
        self.visitor_filter, self.leader_filter = bar.visitor_filter, bar.leader_filter
        self.village_filter, self.unit_filter = bar.village_filter, bar.unit_filter
        self.key_check, self.overdue_check = bar.key_check, bar.overdue_check
        self.search, self.group_combo = bar.search, bar.group_combo

        self._build_actions()
        top = title_row(
            self,
            title,
            (self.form_button, self.assign_button, self.route_button, self.export_button),
        )
        self.message_label = MessageBar()
        visitors_box = self._build_visitors()

        # the five columns
        columns = BoardColumns(self.model, CardDelegate(self))
        self.proxies, self.views, self.headers = columns.proxies, columns.views, columns.headers

        self.left_out = LeftOutPanel()
        self.left_out_toggle = LeftOutToggle(self.left_out)
        top.insertWidget(3, BoardLegend())
        top.addWidget(self.left_out_toggle)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(visitors_box)
        self.splitter.addWidget(columns)
        self.splitter.addWidget(self.left_out)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([110, 880, 230])
        self.splitter.setChildrenCollapsible(False)
        visitors_box.setMinimumWidth(90)
        self.left_out.setMinimumWidth(200)

        stack(self, top, bar, self.message_label, self.splitter)
        self._update_headers()

    def _build_actions(self) -> None:
        """The assign/form actions (shortcuts) and the toolbar buttons."""
        self.assign_action = QAction(self.tr("&Assign…"), self)
        self.assign_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.assign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.assign_action)
        self.form_action = QAction(self.tr("&Fill in the form"), self)
        self.form_action.setShortcut(QKeySequence("Ctrl+E"))
        self.form_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.form_action)
        self.form_button = QPushButton(self.tr("Fill in the form"))
        self.form_button.setToolTip(
            self.tr("Open the registration form of the current card (Ctrl+E)")
        )
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.assign_button.setToolTip(self.tr("Assign the selected cards (Ctrl+Shift+A)"))
        self.export_button = QPushButton(self.tr("Export assignment table…"))
        self.route_button = QPushButton(self.tr("Route sheet…"))
        self.route_button.setToolTip(self.tr("The open tasks of the visitor chosen on the left"))

    def _build_visitors(self) -> QWidget:
        """The visitors on the left, cards dropped on one are assigned."""
        # visitors on the left
        self.visitor_view = VisitorView()
        self.visitor_view.setModel(self.visitor_model)
        visitors_box = QWidget()
        vl = QVBoxLayout(visitors_box)
        vl.setContentsMargins(0, 0, 0, 0)
        visitors_title = QLabel(self.tr("Visitors"))
        font = visitors_title.font()
        font.setBold(True)
        visitors_title.setFont(font)
        visitors_title.setToolTip(self.tr("Drop cards on a visitor to add them to the tasks"))
        vl.addWidget(visitors_title)
        vl.addWidget(self.visitor_view, 1)
        return visitors_box

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self.refresh)
        self.assign_action.triggered.connect(self.assign_selected)
        self.assign_button.clicked.connect(self.assign_selected)
        self.form_action.triggered.connect(self.fill_in_current)
        self.form_button.clicked.connect(self.fill_in_current)
        self.export_button.clicked.connect(self.choose_export_file)
        self.route_button.clicked.connect(self.show_route_sheet)
        self.visitor_view.cards_dropped.connect(self.drop_on_visitor)
        self.left_out.case_opened.connect(self.case_opened)
        for view in self.views.values():
            view.cards_dropped.connect(self.drop_on_column)
            view.open_requested.connect(self.open_index)
            view.customContextMenuRequested.connect(self._context_menu)

    # --- loading --------------------------------------------------------------------

    def current_filter(self) -> BoardFilter:
        return self.filter_bar.current_filter()

    def load(self) -> None:
        """Read the board again off the GUI thread (the latest request wins); a
        hidden board waits until shown, as the other pages do (at start-up it
        read every card of a 22,000-target campaign for nobody to see)."""
        flt = self.current_filter()
        group_by = self.group_combo.currentData()
        self.count_label.setText(self.tr("Loading…"))

        self.run_load(lambda _job: read_board(flt, group_by), self._loaded, self._failed)

    def _loaded(self, loaded: BoardData) -> None:
        self.filter_bar.offer_choices(loaded.visitors, loaded.leaders, loaded.choices)
        self._stage = loaded.stage
        self.model.set_cards(loaded.cards)
        load: dict[int, int] = {}
        distinct = {c.target_id: c for c in loaded.cards}  # grouped by visitor: duplicates
        for card in distinct.values():
            if card.status in ("assigned", "follow_up"):
                for vid in card.visitor_ids:
                    load[vid] = load.get(vid, 0) + 1
        keep = self.selected_visitor_id()
        self.visitor_model.set_staff(loaded.visitors, load)
        if keep is not None:
            for r in range(self.visitor_model.rowCount()):
                if self.visitor_model.index(r).data(STAFF_ID_ROLE) == keep:
                    self.visitor_view.setCurrentIndex(self.visitor_model.index(r))
        self.left_out.set_left_out(loaded.left_out)
        self.left_out_toggle.show_count()
        self._update_headers()
        if loaded.has_campaign:
            self.count_label.setText(self.tr("%n task(s) shown", "", len(distinct)))
        else:
            self.count_label.setText(
                self.tr("No current campaign: create one on the Campaign page.")
            )
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.count_label.setText("")
        self.show_error(error)

    def column_counts(self) -> dict[str, int]:
        """The number of cards each column shows."""
        return column_counts(self.model.cards())  # a card under two visitors counts once

    def _update_headers(self) -> None:
        for status, count in self.column_counts().items():
            self.headers[status].setText(f"{column_title(status)} ({number_text(count)})")

    # --- messages -------------------------------------------------------------------

    def show_error(self, error: BaseException | str) -> None:
        self.message_label.say(self.error_text(error))

    def clear_message(self) -> None:
        self.message_label.dismiss()

    # --- selection ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Target ids of the cards selected in every column, column by column."""
        ids: list[int] = []
        for status in STATUSES:
            view = self.views[status]
            for index in sorted(view.selectionModel().selectedIndexes(), key=QModelIndex.row):
                ids.append(int(index.data(TARGET_ID_ROLE)))
        return list(dict.fromkeys(ids))  # grouped by visitor, a card may show twice

    def selected_visitor_id(self) -> int | None:
        index = self.visitor_view.currentIndex()
        return int(index.data(STAFF_ID_ROLE)) if index.isValid() else None

    # --- writes ---------------------------------------------------------------------

    def _written(self) -> None:
        self.data_changed.emit()
        self.refresh()

    @Slot(object, str)
    def drop_on_column(self, mime: QMimeData, status: str) -> bool:
        """Cards dropped on a column: move each one there."""
        return self.move_cards(ids_from_mime(mime), status)

    def move_cards(self, target_ids: list[int], status: str) -> bool:
        """Move the cards to the column ``status``; refusals go to the message bar.

        Each card moves on its own: a refused card stays where it was.
        """
        self.clear_message()
        errors: list[str] = []
        moved = 0
        for tid in target_ids:
            try:
                move_task(tid, status)
                moved += 1
            except UserError as error:
                errors.append(tr_error(error))
        if errors:
            more = len(errors) - 1
            text = errors[0]
            if more:
                text += " " + self.tr("(and %n more refused)", "", more)
            self.show_error(text)
        if moved:
            self._written()
        return not errors

    @Slot(object, int)
    def drop_on_visitor(self, mime: QMimeData, visitor_id: int) -> bool:
        """Cards dropped on a visitor: add that visitor to each task."""
        ids = ids_from_mime(mime)
        if not ids:
            return False
        self.clear_message()
        try:
            add_visitor(ids, visitor_id)
        except UserError as error:
            self.show_error(error)
            return False
        self._written()
        return True

    def add_handling_unit_to_selected(self) -> None:
        ids = self.selected_ids()
        self.clear_message()
        try:
            added = add_handling_unit(ids)
        except UserError as error:
            self.show_error(error)
            return
        self.count_label.setText(self.tr("Handling unit added to %n task(s)", "", added))
        self._written()

    def assign_dialog(self, target_ids: list[int]) -> AssignDialog:
        wanted = set(target_ids)  # grouped by visitor, a card shows once per visitor
        cards = list({c.target_id: c for c in self.model.cards() if c.target_id in wanted}.values())
        return AssignDialog(target_ids, due_on=self.default_due(), parent=self, cards=cards)

    def default_due(self, today: dt.date | None = None) -> dt.date:
        """Two weeks from today, kept within the implementation stage."""
        day = (today or dt.date.today()) + dt.timedelta(days=14)
        start, end = self._stage
        if start and day < start:
            day = start
        if end and day > end:
            day = end
        return day

    @Slot()
    def assign_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.show_error(self.tr("Select one or more cards first (Ctrl+click, Shift+click)."))
            return
        dialog = self.assign_dialog(ids)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.clear_message()
            self._written()

    # --- opening, context menu ------------------------------------------------------

    @Slot(QModelIndex)
    def open_index(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_opened.emit(int(case_id))

    def _context_menu(self, pos: QPoint) -> None:
        view = self.sender()
        if not isinstance(view, ColumnView):
            return
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        menu = self.context_menu(view)
        menu.exec(view.viewport().mapToGlobal(pos))

    def current_view(self) -> ColumnView | None:
        """The column with the keyboard focus, else the first with a current card."""
        for view in self.views.values():
            if view.hasFocus() and view.currentIndex().isValid():
                return view
        for view in self.views.values():
            if view.currentIndex().isValid() and view.selectionModel().hasSelection():
                return view
        return None

    @Slot()
    def fill_in_current(self) -> None:
        view = self.current_view()
        if view is None:
            self.show_error(self.tr("Choose a card first."))
            return
        self.open_form(view, view.currentIndex())

    def open_form(self, view: ColumnView, index: QModelIndex) -> VisitFormDialog | None:
        """The registration form of the card at ``index``; Ctrl+PgDown steps through its column."""
        if not index.isValid():
            return None
        proxy = view.model()
        ids = list(
            dict.fromkeys(
                int(proxy.index(r, 0).data(TARGET_ID_ROLE)) for r in range(proxy.rowCount())
            )
        )
        target_id = int(index.data(TARGET_ID_ROLE))
        self.clear_message()
        return self.form_window.open(ids, ids.index(target_id))

    @property
    def form(self) -> VisitFormDialog | None:
        """The registration form while it is open."""
        return self.form_window.shown

    def context_menu(self, view: ColumnView) -> QMenu:
        menu = QMenu(self)
        has_selection = bool(self.selected_ids())
        assign = menu.addAction(self.tr("Assign…"), self.assign_selected)
        assign.setShortcut(self.assign_action.shortcut())
        unit = menu.addAction(self.tr("Add handling unit"), self.add_handling_unit_to_selected)
        move = menu.addMenu(self.tr("Move to"))
        for status in STATUSES:
            if status == view.status:
                continue
            action = move.addAction(column_title(status))
            action.triggered.connect(
                lambda _=False, s=status: self.move_cards(self.selected_ids(), s)
            )
        menu.addSeparator()
        current = view.currentIndex()
        form = menu.addAction(self.tr("Fill in the form"), lambda: self.open_form(view, current))
        form.setShortcut(self.form_action.shortcut())
        form.setEnabled(current.isValid())
        opened = menu.addAction(self.tr("Open case"), lambda: self.open_index(current))
        for action in (assign, unit, move.menuAction()):
            action.setEnabled(has_selection)
        opened.setEnabled(current.isValid())
        return menu

    # --- export ---------------------------------------------------------------------

    @Slot()
    def choose_export_file(self) -> None:
        name = self.tr("assignment-table") + dt.date.today().strftime("-%Y%m%d") + ".xlsx"
        path = ask_save_path(
            self,
            self.tr("Export the assignment table"),
            name,
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Job:
        """Write the cards shown, in board order, to ``path`` off the GUI thread."""
        cards = self.model.cards()
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Exporting…"))

        def work(job: Job) -> str:
            return str(export_assignment_table(path, cards=cards, progress=job.progress))

        def done(result: str) -> None:
            self.export_button.setEnabled(True)
            self.count_label.setText(self.tr("Saved {path}").format(path=result))
            self.exported.emit(result)

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._failed(error)

        return run_in_background(work, done, failed)

    # --- route sheet ----------------------------------------------------------------

    @Slot()
    def show_route_sheet(self) -> None:
        visitor_id = self.selected_visitor_id()
        if visitor_id is None:
            self.show_error(self.tr("Choose a visitor in the list on the left first."))
            return
        try:
            stops = route_sheet(visitor_id)
        except UserError as error:
            self.show_error(error)
            return
        name = str(self.visitor_view.currentIndex().data(STAFF_NAME_ROLE))
        RouteSheetDialog(visitor_id, name, stops, self).exec()
