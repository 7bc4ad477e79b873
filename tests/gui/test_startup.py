"""Start-up: the window before the database check, the check's skip, nothing heavy imported."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from rv_desktop import paths
from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import AuditRecord, Campaign, Case, Petitioner
from rv_desktop.gui.app import make_application, open_main_window
from rv_desktop.services import clean_close

ROOT = Path(__file__).resolve().parent.parent.parent


def _seed(path: Path, audit_rows: int = 0) -> None:
    dbmod.open_database(path)
    Campaign.create(name="2026年千案回访", is_current=True)
    for i in range(3):
        Case.create(case_no=f"QS-{i}", petitioner=Petitioner.create(name=f"张{i}"))
    # filler at the end of the file, in a table no page reads at start
    for _ in range(audit_rows):
        AuditRecord.create(actor="test", action="note", table_name="case", note="某某" * 400)
    dbmod.close_database()


def _damage_the_end(path: Path, pages: int = 20) -> None:
    """Spoil the last pages (the audit filler): the first page still reads, the check fails."""
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    count = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        for page in range(count - pages, count):
            fh.seek(page * page_size + 8)
            fh.write(b"\xde\xad\xbe\xef" * 64)


def _answer(text: str, seen: list[str]) -> None:
    """Click ``text`` on the next message box, noting what it said."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            for button in box.buttons():
                if button.text().replace("&", "") == text:
                    seen.append(box.text())
                    button.click()
                    return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_the_window_shows_first_read_only_while_the_check_runs(qtbot, db_path):
    """"run quick_check in the background after the window shows (the window stays
    read-only, with a visible "checking…" state, until it answers)"."""
    _seed(db_path)
    make_application("en")
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    try:
        assert w.startup_check.needed  # never closed by this program: checked
        w.show()
        w.startup_check.start()
        notes = [label.text() for label in w.statusBar().findChildren(QLabel, "checkingNote")]
        assert notes == ["Checking the database…"]
        assert not w.menuBar().isEnabled()
        # a key typed on the page is not taken; moving is
        target = w.stack.currentWidget()
        typed = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        assert QApplication.instance().notify(target, typed) is True
        qtbot.waitUntil(lambda: w.startup_check.finished, timeout=15000)
        assert w.startup_check.sound
        assert w.menuBar().isEnabled()
        assert w.statusBar().findChildren(QLabel, "checkingNote") == [] or not any(
            label.isVisible() for label in w.statusBar().findChildren(QLabel, "checkingNote")
        )
    finally:
        w.session.close()
    clean_close.mark_closed(db_path)
    assert not clean_close.check_needed(db_path)


def test_the_check_is_skipped_after_a_clean_close_of_an_unchanged_file(qtbot, db_path):
    """"or skip it when the program last closed cleanly and the file has not changed
    since (size and modification time recorded at close)"."""
    _seed(db_path)
    clean_close.mark_checked(db_path)
    clean_close.mark_closed(db_path)
    make_application("en")
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    try:
        assert not w.startup_check.needed
        w.show()
        w.startup_check.start()
        assert w.startup_check.finished and w.startup_check.sound
        assert w.menuBar().isEnabled()
    finally:
        w.session.close()


def test_damage_the_check_finds_after_the_window_shows_leads_to_recovery(qtbot, db_path):
    """"a damaged file still leads to the recovery choices"."""
    _seed(db_path, audit_rows=300)
    _damage_the_end(db_path)
    make_application("en")
    w = open_main_window(str(db_path))
    assert w is not None  # the first page read what it needs: the window came first
    qtbot.addWidget(w)
    seen: list[str] = []
    _answer("Quit", seen)
    w.show()
    w.startup_check.start()
    qtbot.waitUntil(lambda: w.startup_check.finished, timeout=15000)
    assert seen == [f"{db_path} is damaged and cannot be read."]
    assert not w.startup_check.sound and not w.session.is_open
    assert not Path(str(db_path) + ".lock").exists()
    assert clean_close.check_needed(db_path)  # and checked again next time
    assert not list(paths.backups_dir().glob("*.sqlite"))  # no backup of a damaged file


def _program_env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        RV_DESKTOP_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        RV_DESKTOP_EXIT_WHEN_READY="1",
        PYTHONPATH=str(ROOT),
    )


def test_exit_when_ready_exits_with_0_without_a_backup(tmp_path, db_path, monkeypatch):
    """"With RV_DESKTOP_EXIT_WHEN_READY=1 the process exits at that moment: background
    loads of other pages are cancelled, not awaited, and no automatic backup is written"."""
    _seed(db_path)
    env = _program_env(tmp_path)
    for _ in range(2):  # checked and closed cleanly, then skipped
        result = subprocess.run(
            [sys.executable, "-m", "rv_desktop", "--db", str(db_path), "--lang", "en"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    assert not list((tmp_path / "data").rglob("*backup*.sqlite"))
    monkeypatch.setenv("RV_DESKTOP_DATA_DIR", env["RV_DESKTOP_DATA_DIR"])
    assert not clean_close.check_needed(db_path)


HEAVY = ("reportlab", "openpyxl", "python_calamine", "rv_desktop.gui.pages.statistics_page")

_START_AND_LIST = """
import sys
from rv_desktop.cli import main
code = main(["--db", sys.argv[1], "--lang", "en"])
print(",".join(m for m in {heavy!r} if m in sys.modules))
sys.exit(code)
"""


def test_starting_the_window_imports_no_reportlab_openpyxl_or_calamine(tmp_path, db_path):
    """"a test in a fresh interpreter checks that starting the window does not import
    reportlab, openpyxl or python_calamine" (nor a page's module before it is shown)."""
    _seed(db_path)
    result = subprocess.run(
        [sys.executable, "-c", _START_AND_LIST.format(heavy=HEAVY), str(db_path)],
        env=_program_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1:] in ([""], []), result.stdout


def test_usable_once_the_first_pages_rows_are_on_screen(qtbot, db_path):
    """""Usable" means the first page's rows are on screen and the database check is
    done or legitimately skipped."""
    from rv_desktop.gui import window_state
    from rv_desktop.gui.startup_check import WhenUsable

    _seed(db_path)
    window_state.set_value(window_state.MAIN_PAGE, 1)  # closed on the Cases page last time
    make_application("en")
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    try:
        assert w.stack.currentWidget() is w.cases_page
        usable = WhenUsable(w.startup_check, w)
        w.show()
        w.startup_check.start()
        with qtbot.waitSignal(usable.usable, timeout=15000):
            usable.start()
        assert w.startup_check.finished and w.startup_check.sound
        assert w.cases_page.rows_shown() and w.cases_page.model.rowCount() == 3
    finally:
        QThreadPool.globalInstance().waitForDone()
        w.session.close()
