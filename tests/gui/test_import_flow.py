"""The import dialog opens on the chosen ledger, its buttons in the order of the
work (issue 16)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog

from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.import_dialog import ImportDialog
from rv_desktop.gui.main_window import MainWindow
from rv_desktop.gui.session import Session

from ..services.test_ledger_import import messy_ledger


def test_the_chooser_comes_first_and_the_buttons_follow_the_work(qtbot, tmp_path, monkeypatch):
    """'Import dialog: opens the file chooser at once (no empty page) ... buttons in
    the order of work (逐行检查 then 导入).'"""
    make_application("en")
    session = Session()
    session.open(tmp_path / "office.sqlite", create=True)
    window = MainWindow(session)
    qtbot.addWidget(window)
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    # the chooser cancelled: no dialog at all, never an empty page
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    window.import_ledger()
    assert opened == []
    ledger = messy_ledger(tmp_path / "台账.xlsx")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(ledger), ""))
    )
    window.import_ledger()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    QApplication.processEvents()
    check, load = dialog.next_button, dialog.import_button
    assert check.isEnabled() and not load.isEnabled()
    assert (
        check.mapTo(dialog, check.rect().topLeft()).x()
        < load.mapTo(dialog, load.rect().topLeft()).x()
    )
    dialog.reject()
    session.close()
