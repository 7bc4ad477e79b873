"""Ledger import checked from outside, as whole processes (issue 17's goal).

    python benchmarks/bench_import_process.py [--runs 3]

``rv-desktop import-ledger`` of the 20,000-row benchmark ledger into a new
database, minus the time of ``rv-desktop --version`` (the command line's own
start-up), against a Python process that reads the same file with calamine;
best of three each, run alternately so that a busy machine slows all three
alike. Goal: the ratio is at most 3.

``import-ledger --create`` is used when the command line has it (from then on
``import-ledger`` refuses to create a database without it); before that,
``import-ledger`` creates the new database by itself, which is the same work.

Also listed in ``dev.py bench`` (``BENCHMARKS``) as three process timings.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_import import ledger  # noqa: E402
from common import Bench, Workspace  # noqa: E402

CALAMINE = (
    "import sys\n"
    "from python_calamine import CalamineWorkbook\n"
    "CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_name('台账').to_python()\n"
)


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(HERE.parent), "QT_QPA_PLATFORM": "offscreen"}


def _has_create() -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "rv_desktop", "import-ledger", "--help"],
        capture_output=True,
        text=True,
        env=_env(),
    )
    return "--create" in result.stdout


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=_env())
    return time.perf_counter() - start


class Commands:
    def __init__(self, work: Workspace):
        self.work = work
        self.path = ledger(work)
        self.create = ["--create"] if _has_create() else []

    def import_ledger(self) -> float:
        target = self.work.fresh_path("process-import.sqlite")
        return _timed(
            [sys.executable, "-m", "rv_desktop", "import-ledger", "--db", str(target)]
            + self.create
            + [str(self.path)]
        )

    def version(self) -> float:
        return _timed([sys.executable, "-m", "rv_desktop", "--version"])

    def calamine(self) -> float:
        return _timed([sys.executable, "-c", CALAMINE, str(self.path)])


def measure(work: Workspace, runs: int = 3) -> dict[str, float]:
    """Best of ``runs`` for each command, run alternately."""
    commands = Commands(work)
    times: dict[str, list[float]] = {"import": [], "version": [], "calamine": []}
    for _ in range(runs):
        times["calamine"].append(commands.calamine())
        times["import"].append(commands.import_ledger())
        times["version"].append(commands.version())
    best = {name: min(values) for name, values in times.items()}
    best["create_flag"] = bool(commands.create)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    best = measure(Workspace(HERE / "_work", quick=False), args.runs)
    work_time = best["import"] - best["version"]
    flag = "import-ledger --create" if best["create_flag"] else "import-ledger (new db)"
    print(f"| process (best of {args.runs}) | time |")
    print("|---|---|")
    print(f"| {flag} | {best['import']:.2f} s |")
    print(f"| rv-desktop --version | {best['version']:.2f} s |")
    print(f"| import minus start-up | {work_time:.2f} s |")
    print(f"| python + calamine read | {best['calamine']:.2f} s |")
    print(f"| **ratio** (goal <= 3) | **{work_time / best['calamine']:.2f}x** |")
    return 0


def _bench(which: str):
    def prepare(work: Workspace):
        commands = Commands(work)
        return getattr(commands, which)

    return prepare


BENCHMARKS = [
    Bench(
        "process: import-ledger 20,000 rows, new db",
        "(minus --version) <= 3x calamine",
        _bench("import_ledger"),
        repeat=3,
    ),
    Bench("process: rv-desktop --version", "start-up, subtracted", _bench("version"), repeat=3),
    Bench(
        "process: python reads the ledger with calamine",
        "the yardstick",
        _bench("calamine"),
        repeat=3,
    ),
]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
