"""Foundation: writing the 100,000-case demo database.

The launch to a usable window is timed by ``bench_startup.py`` (against a bare
PySide6 window, with its own settings folder).
"""

from __future__ import annotations

from common import Bench, Workspace, rv_desktop


def demo_db(work: Workspace):
    def run():
        path = work.fresh_path("bench-demo.sqlite")
        rv_desktop(["demo-db", str(path), "--cases", str(work.big_cases)])

    return run


BENCHMARKS = [
    Bench("demo-db --cases 100000 (whole command)", "< 60 s", demo_db, repeat=3),
]
