"""The clerk imports a ledger through the dialog: mapping, outcome, import."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import Case, ImportMapping
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.import_dialog import ImportDialog

from ..services.test_ledger_import import messy_ledger


def test_import_through_the_dialog(qtbot, tmp_path, database):
    make_application("en")
    ledger = messy_ledger(tmp_path / "台账.xlsx")
    dialog = ImportDialog(path=ledger)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    # the guess is shown with a preview of the first rows
    assert dialog.combos["case_no"].currentData() == 0
    assert dialog.combos["id_number"].currentData() == 2
    assert dialog.preview.model().rowCount() >= 5
    assert dialog.preview.model().headerData(1, Qt.Orientation.Horizontal).endswith("姓名")
    # the clerk says the village is not in this file (it is read from the address)
    dialog.combos["village"].setCurrentIndex(0)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert "4</b> new cases" in dialog.outcome_label.text()
    model = dialog.issues.model()
    texts = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    cells = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert "the case number is missing" in texts
    assert "台账!C6" in cells
    assert dialog.save_rejected_button.isEnabled()
    assert Case.select().count() == 0  # nothing written before the clerk says so
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "4 new cases" in signal.args[0]
    assert Case.select().count() == 4
    assert ImportMapping.select().count() == 1


def test_unreadable_file_is_explained(qtbot, tmp_path, database, monkeypatch):
    make_application("en")
    bad = tmp_path / "ledger.xlsx"
    bad.write_text("not a workbook")
    shown = []
    monkeypatch.setattr(ImportDialog, "_show_error", lambda self, text: shown.append(text))
    dialog = ImportDialog(path=bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "ledger.xlsx" in shown[0] and "not a spreadsheet" in shown[0]
    assert dialog.pages.currentIndex() == 0
    assert not dialog.next_button.isEnabled()
    assert dbmod.quick_check() == []


def test_dialog_previews_stored_values_and_lists_skipped_sections(qtbot, tmp_path, database):
    """Plan: "The import preview shows values as they will be stored (IDs and
    phones as text, dates as dates), not the raw floats of the spreadsheet";
    section rows are reported as "section title skipped", never rejected."""
    from ..services.test_ledger_county_forms import section_ledger

    make_application("en")
    dialog = ImportDialog(path=section_ledger(tmp_path / "sections.xlsx"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    preview = dialog.preview.model()
    shown = [[preview.data(preview.index(r, c)) for c in range(6)] for r in range(4)]
    assert ["201801000001", "王五", "", "18925931664", "石桥村", "2018-03-01"] in shown
    assert not any(".0" in text or "E+" in text for row in shown for text in row)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    model = dialog.issues.model()
    rows = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    assert [2, "", "Skipped", 'section title skipped: "一、2017年下半年"'] in rows
    assert not [r for r in rows if r[2] == "Rejected"]
