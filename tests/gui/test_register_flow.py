"""Issue 3 as a clerk plays it: choose a ledger, accept the mapping, import,
find a petitioner by name, open the case."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from rv_desktop.domain import db as dbmod
from rv_desktop.gui.app import make_application, open_main_window
from rv_desktop.gui.dialogs.import_dialog import ImportDialog
from rv_desktop.gui.models.case_table_model import CaseTableModel

from ..services.test_ledger_import import messy_ledger
from .test_cases_page import _column, _open, type_text


def test_import_then_find_and_open(qtbot, tmp_path):

    make_application("en")
    dbmod.open_database(tmp_path / "office.sqlite", create=True)  # File ▸ New database…
    dbmod.close_database()
    window = open_main_window(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(window)
    window.show()
    try:
        assert "0 cases" in window.counts_label.text()
        ledger = messy_ledger(tmp_path / "县台账.xlsx")
        dialog = ImportDialog(window, path=ledger)
        dialog.imported.connect(lambda _t: window.session.events.data_changed.emit())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
        dialog.next_button.click()  # accept the guessed mapping
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
        with qtbot.waitSignal(dialog.imported, timeout=10000):
            dialog.import_button.click()
        qtbot.waitUntil(lambda: "4 cases" in window.counts_label.text(), timeout=5000)

        window.nav.setCurrentRow(1)
        page = window.cases_page
        qtbot.waitUntil(
            lambda: page.model.rowCount() == 4 and page.search.isEnabled(), timeout=10000
        )
        type_text(page.search, "张三")
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
        assert set(_column(page, CaseTableModel.CASE_NO)) == {"QS2018-001", "QS2019-004"}
        dialog = _open(page, qtbot, "QS2019-004")
        assert dialog.inputs["case_no"].text() == "QS2019-004"
        assert dialog.others.model().rowCount() == 1  # the same ID: a repeat petition
        dialog.reject()
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.close()
        window.session.close()
        dbmod.close_database()
