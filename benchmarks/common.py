"""Shared pieces of the benchmarks: the workspace with its generated data."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Bench:
    name: str
    goal: str
    prepare: Callable[[Workspace], Callable[[], object]]
    repeat: int = 5


class Workspace:
    """Generated data shared by the benchmarks, made once and kept in ``_work``."""

    def __init__(self, folder: Path, quick: bool):
        self.folder = folder
        self.quick = quick
        folder.mkdir(parents=True, exist_ok=True)

    @property
    def big_cases(self) -> int:
        return 20_000 if self.quick else 100_000

    def big_database(self) -> Path:
        """A demo database of 100,000 cases (20,000 with --quick), made once."""
        path = self.folder / f"demo-{self.big_cases}.sqlite"
        if not path.exists():
            rv_desktop(["demo-db", str(path), "--cases", str(self.big_cases)])
        return path

    def fresh_path(self, name: str) -> Path:
        path = self.folder / name
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return path


def rv_desktop(args: list[str], env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the program as a user would, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "rv_desktop", *args], check=True, capture_output=True, env=env
    )
