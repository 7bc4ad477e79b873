"""The window on the error paths: a mistyped file, an unexpected error, the log.

The issue: "the window opens an empty register without asking" a mistyped
``--db``; "Errors vanish in the windowed program ... Log to a rotating file in
the data folder (no personal data in it ...), show unexpected errors with a
message that names the log file, and offer Help ▸ Open the log folder".
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QThreadPool

from rv_desktop import logs
from rv_desktop.gui.app import make_application, open_main_window
from rv_desktop.gui.background import run_in_background
from rv_desktop.gui.crash import install_excepthook
from tests.conftest import settle_background

from .shown import answer_boxes


def test_a_mistyped_database_is_refused_and_nothing_is_created(qtbot, tmp_path):
    make_application("en")
    seen: list[str] = []
    answer_boxes(seen)
    typo = tmp_path / "sub" / "typo.sqlite"
    assert open_main_window(str(typo)) is None
    assert len(seen) == 1 and "does not exist" in seen[0]
    assert list(tmp_path.iterdir()) == []  # no file, no folder, no lock


def test_an_unexpected_error_is_logged_and_named(qtbot, tmp_path):
    make_application("en")
    old_hook = sys.excepthook
    install_excepthook()
    seen: list[str] = []
    answer_boxes(seen)
    try:
        try:
            raise RuntimeError("slot broke on case QS2025-00001")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
    log_file = logs.log_file()
    assert log_file.is_relative_to(os.environ["RV_DESKTOP_DATA_DIR"])  # never the user's
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: slot broke" in text and "Traceback" in text
    assert len(seen) == 1 and str(log_file) in seen[0]


def test_a_failed_background_job_is_logged(qtbot):
    logs.setup_logging()
    failed: list[BaseException] = []

    def work(job):
        raise ZeroDivisionError("a bug in a job")

    run_in_background(work, on_error=failed.append)
    QThreadPool.globalInstance().waitForDone()
    settle_background()
    assert failed and isinstance(failed[0], ZeroDivisionError)
    text = logs.log_file().read_text(encoding="utf-8")
    assert "a background job" in text and "ZeroDivisionError: a bug in a job" in text


def test_help_menu_offers_the_log_folder(qtbot, tmp_path):
    from rv_desktop.domain import db as dbmod

    path = tmp_path / "office.sqlite"
    dbmod.open_database(path, create=True)
    dbmod.close_database()
    make_application("en")
    window = open_main_window(str(path))
    qtbot.addWidget(window)
    try:
        assert window.log_folder_action.text() == "Open the &log folder"
        help_menu = window.log_folder_action.associatedObjects()
        assert help_menu
    finally:
        settle_background()
        window.session.close()
