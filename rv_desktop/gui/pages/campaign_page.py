"""The Campaign page: the plan (制定方案), the screening (筛选案源) and the target list.

At the top the clerk chooses a campaign (the current one is marked), creates
or edits one (``CampaignDialog``) and makes one current; a line sums up its
stages, report deadline and leading group. The screening panel edits the
campaign's ``Criteria``; every change recomputes ``preview_screening`` off
the GUI thread after a short pause, and each exclusion box shows how many
cases it removes. "Screen" runs ``run_screening`` off the GUI thread. The
target list shows the targets, the excluded cases or both, and lets the
clerk exclude, add by case number and mark key cases by hand.

The page writes only through domain functions and emits ``data_changed``
after every write; the main window calls ``refresh()`` when data changes.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.campaign_info import CampaignInfo, campaign_info
from ...domain.campaigns import CampaignRow, list_campaigns, set_current
from ...domain.cases import case_count, distinct_values
from ...domain.errors import UserError
from ...domain.screening import (
    Criteria,
    ScreeningCounts,
    criteria_of,
    preview_screening,
    run_screening,
)
from ...i18n import tr_error
from ..background import Job, run_in_background
from ..campaign_summary import summary_text
from ..dialogs.campaign_dialog import (
    AddTargetDialog,
    CampaignDialog,
    ExcludeDialog,
)
from ..formatting import number_text
from ..labels import exclusion_label
from ..widgets.screening_form import ScreeningForm
from ..widgets.target_list_panel import TargetListPanel
from .page_base import BackgroundPage

#: Pause after the last criteria change before the preview is recomputed (ms).
PREVIEW_DELAY_MS = 250


class CampaignPage(BackgroundPage):
    """Plan, screening and target list of one campaign."""

    data_changed = Signal()
    #: The preview counts shown (for tests and for anyone watching).
    preview_updated = Signal(object)
    #: A screening run finished, with its counts.
    screening_done = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._campaigns: list[CampaignRow] = []
        self._campaign: CampaignInfo | None = None  # the shown campaign
        self._loading = False
        self._criteria_dirty = False
        self._preview_generation = 0
        self._preview_job: Job | None = None
        self._screen_job: Job | None = None
        self.counts: ScreeningCounts | None = None
        self.campaign_dialog: CampaignDialog | None = None

        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)

        self._build_top()
        self._build_panels()
        self._build_empty_state()
        content = self._build_content()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.top_row)
        layout.addWidget(self.stack, 1)

        self._connect()
        self.refresh()

    def _build_panels(self) -> None:
        """The screening form and the target list; their widgets as attributes of the page."""
        self.screening_box = ScreeningForm()
        form = self.screening_box
        self.concluded_from, self.concluded_to = form.concluded_from, form.concluded_to
        self.sources, self.channels = form.sources, form.channels
        self.categories, self.units = form.categories, form.units
        self.exclusion_boxes, self.key_unsettled = form.exclusion_boxes, form.key_unsettled
        self.totals, self.register_notice = form.totals, form.register_notice
        self.screen_button, self.result_label = form.screen_button, form.result_label
        self.targets_box = TargetListPanel(self)
        box = self.targets_box
        self.show_combo, self.target_count, self.table_notice = (
            box.show_combo,
            box.target_count,
            box.table_notice,
        )
        self.exclude_button, self.add_button = box.exclude_button, box.add_button
        self.key_button, self.unkey_button = box.key_button, box.unkey_button
        self.model, self.proxy, self.table = box.model, box.proxy, box.table

    def _build_empty_state(self) -> None:
        """The empty state when there is no campaign."""
        # the empty state when there is no campaign
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel(
            self.tr(
                "There is no campaign yet. Create the campaign first: its name, "
                "stages, report deadline and leading group."
            )
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new_button = QPushButton(self.tr("Create the campaign…"))
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

    def _build_content(self) -> QWidget:
        """The summary over the splitter of screening form and target list."""
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.screening_box)
        self.splitter.addWidget(self.targets_box)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 900])
        content_layout.addWidget(self.splitter, 1)
        return content

    # --- building -----------------------------------------------------------

    def _build_top(self) -> None:
        self.campaign_combo = QComboBox()
        self.campaign_combo.setMinimumWidth(280)
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.current_button = QPushButton(self.tr("Make current"))
        self.top_row = QHBoxLayout()
        self.top_row.addWidget(QLabel(self.tr("Campaign:")))
        self.top_row.addWidget(self.campaign_combo)
        self.top_row.addWidget(self.new_button)
        self.top_row.addWidget(self.edit_button)
        self.top_row.addWidget(self.current_button)
        self.top_row.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("campaignSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _connect(self) -> None:
        self.campaign_combo.activated.connect(self._campaign_chosen)
        self.new_button.clicked.connect(self.new_campaign)
        self.empty_new_button.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_campaign)
        self.current_button.clicked.connect(self.make_current)
        self.concluded_from.dateChanged.connect(self._criteria_edited)
        self.concluded_to.dateChanged.connect(self._criteria_edited)
        for button in (self.sources, self.channels, self.categories, self.units):
            button.selection_changed.connect(self._criteria_edited)
        for box in self.exclusion_boxes.values():
            box.toggled.connect(self._criteria_edited)
        self.key_unsettled.toggled.connect(self._criteria_edited)
        self.preview_timer.timeout.connect(self.update_preview)
        self.screen_button.clicked.connect(self.screen)
        self.targets_box.written.connect(self._written)

    # --- reading ------------------------------------------------------------

    @property
    def campaign_id(self) -> int | None:
        return self._campaign.id if self._campaign is not None else None

    def load(self) -> None:
        """Reload campaigns, choices and targets (after a change or a new database);
        a hidden page only notes that it must reload when it is next shown."""
        shown = self.campaign_id
        try:
            self._campaigns = list_campaigns()
            values = distinct_values()
            register_size = case_count()
        except Exception:  # no database open yet
            self._campaigns, values, register_size = [], {}, 0
        self._loading = True
        try:
            self.categories.set_choices([(v, v) for v in values.get("category", [])])
            self.units.set_choices([(v, v) for v in values.get("handling_unit", [])])
            self.campaign_combo.clear()
            for row in self._campaigns:
                text = row.name + (self.tr(" (current)") if row.is_current else "")
                self.campaign_combo.addItem(text, row.id)
            ids = [row.id for row in self._campaigns]
            if shown not in ids:
                shown = next((r.id for r in self._campaigns if r.is_current), None)
                if shown is None and ids:
                    shown = ids[0]
            if shown is not None:
                self.campaign_combo.setCurrentIndex(ids.index(shown))
        finally:
            self._loading = False
        self.register_notice.setVisible(register_size == 0)
        self._show_campaign(shown)

    def _show_campaign(self, campaign_id: int | None) -> None:
        changed = campaign_id != self.campaign_id
        try:
            self._campaign = campaign_info(campaign_id) if campaign_id is not None else None
        except UserError:
            self._campaign = None
        has = self._campaign is not None
        self.stack.setCurrentIndex(1 if has else 0)
        for widget in (self.campaign_combo, self.edit_button, self.current_button):
            widget.setEnabled(has)
        self.targets_box.campaign = self._campaign
        if not has:
            self.summary.clear()
            self.model.set_rows([])
            return
        row = next((r for r in self._campaigns if r.id == campaign_id), None)
        self.current_button.setEnabled(row is not None and not row.is_current)
        self.summary.setText(self.summary_text(row))
        if changed or not self._criteria_dirty:
            self.load_criteria(criteria_of(self._campaign))
        else:
            self.schedule_preview()
        self.reload_targets()

    def summary_text(self, row: CampaignRow | None) -> str:
        """Stages with dates, the report deadline and days left, the leading group."""
        return summary_text(row, self.today())

    def today(self) -> dt.date:
        return dt.date.today()

    # --- criteria and the live preview ----------------------------------------

    def load_criteria(self, criteria: Criteria) -> None:
        """Show the criteria (no preview is run until the widgets are set)."""
        self._loading = True
        try:
            self.screening_box.show_criteria(criteria)
        finally:
            self._loading = False
        self._criteria_dirty = False
        self.schedule_preview()

    def criteria(self) -> Criteria:
        """The criteria as the widgets show them."""
        return self.screening_box.criteria()

    @Slot()
    def _criteria_edited(self, *_args) -> None:
        if self._loading:
            return
        self._criteria_dirty = True
        self.schedule_preview()

    def schedule_preview(self) -> None:
        """Recompute the preview once the criteria have stopped changing."""
        if self._campaign is None:
            return
        self._preview_generation += 1
        self.totals.setText(self.tr("Counting…"))
        self.preview_timer.start()

    @Slot()
    def update_preview(self) -> None:
        """Count what a screening would give, off the GUI thread."""
        if self._campaign is None:
            return
        campaign, criteria = self._campaign, self.criteria()
        generation = self._preview_generation

        def work(_job: Job) -> ScreeningCounts:
            return preview_screening(campaign, criteria)

        def done(counts: ScreeningCounts) -> None:
            if generation == self._preview_generation and shiboken6.isValid(self.totals):
                self.show_counts(counts)

        def failed(error: BaseException) -> None:
            # a page closed meanwhile (its database with it): nobody to tell
            if generation == self._preview_generation and shiboken6.isValid(self.totals):
                self.counts = None
                self.totals.setText(self.error_text(error))
                self.screen_button.setEnabled(False)

        self._preview_job = run_in_background(work, done, failed)

    def show_counts(self, counts: ScreeningCounts) -> None:
        self.counts = counts
        for reason, box in self.exclusion_boxes.items():
            box.setText(
                self.tr("{label} ({count})").format(
                    label=exclusion_label(reason),
                    count=number_text(counts.flagged.get(reason, 0)),
                )
            )
        excluded = sum(counts.excluded.values())
        self.totals.setText(
            self.tr(
                "Considered: {considered}  ·  targets: {targets}  ·  excluded: {excluded}\n"
                "Key cases among the targets: {key}"
            ).format(
                considered=number_text(counts.considered),
                targets=number_text(counts.targets),
                excluded=number_text(excluded),
                key=number_text(counts.key_cases),
            )
        )
        busy = self._screen_job is not None
        self.screen_button.setEnabled(not busy and self.register_notice.isHidden())
        self.preview_updated.emit(counts)

    # --- screening --------------------------------------------------------------

    @Slot()
    def screen(self) -> None:
        """Run the screening with the shown criteria, off the GUI thread."""
        if self._campaign is None or self._screen_job is not None:
            return
        campaign, criteria = self._campaign, self.criteria()
        self.screen_button.setEnabled(False)
        self.result_label.setText(self.tr("Screening…"))
        self._set_writing(True)

        def work(_job: Job) -> ScreeningCounts:
            return run_screening(campaign, criteria)

        def done(counts: ScreeningCounts) -> None:
            self._screen_job = None
            self._set_writing(False)
            self._criteria_dirty = False
            self.screen_button.setEnabled(self.register_notice.isHidden())
            self.result_label.setText(
                self.tr(
                    "Screened: {targets} targets, {excluded} excluded. {added} added, "
                    "{changed} changed, {dropped} removed, {kept} kept as they were."
                ).format(
                    targets=number_text(counts.targets),
                    excluded=number_text(sum(counts.excluded.values())),
                    added=number_text(counts.added),
                    changed=number_text(counts.changed),
                    dropped=number_text(counts.dropped),
                    kept=number_text(counts.kept),
                )
            )
            self.screening_done.emit(counts)
            self._written()

        def failed(error: BaseException) -> None:
            self._screen_job = None
            self._set_writing(False)
            self.screen_button.setEnabled(True)
            self.result_label.setText(self.error_text(error))

        self._screen_job = run_in_background(work, done, failed)

    def _set_writing(self, writing: bool) -> None:
        """While a screening writes, no other write starts (writes stay serialised)."""
        for widget in (self.targets_box, self.new_button, self.edit_button, self.empty_new_button):
            widget.setEnabled(not writing)
        if not writing:
            self.current_button.setEnabled(
                any(r.id == self.campaign_id and not r.is_current for r in self._campaigns)
            )
        else:
            self.current_button.setEnabled(False)

    # --- the target list (widgets/target_list_panel.py) ------------------------

    @property
    def exclude_dialog(self) -> ExcludeDialog | None:
        return self.targets_box.exclude_dialog

    @property
    def add_dialog(self) -> AddTargetDialog | None:
        return self.targets_box.add_dialog

    def reload_targets(self, *_args) -> None:
        self.targets_box.reload_targets()

    def selected_target_ids(self) -> list[int]:
        return self.targets_box.selected_target_ids()

    def select_case(self, case_no: str) -> bool:
        return self.targets_box.select_case(case_no)

    def exclude_targets(self, target_ids: list[int], reason: str, note: str = "") -> list[str]:
        return self.targets_box.exclude_targets(target_ids, reason, note)

    def add_case(self, case_no: str, note: str, show: bool = True) -> str | None:
        return self.targets_box.add_case(case_no, note, show)

    def mark_key_cases(self, key: bool = True) -> list[str]:
        return self.targets_box.mark_key_cases(key)

    def _written(self) -> None:
        """After every write: re-read what is shown and tell the window."""
        self.refresh()
        self.data_changed.emit()

    # --- campaigns ------------------------------------------------------------------

    @Slot(int)
    def _campaign_chosen(self, index: int) -> None:
        if not self._loading:
            self._show_campaign(self.campaign_combo.itemData(index))

    def choose_campaign(self, campaign_id: int) -> None:
        index = self.campaign_combo.findData(campaign_id)
        if index >= 0:
            self.campaign_combo.setCurrentIndex(index)
            self._show_campaign(campaign_id)

    @Slot()
    def new_campaign(self) -> None:
        self._open_campaign_dialog(CampaignDialog(parent=self))

    @Slot()
    def edit_campaign(self) -> None:
        row = next((r for r in self._campaigns if r.id == self.campaign_id), None)
        if row is not None:
            self._open_campaign_dialog(CampaignDialog(row.plan, row.id, self))

    def _open_campaign_dialog(self, dialog: CampaignDialog) -> None:
        self.campaign_dialog = dialog

        def saved(campaign_id: int) -> None:
            self.refresh()
            self.choose_campaign(campaign_id)
            self.data_changed.emit()

        def finished(_result: int) -> None:
            self.campaign_dialog = None
            dialog.deleteLater()

        dialog.campaign_saved.connect(saved)
        dialog.finished.connect(finished)
        dialog.open()

    @Slot()
    def make_current(self) -> None:
        if self.campaign_id is None:
            return
        try:
            set_current(self.campaign_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Make current"), tr_error(error))
            return
        self._written()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.preview_timer.stop()
        super().closeEvent(event)
