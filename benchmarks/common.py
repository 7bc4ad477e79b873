"""Shared pieces of the benchmarks: the workspace with its generated data."""

from __future__ import annotations

import sqlite3
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
        self._copied: set[str] = set()
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

    def big_copy(self, name: str) -> Path:
        """A private copy of the big demo database (the shared one is never written to);
        the database must not be open at ``name``."""
        path = self.fresh_path(name)
        src, dst = sqlite3.connect(self.big_database()), sqlite3.connect(path)
        src.backup(dst)
        src.close()
        dst.close()
        return path

    def current_campaign(self, name: str):
        """The current campaign of the private copy ``name`` of the big demo (copied once
        per run), its database opened."""
        from rv_desktop.domain import db as dbmod
        from rv_desktop.domain.models import Campaign

        dbmod.close_database()
        if name not in self._copied:
            self.big_copy(name)
            self._copied.add(name)
        dbmod.open_database(self.folder / name, actor="bench")
        return Campaign.get(Campaign.is_current == True)  # noqa: E712


def rv_desktop(args: list[str], env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the program as a user would, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "rv_desktop", *args], check=True, capture_output=True, env=env
    )
