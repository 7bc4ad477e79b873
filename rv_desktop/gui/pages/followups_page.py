"""The Follow-ups page (跟踪事项): every rework, help and follow-up item of the current
campaign, tracked until closed.

Finalising a visit record raises the items; here the clerk sees them all, the
overdue ones first and in red, filters them by kind and state (open, overdue,
closed), closes one with its result (*Close item…*: the button, Enter, the
context menu; ``CloseFollowUpDialog`` calls ``close_followup``) and exports the
open ones as the xlsx list for the units. Double-click opens the case's
registration form (one form window, as on the board), stepping through the
cases listed. The list (``followup_items`` and ``followup_counts``) is read off
the GUI thread; closing is a single write, done on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from ...domain.campaign_info import current_campaign_info
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.followups import FollowUpCounts, FollowUpItem, followup_counts, followup_items
from ..background import Job, run_in_background
from ..dialogs.close_followup_dialog import CloseFollowUpDialog, close_with_dialog, kind_label
from ..dialogs.visit_form import VisitFormDialog
from ..file_dialogs import ask_save_path
from ..form_window import FormWindow
from ..formatting import number_text
from ..models.followup_model import (
    ITEM_ID_ROLE,
    ROW_ROLE,
    FollowUpFilterProxy,
    FollowUpModel,
)
from ..widgets.column_fit import fit_columns, stretch
from ..widgets.followup_table import FollowUpTable
from ..widgets.row_view import set_up_rows
from .page_layout import ListPage, filter_row, title_row

KINDS = ("rework", "help", "follow_up")
#: The state filter: (code, label); None shows every item.
STATE_FILTERS = (
    ("open", QT_TRANSLATE_NOOP("FollowUpsPage", "Open")),
    ("overdue", QT_TRANSLATE_NOOP("FollowUpsPage", "Overdue")),
    ("closed", QT_TRANSLATE_NOOP("FollowUpsPage", "Closed")),
    (None, QT_TRANSLATE_NOOP("FollowUpsPage", "All items")),
)


class FollowUpsPage(ListPage):
    """The follow-up list with its filters, Close item…, the form and the xlsx list."""

    data_changed = Signal()
    loaded = Signal()
    case_opened = Signal(int)
    exported = Signal(str)  # the path written

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._has_campaign = False
        self.counts = FollowUpCounts()
        self.form_window = FormWindow(self)
        self.form_window.changed.connect(self.data_changed)
        self.form_window.closed.connect(lambda dirty: dirty and self.refresh())
        self.model = FollowUpModel(self)
        self.proxy = FollowUpFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build(title)
        self._connect()

    def _build(self, title: str) -> None:
        super()._build(title)
        self.setFocusProxy(self.table)
        self._update_buttons()

    def _build_top(self, title: str) -> QHBoxLayout:
        """The title row: title, counts and the buttons."""
        self.close_button = QPushButton(self.tr("Close item…"))
        self.close_button.setObjectName("closeItem")
        self.close_button.setToolTip(self.tr("Record the result of the chosen item (Enter)"))
        self.form_button = QPushButton(self.tr("Open the form"))
        self.form_button.setToolTip(
            self.tr("The registration form of the chosen item's case (double-click)")
        )
        self.export_button = QPushButton(self.tr("Export open items…"))
        self.export_button.setToolTip(
            self.tr("The list of open and overdue items as an Excel workbook, ready to print")
        )
        top = title_row(self, title, (self.close_button, self.form_button, self.export_button))
        self.count_label.setObjectName("followupCounts")
        return top

    def _build_filter_bar(self) -> QHBoxLayout:
        """The filter row: kind and state, and the hint."""
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("itemStateFilter")
        for code, text in STATE_FILTERS:
            self.state_combo.addItem(self.tr(text), code)
        bar = filter_row(
            ((self.tr("&Kind"), self.kind_combo), (self.tr("&State"), self.state_combo))
        )
        self.hint_label = QLabel(
            self.tr("Overdue items come first, in red. Double-click opens the case's form.")
        )
        self.hint_label.setStyleSheet("color: #666;")
        bar.addWidget(self.hint_label)
        return bar

    def _build_table(self) -> None:
        """The list of follow-up items."""
        self.table = FollowUpTable()
        self.table.setObjectName("followupTable")
        header = set_up_rows(self.table, self.proxy, alternate=False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in enumerate((76, 120, 60, 76, 100, 100, 118, 96, 220, 200, 118)):
            header.resizeSection(column, width)

    def show_only_state(self, state: str) -> None:
        """The items in ``state`` (open, overdue, closed), of every kind: as the
        overview's tiles count them."""
        self.kind_combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(state), 0))

    def _connect(self) -> None:
        for combo in (self.kind_combo, self.state_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.table.close_requested.connect(self.close_current)
        self.table.doubleClicked.connect(self.open_form)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.close_button.clicked.connect(self.close_current)
        self.form_button.clicked.connect(lambda: self.open_form(self.table.currentIndex()))
        self.export_button.clicked.connect(self.export_open_items)

    # --- loading --------------------------------------------------------------------

    def load(self) -> None:
        """Read the items again off the GUI thread; a hidden page waits until shown."""
        self.count_label.setText(self.tr("Loading…"))

        def work(job: Job):
            import datetime as dt

            campaign = current_campaign_info()
            if campaign is None:
                return None
            today = dt.date.today()
            return (
                followup_items(campaign.id, today=today),
                followup_counts(campaign.id, today),
                today,
            )

        self.run_load(work, self._loaded, self._failed)

    def _loaded(self, result) -> None:
        keep = self.current_item_id()
        self._has_campaign = result is not None
        rows, counts, today = result if result is not None else ([], FollowUpCounts(), None)
        self.counts = counts
        self.model.set_rows(rows, today)
        if result is None:
            self.count_label.setText(
                self.tr("No current campaign: create one on the Campaign page.")
            )
        else:
            self._update_count()
        # short columns as wide as their content, empty ones shrink; the reason and
        # the action take the room that is left
        long_texts = (self.model.REASON, self.model.ACTION)
        fit_columns(self.table, [c for c in range(self.model.columnCount()) if c not in long_texts])
        stretch(self.table, long_texts)
        if not (keep is not None and self.select_item(keep)) and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))  # Enter works at once
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.count_label.setText("")
        self.show_message(error, error=True)

    @Slot()
    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.kind_combo.currentData(), self.state_combo.currentData())
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        if not self._has_campaign:
            return
        c = self.counts
        kinds = self.tr(", ").join(
            f"{kind_label(k)} {number_text(c.by_kind.get(k, {}).get('open', 0))}" for k in KINDS
        )
        self.count_label.setText(
            self.tr(
                "{open} open ({kinds}) · {overdue} overdue · {closed} closed · {shown} shown"
            ).format(
                open=number_text(c.open),
                kinds=kinds,
                overdue=number_text(c.overdue),
                closed=number_text(c.closed),
                shown=number_text(self.proxy.rowCount()),
            )
        )

    # --- the current item -----------------------------------------------------------

    def current_item(self) -> FollowUpItem | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_item_id(self) -> int | None:
        item = self.current_item()
        return item.id if item else None

    def select_item(self, item_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ITEM_ID_ROLE) == item_id:
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                self.table.scrollTo(self.proxy.index(r, 0))
                return True
        return False

    @Slot()
    def _update_buttons(self) -> None:
        item = self.current_item()
        self.close_button.setEnabled(item is not None and item.state == "open")
        self.form_button.setEnabled(item is not None)
        self.export_button.setEnabled(self._has_campaign)

    def _context_menu(self, pos) -> None:
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        item = self.current_item()
        index = self.table.currentIndex()
        menu = QMenu(self)
        close = menu.addAction(self.tr("Close item…"), self.close_current)
        close.setShortcut(QKeySequence(Qt.Key.Key_Return))
        close.setEnabled(item is not None and item.state == "open")
        form = menu.addAction(self.tr("Open the form"), lambda: self.open_form(index))
        case = menu.addAction(self.tr("Open case"), self.open_case)
        for action in (form, case):
            action.setEnabled(item is not None)
        return menu

    # --- actions --------------------------------------------------------------------

    def close_dialog(self) -> CloseFollowUpDialog | None:
        """The dialog for the current item (None when it is closed or nothing is chosen)."""
        item = self.current_item()
        if item is None:
            return None
        if item.state != "open":
            self.show_message(self.tr("This item is closed already; its result stays as it is."))
            return None
        self.clear_message()
        return CloseFollowUpDialog(item, self, today=self.model.today)

    @Slot()
    def close_current(self) -> bool:
        return close_with_dialog(self.close_dialog(), self.item_closed)

    def item_closed(self, dialog: CloseFollowUpDialog) -> None:
        """After a dialog closed an item: say what happened, reload, tell the others."""
        item = dialog.item
        if dialog.board_status == "done":
            text = self.tr("Item closed. It was the last one of case {case_no}: the task is done.")
        else:
            text = self.tr("Item closed.")
        self.show_message(text.format(case_no=item.case_no))
        self.refresh()
        self.data_changed.emit()

    def visible_target_ids(self) -> list[int]:
        proxy = self.proxy
        return list(
            dict.fromkeys(
                proxy.index(r, 0).data(ROW_ROLE).target_id for r in range(proxy.rowCount())
            )
        )

    @Slot(QModelIndex)
    def open_form(self, index: QModelIndex) -> VisitFormDialog | None:
        """The registration form of the item's case; Ctrl+PgDown steps through the cases listed."""
        if not index.isValid():
            return None
        target_id = index.data(ROW_ROLE).target_id
        ids = self.visible_target_ids()
        self.clear_message()
        return self.form_window.open(ids, ids.index(target_id))

    @property
    def form(self) -> VisitFormDialog | None:
        """The registration form while it is open."""
        return self.form_window.shown

    @Slot()
    def open_case(self) -> None:
        item = self.current_item()
        if item is not None:
            self.case_opened.emit(item.case_id)

    @Slot()
    def export_open_items(self) -> None:
        kind = self.kind_combo.currentData()
        path = ask_save_path(
            self,
            self.tr("Export open items"),
            self.tr("Follow-up items") + ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            self.export_to(path, kind)

    def export_to(self, path: Path, kind: str | None = None) -> None:
        """Write the open items (of ``kind``, or all) off the GUI thread."""
        from ...services.followup_export import export_followups_xlsx

        self.export_button.setEnabled(False)
        today = self.model.today

        def work(job: Job):
            return export_followups_xlsx(path, kind=kind, today=today)

        def done(written) -> None:
            self.export_button.setEnabled(True)
            self.show_message(self.tr("Written: {path}").format(path=written))
            self.exported.emit(str(written))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.show_message(error, error=True)

        run_in_background(work, done, failed)

    # --- messages -------------------------------------------------------------------

    def show_message(self, message: BaseException | str, error: bool = False) -> None:
        error = error or isinstance(message, BaseException)
        self.message_label.say(self.error_text(message), error)

    def clear_message(self) -> None:
        self.message_label.dismiss()
