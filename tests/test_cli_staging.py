"""A killed or interrupted export leaves no personal data in the system's temporary folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from . import factories
from .conftest import ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals are POSIX")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return factories.demo_database(tmp_path_factory.mktemp("stage"), cases=400)


def _env(tmp_path: Path) -> dict:
    systmp = tmp_path / "systmp"
    systmp.mkdir(exist_ok=True)
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(systmp),
        RV_DESKTOP_DATA_DIR=str(tmp_path / "data"),
    )


def _export(demo: Path, tmp_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "rv_desktop", "export-package", "--db", str(demo),
         "--out", str(tmp_path / "stick"), "--no-encryption"],
        env=_env(tmp_path), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def _staged(tmp_path: Path) -> list[Path]:
    return [p for p in (tmp_path / "data" / "staging").glob("*/rv-package-*/*") if p.is_file()]


def _wait_for_members(proc: subprocess.Popen, tmp_path: Path) -> None:
    deadline = time.monotonic() + 120
    while not _staged(tmp_path):
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.02)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_killed_export_leaves_nothing_in_tmpdir(demo, tmp_path, how):
    """A killed `export-package` left the plaintext summary table in an `rv-package-*`
    folder of the system temp folder in 12 of 17 runs, and Ctrl-C left an openpyxl
    temporary file with it in TMPDIR: build package members in memory, or stage them in
    a private folder inside the data folder that every exit path and the next start
    remove."""
    proc = _export(demo, tmp_path)
    _wait_for_members(proc, tmp_path)
    proc.send_signal(how)
    proc.wait(60)
    assert list((tmp_path / "systmp").iterdir()) == []
    staging = tmp_path / "data" / "staging"
    if how != signal.SIGKILL:  # Ctrl-C, or ended by the system: removed on the way out
        assert list(staging.iterdir()) == []
    else:
        assert _staged(tmp_path)  # a kill cannot clean up: the next start does
        assert oct(staging.stat().st_mode & 0o777) == "0o700"
    done = subprocess.run(
        [sys.executable, "-m", "rv_desktop", "check", "--db", str(demo)],
        env=_env(tmp_path), cwd=ROOT, capture_output=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0
    assert list(staging.iterdir()) == []
    assert not (tmp_path / "stick").exists() or list((tmp_path / "stick").iterdir()) == []
