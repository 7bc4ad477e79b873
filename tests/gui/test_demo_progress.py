"""The demo database is written behind the one progress helper (``gui/progress.py``),
and Cancel there stops it with nothing left behind (issue 18: "``create_demo_with_progress``
uses the one progress helper")."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from rv_desktop.gui.app import create_demo_with_progress, make_application


def test_the_demo_is_written(tmp_path):
    make_application("en")
    path = tmp_path / "demo.sqlite"
    assert create_demo_with_progress(path) is True
    with sqlite3.connect(path) as con:
        assert con.execute('SELECT COUNT(*) FROM "case"').fetchone()[0] > 0


def test_cancel_leaves_no_file(tmp_path):
    make_application("en")
    path = tmp_path / "demo.sqlite"
    clicked = []

    def cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        if dialogs:
            # Cancel as soon as the work runs: the dialog shows only after 200 ms, and on a
            # quiet machine the whole demo takes little more than that (its button is the
            # dialog's Cancel, whether shown yet or not)
            clicked.append(True)
            dialogs[0].findChild(QPushButton).click()  # as the clerk does
        else:
            QTimer.singleShot(5, cancel)

    QTimer.singleShot(0, cancel)
    assert create_demo_with_progress(path) is False
    assert clicked
    assert not path.exists()
