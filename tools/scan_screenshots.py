"""The user guide's screenshot of the registration form beside its scan (issue 19).

    python tools/scan_screenshots.py [--lang zh_CN|en|all]

Works as ``tools/screenshots.py`` does (offscreen, the 1366×768 screen with its
taskbar, a temporary data folder and a demo database, one process per
language) and writes ``docs/images/scan-form.png`` (Chinese) and
``docs/images/en/scan-form.png``. Three forms are printed, ticked and
scanned (``tests/gui/scan_demo.py``: one with a doubtful satisfaction, a
faint risk tick and notes written by hand); the form window opens on the
doubtful one from the review, on its Findings tab.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import CLERK, IMAGES, _screen_environment, _shrink  # noqa: E402


def settle(rounds: int = 6) -> None:
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(10000)
        app.processEvents()


def take(lang: str) -> Path:
    from rv_desktop.domain import db as dbmod
    from rv_desktop.gui.app import make_application
    from rv_desktop.gui.dialogs.scan_review import ScanReviewDialog
    from rv_desktop.services.demo import create_demo_database
    from tests.gui.scan_demo import scan_forms

    work = Path(tempfile.mkdtemp(prefix="rv-scan-shots-"))
    for name in ("LOGNAME", "USER", "USERNAME"):
        os.environ[name] = CLERK
    os.environ["RV_DESKTOP_DATA_DIR"] = str(work / "data")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    make_application(lang)
    database = create_demo_database(work / "demo.sqlite", cases=80, seed=3).path
    dbmod.open_database(database, actor=CLERK)
    try:
        result, _fresh = scan_forms(work, dpi=200)
        review = ScanReviewDialog(result)
        review.show()
        settle()
        review.open_form()
        form = review.form_dialog
        settle()
        form.show_tab("findings")
        settle()
        form.autosave_timer.stop()
        out = (IMAGES if lang == "zh_CN" else IMAGES / "en") / "scan-form.png"
        if not form.grab().save(str(out)):
            raise SystemExit(f"could not write {out}")
        _shrink(out)
        print(out, form.size(), flush=True)
        form.reject()
        review.close()
        return out
    finally:
        QThreadPool.globalInstance().waitForDone(10000)
        dbmod.close_database()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("zh_CN", "en", "all"), default="all")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.child:  # one process per language, on the 1366×768 screen
        work = Path(tempfile.mkdtemp(prefix="rv-screens-"))
        code = 0
        for lang in ("zh_CN", "en") if args.lang == "all" else (args.lang,):
            command = [sys.executable, __file__, "--child", "--lang", lang]
            code = code or subprocess.run(command, env=_screen_environment("1366", work)).returncode
        return code
    QApplication.instance() or QApplication(["rv-desktop"])
    take(args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
