"""The Print menu writes a PDF off the GUI thread and previews it; the preview prints."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from rv_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog, preview_available, print_pdf

from .shown import shown_window


@pytest.fixture
def window(qtbot, demo_copy):
    with shown_window(qtbot, demo_copy(200), show=False, close_too=(PdfPreviewDialog,)) as w:
        yield w


def _preview():
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PdfPreviewDialog) and w.isVisible()
        ),
        None,
    )


def test_forms_are_written_and_previewed(window, qtbot):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Print")
    titles = [a.text() for a in menu.actions()]
    assert "Task assignment table" in titles
    window.print_actions.forms()
    qtbot.waitUntil(
        lambda: window.print_actions.last_path is not None and _preview() is not None,
        timeout=60000,
    )
    path = window.print_actions.last_path
    assert path.exists()
    text = PdfReader(path).pages[0].extract_text()
    assert "信访事项办理情况回访登记表" in text
    if preview_available():
        assert _preview().document.pageCount() == len(PdfReader(path).pages)


@pytest.mark.skipif(not preview_available(), reason="QtPdf is not installed")
def test_print_through_qprinter_to_a_pdf_file(window, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window.print_actions.plan()
    qtbot.waitUntil(
        lambda: window.print_actions.last_path is not None and _preview() is not None,
        timeout=60000,
    )
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = _preview().document.pageCount()
    assert pages >= 2  # the plan is a document of several pages
    assert print_pdf(_preview().document, printer) == pages
    assert out.exists() and len(PdfReader(out).pages) == pages
    assert out.stat().st_size > 5000  # the page was painted, not left blank


def test_the_print_menu_offers_what_the_command_line_prints(window, qtbot, monkeypatch):
    """ "The Print menu offers everything the command line prints: the feedback
    statistics, the summary table, the route sheet (today only saved as xlsx, yet
    visitors carry it) and the filled forms of final records"."""
    from PySide6.QtWidgets import QInputDialog

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Print")
    titles = [a.text() for a in menu.actions()]
    for title in ("Feedback statistics…", "Summary table", "Route sheet of a visitor…",
                  "Filled forms of final records"):  # fmt: skip
        assert title in titles
    asked = []

    def pick_first(parent, title, label, items, current=0, editable=True):
        asked.append(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick_first))
    expected = [
        (window.print_actions.statistics, "回访情况反馈统计表"),
        (window.print_actions.summary, "回访情况汇总表"),
        (window.print_actions.route_sheet, "回访路线单"),
        (window.print_actions.filled_forms, "信访事项办理情况回访登记表"),
    ]
    for action, words in expected:
        window.print_actions.last_path = None
        action()
        qtbot.waitUntil(lambda: window.print_actions.last_path is not None, timeout=60000)
        text = PdfReader(window.print_actions.last_path).pages[0].extract_text()
        assert words in text.replace(" ", ""), words
    assert asked[0][0] == "Source level"  # the groupings, in the interface's language


def test_the_plan_is_edited_before_printing(window, qtbot):
    """ "... filled from the campaign and editable by the clerk before printing"."""
    from rv_desktop.domain.plan_text import saved_plan_text

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Print")
    assert "Campaign plan…" in [a.text() for a in menu.actions()]
    window.print_actions.edit_plan()
    dialog = window.print_actions.plan_dialog
    text = dialog.edit.toPlainText()
    assert text.startswith("青山镇2026年“千案回访”活动实施方案") and "一、指导思想" in text
    assert saved_plan_text() is None
    dialog.edit.setPlainText(
        text.replace("一、指导思想\n", "一、指导思想\n本镇另行补充的一段话。\n")
    )
    window.print_actions.last_path = None
    dialog.print_button.click()
    assert "本镇另行补充的一段话。" in saved_plan_text()
    qtbot.waitUntil(lambda: window.print_actions.last_path is not None, timeout=60000)
    pdf = "".join(p.extract_text() for p in PdfReader(window.print_actions.last_path).pages)
    assert "本镇另行补充的一段话。" in pdf.replace("\n", "")
    # back to the draft: the saved text goes
    window.print_actions.edit_plan()
    dialog = window.print_actions.plan_dialog
    dialog.redraft()
    dialog.save()
    assert saved_plan_text() is None
    dialog.close()
