"""The Statistics page (step 5, 总结; step 6, 长效机制).

Three tabs over one campaign (the current one unless the clerk picks another):

* **Feedback statistics** (回访情况反馈统计表): rows by the dimension the
  clerk picks, the county's columns under two-row grouped headers, a total
  row, the rates' definition under the table. Every figure is clickable: the
  cases behind it (``drill_down_cases``) are listed below, petitioners masked;
  a double-click opens the case. Buttons export the feedback statistics and the
  summary table (汇总表) to xlsx and PDF through the same services as the
  command line.
* **Charts**: satisfaction, progress against the plan, satisfaction by unit.
* **Over the years**: ``unit_history``, per handling unit and campaign.

Everything is read off the GUI thread (``run_in_background``), and only for
the tab shown: the page reloads when data changes only if it is visible, and
otherwise when it is next shown. It never writes (exports only add their
audit record).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.campaigns import CampaignRow, list_campaigns
from ...domain.statistics import (
    DIMENSIONS,
    drill_down_cases,
    feedback_statistics,
    progress_by_day,
    satisfaction_breakdown,
    satisfaction_by_unit,
    summary_rows,
    unit_history,
)
from ...services.printing import print_statistics, print_summary
from ...services.statistics_export import export_statistics_xlsx, export_summary_xlsx
from .. import county_only, window_state
from ..background import Job, run_in_background
from ..file_dialogs import ask_save_path, safe_file_name
from ..models.statistics_model import (
    CASE_ID_ROLE,
    FIGURE_ROLE,
    VALUE_ROLE,
    StatisticsModel,
)
from ..statistics_labels import dimension_label, figure_title, key_label, rate_text
from ..widgets import splitters
from ..widgets.frozen_column_table import FrozenColumnTableView
from ..widgets.grouped_header import GroupedHeaderView
from ..widgets.statistics_charts import StatisticsCharts
from ..widgets.statistics_views import FigureCasesView, UnitHistoryView
from .page_base import BackgroundPage

#: The tabs, in order.
TABLE_TAB, CHARTS_TAB, HISTORY_TAB = range(3)


@dataclass
class _Loaded:
    """What one background load brings back to the GUI thread."""

    campaigns: list[CampaignRow]
    campaign_id: int | None
    tab: int
    by: str
    payload: Any


class StatisticsPage(BackgroundPage):
    """Feedback statistics, charts and the units over the years, of one campaign."""

    #: A load finished and is shown (the tab's index).
    loaded = Signal(int)
    #: The cases behind a figure are listed (how many).
    cases_listed = Signal(int)
    #: A file was exported (its path).
    exported = Signal(str)
    #: A message for the status bar.
    status_message = Signal(str)
    #: The clerk asked to open a case (its id).
    case_opened = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._stale_tabs = {TABLE_TAB, CHARTS_TAB, HISTORY_TAB}
        self._cases_generation = 0
        self._campaigns: list[CampaignRow] = []
        self._campaign_id: int | None = None
        self._export_jobs: list[Job] = []
        #: the figure whose cases are listed: (key, column), or None
        self.figure: tuple[str | None, str] | None = None
        #: the day "overdue" is counted from; None: the clock's date
        self.today: dt.date | None = None

        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.campaign_combo = QComboBox()
        self.campaign_combo.setMinimumWidth(280)
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign:")))
        top.addWidget(self.campaign_combo)
        top.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("statisticsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_table_tab(), self.tr("Feedback statistics"))
        self.charts = StatisticsCharts()
        charts_area = QScrollArea()  # on a small screen the charts scroll, never squeeze
        charts_area.setWidgetResizable(True)
        charts_area.setFrameShape(QFrame.Shape.NoFrame)
        charts_area.setWidget(self.charts)
        self.tabs.addTab(charts_area, self.tr("Charts"))
        self.history = UnitHistoryView()
        self.history_model, self.history_table = self.history.model, self.history.table
        self.tabs.addTab(self.history, self.tr("Over the years"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._connect()

    # --- building -----------------------------------------------------------------

    def _build_table_tab(self) -> QWidget:
        bar = self._build_export_bar()
        self.model = StatisticsModel(self)
        self.table = FrozenColumnTableView()  # the group column stays while figures scroll
        self.header = GroupedHeaderView(self.table)
        self.table.setHorizontalHeader(self.header)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        self.table.setMouseTracking(True)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setStretchLastSection(False)
        self._size_columns()
        self.note = QLabel()
        self.note.setObjectName("statisticsNote")
        self.note.setWordWrap(True)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.note)
        cases_box = FigureCasesView()
        self.cases_label, self.case_model = cases_box.label, cases_box.model
        self.case_table = cases_box.table
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(cases_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 200])
        splitters.remember(self.splitter, window_state.STATISTICS_SPLITTER)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        return tab

    def _build_export_bar(self) -> QHBoxLayout:
        """Rows by (dimension) and the two export buttons with their format menus."""
        self.dimension_combo = QComboBox()
        for by in DIMENSIONS:
            self.dimension_combo.addItem(dimension_label(by), by)
        self.export_statistics_button = QPushButton(self.tr("Export feedback statistics"))
        self.export_summary_button = QPushButton(self.tr("Export summary table"))
        self.export_actions = {}
        for button, what in (
            (self.export_statistics_button, "statistics"),
            (self.export_summary_button, "summary"),
        ):
            menu = QMenu(button)
            for fmt, text in (
                ("xlsx", self.tr("Excel workbook (.xlsx)…")),
                ("pdf", self.tr("PDF…")),
            ):
                action = menu.addAction(text)
                action.triggered.connect(lambda _c=False, w=what, f=fmt: self.ask_export(w, f))
                self.export_actions[(what, fmt)] = action
            button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Rows by:")))
        bar.addWidget(self.dimension_combo)
        bar.addStretch(1)
        bar.addWidget(self.export_statistics_button)
        bar.addWidget(self.export_summary_button)
        return bar

    def _size_columns(self) -> None:
        """Columns as narrow as their labels allow: a label wraps between words, never
        inside one; a Chinese label of up to four characters stays on one line, a
        longer one wraps in two even halves (原住地 / 走访, not 原住地走 / 访)."""
        metrics = self.header.fontMetrics()
        for column, key in enumerate(StatisticsModel.KEYS):
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            chinese = any(ord(ch) >= 0x2E80 for ch in label)
            if chinese and len(label) > 4:
                needed = metrics.horizontalAdvance(label[: (len(label) + 1) // 2])
            else:
                needed = max(metrics.horizontalAdvance(word) for word in label.split() or [""])
            least = 150 if key == "key" else 72 if key in StatisticsModel.RATES else 52
            self.table.setColumnWidth(column, max(least, needed + 14))

    def _connect(self) -> None:
        self.campaign_combo.activated.connect(self._campaign_chosen)
        self.dimension_combo.currentIndexChanged.connect(self._dimension_chosen)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.table.clicked.connect(self.show_figure_at)
        self.table.activated.connect(self.show_figure_at)
        # activated: a double-click, or Enter (a single click on some desktops' styles)
        self.case_table.activated.connect(self._open_case_at)

    # --- loading ------------------------------------------------------------------

    @property
    def by(self) -> str:
        return self.dimension_combo.currentData()

    @property
    def campaign_id(self) -> int | None:
        return self._campaign_id

    def campaign_name(self) -> str | None:
        row = next((c for c in self._campaigns if c.id == self._campaign_id), None)
        return row.name if row else None

    @Slot()
    def refresh(self) -> None:
        """Reload after a change or a new database; a hidden page only notes that it
        must reload when it is next shown."""
        self._stale_tabs = {TABLE_TAB, CHARTS_TAB, HISTORY_TAB}
        super().refresh()

    def load(self) -> None:
        self._load()

    @Slot(int)
    def _tab_shown(self, tab: int) -> None:
        self.campaign_combo.setEnabled(tab != HISTORY_TAB)  # the history spans them all
        if tab in self._stale_tabs and self.isVisible():
            self._load()

    @Slot(int)
    def _campaign_chosen(self, index: int) -> None:
        self._campaign_id = self.campaign_combo.itemData(index)  # a row of self._campaigns
        self._stale_tabs = {TABLE_TAB, CHARTS_TAB, HISTORY_TAB}
        self._clear_cases()
        self._load()

    @Slot(int)
    def _dimension_chosen(self, _index: int) -> None:
        self._stale_tabs.add(TABLE_TAB)
        self._clear_cases()
        if self.isVisible():
            self._load()

    def _load(self) -> Job:
        """Read the campaigns and the shown tab's figures off the GUI thread."""
        county_only.offer_town_rows(self.dimension_combo, county_only.is_county())
        tab, by, today = self.tabs.currentIndex(), self.by, self.today
        # the campaign shown, by id and name: after File ▸ Open the same id may be
        # another campaign, and then the new file's current one is shown
        wanted = (self._campaign_id, self.campaign_name())
        self._stale_tabs.discard(tab)
        self.status.setText(self.tr("Counting…"))

        def work(_job: Job) -> _Loaded:
            campaigns = list_campaigns()
            ids = [c.id for c in campaigns]
            chosen = next((c.id for c in campaigns if (c.id, c.name) == wanted), None)
            if chosen is None:
                chosen = next((c.id for c in campaigns if c.is_current), ids[0] if ids else None)
            payload: Any = None
            if tab == HISTORY_TAB:
                payload = unit_history(today=today)
            elif chosen is not None and tab == TABLE_TAB:
                payload = feedback_statistics(chosen, by, today)
            elif chosen is not None:
                payload = (
                    satisfaction_breakdown(chosen),
                    progress_by_day(chosen),
                    satisfaction_by_unit(chosen),
                )
            return _Loaded(campaigns, chosen, tab, by, payload)

        def failed(error: BaseException) -> None:
            self._stale_tabs.add(tab)
            self.status.setText(self.error_text(error))

        return self.run_load(work, self._show, failed)

    def _show(self, result: _Loaded) -> None:
        self._campaigns = result.campaigns
        self._campaign_id = result.campaign_id
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        for row in self._campaigns:
            text = row.name + (self.tr(" (current)") if row.is_current else "")
            self.campaign_combo.addItem(text, row.id)
        index = self.campaign_combo.findData(result.campaign_id)
        self.campaign_combo.setCurrentIndex(index)
        self.campaign_combo.blockSignals(False)
        has = result.campaign_id is not None
        for widget in (self.export_statistics_button, self.export_summary_button):
            widget.setEnabled(has)
        self.status.setText(
            ""
            if has
            else self.tr("There is no campaign yet: create it on the Campaign & screening page.")
        )
        if result.tab == TABLE_TAB:
            self.model.set_statistics(result.payload)
            self._size_columns()
            self.note.setText(self.note_text(result.by))
            if self.figure is not None and result.payload is not None:
                self.show_figure(*self.figure)  # the listed cases follow the new figures
        elif result.tab == CHARTS_TAB and result.payload is not None:
            self.charts.show_data(*result.payload)
        elif result.tab == HISTORY_TAB:
            self.history_model.set_rows(result.payload or [])
        self.loaded.emit(result.tab)

    def note_text(self, by: str) -> str:
        text = self.tr(
            "Satisfaction rate = (satisfied + basically satisfied) ÷ rated, where rated = "
            "satisfied + basically satisfied + dissatisfied (proxy ratings included); those "
            "not reached (refused, deceased, in custody, moved) are counted apart, never in "
            "the rate. Reached: the petitioner or a proxy answered. Visit rate = targets "
            "visited as the office's level requires (a town: a home visit, the away path, or "
            "a meeting at the office with its reason; a county may phone; records kept after "
            "review count) ÷ targets; “—” where there is nothing to divide by. Every figure is a "
            "number of targets, each counted by its latest final visit record. Overdue: "
            "still open after its due date."
        )
        if by == "visitor":
            text += self.tr(
                " A target with two visitors counts in both visitors' rows, and once in the total."
            )
        return text

    # --- the cases behind a figure ------------------------------------------------

    @Slot(QModelIndex)
    def show_figure_at(self, index: QModelIndex) -> None:
        figure = index.data(FIGURE_ROLE)
        if figure is not None:
            self.show_figure(*figure)

    def show_figure(self, key: str | None, column: str) -> Job | None:
        """List the cases behind the figure ``column`` of the row ``key`` (None: total)."""
        stats = self.model.statistics
        if stats is None or self._campaign_id is None:
            return None
        self.figure = (key, column)
        self._cases_generation += 1
        generation = self._cases_generation
        campaign_id, by, today = self._campaign_id, stats.by, stats.today
        row = self.model.row_of(key)
        value = self.model.index(row, self.model.column_of(column)).data(VALUE_ROLE)
        title = f"{figure_title(column)} · {key_label(by, key)}"
        self.cases_label.setText(self.tr("{figure}: listing the cases…").format(figure=title))

        def work(_job: Job):
            return drill_down_cases(campaign_id, by, key, column, today)

        def done(rows) -> None:
            if generation != self._cases_generation:
                return
            self.case_model.set_rows(rows)
            if rows:  # the cases behind a figure get room to be read
                splitters.make_room(self.splitter, 1, 0.4 if len(rows) > 3 else 0.25)
            count = self.tr("%n case(s)", "", len(rows))
            if column in StatisticsModel.RATES:  # a rate: the cases in its numerator
                text = self.tr("{figure} {rate}: counts {count}.")
            else:
                text = self.tr("{figure}: {count}.")
            text = text.format(figure=title, rate=rate_text(value), count=count)
            if rows:
                text += self.tr(" Double-click a case to open it.")
            self.cases_label.setText(text)
            self.cases_listed.emit(len(rows))

        def failed(error: BaseException) -> None:
            if generation == self._cases_generation:
                self.cases_label.setText(self.error_text(error))

        return run_in_background(work, done, failed)

    def _clear_cases(self) -> None:
        self.figure = None
        self._cases_generation += 1
        self.case_model.set_rows([])
        self.cases_label.setText(self.tr("Click a figure to list the cases behind it."))

    @Slot(QModelIndex)
    def _open_case_at(self, index: QModelIndex) -> None:
        case_id = index.siblingAtColumn(0).data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_opened.emit(int(case_id))

    # --- exports ------------------------------------------------------------------

    def default_file_name(self, what: str, fmt: str) -> str:
        campaign = self.campaign_name() or ""
        if what == "statistics":
            name = self.tr("{campaign} feedback statistics by {dimension}").format(
                campaign=campaign, dimension=dimension_label(self.by)
            )
        else:
            name = self.tr("{campaign} summary table").format(campaign=campaign)
        return f"{safe_file_name(name, 'statistics')}.{fmt}"

    def ask_export(self, what: str, fmt: str) -> Job | None:
        """Ask where to write, then export (``what``: statistics or summary; ``fmt``:
        xlsx or pdf)."""
        if self._campaign_id is None:
            return None
        caption = (
            self.tr("Export the feedback statistics")
            if what == "statistics"
            else self.tr("Export the summary table")
        )
        pattern = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF (*.pdf)")
        name = self.default_file_name(what, fmt)
        path = ask_save_path(self, caption, name, pattern, suffix=f".{fmt}")
        return None if path is None else self.export(what, fmt, path)

    def export(self, what: str, fmt: str, path: Path) -> Job:
        """Write the feedback statistics (by the dimension shown) or the summary table
        of the shown campaign to ``path``, off the GUI thread."""
        campaign_id, name, by, today = self._campaign_id, self.campaign_name(), self.by, self.today
        button = (
            self.export_statistics_button if what == "statistics" else self.export_summary_button
        )
        button.setEnabled(False)
        self.status.setText(self.tr("Writing {file}…").format(file=path.name))

        def work(_job: Job) -> Path:
            if what == "statistics" and fmt == "xlsx":
                return export_statistics_xlsx(feedback_statistics(campaign_id, by, today), path)
            if what == "statistics":
                return print_statistics(path, name, by=by).path
            if fmt == "xlsx":
                return export_summary_xlsx(summary_rows(campaign_id, today), path, name or "")
            return print_summary(path, name).path

        def finish(job: Job) -> None:
            button.setEnabled(self._campaign_id is not None)
            if job in self._export_jobs:
                self._export_jobs.remove(job)

        def done(result: Path) -> None:
            finish(job)
            text = self.tr("Written: {path}").format(path=result)
            self.status.setText(text)
            self.status_message.emit(text)
            self.exported.emit(str(result))

        def failed(error: BaseException) -> None:
            finish(job)
            text = self.error_text(error)
            self.status.setText(text)
            QMessageBox.warning(self, self.tr("Export"), text)

        job = run_in_background(work, done, failed)
        self._export_jobs.append(job)
        return job
