"""Memory of the window on the 100,000-case database, page by page (issue 17).

    python benchmarks/bench_memory.py [--quick]

A fresh process opens the window on the demo database (made once in
``benchmarks/_work``), shows it, then visits every page of the navigation in
turn; after each page has finished loading (no background job left, its
results delivered) and Python's garbage is collected, the process's resident
memory (``VmRSS``) is read. The table gives the memory after each page and
what that page added. Goal: < 400 MB after every page has been visited.

Linux only (``/proc/self/status``). Also listed in ``dev.py bench`` as one
timing (the whole visit), the figures printed on the way.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from common import Bench, Workspace  # noqa: E402

GOAL_MB = 400


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _settle(app, seconds: float = 60.0) -> None:
    """Process events until no background job runs and the results are in."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + seconds
    quiet = 0
    while time.monotonic() < deadline and quiet < 5:
        app.processEvents()
        if pool.activeThreadCount() == 0:
            quiet += 1
        else:
            quiet = 0
        time.sleep(0.05)
    app.processEvents()


def child(db: str) -> int:
    """Runs in its own process: the window, every page, RSS after each."""
    import gc

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from rv_desktop.gui.app import make_application, open_main_window
    from rv_desktop.gui.garbage import GuiThreadCollector

    app = make_application("en")
    collector = GuiThreadCollector(app)
    figures = [("start (Python, Qt, program imported)", rss_mb())]
    window = open_main_window(db)
    if window is None:
        print(json.dumps({"error": "the window was not opened"}))
        return 2
    window.resize(1400, 900)
    window.show()
    _settle(app)
    gc.collect()
    figures.append(("window shown: " + window.nav.currentItem().text(), rss_mb()))
    for row in range(window.nav.count()):
        if row == window.nav.currentRow():
            continue
        window.nav.setCurrentRow(row)
        _settle(app)
        gc.collect()
        app.processEvents()
        figures.append((window.nav.item(row).text(), rss_mb()))
    print(json.dumps(figures, ensure_ascii=False))
    window.session.close()
    collector.stop()
    return 0


def measure(work: Workspace) -> list[tuple[str, float]]:
    db = work.big_database()
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(db)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(HERE.parent), "QT_QPA_PLATFORM": "offscreen"},
        timeout=900,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return [tuple(item) for item in json.loads(result.stdout.strip().splitlines()[-1])]


def table(figures: list[tuple[str, float]], cases: int) -> str:
    lines = [f"| after ({cases:,} cases) | RSS | added |", "|---|---|---|"]
    before = None
    for name, mb in figures:
        added = "" if before is None else f"{mb - before:+.0f} MB"
        lines.append(f"| {name} | {mb:.0f} MB | {added} |")
        before = mb
    last = figures[-1][1]
    verdict = "met" if last < GOAL_MB else "not met"
    lines.append(f"| **every page visited** (goal < {GOAL_MB} MB: {verdict}) | **{last:.0f} MB** | |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(argv[1])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 cases instead of 100,000")
    args = parser.parse_args(argv)
    work = Workspace(HERE / "_work", quick=args.quick)
    print(table(measure(work), work.big_cases))
    return 0


def _visit(work: Workspace):
    def run():
        print(table(measure(work), work.big_cases), file=sys.stderr)

    return run


BENCHMARKS = [Bench("memory: every page visited (RSS table)", f"< {GOAL_MB} MB", _visit, 1)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
