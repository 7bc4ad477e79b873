"""Foundation: writing the 100,000-case demo database, and launch to a usable window."""

from __future__ import annotations

import os

from common import Bench, Workspace, rv_desktop


def demo_db(work: Workspace):
    def run():
        path = work.fresh_path("bench-demo.sqlite")
        rv_desktop(["demo-db", str(path), "--cases", str(work.big_cases)])

    return run


def launch(work: Workspace):
    db = work.big_database()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        RV_DESKTOP_EXIT_WHEN_READY="1",
        RV_DESKTOP_DATA_DIR=str(work.folder / "userdata"),
    )

    def run():
        rv_desktop(["--db", str(db)], env=env)

    return run


BENCHMARKS = [
    Bench("demo-db --cases 100000 (whole command)", "< 60 s", demo_db, repeat=3),
    Bench("launch to usable window, 100,000-case db", "(report)", launch, repeat=5),
]
