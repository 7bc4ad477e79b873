"""Open the registration form beside its scan on the screen the environment gives; print
where the window, its two halves and its buttons lie (JSON).

Run in a subprocess by ``test_scan_form_fits.py`` (the offscreen screen's size is
fixed when Qt starts):

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python scan_form_screen.py WORK
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.gui.screen_windows import describe, rect, settle  # noqa: E402


def main(work: Path) -> dict:
    os.environ["RV_DESKTOP_DATA_DIR"] = str(work / "data")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    from rv_desktop.domain import db as dbmod
    from rv_desktop.gui.app import make_application

    app = make_application("zh_CN")
    from rv_desktop.gui.dialogs.scan_review import ScanReviewDialog
    from rv_desktop.services.demo import create_demo_database
    from tests.gui.scan_demo import scan_forms

    database = create_demo_database(work / "demo.sqlite", cases=60, seed=3).path
    dbmod.open_database(database, actor="tester")
    result, _fresh = scan_forms(work)
    review = ScanReviewDialog(result)
    review.show()
    settle()
    review.open_form()
    settle()  # the scan is decoded and its handwriting cut in the background
    form = review.form_dialog
    out = {"available": rect(app.primaryScreen().availableGeometry()),
           "window": describe(form)}  # fmt: skip
    side = form.scan_side
    out["tabs"] = rect(form.tabs.geometry())
    out["tabs_needs"] = form.tabs.minimumSizeHint().width()
    out["panel"] = rect(side.panel.geometry()) if side.panel.isVisible() else None
    out["scan"] = rect(side.panel.view.scroll.viewport().geometry())
    side.panel.view.zoom_in()
    out["zoom_in"] = side.panel.view.picture.width()
    side.panel.view.fit_width()
    out["fit"] = side.panel.view.picture.width()
    side.toggle.setChecked(False)
    settle()
    out["hidden"] = side.panel.isVisible()
    form.autosave_timer.stop()
    form.reject()
    dbmod.close_database()
    return out


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
