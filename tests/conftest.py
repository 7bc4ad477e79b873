"""Shared fixtures: a fresh SQLite file per test, never the user's files.

Qt runs offscreen; QSettings and the data folder point into the test's
temporary folder, so tests never read or write the clerk's real ones.
"""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Before any fixture (module- and session-scoped ones run before the autouse one
# below): the whole run already has its own settings and data folders, so
# nothing a test starts can reach the clerk's ~/.config or data folder.
_SESSION_HOME = tempfile.mkdtemp(prefix="rv_desktop-tests-")
atexit.register(shutil.rmtree, _SESSION_HOME, True)
os.environ["RV_DESKTOP_DATA_DIR"] = os.path.join(_SESSION_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SESSION_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SESSION_HOME, "share")

# Python's automatic garbage collection runs in whichever thread allocates when
# a generation fills; in a background job's thread it can destroy a widget left
# in a reference cycle by an earlier test, which crashes Qt (seen under gdb).
# The program collects on the GUI thread only (gui/garbage.py); the tests do
# the same: collection off, and a full collection on the main thread after
# every test.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread():
    yield
    gc.collect()


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("RV_DESKTOP_DATA_DIR", str(data))
    # subprocesses (run_cli, the window, the bundle) inherit these: their
    # QSettings and platformdirs land in the test's folder too, never in ~/.config
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "share"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(data))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data))
    yield data


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def database(db_path):
    """An empty database of the current schema, bound to the models."""
    from rv_desktop.domain import db as dbmod

    database = dbmod.open_database(db_path, actor="tester")
    yield database
    dbmod.close_database()


def run_cli(*args: str, cwd: Path | None = None):
    """Run ``python -m rv_desktop ARGS`` in a real subprocess."""
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "rv_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd or ROOT,
        env=env,
        timeout=300,
    )


def settle_background() -> None:
    """Let every background job finish and deliver its result to the GUI thread.

    A job's result arrives as a queued signal: waiting for the thread pool alone
    leaves it in the event queue, to be delivered later (after the test closed
    the database, under load). Results may start further jobs, hence the loop.
    """
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    pool = QThreadPool.globalInstance()
    for _ in range(5):
        pool.waitForDone()
        QApplication.processEvents()
        if pool.activeThreadCount() == 0:
            pool.waitForDone()
            QApplication.processEvents()
            if pool.activeThreadCount() == 0:
                return
