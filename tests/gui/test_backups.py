"""Backups as the clerk meets them: restore from the menu, the backup on exit,
the settings, and a damaged database found at start-up. Real widgets, real files;
modal dialogs are answered by polling for the active modal widget."""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rv_desktop import paths
from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import Campaign, Case, Petitioner
from rv_desktop.gui import window_state
from rv_desktop.gui.app import make_application, open_main_window
from rv_desktop.gui.dialogs.restore_dialog import RestoreDialog
from rv_desktop.gui.dialogs.settings_dialog import BackupSettingsDialog
from rv_desktop.services.backup import AUTOMATIC, AutoBackupPolicy, backup_database

from ..factories import damage
from .shown import shown_window

Step = Callable[[QWidget], bool]


@pytest.fixture(autouse=True)
def _no_stale_windows():
    """Windows of earlier tests, closed and scheduled for deletion, go first: the
    restores here spin event loops while no database is open, and a stale
    page's timer must not fire into that."""
    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def drive(*steps: Step) -> list[Step]:
    """Answer modal dialogs in order: each step gets the active modal widget and
    returns True once it has dealt with it. Returns the steps still waiting."""
    queue = list(steps)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if queue and widget is not None and widget.isVisible() and queue[0](widget):
            queue.pop(0)
        if queue:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return queue


def click(text: str, seen: list[str] | None = None) -> Step:
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        for button in widget.buttons():
            if button.text().replace("&", "") == text:
                if seen is not None:
                    seen.append(widget.text() + "\n" + widget.informativeText())
                    if widget.detailedText():
                        seen.append("details: " + widget.detailedText())
                button.click()
                return True
        return False

    return step


def _seed(path: Path, petitioners: int = 3) -> None:
    dbmod.open_database(path)
    campaign = Campaign.create(name="2026年千案回访", is_current=True)
    for i in range(petitioners):
        p = Petitioner.create(name=f"张{i}", address="某某镇某某村" * 10)
        if i < 3:
            Case.create(case_no=f"QS-{i}", petitioner=p)
    assert campaign.id
    dbmod.close_database()


@pytest.fixture
def window(qtbot, db_path):
    _seed(db_path)
    with shown_window(qtbot, db_path) as w:
        yield w


def _start(qtbot, window):
    """Show the window and run its start-up check as ``run_gui`` does, until it answers."""
    if window is not None:
        qtbot.addWidget(window)
        window.show()
        window.startup_check.start()
        qtbot.waitUntil(lambda: window.startup_check.finished, timeout=15000)
    return window


def _backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.sqlite")) if folder.exists() else []


def test_restore_from_the_menu_brings_the_backup_back(window, qtbot, db_path, tmp_path):
    assert "3 cases" in window.counts_label.text()
    backup = backup_database(paths.backups_dir())  # 3 cases
    window.session.close()
    window.session.open(db_path)
    Case.create(case_no="QS-after", petitioner=Petitioner.get())
    window.refresh()
    assert "4 cases" in window.counts_label.text()

    def choose(widget: QWidget) -> bool:
        if not isinstance(widget, RestoreDialog) or widget.model.rowCount() == 0:
            return False
        assert widget.model.index(0, widget.model.CASES).data() == "3"
        assert widget.model.index(0, widget.model.CAMPAIGNS).data() == "1"
        assert widget.model.index(0, widget.model.KIND).data() == "by hand"
        widget.restore_button.click()
        return True

    questions: list[str] = []
    waiting = drive(choose, click("Yes", questions))
    window.restore_action.trigger()
    assert waiting == []
    assert backup.name in questions[0]
    assert Case.select().count() == 3
    assert "3 cases" in window.counts_label.text()  # the window refreshed
    assert window.session.is_open and dbmod.integrity_check() == []
    asides = list(db_path.parent.glob("test.before-restore-*.sqlite"))
    assert len(asides) == 1
    con = sqlite3.connect(asides[0])
    assert con.execute('SELECT count(*) FROM "case"').fetchone()[0] == 4
    con.close()
    assert "previous file is kept" in window.statusBar().currentMessage()


def test_cancelling_the_restore_changes_nothing(window, qtbot, db_path):
    backup_database(paths.backups_dir())
    Case.create(case_no="QS-after", petitioner=Petitioner.get())

    def choose(widget: QWidget) -> bool:
        if not isinstance(widget, RestoreDialog) or widget.model.rowCount() == 0:
            return False
        widget.restore_button.click()
        return True

    waiting = drive(choose, click("Cancel"))
    window.restore_action.trigger()
    assert waiting == []
    assert Case.select().count() == 4
    assert not list(db_path.parent.glob("*.before-restore-*"))


def test_refused_backup_leaves_the_database_open(window, qtbot, db_path, tmp_path):
    newer = tmp_path / "newer.sqlite"
    backup = backup_database(tmp_path)
    backup.rename(newer)
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    messages: list[str] = []
    waiting = drive(click("Yes"), click("OK", messages))
    window.backup_actions.restore_file(newer)
    assert waiting == []
    assert "newer version" in messages[0]
    assert window.session.is_open and Case.select().count() == 3


