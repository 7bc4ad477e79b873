"""The registration form beside its scan: what opening a scanned record and switching
tabs cost on the GUI thread (issue 19; the rule: over ~100 ms runs off the GUI thread).

A demo database (60 cases) and three forms scanned at 150 dpi (or the dpi given) as
``tests/gui/scan_demo.py`` makes them (one with handwriting); the form window
opened from the review. "open" is ``ScanSide.show_record`` on a record not shown
before (its scan read from the database; on the GUI thread), "ready" the time
until the scan and its handwriting are shown (the background job's end),
"showing it" the GUI thread's part of that end (the
pages onto the screen, the tab's handwriting), "tab" a switch of tab (``show_tab``). Goal: open and tab under 100 ms.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/bench_scan_form.py [DPI]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(rounds: int = 8, dpi: int = 150) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.visits import TABS
    from rv_desktop.gui.app import make_application
    from rv_desktop.gui.dialogs.scan_review import ScanReviewDialog
    from rv_desktop.services.demo import create_demo_database
    from tests.gui.scan_demo import scan_forms

    app = make_application("zh_CN")
    work = Path(tempfile.mkdtemp(prefix="bench-scan-form-"))
    dbmod.open_database(create_demo_database(work / "demo.sqlite", cases=60).path, "bench")
    result, _fresh = scan_forms(work, dpi=dpi)
    review = ScanReviewDialog(result)
    review.show()
    review.table.selectRow(0)
    review.open_form()
    dialog = review.form_dialog
    side = dialog.scan_side
    app.processEvents()

    def wait_ready() -> None:
        while not getattr(side, "ready", True):
            QThreadPool.globalInstance().waitForDone(5)
            app.processEvents()
        app.processEvents()

    wait_ready()
    opened, ready, tabs, shown = [], [], [], []
    if hasattr(side, "_loaded"):  # the job's result shown: on the GUI thread too
        loaded = side._loaded

        def timed(result) -> None:
            start = time.perf_counter()
            loaded(result)
            shown.append(time.perf_counter() - start)

        side._loaded = timed
    for _ in range(rounds):
        side.visit_id = None  # a record not shown before: its scan read again
        start = time.perf_counter()
        side.show_record(dialog.form)
        opened.append(time.perf_counter() - start)
        wait_ready()
        ready.append(time.perf_counter() - start)
        for tab in TABS:
            start = time.perf_counter()
            dialog.show_tab(tab)
            tabs.append(time.perf_counter() - start)
    ms = lambda xs: f"{statistics.median(xs) * 1000:7.1f} {max(xs) * 1000:7.1f}"  # noqa: E731
    print(f"scanned at {dpi} dpi, {len(side.pages)} pages")
    print(f"{'what':<34}{'median':>8}{'max':>8}  (ms)")
    print(f"{'open a scanned record (GUI thread)':<34}{ms(opened)}")
    print(f"{'  until the scan is shown':<34}{ms(ready)}")
    if shown:
        print(f"{'  showing it (GUI thread)':<34}{ms(shown)}")
    print(f"{'switch tabs (GUI thread)':<34}{ms(tabs)}")
    dialog.autosave_timer.stop()
    dialog.reject()
    review.close()
    app.processEvents()
    dbmod.close_database()


if __name__ == "__main__":
    main(dpi=int(sys.argv[1]) if len(sys.argv) > 1 else 150)
