"""Launch: the program on the 100,000-case database against a bare PySide6 window.

Both are whole processes, timed from outside, offscreen:

- the program: ``python -m rv_desktop --db BIG`` with
  ``RV_DESKTOP_EXIT_WHEN_READY=1``, which exits as soon as the window is
  usable (the first page's rows on screen, the database check done or
  legitimately skipped), so the process's time is the launch time;
- a bare window: a ``QMainWindow`` with a ``QTableView`` of 50 rows, shown,
  quitting at its first event-loop turn.

They run alternately (this machine's speed drifts within minutes), best of
three each; the ratio is of the two bests. Goal: < 0.8 s and at most 6x.
The program runs twice before timing: the first launch after a close
records the clean close; the timed ones are what the clerk sees on every
later start of the day. A third row times the program when the check is
not skipped (the day's first start, or after a crash): the window shows as
fast, and is usable once ``quick_check`` has answered in the background.

    python3 benchmarks/bench_startup.py [--quick] [--runs N]

``run.py`` times the same two launches (``BENCHMARKS``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from common import Bench, Workspace  # noqa: E402

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
window = QMainWindow()
model = QStandardItemModel(50, 6)
for row in range(50):
    for column in range(6):
        model.setItem(row, column, QStandardItem(f"{row}-{column}"))
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _environment(user_folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    # compiled modules kept, as an installed program (or the bundle) has them
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RV_DESKTOP_DATA_DIR=str(user_folder),
        XDG_CONFIG_HOME=str(user_folder / "config"),  # QSettings of this run only
        RV_DESKTOP_EXIT_WHEN_READY="1",
        PYTHONPATH=str(HERE.parent) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    return env


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def launch_commands(database: Path) -> tuple[list[str], list[str]]:
    program = [sys.executable, "-m", "rv_desktop", "--db", str(database), "--lang", "zh_CN"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    return program, bare


def measure(database: Path, runs: int = 3) -> tuple[list[float], list[float], list[float]]:
    """(program times, bare-window times, program times with the check), alternately."""
    program, bare = launch_commands(database)
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(Path(folder))
        record = Path(folder) / "clean-closes.json"
        for _ in range(2):  # the first launch records the clean close
            _timed(program, env)
        _timed(bare, env)
        program_times, bare_times, checked_times = [], [], []
        for _ in range(runs):
            program_times.append(_timed(program, env))
            bare_times.append(_timed(bare, env))
            record.unlink(missing_ok=True)  # as after a crash, or on the day's first start
            checked_times.append(_timed(program, env))
    return program_times, bare_times, checked_times


def _launch(work: Workspace, which: int):
    database = work.big_database()
    folder = work.folder / f"launch-user-{which}"  # this benchmark's own settings
    shutil.rmtree(folder, ignore_errors=True)
    env = _environment(folder)
    command = launch_commands(database)[which]
    for _ in range(2):
        _timed(command, env)

    def run():
        subprocess.run(command, check=True, env=env, capture_output=True)

    return run


BENCHMARKS = [
    Bench(
        "launch until usable, 100,000-case db (whole process)",
        "< 0.8 s, <= 6x bare",
        lambda work: _launch(work, 0),
        repeat=3,
    ),
    Bench(
        "launch of a bare PySide6 window with a table view",
        "(reference)",
        lambda work: _launch(work, 1),
        repeat=3,
    ),
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 cases instead of 100,000")
    parser.add_argument("--runs", type=int, default=3, help="launches of each (best is kept)")
    parser.add_argument("--db", help="time this database instead of the generated one")
    args = parser.parse_args(argv)
    work = Workspace(HERE / "_work", quick=args.quick)
    database = Path(args.db) if args.db else work.big_database()
    program, bare, checked = measure(database, args.runs)
    print(f"| {'launch until usable (best of ' + str(args.runs) + ')':<48} | seconds | all runs |")
    print(f"|{'-' * 50}|---------|----------|")
    for name, times in (
        (f"the program, {database.name}", program),
        ("a bare PySide6 window with a table view", bare),
        ("the program, the check run (not skipped)", checked),
    ):
        runs = " ".join(f"{t:.2f}" for t in times)
        print(f"| {name:<48} | {min(times):7.2f} | {runs} |")
    ratio = min(program) / min(bare)
    print(f"| {'ratio, program / bare (goal: <= 6x, < 0.8 s)':<48} | {ratio:6.1f}x | |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
