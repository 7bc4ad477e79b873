"""Dropping the scans of reviewed records: File ▸ Drop the scans of reviewed records… and
``rv-desktop drop-scans`` (issue 19: "the clerk can drop the scans of reviewed records
(audited)")."""

from __future__ import annotations

import json
import os

from PySide6.QtWidgets import QMessageBox, QWidget

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.enums import RecordState
from rv_desktop.domain.models import AuditRecord, VisitRecord, VisitScan
from rv_desktop.gui.app import make_application
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.scan.store import reviewed_scans, scans_of
from tests.conftest import run_cli

PAGE = 400_000  # bytes of a stored page (a real one is ~150 KB)


def _scanned(tmp_path):
    """A demo database where one reviewed and one draft record keep two scanned pages."""
    db = create_demo_database(tmp_path / "demo.sqlite", cases=60).path
    dbmod.open_database(db, actor="tester")
    reviewed, draft = list(VisitRecord.select().order_by(VisitRecord.id).limit(2))
    for record, state in ((reviewed, RecordState.REVIEWED), (draft, RecordState.DRAFT)):
        VisitRecord.update(state=state.value).where(VisitRecord.id == record.id).execute()
        for page in (1, 2):
            VisitScan.create(visit=record.id, page=page, source="stack.pdf#1", layout=2,
                             image=os.urandom(PAGE))  # fmt: skip
    return db, reviewed.id, draft.id


def test_the_menu_says_what_goes_asks_and_drops_off_the_gui_thread(qtbot, tmp_path):
    """'a menu item ... with a confirmation that says how many pages and how much space
    will be freed, off the GUI thread'."""
    from rv_desktop.gui.background import running_jobs
    from rv_desktop.gui.scan_actions import ScanActions

    make_application("en")
    _db, reviewed, draft = _scanned(tmp_path)
    try:
        assert reviewed_scans() == (1, 2, 2 * PAGE)
        window = QWidget()
        qtbot.addWidget(window)
        actions = ScanActions(window)
        assert actions.drop_action.text() == "&Drop the scans of reviewed records…"
        actions.drop_action.trigger()
        box = actions.asked
        assert box is not None
        assert "1 reviewed records of the campaign: 2 pages, 781 KB?" in box.text()
        box.done(QMessageBox.StandardButton.No)  # the clerk thinks again: nothing goes
        assert len(scans_of(reviewed)) == 2
        actions.drop_action.trigger()
        actions.asked.done(QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: actions.job is None and running_jobs() == 0, timeout=60_000)
        assert scans_of(reviewed) == [] and len(scans_of(draft)) == 2
        assert json.loads(AuditRecord.get(AuditRecord.action == "scans_dropped").note)["pages"] == 2
        for box in window.findChildren(QMessageBox):  # "2 scanned pages dropped."
            box.close()
    finally:
        dbmod.close_database(all_threads=True)


def test_drop_scans_on_the_command_line(tmp_path):
    """'a CLI option ... drop-scans': what would go, then dropped and the file smaller."""
    db, reviewed, draft = _scanned(tmp_path)
    dbmod.close_database()
    result = run_cli("drop-scans", "--db", str(db), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"records": 1, "pages": 2, "bytes": 2 * PAGE,
                                         "dropped": 0, "dry_run": True}  # fmt: skip
    before = db.stat().st_size
    result = run_cli("drop-scans", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "2 pages of 1 reviewed records (0.8 MB) dropped." in result.stdout
    assert db.stat().st_size < before - PAGE  # compacted: the space given back
    dbmod.open_database(db)
    try:
        assert scans_of(reviewed) == [] and len(scans_of(draft)) == 2
    finally:
        dbmod.close_database()