def test_backup_on_exit_at_most_daily_and_pruned(qtbot, db_path):
    _seed(db_path)
    make_application("en")
    folder = paths.backups_dir()
    for _ in range(2):
        w = open_main_window(str(db_path))
        qtbot.addWidget(w)
        w.show()
        w.close()  # returns once the backup is written
        w.session.close()
    made = _backups(folder)
    assert len(made) == 1 and made[0].startswith("test-auto-")
    con = sqlite3.connect(folder / made[0])
    assert con.execute('SELECT count(*) FROM "case"').fetchone()[0] == 3
    con.close()

    # older automatic backups, a backup by hand and a stranger's file in the folder
    for day in range(1, 5):
        when = dt.datetime.now() - dt.timedelta(days=day)
        (folder / f"test-auto-{when:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"old")
    (folder / "test-backup-20250101-120000.sqlite").write_bytes(b"by hand")
    (folder / "notes.txt").write_text("the clerk's")
    window_state.set_backup_policy(AutoBackupPolicy(every_exit=True, keep=2))
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    w.close()
    w.session.close()
    names = _backups(folder)
    autos = [n for n in names if "-auto-" in n]
    assert len(autos) == 2 and made[0] in autos  # today's two: the new one and the first
    assert "test-backup-20250101-120000.sqlite" in names
    assert (folder / "notes.txt").read_text() == "the clerk's"


def test_backup_on_exit_off(qtbot, db_path):
    _seed(db_path)
    make_application("en")
    window_state.set_backup_policy(AutoBackupPolicy(enabled=False))
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    w.close()
    w.session.close()
    assert _backups(paths.backups_dir()) == []


def test_backup_on_exit_tells_when_the_stick_is_missing(qtbot, db_path, tmp_path):
    _seed(db_path)
    make_application("en")
    stick = tmp_path / "E-drive" / "backups"
    window_state.set_backup_policy(AutoBackupPolicy(folder=stick))
    w = open_main_window(str(db_path))
    qtbot.addWidget(w)
    seen: list[str] = []
    waiting = drive(click("OK", seen))
    w.close()
    w.session.close()
    assert waiting == []
    assert "not available" in seen[0] and "USB stick" in seen[0]
    assert len(_backups(paths.backups_dir())) == 1


def test_settings_dialog_stores_the_choices_per_pc(window, qtbot, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()

    def fill(widget: QWidget) -> bool:
        if not isinstance(widget, BackupSettingsDialog):
            return False
        assert widget.enabled.isChecked() and widget.daily.isChecked()
        assert widget.keep.value() == 10 and widget.folder.text() == ""
        widget.every_exit.setChecked(True)
        widget.keep.setValue(5)
        widget.folder.setText(str(tmp_path / "missing"))
        widget.buttons.accepted.emit()  # refused: the folder does not exist
        assert widget.isVisible() and "does not exist" in widget.error.text()
        widget.folder.setText(str(stick))
        widget.buttons.accepted.emit()
        return True

    waiting = drive(fill)
    window.backup_actions.settings_action.trigger()
    assert waiting == []
    policy = window_state.backup_policy()
    assert policy == AutoBackupPolicy(enabled=True, every_exit=True, folder=stick, keep=5)
    assert window.session.backup_folders() == [stick, paths.backups_dir()]
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Settings" in menus


def test_damaged_database_at_start_offers_the_latest_backup(qtbot, db_path):
    _seed(db_path, petitioners=400)
    dbmod.open_database(db_path)
    older = backup_database(paths.backups_dir(), AUTOMATIC, dt.datetime(2026, 11, 1, 9, 0))
    latest = backup_database(paths.backups_dir(), AUTOMATIC, dt.datetime(2026, 11, 27, 17, 30))
    dbmod.close_database()
    damage(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(dbmod.DatabaseDamaged):
        dbmod.check_file(db_path)
    make_application("en")
    offers: list[str] = []
    done: list[str] = []
    waiting = drive(click("Restore the latest backup", offers), click("OK", done))
    w = _start(qtbot, open_main_window(str(db_path)))
    assert waiting == []
    assert w is not None and w.startup_check.sound
    try:
        assert offers[0].startswith(f"{db_path} is damaged and cannot be read.\n")
        assert latest.name in offers[0] and older.name not in offers[0]
        # SQLite's own English findings only behind "Show Details…"
        assert offers[1].startswith("details: ") and len(offers[1]) > len("details: ")
        assert offers[1][len("details: ") :] not in offers[0]
        assert latest.name in done[0]
        assert dbmod.integrity_check() == [] and Case.select().count() == 3
        asides = list(db_path.parent.glob("test.before-restore-*.sqlite"))
        assert [a.read_bytes() for a in asides] == [damaged]  # the damaged file kept
        assert "3 cases" in w.counts_label.text()
    finally:
        w.session.close()


def test_damaged_database_at_start_quit_changes_nothing(qtbot, db_path):
    _seed(db_path, petitioners=400)
    damage(db_path)
    damaged = db_path.read_bytes()
    make_application("en")
    offers: list[str] = []
    waiting = drive(click("Quit", offers))
    w = _start(qtbot, open_main_window(str(db_path)))  # as the program starts
    assert waiting == []
    assert w is None or (w.startup_check.finished and not w.startup_check.sound)
    assert w is None or not w.session.is_open  # closed without its automatic backup
    assert "No backup of it was found" in offers[0]
    assert db_path.read_bytes() == damaged
    assert not Path(str(db_path) + ".lock").exists()
