#!/usr/bin/env python3
"""Run the benchmarks and print a table of medians.

    python3 dev.py bench [--quick] [--only SUBSTRING] [--repeat N]

Each ``benchmarks/bench_*.py`` module lists ``BENCHMARKS``: ``Bench`` entries
with a name, the issue's goal, and a function that receives the shared
``Workspace`` and returns a callable to time (its setup is done once,
outside the timing; it may return ``(setup, fn)`` to run ``setup`` untimed
before every run). Data is made here, in ``benchmarks/_work/`` (kept between
runs; delete it to start afresh), never taken from the user's files.
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import Bench, Workspace  # noqa: E402


def discover() -> list[Bench]:
    benches: list[Bench] = []
    for path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(path.stem)
        benches.extend(module.BENCHMARKS)
    return benches


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer runs")
    parser.add_argument("--only", help="run benchmarks whose name contains this")
    parser.add_argument("--repeat", type=int, help="runs per benchmark (default: each one's own)")
    args = parser.parse_args(argv)
    work = Workspace(HERE / "_work", quick=args.quick)
    rows = []
    for bench in discover():
        if args.only and args.only not in bench.name:
            continue
        runs = args.repeat or (1 if args.quick else bench.repeat)
        fn = bench.prepare(work)
        before = None
        if isinstance(fn, tuple):  # (setup run before each timing, the timed call)
            before, fn = fn
        times = []
        for _ in range(runs):
            if before:
                before()
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        rows.append(
            (bench.name, runs, statistics.median(times), min(times), max(times), bench.goal)
        )
        print(
            f"  {bench.name}: {statistics.median(times) * 1000:.0f} ms", file=sys.stderr, flush=True
        )
    print()
    print(f"| {'benchmark':<52} | runs | median | min | max | goal |")
    print(f"|{'-' * 54}|------|--------|-----|-----|------|")
    for name, runs, med, lo, hi, goal in rows:
        print(f"| {name:<52} | {runs:>4} | {_t(med)} | {_t(lo)} | {_t(hi)} | {goal} |")
    return 0


def _t(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
