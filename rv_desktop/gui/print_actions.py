"""The Print menu: documents written off the GUI thread, then previewed.

The analysis report has its own dialog (``dialogs.report_dialog``): the clerk
edits its conclusions and suggestions before the PDF is written.

Each action calls ``services.printing`` in the background with progress and
cancel, writes the PDF into the user data folder's ``prints`` folder and
opens the preview, from which the clerk prints or saves it. The service
leaves the audit record (printouts carry personal data unmasked).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from ..domain.errors import UserError
from ..i18n import tr_error
from ..paths import data_dir
from ..services.print_retention import prune_prints
from . import window_state
from .background import Job, run_in_background


def prints_dir() -> Path:
    """The prints folder, its PDFs older than the retention time deleted."""
    folder = data_dir() / "prints"
    folder.mkdir(parents=True, exist_ok=True)
    prune_prints(folder, window_state.prints_keep_days())
    return folder


class PrintActions(QObject):
    """Builds the Print menu of ``window`` and runs its documents."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.last_path: Path | None = None
        self.report_dialog = None
        self.plan_dialog = None

    def build(self, menu: QMenu) -> None:
        for text, slot in (
            (self.tr("Registration forms of the current campaign…"), self.forms),
            (self.tr("Blank registration forms…"), self.blank_forms),
            (self.tr("Filled forms of final records"), self.filled_forms),
            (self.tr("Task assignment table"), self.assignment_table),
            (self.tr("Route sheet of a visitor…"), self.route_sheet),
            (self.tr("Campaign plan…"), self.edit_plan),
            (self.tr("Feedback statistics…"), self.statistics),
            (self.tr("Summary table"), self.summary),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        action = QAction(self.tr("Analysis report…"), self)
        action.triggered.connect(self.analysis_report)
        menu.addAction(action)

    # --- documents --------------------------------------------------------------

    @Slot()
    def forms(self) -> None:
        self.run(
            self.tr("registration-forms"),
            lambda out, job: _printing().print_forms(
                out, progress=job.progress, cancelled=lambda: job.cancelled, allow_missing=True
            ),
            self.tr("Registration forms"),
        )

    @Slot()
    def blank_forms(self) -> None:
        count, ok = QInputDialog.getInt(
            self.window, self.tr("Blank registration forms"), self.tr("How many forms?"), 10, 1, 500
        )
        if ok:
            self.run(
                self.tr("blank-forms"),
                lambda out, job: _printing().print_forms(out, blank=count),
                self.tr("Blank registration forms"),
            )

    @Slot()
    def filled_forms(self) -> None:
        """The forms as the final records fill them (what print-forms --filled prints)."""
        self.run(
            self.tr("filled-forms"),
            lambda out, job: _printing().print_forms(
                out,
                filled=True,
                progress=job.progress,
                cancelled=lambda: job.cancelled,
                allow_missing=True,
            ),
            self.tr("Filled registration forms"),
        )

    @Slot()
    def route_sheet(self) -> None:
        """A visitor's route sheet, to carry on the road: which visitor is asked first."""
        from ..domain.tasks import staff_list

        names = [s.name for s in staff_list(["visitor"])]
        if not names:
            QMessageBox.information(
                self.window, self.tr("Route sheet"), self.tr("There are no visitors yet.")
            )
            return
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Route sheet"), self.tr("Route sheet of:"), names, 0, False
        )
        if ok and name:
            self.run(
                self.tr("route-sheet"),
                lambda out, job: _printing().print_route_sheet(out, name),
                self.tr("Route sheet of {name}").format(name=name),
            )

    @Slot()
    def statistics(self) -> None:
        """The feedback statistics, grouped as the clerk picks (source level first)."""
        from ..domain.vocabulary import choices

        groups = choices("stats_by", QLocale().name())
        label, ok = QInputDialog.getItem(
            self.window,
            self.tr("Feedback statistics"),
            self.tr("Grouped by:"),
            [text for _code, text in groups],
            0,
            False,
        )
        if not ok:
            return
        by = next(code for code, text in groups if text == label)
        self.run(
            self.tr("feedback-statistics"),
            lambda out, job: _printing().print_statistics(out, by=by),
            self.tr("Feedback statistics"),
        )

    @Slot()
    def summary(self) -> None:
        self.run(
            self.tr("summary-table"),
            lambda out, job: _printing().print_summary(out),
            self.tr("Summary table"),
        )

    @Slot()
    def assignment_table(self) -> None:
        self.run(
            self.tr("assignment-table"),
            lambda out, job: _printing().print_assignment_table(out),
            self.tr("Task assignment table"),
        )

    @Slot()
    def edit_plan(self) -> None:
        """The plan's text to read and edit first; printed from the dialog."""
        from .dialogs.plan_dialog import PlanDialog

        try:
            self.plan_dialog = PlanDialog(self.window)
        except UserError as error:  # no campaign yet
            QMessageBox.warning(self.window, self.tr("Campaign plan"), tr_error(error))
            return
        self.plan_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.plan_dialog.print_requested.connect(self.plan)
        self.plan_dialog.open()

    @Slot()
    def plan(self) -> None:
        self.run(
            self.tr("campaign-plan"),
            lambda out, job: _printing().print_plan(out),
            self.tr("Campaign plan"),
        )

    @Slot()
    def analysis_report(self) -> None:
        """The analysis report dialog: the clerk's paragraphs, then the PDF and its preview."""
        from .dialogs.report_dialog import AnalysisReportDialog

        self.report_dialog = AnalysisReportDialog(prints_dir(), self.window)
        self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog.open()

    # --- plumbing ---------------------------------------------------------------

    def run(self, stem: str, work: Callable[[Path, Job], object], title: str) -> None:
        out = prints_dir() / f"{stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"
        progress = QProgressDialog(
            self.tr("Writing {title}…").format(title=title), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(_result) -> None:
            progress.close()
            self.job = None
            self.last_path = out
            self.preview(out, title)

        def failed(error: BaseException) -> None:
            progress.close()
            self.job = None
            if isinstance(error, UserError) and error.code == "cancelled":
                return
            text = tr_error(error) if isinstance(error, UserError) else str(error)
            QMessageBox.warning(self.window, title, text)

        def progressed(n: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(n)

        self.job = run_in_background(lambda job: work(out, job), done, failed, progressed)
        progress.canceled.connect(self.job.cancel)

    def preview(self, path: Path, title: str) -> None:
        from .dialogs.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(path, title, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def _printing():
    """The PDF services (reportlab), imported on the first print, not at start-up."""
    from ..services import printing

    return printing
