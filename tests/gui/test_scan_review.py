"""File ▸ Read scanned forms…: the review list, doubtful first, and the doubt confirmed
into the draft (issue 19)."""

from __future__ import annotations

import random

from PIL import ImageDraw
from PySide6.QtCore import Qt

from rv_desktop.domain import db as dbmod
from rv_desktop.domain import visits
from rv_desktop.domain.models import AuditRecord
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.scan_review import ScanReviewDialog
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.printing import print_forms
from rv_desktop.services.scan.forms import scan_files
from tests.services.scan_tools import as_pdf, page_map_of, render, tick


def test_doubtful_form_first_and_confirmed_into_the_draft(qtbot, tmp_path):
    """Issue 19: "scan three forms, one with a doubtful box; the review list shows it
    first; confirm it ...; the draft holds the confirmed value"."""
    make_application("en")
    db = create_demo_database(tmp_path / "demo.sqlite", cases=60).path
    dbmod.open_database(db, actor="tester")
    try:
        printed = print_forms(tmp_path / "forms.pdf").path
        scanned = as_pdf(render(printed, 150), tmp_path / "all.pdf", 150)  # a copier's scan
        would = scan_files([scanned], dry_run=True).forms
        fresh = [f for f in would if f.reason == "a dry run: nothing was stored"][:3]
        assert len(fresh) == 3
        pages = []
        rng = random.Random(3)
        for n, form in enumerate(fresh):
            for page in render(printed, 150, first=form.pages[0] - 1, count=2):
                pmap = page_map_of(page)
                for area in pmap["areas"]:
                    if area["field"] == "opinions" and n == 1:  # a note written by hand
                        x, y, w, h = (v * 150 / 72 for v in area["box"])
                        ImageDraw.Draw(page).line(
                            [(x + 20, y + h / 2), (x + w / 2, y + h / 2 + 6)], fill=0, width=3
                        )
                for t in pmap["ticks"]:
                    if t["field"] == "satisfaction" and t["value"] in ("satisfied", "dissatisfied"):
                        if t["value"] == "satisfied" or n == 1:  # form 2: two boxes ticked
                            tick(page, t["box"], 150, "check", rng)
                pages.append(page)
        result = scan_files([as_pdf(pages, tmp_path / "scans.pdf", 150)])
        assert [f.saved for f in result.forms] == ["draft"] * 3
        dialog = ScanReviewDialog(result)
        qtbot.addWidget(dialog)
        first = dialog.forms[0]
        assert first.case_no == fresh[1].case_no and first.uncertain == ["satisfaction"]
        assert "1 uncertain" in dialog.table.item(0, 2).text()
        assert dialog.table.item(1, 2).text() == "all sure"
        assert not dialog.scan.pixmap().isNull()  # the scan beside, from the database
        def written() -> list[str]:
            form = dialog.writing_form
            return [form.itemAt(r, form.ItemRole.LabelRole).widget().text()
                    for r in range(form.rowCount())]  # fmt: skip

        # the handwriting is cut in the background: it comes a moment after the row
        qtbot.waitUntil(lambda: "Opinions and suggestions on petition work" in written())
        with qtbot.waitSignal(dialog.writing_shown, timeout=10_000):
            dialog.table.selectRow(1)  # a form with nothing written there
        assert "Opinions and suggestions on petition work" not in written()
        with qtbot.waitSignal(dialog.writing_shown, timeout=10_000):
            dialog.table.selectRow(0)  # left at once: its handwriting is dropped, not shown
            dialog.table.selectRow(1)
        assert "Opinions and suggestions on petition work" not in written()
        dialog.table.selectRow(0)
        combo = dialog.combos["satisfaction"]
        combo.setCurrentIndex(combo.findData("dissatisfied"))
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert visits.load_visit(first.visit_id).values.satisfaction == "dissatisfied"
        assert dialog.table.item(0, 2).text() == "all sure"
        note = AuditRecord.get(AuditRecord.action == "scan_confirmed").note
        assert '"clerk": "dissatisfied"' in note and '"scan": "satisfied"' in note
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # the form, on the draft
        assert dialog.form_dialog.isVisible()
        assert dialog.form_dialog.form.id == first.visit_id
        assert dialog.form_dialog.form.values.satisfaction == "dissatisfied"
        dialog.form_dialog.reject()
        others = [f for f in dialog.forms if f is not first]
        assert all(visits.load_visit(f.visit_id).values.satisfaction == "satisfied" for f in others)
        _close(dialog, qtbot)  # while the database is open: leaving a field validates it
    finally:
        dbmod.close_database()


def _close(dialog, qtbot) -> None:
    for window in (dialog.form_dialog, dialog):
        if window is not None:
            window.close()
    qtbot.wait(20)


def test_read_scanned_forms_in_the_background(qtbot, tmp_path):
    """File ▸ Read scanned forms…: "progress with cancel, then a review list"."""
    from PySide6.QtWidgets import QWidget

    from rv_desktop.gui.background import running_jobs
    from rv_desktop.gui.scan_actions import ScanActions

    make_application("en")
    db = create_demo_database(tmp_path / "demo.sqlite", cases=30).path
    dbmod.open_database(db, actor="tester")
    try:
        window = QWidget()
        qtbot.addWidget(window)
        actions = ScanActions(window)
        assert actions.action.text() == "Read &scanned forms…"
        printed = print_forms(tmp_path / "blank-form.pdf", blank=1).path
        blank = as_pdf(render(printed, 150), tmp_path / "blank.pdf", 150)  # the scanned blank
        actions.read([blank])
        qtbot.waitUntil(lambda: actions.job is None and running_jobs() == 0, timeout=60_000)
        dialog = window.findChild(ScanReviewDialog)
        assert dialog is not None and dialog.forms == []
        assert dialog.table.rowCount() == 2  # the blank form's two pages, each with its reason
        assert dialog.table.item(0, 2).text().startswith("unreadable: a blank form")
        dialog.close()
    finally:
        dbmod.close_database(all_threads=True)
