"""The installer's bundle: PyInstaller build time, unpacked size, and the bundled program's start.

The build goes to ``_work/bundle`` (PyInstaller's cache in ``_work/bundle-work``
is kept, as on a developer's machine); its size is printed (goal: under
150 MB unpacked; on Linux, where the bundle also carries ICU, shrunk to
Chinese and English by ``installer/bundle_trim.py``, and the system libraries
Qt needs, 142 MB in Nov 2026). The start is the bundled
``rv-desktop --version`` and ``check`` on a small demo database.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from common import Bench, Workspace

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""


def _bundle(work: Workspace) -> Path:
    return work.folder / "bundle" / "rv_desktop"


def build(work: Workspace):
    def run():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "installer" / "build.py"),
                "--dist",
                str(work.folder / "bundle"),
                "--work",
                str(work.folder / "bundle-work"),
                "--no-installer",
                "--quiet",
            ],
            check=True,
            capture_output=True,
        )
        folder = _bundle(work)
        size = sum(
            p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
        )
        print(f"    {size / 1e6:.0f} MB unpacked", file=sys.stderr)

    return run


def start(work: Workspace):
    folder = _bundle(work)
    if not (folder / f"rv-desktop{EXE}").exists():
        build(work)()
    db = work.folder / "bundle-demo.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if not db.exists():
        subprocess.run([str(folder / f"rv-desktop{EXE}"), "demo-db", str(db), "--cases", "200"],
                       check=True, capture_output=True, env=env)  # fmt: skip

    def run():
        for args in (["--version"], ["check", "--db", str(db)]):
            subprocess.run([str(folder / f"rv-desktop{EXE}"), *args],
                           check=True, capture_output=True, env=env)  # fmt: skip

    return run


BENCHMARKS = [
    Bench("PyInstaller bundle build (installer/build.py)", "< 2 min, < 150 MB", build, repeat=1),
    Bench("bundled rv-desktop: --version + check", "< 2 s", start, repeat=3),
]
