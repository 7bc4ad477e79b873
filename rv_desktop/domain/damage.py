"""Telling SQLite's damage from its other errors, where a file opens without the full check.

The window opens the database before ``PRAGMA quick_check`` has run (it
runs in the background, or not at all after a clean close), and the command
line never runs it; so damage may first show as an error of an ordinary
query. ``is_damage`` recognises it (SQLITE_CORRUPT, SQLITE_NOTADB, whether
raised by sqlite3 or wrapped by peewee); a locked database or a broken
constraint is not damage.
"""

from __future__ import annotations

import os
from pathlib import Path

from .db import DatabaseDamaged, is_damage

__all__ = ["damage_of", "is_damage"]


def damage_of(path: str | os.PathLike, error: BaseException) -> DatabaseDamaged:
    """The user's message for damage SQLite met in ``path``."""
    return DatabaseDamaged(Path(path), [str(error)])
