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

from tests import factories

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


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """``demo_file(cases, seed)``: the demo recipe's database of that size, written once
    per run and shared: a test that changes it works on ``demo_copy``."""
    made: dict[tuple[int, int], Path] = {}

    def demo_file(cases: int = 300, seed: int = 1) -> Path:
        if (cases, seed) not in made:
            folder = tmp_path_factory.mktemp(f"demo{cases}-{seed}")
            made[cases, seed] = factories.demo_database(folder, cases, seed)
        return made[cases, seed]

    return demo_file


@pytest.fixture
def demo_copy(tmp_path, demo_file):
    """``demo_copy(cases, seed)``: this test's own copy of ``demo_file(cases, seed)``."""
    return lambda cases=300, seed=1: factories.copy_of(demo_file(cases, seed), tmp_path)


@pytest.fixture(scope="session")
def fonts():
    """The Chinese font the PDFs are drawn with; the test is skipped where none is installed."""
    from rv_desktop.services.pdf import FontMissing, find_fonts

    try:
        return find_fonts()
    except FontMissing:
        pytest.skip("no Chinese TrueType font installed (Debian: fonts-wqy-zenhei)")


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
