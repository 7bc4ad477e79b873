"""Ledger import checked from outside, as whole processes (issue 17's goal).

    python benchmarks/bench_import_process.py [--runs 3]   (or --repeat 3)

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
import resource
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
    """The program as installed: its modules' bytecode compiled (an installer
    or pip does that), here into a cache of the workspace, even where the
    environment says PYTHONDONTWRITEBYTECODE (every run would compile the
    sources again: 0.1-0.2 s of each process, more for the import's modules)."""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(HERE / "_work" / "pycache")
    return env


def _has_create() -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "rv_desktop", "import-ledger", "--help"],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=HERE.parent,
    )
    return "--create" in result.stdout


#: CPU seconds (user + system) of the last process run by ``_timed``: less
#: disturbed than wall time when other work shares the machine.
last_cpu = [0.0]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(args: list[str]) -> float:
    cpu = _children_cpu()
    start = time.perf_counter()
    # cwd: ``python -m`` puts the current folder first on sys.path; run from
    # another checkout, the processes would time that checkout's code
    subprocess.run(args, check=True, capture_output=True, env=_env(), cwd=HERE.parent)
    wall = time.perf_counter() - start
    last_cpu[0] = _children_cpu() - cpu
    return wall


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
    """Best of ``runs`` for each command, run alternately: wall and CPU time."""
    commands = Commands(work)
    runners = {
        "calamine": commands.calamine,
        "import": commands.import_ledger,
        "version": commands.version,
    }
    wall: dict[str, list[float]] = {name: [] for name in runners}
    cpu: dict[str, list[float]] = {name: [] for name in runners}
    for run in runners.values():
        run()  # compiles the bytecode once, untimed
    for _ in range(runs):
        for name, run in runners.items():
            wall[name].append(run())
            cpu[name].append(last_cpu[0])
    best: dict[str, float] = {name: min(values) for name, values in wall.items()}
    best.update({f"{name}_cpu": min(values) for name, values in cpu.items()})
    best["create_flag"] = bool(commands.create)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", "--repeat", type=int, default=3, help="best of how many")
    args = parser.parse_args(argv)
    load_before = _load()
    best = measure(Workspace(HERE / "_work", quick=False), args.runs)
    flag = "import-ledger --create" if best["create_flag"] else "import-ledger (new db)"
    print(f"| process (best of {args.runs}) | wall | CPU |")
    print("|---|---|---|")
    rows = [(flag, "import"), ("rv-desktop --version", "version")]
    rows.append(("python + calamine read", "calamine"))
    for label, name in rows:
        print(f"| {label} | {best[name]:.2f} s | {best[name + '_cpu']:.2f} s |")
    ratios = []
    for suffix in ("", "_cpu"):
        work_time = best["import" + suffix] - best["version" + suffix]
        ratios.append(f"{work_time:.2f} s = {work_time / best['calamine' + suffix]:.2f}x")
    print(f"| **import minus start-up** (goal <= 3x calamine) | **{ratios[0]}** | **{ratios[1]}** |")
    print(f"\nload average (1 min) before and after: {load_before} / {_load()}")
    return 0


def _load() -> str:
    """The machine's 1-minute load average: the figures mean little on a busy machine."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:  # not on every system
        return "?"


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
