"""The Cases page's export: the cases shown, in their order, to an xlsx file.

The column titles and the words of the file (title, footer, coded values) are
the page's, in the interface's language (``CasesPage`` translation context);
``services/case_export.py`` writes the file off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from ..domain.cases import iter_rows
from ..domain.enums import Channel, SourceLevel
from ..domain.errors import UserError
from ..services.case_export import export_cases
from .background import Job, run_in_background
from .formatting import number_text
from .labels import channel_label, source_level_label
from .models.case_table_model import CaseTableModel

if TYPE_CHECKING:
    from .pages.cases_page import CasesPage

translate = QCoreApplication.translate


def export_shown_cases(page: CasesPage, path: Path) -> Job:
    """Write the cases ``page`` shows, in their order, to ``path`` off the GUI thread,
    behind a progress dialog with Cancel."""
    ids = page.model.ids()
    reveal = page.model.revealed
    headers, labels = _export_texts(page)
    progress = _progress_dialog(page, len(ids))

    def work(job: Job) -> Path:
        return export_cases(
            iter_rows(ids),
            path,
            reveal,
            job.progress,
            total=len(ids),
            headers=headers,
            labels=labels,
            cancelled=lambda: job.cancelled,
        )

    def done(result: Path) -> None:
        progress.close()
        page._export_job = None
        page.show_notice(
            translate("CasesPage", "{count} cases exported to {file}").format(
                count=number_text(len(ids)), file=result.name
            )
        )
        page.exported.emit(str(result))

    def failed(error: BaseException) -> None:
        progress.close()
        page._export_job = None
        if isinstance(error, UserError) and error.code == "cancelled":
            return
        page._report(error)

    def progressed(done_rows: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done_rows)

    job = run_in_background(work, done, failed, progressed)
    progress.canceled.connect(job.cancel)
    return job


def _export_texts(page: CasesPage) -> tuple[dict[str, str], dict[str, str]]:
    """The column headers and the workbook's words, translated here (GUI thread)."""
    headers = {key: page.model.header_text(c) for c, key in enumerate(CaseTableModel.KEYS)}
    headers.update(
        {
            "demand": translate("CasesPage", "Demand"),
            "conclusion": translate("CasesPage", "Conclusion"),
            "settled": translate("CasesPage", "Settled"),
        }
    )
    labels = {
        "title": translate("CasesPage", "Case register"),
        "exported_at": translate("CasesPage", "Exported {time}"),
        "count": translate("CasesPage", "{count} cases"),
        "masked": translate("CasesPage", "(personal data masked)"),
        "footer": translate("CasesPage", "Page &P of &N"),
        "yes": translate("CasesPage", "Yes"),
        "no": translate("CasesPage", "No"),
        **{f"source_level.{s.value}": source_level_label(s.value) for s in SourceLevel},
        **{f"channel.{c.value}": channel_label(c.value) for c in Channel},
    }
    return headers, labels


def _progress_dialog(page: CasesPage, count: int) -> QProgressDialog:
    """The window-modal progress of exporting ``count`` cases, with Cancel."""
    progress = QProgressDialog(
        translate("CasesPage", "Exporting {count} cases…").format(count=number_text(count)),
        translate("CasesPage", "Cancel"),
        0,
        max(count, 1),
        page,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress
