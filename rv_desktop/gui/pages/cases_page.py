"""The Cases page: the register, found as you type, filtered, opened, exported.

The page owns no data: the ``CaseTableModel`` reads rows on demand, the ids
of a filter or a sort are read off the GUI thread (``run_in_background``),
and so is the ``SearchIndex`` the search box filters with (the box waits,
disabled, until it is built). Structured filters, visible columns and their
widths are remembered in QSettings. Revealing personal data and exporting
go through domain and service functions that leave audit records.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.campaign_info import current_campaign_info
from ...domain.cases import (
    CaseFilter,
    SearchIndex,
    case_count,
    distinct_values,
    ordered_ids,
    widest_case_numbers,
)
from ...domain.errors import UserError
from ...domain.register import reveal_personal_data
from ...i18n import tr_error
from .. import window_state
from ..background import Job, run_in_background
from ..case_export_job import export_shown_cases
from ..file_dialogs import ask_save_path
from ..formatting import number_text
from ..models.case_table_model import CASE_ID_ROLE, CaseTableModel
from ..widgets.case_columns import CaseColumns, case_table
from ..widgets.case_filter_bar import CaseFilterBar, with_campaign
from ..widgets.column_fit import fit_loaded
from .page_base import BackgroundPage


@dataclass(frozen=True)
class _Loaded:
    """What the page reads off the GUI thread when it (re)loads."""

    choices: dict[str, list[str]]
    campaign: tuple[int, str] | None
    total: int
    flt: CaseFilter
    sort: str
    descending: bool
    base: list[int]
    widest: list[str] = field(default_factory=list)  # case numbers, to size their column


class CasesPage(BackgroundPage):
    """The case list with search, filters, reveal, export; opens the case dialog."""

    case_saved = Signal(int)
    exported = Signal(str)  # the path written

    def __init__(self, title: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self.case_dialog = None
        self._loading = False  # ids of an older query arriving late are dropped (run_load)
        self._campaign: tuple[int, str] | None = None
        self._choices: dict[str, list[str]] = {}
        self._pending_choices: dict[str, list[str]] = {}  # remembered, until offered
        self._total = 0
        self._widest: list[str] = []
        self._export_job: Job | None = None
        self._index_job: Job | None = None
        self._sort = "case_no"
        self._descending = False
        self.model = CaseTableModel(self)
        self._build()
        self._restore_state()
        self._connect()

    # --- assembly ---------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 16, 12)
        layout.setSpacing(8)

        top = self._build_top()
        layout.addLayout(top)

        self.filter_bar = CaseFilterBar()
        bar = self.filter_bar
        self.search, self.settled_combo, self.campaign_combo = (
            bar.search,
            bar.settled_combo,
            bar.campaign_combo,
        )
        self.source_button, self.channel_button = bar.source_button, bar.channel_button
        self.category_button, self.unit_button = bar.category_button, bar.unit_button
        self.village_button, self.date_from, self.date_to = (
            bar.village_button,
            bar.date_from,
            bar.date_to,
        )
        self.clear_button, self.columns_button = bar.clear_button, bar.columns_button
        layout.addWidget(bar)

        self.table = case_table(self.model, self.fontMetrics().height() + 10)
        self.columns = CaseColumns(self.table, self.model, self.columns_button, self)
        self.columns_menu = self.columns.menu

        self.empty_label = QLabel(
            self.tr(
                "The register is empty. Import the county's ledger of concluded cases "
                "first (File ▸ Import ledger)."
            )
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)

    def _build_top(self) -> QHBoxLayout:
        """The title row: title, count, notice, reveal and export."""
        top = QHBoxLayout()
        self.title = QLabel(self._title or self.tr("Cases"))
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        self.notice = QLabel()
        self.notice.setObjectName("caseNotice")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addSpacing(16)
        top.addWidget(self.notice, 1, Qt.AlignmentFlag.AlignBottom)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(20_000)
        self.notice_timer.timeout.connect(self.notice.clear)
        self.reveal_box = QCheckBox(self.tr("Reveal personal data"))
        self.reveal_box.setToolTip(
            self.tr("Show ID numbers, phones and addresses in full. This is recorded.")
        )
        self.export_button = QPushButton(self.tr("Export to xlsx…"))
        top.addWidget(self.reveal_box)
        top.addWidget(self.export_button)
        return top

    def _connect(self) -> None:
        self.search.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.returnPressed.connect(self.apply_search)
        self.filter_bar.changed.connect(self.filters_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.reveal_box.toggled.connect(self.set_revealed)
        self.export_button.clicked.connect(self.choose_export_file)
        self.table.activated.connect(self.open_index)
        self.model.modelReset.connect(self._fit_columns)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.columns.changed.connect(self.save_state)

    @Slot()
    def _fit_columns(self) -> None:
        """Case numbers never cut; empty columns shrink to their title."""
        fit_loaded(self.table, widen={CaseTableModel.CASE_NO: self._widest})

    # --- state kept between sessions ------------------------------------------------

    def _restore_state(self) -> None:
        self.columns.restore()
        sort = str(window_state.value(window_state.CASES_SORT, "case_no") or "case_no").split()
        if (
            sort
            and sort[0] in CaseTableModel.KEYS
            and self.model.is_sortable(CaseTableModel.KEYS.index(sort[0]))
        ):
            self._sort, self._descending = sort[0], len(sort) > 1 and sort[1] == "desc"
        self.columns.show_sort(self._sort, self._descending)
        try:
            saved = json.loads(str(window_state.value(window_state.CASES_FILTERS, "") or "{}"))
        except ValueError:
            saved = {}
        self._saved_filters = saved if isinstance(saved, dict) else {}
        self._pending_choices = self.filter_bar.restore(self._saved_filters)

    def _save_filters(self) -> None:
        data = self.filter_bar.state()
        window_state.set_value(window_state.CASES_FILTERS, json.dumps(data, ensure_ascii=False))

    def save_state(self) -> None:
        self.columns.save()
        window_state.set_value(
            window_state.CASES_SORT, self._sort + (" desc" if self._descending else "")
        )

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().hideEvent(event)

    # --- loading --------------------------------------------------------------------

    def rows_shown(self) -> bool:
        """The rows are read and on screen (the search index may still be building)."""
        return not self._stale and not self._loading

    def load(self) -> None:
        """The register changed (import, edit, another database): read the filter lists,
        the count and the ids off the GUI thread, then the index."""
        self._stale = False
        self._loading = True
        sort, descending = self._sort, self._descending
        widgets = self.filter_bar.widget_filter()
        mode = self.campaign_combo.currentData()
        self.count_label.setText(self.tr("Loading…"))

        def work(job: Job) -> _Loaded:  # no widget is touched here
            campaign = current_campaign_info()
            ref = (campaign.id, campaign.name) if campaign is not None else None
            flt = with_campaign(widgets, ref[0] if ref else None, mode)
            return _Loaded(
                choices=distinct_values(),
                campaign=ref,
                total=case_count(),
                flt=flt,
                sort=sort,
                descending=descending,
                base=ordered_ids(flt.without_text(), sort, descending),
                widest=widest_case_numbers(),
            )

        self.run_load(work, self._loaded, self._background_failed)
        self._build_index()

    def _build_index(self) -> None:
        def work(job: Job) -> SearchIndex:
            return SearchIndex.build()

        self._index_job = run_in_background(work, self._index_ready, self._index_failed)

    def _loaded(self, loaded: _Loaded) -> None:
        self._loading = False
        self.model.forget_rows()  # the register changed: read shown rows again
        self._campaign = loaded.campaign
        self._choices = loaded.choices
        self._total = loaded.total
        self._widest = loaded.widest
        self._offer_choices(loaded.choices)
        has_campaign = loaded.campaign is not None
        self.campaign_combo.setEnabled(has_campaign)
        self.campaign_combo.setToolTip(
            self.tr("Current campaign: {name}").format(name=loaded.campaign[1])
            if has_campaign
            else self.tr("There is no current campaign.")
        )
        flt = self.current_filter()
        if flt.without_text() != loaded.flt.without_text() or (
            self._sort,
            self._descending,
        ) != (loaded.sort, loaded.descending):
            # the filters or the order changed while the register was read: ask again
            self._query()
        else:
            self._show(flt, loaded.sort, loaded.descending, loaded.base)
        self.stack.setCurrentWidget(self.table if loaded.total else self.empty_label)
        self.export_button.setEnabled(loaded.total > 0)

    def _offer_choices(self, choices: dict[str, list[str]]) -> None:
        self.filter_bar.offer_choices(choices, self._pending_choices)
        self._pending_choices = {}

    def _index_ready(self, index: SearchIndex) -> None:
        self._index_job = None
        self.search.setEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Find a case: name, ID number, phone, case number, address or demand")
        )
        current = self.current_case_id()
        self.model.set_index(index)
        if self.model.has_base:
            self._reselect(current)
            self._update_count()
        if self.search.text() != self.model.case_filter.text:
            self.apply_search()  # typed while the index was built

    def _index_failed(self, error: BaseException) -> None:
        self._index_job = None
        self._report(error)

    def _background_failed(self, error: BaseException) -> None:
        self._loading = False
        self.count_label.setText("")
        self._report(error)

    def _report(self, error: BaseException) -> None:
        self.show_error(self.error_text(error))

    # --- filters --------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        """The filter the widgets show."""
        return with_campaign(
            self.filter_bar.widget_filter(),
            self._campaign[0] if self._campaign else None,
            self.campaign_combo.currentData(),
        )

    @Slot()
    def filters_changed(self) -> None:
        self._save_filters()
        self._query()

    @Slot()
    def clear_filters(self) -> None:
        self.filter_bar.clear()
        self.filters_changed()

    def _query(self) -> None:
        """Read the ids of the structured filters in the current order, off the GUI thread."""
        if self._loading:
            return  # _loaded asks again with the filters of that moment
        flt, sort, descending = self.current_filter(), self._sort, self._descending
        self.count_label.setText(self.tr("Searching…"))

        def work(job: Job) -> list[int]:
            return ordered_ids(flt.without_text(), sort, descending)

        self.run_load(
            work,
            lambda base: self._show(replace(flt, text=self.search.text()), sort, descending, base),
            self._background_failed,
        )

    def _show(self, flt: CaseFilter, sort: str, descending: bool, base: list[int]) -> None:
        current = self.current_case_id()
        self.model.apply_base(flt, sort, descending, base)
        self._reselect(current)
        self._update_count()

    @Slot()
    def apply_search(self) -> None:
        """Filter by the search text now (typing waits 150 ms for the next key)."""
        self.search_timer.stop()
        if not self.model.has_base or not self.model.has_index:
            return  # applied when the ids or the index arrive
        if self.model.case_filter.text == self.search.text():
            return
        current = self.current_case_id()
        self.model.set_text(self.search.text())
        self._reselect(current)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        flt = self.model.case_filter
        if flt.without_text() == CaseFilter() and not flt.text.strip():
            text = (
                self.tr("1 case")
                if shown == 1
                else self.tr("{count} cases").format(count=number_text(shown))
            )
        else:
            text = self.tr("{shown} of {total} cases").format(
                shown=number_text(shown), total=number_text(self._total)
            )
        self.count_label.setText(text)

    # --- sorting and columns ---------------------------------------------------------

    @Slot(int, Qt.SortOrder)
    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            self.columns.show_sort(self._sort, self._descending)
            return
        self._sort = CaseTableModel.KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._query()

    # --- selection and opening ------------------------------------------------------

    def set_column_visible(self, key: str, visible: bool) -> None:
        self.columns.set_visible(key, visible)

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    def _reselect(self, case_id: int | None) -> None:
        if case_id is None:
            return
        row = self.model.row_of(case_id)
        if row >= 0:
            index = self.model.index(row, max(self.table.currentIndex().column(), 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    @Slot(QModelIndex)
    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case(index.data(CASE_ID_ROLE))

    def open_case(self, case_id: int) -> None:
        from ..dialogs.case_dialog import CaseDialog

        try:
            dialog = CaseDialog(
                case_id, choices=self._choices, revealed=self.model.revealed, parent=self
            )
        except UserError as exc:
            self.show_error(tr_error(exc))
            return
        dialog.case_saved.connect(self._case_saved)
        dialog.finished.connect(lambda _result: setattr(self, "case_dialog", None))
        self.case_dialog = dialog
        dialog.open()

    @Slot(int)
    def _case_saved(self, case_id: int) -> None:
        self.case_saved.emit(case_id)
        self.refresh()

    # --- reveal and export ---------------------------------------------------------------

    @Slot(bool)
    def set_revealed(self, revealed: bool) -> None:
        if revealed and not self.model.revealed:
            try:
                reveal_personal_data(
                    "case_list", None, {"count": self.model.rowCount(), **self._filter_note()}
                )
            except UserError as exc:
                self.reveal_box.blockSignals(True)
                self.reveal_box.setChecked(False)
                self.reveal_box.blockSignals(False)
                self.show_error(tr_error(exc))
                return
        self.model.set_revealed(revealed)

    def _filter_note(self) -> dict:
        flt = self.model.case_filter
        note = {
            k: list(v) if isinstance(v, tuple) else v
            for k, v in flt.__dict__.items()
            if v not in ((), None, "")
        }
        for key in ("concluded_from", "concluded_to"):
            if key in note:
                note[key] = note[key].isoformat()
        return {"filter": note} if note else {}

    @Slot()
    def choose_export_file(self) -> None:
        name = self.tr("case-register") + dt.date.today().strftime("-%Y%m%d") + ".xlsx"
        path = ask_save_path(
            self, self.tr("Export the case list"), name, self.tr("Excel workbook (*.xlsx)")
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Job:
        """Write the cases shown, in their order, to ``path`` off the GUI thread."""
        self._export_job = export_shown_cases(self, path)
        return self._export_job

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice_timer.start()

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Cases"), text)
