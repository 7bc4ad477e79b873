"""The Visit records page (step 4, 一案一表): every target of the current campaign with
the state of its registration form.

The list (``visit_targets``, read off the GUI thread) goes through two proxies:
``VisitFilterProxy`` keeps the chosen visitor, village and state and sorts;
``TextProxy`` narrows it to what is typed in the search box. Typing a case
number and Enter (which is what a USB barcode scanner does with the QR code
on a printed form) opens that case's form at once. The rows shown are the
"current list" the form steps through with Ctrl+PgDown / Ctrl+PgUp.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QWidget,
)

from ...domain.campaign_info import current_campaign_info
from ...domain.visits import VisitTargetRow, visit_targets
from ...services.form_payload import parse_scan
from .. import window_state
from ..background import Job
from ..dialogs.visit_form import VisitFormDialog
from ..dialogs.visit_form import labels as form_labels
from ..form_window import FormWindow
from ..formatting import number_text
from ..models.visit_target_model import (
    STATE_CODES,
    TARGET_ID_ROLE,
    TextProxy,
    VisitFilterProxy,
    VisitTargetModel,
)
from ..widgets.column_fit import MiddleElideDelegate, widen_to_content
from ..widgets.row_view import set_up_rows
from ..widgets.visit_table import SearchBox, VisitTable
from .page_layout import ListPage, filter_row, title_row


class VisitsPage(ListPage):
    """The visit-record list with its filters and the search box that opens forms."""

    data_changed = Signal()
    loaded = Signal()
    form_opened = Signal(object)  # the VisitFormDialog

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._pending_search: str | None = None
        self.form_window = FormWindow(self)
        self.form_window.changed.connect(self.data_changed)
        self.form_window.moved.connect(self._form_moved)
        self.form_window.closed.connect(self._form_closed)
        self.model = VisitTargetModel(self)
        self.filter_proxy = VisitFilterProxy(self)
        self.filter_proxy.setSourceModel(self.model)
        self.text_proxy = TextProxy(self)
        self.text_proxy.setSourceModel(self.filter_proxy)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(150)
        self._build(title)
        self._connect()

    def _build(self, title: str) -> None:
        super()._build(title)
        self.setFocusProxy(self.search)

    def _build_top(self, title: str) -> QHBoxLayout:
        """The title row: title, count, the form button."""
        self.open_button = QPushButton(self.tr("Fill in the form"))
        self.open_button.setToolTip(self.tr("Open the form of the chosen case (Enter)"))
        return title_row(self, title, (self.open_button,))

    def _build_filter_bar(self) -> QHBoxLayout:
        """The filter row: visitor, village, form state and the search box."""
        self.visitor_combo = QComboBox()
        self.visitor_combo.setObjectName("visitorFilter")
        self.visitor_combo.setToolTip(self.tr("Only the tasks of one visitor (a visitor's stack)"))
        self.village_combo = QComboBox()
        self.village_combo.setObjectName("villageFilter")
        self.village_combo.setToolTip(self.tr("Only the targets of one village or community"))
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateFilter")
        self.state_combo.setToolTip(self.tr("Only the forms in one state"))
        self.state_combo.addItem(self.tr("All forms"), None)
        for code in STATE_CODES:
            self.state_combo.addItem(
                form_labels.state_label(None if code == "none" else code), code
            )
        for combo in (self.visitor_combo, self.village_combo):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = SearchBox()
        self.search.setObjectName("visitSearch")
        self.search.setPlaceholderText(self.tr("Case number or name; scan the form's QR code"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setToolTip(
            self.tr(
                "Type or scan a case number and press Enter to open its form. "
                "Typing narrows the list."
            )
        )
        bar = filter_row(
            (
                (self.tr("Visitor"), self.visitor_combo),
                (self.tr("Village"), self.village_combo),
                (self.tr("Form"), self.state_combo),
            )
        )
        bar.addWidget(self.search)
        return bar

    def _build_table(self) -> None:
        """The list of visit targets, its columns at least as wide as their titles."""
        self.table = VisitTable()
        self.table.setObjectName("visitTable")
        header = set_up_rows(self.table, self.text_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VisitTargetModel.CASE_NO, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(VisitTargetModel.CASE_NO, MiddleElideDelegate(self))
        self.table.verticalHeader().setDefaultSectionSize(26)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # at least as wide as the column's title and, for the columns of
        # choices, its longest choice, in either language
        metrics = self.table.fontMetrics()
        choices = {
            VisitTargetModel.METHOD: "method",
            VisitTargetModel.SATISFACTION: "satisfaction",
            VisitTargetModel.SETTLED: "settled",
        }
        for column, width in enumerate((130, 80, 100, 140, 110, 50, 70, 110, 60, 120)):
            if column in choices:
                texts = [
                    form_labels.choice_label(choices[column], code)
                    for code, _ in form_labels.choices(choices[column])
                ]
                width = max(width, *(metrics.horizontalAdvance(t) + 16 for t in texts))
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def _connect(self) -> None:
        for combo in (self.visitor_combo, self.village_combo, self.state_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._text_timer.start)
        self._text_timer.timeout.connect(self._apply_text)
        self.search.returnPressed.connect(self.open_search)
        self.search.down_pressed.connect(self._into_table)
        self.table.open_requested.connect(self.open_index)
        self.table.doubleClicked.connect(self.open_index)
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))

    # --- loading --------------------------------------------------------------------

    def load(self) -> None:
        """Read the list again off the GUI thread; a hidden page waits until shown."""
        self.count_label.setText(self.tr("Loading…"))

        def work(job: Job):
            campaign = current_campaign_info()
            return None if campaign is None else visit_targets(campaign.id)

        self.run_load(work, self._loaded, self._failed)

    def _loaded(self, rows: list[VisitTargetRow] | None) -> None:
        keep = self.current_target_id()
        self._has_campaign = rows is not None
        self.model.set_rows(rows or [])
        widen_to_content(self.table, VisitTargetModel.CASE_NO, rows=len(rows or []))
        self._offer_choices(rows or [])
        if rows is None:
            self.count_label.setText(
                self.tr("No current campaign: create one on the Campaign page.")
            )
        self._update_count()
        if keep is not None:
            self.select_target(keep)
        self.loaded.emit()
        if self._pending_search is not None:
            text, self._pending_search = self._pending_search, None
            self.open_case_no(text)

    def _failed(self, error: BaseException) -> None:
        self.count_label.setText("")
        self.show_error(error)

    def _offer_choices(self, rows: list[VisitTargetRow]) -> None:
        saved = self._saved_filters()
        visitors: dict[int, str] = {}
        villages: set[str] = set()
        for row in rows:
            for vid, name in zip(row.visitor_ids, row.visitors.split("、"), strict=False):
                visitors[vid] = name
            if row.village:
                villages.add(row.village)
        for combo, items, key in (
            (
                self.visitor_combo,
                sorted(visitors.items(), key=lambda kv: kv[1]),
                "visitor",
            ),
            (self.village_combo, [(v, v) for v in sorted(villages)], "village"),
        ):
            if combo.count() or self._all_choices:
                current = combo.currentData()
            else:
                current = saved.get(key)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        if saved.get("state") and self.state_combo.currentData() is None and not self._restored:
            self.state_combo.blockSignals(True)
            self.state_combo.setCurrentIndex(max(self.state_combo.findData(saved["state"]), 0))
            self.state_combo.blockSignals(False)
        self._restored = True
        self._apply_filters()

    _restored = False
    _has_campaign = False

    def show_only_state(self, state: str) -> None:
        """Every target whose form is in ``state`` (the overview's tiles): the
        other filters and the search are cleared, so the list matches the figure."""
        self._restored = True  # not the filters saved last time
        self._all_choices = True
        for combo in (self.visitor_combo, self.village_combo, self.state_combo):
            combo.blockSignals(True)  # one refilter below, not one per combo
        self.visitor_combo.setCurrentIndex(0)
        self.village_combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(state), 0))
        for combo in (self.visitor_combo, self.village_combo, self.state_combo):
            combo.blockSignals(False)
        self.search.clear()
        self._filters_changed()

    _all_choices = False

    def _saved_filters(self) -> dict:
        try:
            return json.loads(str(window_state.value(window_state.VISITS_FILTERS, "{}") or "{}"))
        except ValueError:
            return {}

    @Slot()
    def _filters_changed(self) -> None:
        self._apply_filters()
        window_state.set_value(
            window_state.VISITS_FILTERS,
            json.dumps(
                {
                    "visitor": self.visitor_combo.currentData(),
                    "village": self.village_combo.currentData(),
                    "state": self.state_combo.currentData(),
                }
            ),
        )

    def _apply_filters(self) -> None:
        self.filter_proxy.set_filters(
            self.visitor_combo.currentData(),
            self.village_combo.currentData(),
            self.state_combo.currentData(),
        )
        self._update_count()

    @Slot()
    def _apply_text(self) -> None:
        self.text_proxy.set_text(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        if not self._has_campaign:
            return
        shown, total = self.text_proxy.rowCount(), self.model.rowCount()
        drafts = sum(1 for r in self.model.rows if r.state == "draft")
        none = sum(1 for r in self.model.rows if r.state is None)
        self.count_label.setText(
            self.tr(
                "{shown} of {total} targets shown · {none} without a form · {drafts} drafts"
            ).format(
                shown=number_text(shown),
                total=number_text(total),
                none=number_text(none),
                drafts=number_text(drafts),
            )
        )

    # --- lists ----------------------------------------------------------------------

    def visible_ids(self) -> list[int]:
        """The target ids of the rows shown, top to bottom: the form's current list."""
        proxy = self.text_proxy
        return [int(proxy.index(r, 0).data(TARGET_ID_ROLE)) for r in range(proxy.rowCount())]

    def filtered_ids(self) -> list[int]:
        """The rows the filters keep, whatever the search box says."""
        proxy = self.filter_proxy
        return [int(proxy.index(r, 0).data(TARGET_ID_ROLE)) for r in range(proxy.rowCount())]

    def current_target_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(TARGET_ID_ROLE)) if index.isValid() else None

    def select_target(self, target_id: int) -> bool:
        proxy = self.text_proxy
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(TARGET_ID_ROLE) == target_id:
                self.table.setCurrentIndex(proxy.index(r, 0))
                self.table.scrollTo(proxy.index(r, 0))
                return True
        return False

    @Slot()
    def _into_table(self) -> None:
        if self.text_proxy.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.text_proxy.index(0, 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- opening forms --------------------------------------------------------------

    @Slot()
    def open_search(self) -> None:
        """Enter in the search box: the case typed (or scanned) opens at once."""
        text = parse_scan(self.search.text())  # a form's QR payload, or a case number
        if not text:
            self.open_index(self.table.currentIndex())
            return
        if self._generation == 0 or self.count_label.text() == self.tr("Loading…"):
            self._pending_search = text  # scanned while the list is loading
            return
        self.open_case_no(text)

    def open_case_no(self, text: str) -> bool:
        self.clear_message()
        row = self.model.row_of_case(text)
        if row is None:
            self._apply_text()
            if self.text_proxy.rowCount() == 1:  # a fragment that leaves one case
                return self.open_index(self.text_proxy.index(0, 0))
            self.show_error(
                self.tr("No target of the current campaign has the case number {case_no}.").format(
                    case_no=text
                )
            )
            self.search.selectAll()
            return False
        target_id = self.model.rows[row].target_id
        ids = self.filtered_ids()
        if target_id not in ids:
            ids = [r.target_id for r in self.model.rows]  # the filters hide it: the whole list
        self.search.clear()
        self._apply_text()
        self.select_target(target_id)
        return self.open_form(ids, ids.index(target_id))

    @Slot(QModelIndex)
    def open_index(self, index: QModelIndex) -> bool:
        if not index.isValid():
            return False
        ids = self.visible_ids()
        return self.open_form(ids, index.row())

    def open_form(self, target_ids: list[int], index: int) -> bool:
        """Open the form of ``target_ids[index]``, stepping through ``target_ids``.

        The page keeps one form window and shows it again for the next case:
        building it is most of the cost of opening a form.
        """
        self.form_opened.emit(self.form_window.open(target_ids, index))
        return True

    @property
    def form(self) -> VisitFormDialog | None:
        """The registration form while it is open."""
        return self.form_window.shown

    @Slot(int)
    def _form_moved(self, index: int) -> None:
        if self.form_window.dialog is not None:
            self.select_target(self.form_window.dialog.target_ids[index])

    @Slot()
    def _form_closed(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()

    # --- messages -------------------------------------------------------------------

    def show_error(self, error: BaseException | str) -> None:
        self.message_label.say(self.error_text(error))

    def clear_message(self) -> None:
        self.message_label.dismiss()
