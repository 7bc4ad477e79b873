"""Start the GUI: the application object, translations, style, the database, the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from .. import __version__, paths
from ..domain.errors import UserError
from ..domain.office import OfficeNames, save_office_names
from ..i18n import SUPPORTED, install_translators, tr_error
from . import window_state
from .background import run_in_background
from .garbage import GuiThreadCollector
from .main_window import MainWindow
from .recovery import open_checked
from .session import Session
from .widgets.start_splash import StartSplash


def make_application(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(["rv-desktop"])
    app.setOrganizationName(window_state.ORGANISATION)
    app.setApplicationName(window_state.APPLICATION)
    app.setApplicationVersion(__version__)
    if (
        lang not in SUPPORTED
    ):  # no --lang: the clerk's choice (Settings ▸ Language), or the system's
        lang = str(window_state.value(window_state.LANGUAGE, "") or "")
    install_translators(app, lang if lang in SUPPORTED else None)
    icon = paths.resources_dir() / "icons" / "rv_desktop.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = paths.resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def choose_database(db: str | None, demo: bool) -> Path:
    """``--db``, else the demo, else the last database used, else the default."""
    if db:
        return Path(db)
    if demo:
        return paths.demo_database()
    last = window_state.value(window_state.LAST_DATABASE)
    if last and Path(str(last)).exists():
        return Path(str(last))
    return paths.default_database()


def needs_welcome(db: str | None, demo: bool) -> bool:
    """The first start: no file named, and the office's own database not made yet.

    The welcome comes back at each start while the clerk has only looked at the
    demo, until they create their database (or open another one).
    """
    if db or demo or paths.default_database().exists():
        return False
    last = window_state.value(window_state.LAST_DATABASE)
    if not last or not Path(str(last)).exists():
        return True
    return Path(str(last)).resolve() == paths.demo_database().resolve()


def create_demo_with_progress(path: Path) -> bool:
    """Write the demo database off the GUI thread, showing progress. False if cancelled."""
    from ..services.demo import create_demo_database

    translate = QApplication.translate
    dialog = QProgressDialog(
        translate("App", "Creating the demo database…"), translate("App", "Cancel"), 0, 100
    )
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(200)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def work(job):
        return create_demo_database(
            path,
            progress=job.progress,
            cancelled=lambda: job.cancelled,
        )

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    job = run_in_background(
        work,
        on_done=lambda r: (outcome.update(result=r), loop.quit()),
        on_error=lambda e: (outcome.update(error=e), loop.quit()),
        on_progress=progressed,
    )
    dialog.canceled.connect(job.cancel)
    loop.exec()
    dialog.close()
    error = outcome.get("error")
    if error is not None:
        if isinstance(error, UserError) and error.code == "cancelled":
            return False
        raise error
    return True


def open_main_window(
    db: str | None = None, demo: bool = False, splash: bool = False
) -> MainWindow | None:
    """Open the database the arguments name and build the window; None if refused.

    On the first start the welcome asks first: the office's new database (its
    names saved in it) or the demo. The file is quick-checked before it opens;
    a damaged one is said so, with the latest backup offered (``recovery.py``).
    With ``splash`` a small card says what is being done meanwhile; it is the
    window's ``start_splash``, for the caller to close once the window shows.
    """
    names: OfficeNames | None = None
    if needs_welcome(db, demo):
        from .dialogs.welcome_dialog import WelcomeDialog

        welcome = WelcomeDialog(paths.default_database())
        if welcome.exec() != QDialog.DialogCode.Accepted:
            return None
        if welcome.choice == WelcomeDialog.DEMO:
            demo = True
        else:
            names = welcome.names
    path = choose_database(db, demo) if names is None else paths.default_database()
    session = Session()
    try:
        if demo and not db and not path.exists():
            if not create_demo_with_progress(path):
                return None
        card = StartSplash(path) if splash else None
        if card is not None:
            card.start()
        try:
            opened = open_checked(session, path, before_asking=card.close if card else None)
        finally:
            if card is not None and not session.is_open:
                card.close()
        if not opened:
            return None
        if names is not None:
            save_office_names(names)
    except UserError as exc:
        QMessageBox.critical(
            None, QApplication.translate("App", "Return-visit desk"), tr_error(exc)
        )
        return None
    if card is not None and card.isVisible():
        card.say(QApplication.translate("Splash", "Opening the register…"))
    window = MainWindow(session)
    window.start_splash = card if card is not None and card.isVisible() else None
    return window


def run_gui(argv: Sequence[str]) -> int:
    from ..cli import _pre_lang, _private_temp, build_parser

    app = make_application(_pre_lang(argv))
    _private_temp()  # personal data in temporary files stays in the data folder
    collector = GuiThreadCollector(app)
    args = build_parser().parse_args(list(argv))
    window = open_main_window(args.db, args.demo, splash=True)
    if window is None:
        return 2
    window.show()
    if window.start_splash is not None:
        window.start_splash.finish(window)
        window.start_splash = None
    if os.environ.get("RV_DESKTOP_EXIT_WHEN_READY"):
        # benchmarks: quit as soon as the shown window has processed its first events
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    # let running background jobs (a page still loading) finish before the
    # database they read is closed under them
    QThreadPool.globalInstance().waitForDone(10000)
    window.session.close()
    collector.stop()
    return code


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1:]))
