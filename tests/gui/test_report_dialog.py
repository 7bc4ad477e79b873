"""The analysis report dialog: edit a paragraph, build the PDF, reopen and see the edit."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from rv_desktop.gui.app import make_application, open_main_window
from rv_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
from rv_desktop.gui.dialogs.report_dialog import AnalysisReportDialog
from rv_desktop.services.demo import create_demo_database

from .shown import shown_window

EDIT = "镇党委认为本次回访工作扎实有效。"


@pytest.fixture
def window(qtbot, demo_copy):
    dialogs = (PdfPreviewDialog, AnalysisReportDialog)
    with shown_window(qtbot, demo_copy(200), show=False, close_too=dialogs) as w:
        yield w


def _open_dialog(window, qtbot) -> AnalysisReportDialog:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Print")
    action = next(a for a in menu.actions() if a.text() == "Analysis report…")
    action.trigger()
    dialog = window.print_actions.report_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    return dialog


def type_chinese(widget, text: str) -> None:
    """Type ``text`` as an input method commits it (key events carry only ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _text(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def test_edit_build_and_reopen(window, qtbot):
    dialog = _open_dialog(window, qtbot)
    conclusions = dialog.edits["conclusions"]
    drafted = dialog.report.paragraphs["conclusions"]
    assert conclusions.toPlainText() == drafted and "满意率" in drafted  # nothing saved yet
    conclusions.setFocus()
    conclusions.selectAll()
    qtbot.keyClick(conclusions, Qt.Key.Key_Delete)
    type_chinese(conclusions, EDIT)
    assert conclusions.toPlainText() == EDIT
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_path is not None, timeout=60000)
    text = _text(dialog.last_path)
    assert EDIT in text and "五、综合评价" in text
    # the suggestions were left as drafted: not pinned, printed from the figures
    assert dialog.report.saved.suggestions is None
    dialog.close()

    again = _open_dialog(window, qtbot)
    assert again is not dialog
    assert again.edits["conclusions"].toPlainText() == EDIT  # kept with the campaign
    assert again.edits["suggestions"].toPlainText() == again.report.paragraphs["suggestions"]
    qtbot.mouseClick(again.redraft_button, Qt.MouseButton.LeftButton)
    assert again.edits["conclusions"].toPlainText() == drafted
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert again.report.saved.conclusions is None  # back to following the figures


def test_the_dialog_says_when_the_figures_moved_after_an_edit(window, qtbot):
    """Issue 14: "when the figures change after the edit the report says so before
    printing"."""
    from rv_desktop.domain.models import VisitRecord, db

    dialog = _open_dialog(window, qtbot)
    dialog.edits["conclusions"].setPlainText(EDIT)
    assert dialog.save()
    dialog.close()
    with db.atomic():  # a dissatisfied petitioner turns satisfied: the rates move
        VisitRecord.update(satisfaction="satisfied").where(
            VisitRecord.satisfaction == "dissatisfied"
        ).execute()
    again = _open_dialog(window, qtbot)
    assert again.report.changed_since_edit() == ["conclusions"]
    assert "The figures changed after you edited" in again.status.text()
    again.close()


def test_screenshot_zh(qtbot, tmp_path):
    """The dialog in Chinese, for the eyes (saved next to the test's files)."""
    make_application("zh_CN")
    path = create_demo_database(tmp_path / "demo.sqlite", cases=200).path
    w = open_main_window(str(path))
    qtbot.addWidget(w)
    try:
        w.print_actions.analysis_report()
        dialog = w.print_actions.report_dialog
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
        assert dialog.windowTitle() == "专题分析报告"
        dialog.grab().save(str(tmp_path / "report-dialog.png"))
        dialog.close()
    finally:
        QThreadPool.globalInstance().waitForDone()
        w.session.close()
