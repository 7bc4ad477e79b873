"""The analysis report dialog (专题分析): edit the conclusions and suggestions, then print.

The report's figures and drafted paragraphs are read off the GUI thread
(``domain.report.build_report``). The two paragraphs the clerk edits show
the saved text when there is some, else the draft; *Redraft from figures*
puts the drafts back. *Save* keeps them with the campaign
(``save_report_text``, one transaction, audited); a paragraph left exactly
as drafted is not pinned, so it follows the figures as they change.
*Build PDF* saves, writes the PDF off the GUI thread with progress and
cancel, and opens the preview, from which the clerk prints or saves it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit, QProgressDialog, QWidget
from shiboken6 import isValid

from ...domain.errors import UserError
from ...domain.report import EDITABLE, AnalysisReport, build_report, save_report_text
from ...i18n import tr_error
from ...services.analysis_report import export_analysis_report
from .. import screen_fit
from ..background import Job, run_in_background
from ..ui_loader import load_ui


class AnalysisReportDialog(QDialog):
    """Shows the editable paragraphs of the current campaign's analysis report."""

    loaded = Signal()
    saved = Signal()
    pdf_written = Signal(str)

    def __init__(self, out_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.out_folder = out_folder
        self.report: AnalysisReport | None = None
        self.job: Job | None = None
        self.last_path: Path | None = None
        load_ui("report", self)  # a label and an edit per editable part, the buttons
        screen_fit.fit_window(self, (760, 640))
        self.edits: dict[str, QPlainTextEdit] = {
            part: getattr(self, f"{part}_edit") for part in EDITABLE
        }
        self.titles = {part: getattr(self, f"{part}_label").text() for part in EDITABLE}

        self.redraft_button.clicked.connect(self.redraft)
        self.save_button.clicked.connect(self.save)
        self.build_button.clicked.connect(self.build_pdf)
        self.close_button.clicked.connect(self.reject)
        self.load()

    # --- loading --------------------------------------------------------------------

    def load(self) -> None:
        self.job = run_in_background(lambda job: build_report(None), self._loaded, self._failed)

    @Slot(object)
    def _loaded(self, report: AnalysisReport) -> None:
        if not isValid(self):  # closed while the figures were read
            return
        self.job = None
        self.report = report
        for part, edit in self.edits.items():
            edit.setPlainText(report.text(part))
            edit.setEnabled(True)
        for button in (self.redraft_button, self.save_button, self.build_button):
            button.setEnabled(True)
        total = report.total
        text = self.tr("{campaign}: {targets} targets, {visited} visited.").format(
            campaign=report.campaign, targets=total.targets, visited=total.visited
        )
        if report.changed_since_edit():
            text += " " + self.stale_text(report)
        self.status.setText(text)
        self.loaded.emit()

    def stale_text(self, report: AnalysisReport) -> str:
        """What says the figures changed after the clerk edited a part (issue 14)."""
        parts = "; ".join(self.titles[p] for p in report.changed_since_edit())
        return self.tr(
            "The figures changed after you edited: {parts}. Check the text (or redraft it) "
            "before printing."
        ).format(parts=parts)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.job = None
        self.status.setText(tr_error(error) if isinstance(error, UserError) else str(error))

    # --- actions --------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {part: edit.toPlainText() for part, edit in self.edits.items()}

    @Slot()
    def redraft(self) -> None:
        """Put the paragraphs drafted from the figures back in the boxes (not yet saved)."""
        if self.report is None:
            return
        for part, edit in self.edits.items():
            edit.setPlainText(self.report.paragraphs[part])
        self.status.setText(self.tr("Redrafted from the figures. Save to keep it."))

    @Slot()
    def save(self) -> bool:
        """Keep the paragraphs with the campaign; False (and a message) if refused."""
        if self.report is None:
            return False
        values = {
            part: None if text.strip() == self.report.paragraphs[part].strip() else text
            for part, text in self.texts().items()
        }
        try:
            saved = save_report_text(
                self.report.campaign_id, **values, drafts=self.report.paragraphs
            )
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), tr_error(error))
            return False
        self.report = _with_saved(self.report, saved)
        self.report = _with_drafts(self.report)
        self.status.setText(self.tr("Saved with the campaign."))
        self.saved.emit()
        return True

    @Slot()
    def build_pdf(self) -> None:
        if self.report is None or self.job is not None:
            return
        if self.report.changed_since_edit():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.stale_text(self.report) + "\n\n" + self.tr("Build the PDF as it is?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self.save():
            return
        campaign_id = self.report.campaign_id
        stem = self.tr("analysis-report")
        out = self.out_folder / f"{stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"
        progress = QProgressDialog(
            self.tr("Writing the analysis report…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(result) -> None:
            if not isValid(self):  # closed while the PDF was written: it is kept all the same
                return
            progress.close()
            self.job = None
            self.last_path = result.path
            self.status.setText(self.tr("Written to {path}.").format(path=result.path))
            self.pdf_written.emit(str(result.path))
            self.preview(result.path)

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            progress.close()
            self.job = None
            if isinstance(error, UserError) and error.code == "cancelled":
                return
            text = tr_error(error) if isinstance(error, UserError) else str(error)
            QMessageBox.warning(self, self.windowTitle(), text)

        def progressed(n: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(n)

        self.job = run_in_background(
            lambda job: export_analysis_report(
                out, campaign_id, progress=job.progress, cancelled=lambda: job.cancelled
            ),
            done,
            failed,
            progressed,
        )
        progress.canceled.connect(self.job.cancel)

    def preview(self, path: Path) -> None:
        from .pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(path, self.tr("Analysis report"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def _with_saved(report: AnalysisReport, saved) -> AnalysisReport:
    from dataclasses import replace

    return replace(report, saved=saved)


def _with_drafts(report: AnalysisReport) -> AnalysisReport:
    """The report as just saved: its edits match the figures of now."""
    from dataclasses import replace

    from ...domain.report import _fingerprint

    return replace(
        report,
        drafted_at_edit={p: _fingerprint(report.paragraphs.get(p, "")) for p in report.paragraphs},
    )
