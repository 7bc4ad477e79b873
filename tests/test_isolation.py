"""Tests never touch the clerk's settings, data or backups; the package metadata builds.

The issue: "after dev.py test, ~/.config/rv_desktop/rv_desktop.conf holds a
pytest temp database as the last database ... Tests must never touch the
user's settings, data or backups: every test, subprocess ones included, gets
its own settings location."
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import ROOT

_PROBE = """
from PySide6.QtCore import QCoreApplication, QSettings
from rv_desktop import logs, paths
from rv_desktop.gui import window_state
app = QCoreApplication([])
app.setOrganizationName(window_state.ORGANISATION)
app.setApplicationName(window_state.APPLICATION)
print(QSettings().fileName())
print(paths.data_dir())
print(paths.backups_dir())
print(logs.log_file())
"""


def test_a_subprocess_writes_its_settings_and_data_in_the_tests_folder(tmp_path):
    data = Path(os.environ["RV_DESKTOP_DATA_DIR"])
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    for line in result.stdout.split("\n"):
        if line:
            assert Path(line).is_relative_to(data), line


def test_in_process_settings_are_the_tests_own():
    from PySide6.QtCore import QSettings

    data = os.environ["RV_DESKTOP_DATA_DIR"]
    settings = QSettings("rv_desktop", "rv_desktop")
    assert settings.fileName().startswith(data)


def test_license_is_an_spdx_expression():
    """setuptools stops building ``license = { text = ... }`` after 2027-02-18."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["license"] == "LicenseRef-Proprietary"
    assert "setuptools>=77" in meta["build-system"]["requires"]
