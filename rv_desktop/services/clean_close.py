"""When the start-up check of a database can be skipped: the clean-close record.

``PRAGMA quick_check`` reads the whole file (about a second on 100,000
cases). It is worth it after anything that could have damaged the file, not
on the tenth start of the day. A database needs its check when:

- the program did not close it cleanly last time (it is marked open when it
  opens; a crash or power cut leaves that mark), or no record exists;
- its size or modification time differ from those recorded at the close
  (another program, the command line or a copy changed it), or a ``-wal``
  file with content lies beside it;
- its last passed check is more than a day old (the check is done at least
  daily even when every close was clean).

The record lives in the user data folder (``clean-closes.json``), one entry
per database (its absolute path); losing it only costs a check. No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .. import paths
from ..domain.errors import UserError
from .output import write_atomically

RECORD_NAME = "clean-closes.json"
#: the check runs at least this often, clean closes or not
CHECK_EVERY = dt.timedelta(days=1)


def _record_path() -> Path:
    return paths.data_dir() / RECORD_NAME


def _key(database: Path) -> str:
    return str(Path(database).expanduser().absolute())


def _load() -> dict[str, dict]:
    try:
        data = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(data: dict[str, dict]) -> None:
    target = _record_path()
    text = json.dumps(data, indent=1)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    except (OSError, UserError):
        pass  # an unwritable data folder: the check simply runs every time


def _stamp(database: Path) -> dict[str, int] | None:
    try:
        st = Path(database).stat()
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _update(database: Path, **values) -> None:
    data = _load()
    entry = data.get(_key(database))
    entry = dict(entry) if isinstance(entry, dict) else {}
    entry.update(values)
    data[_key(database)] = entry
    _save(data)


def check_needed(database: Path, now: dt.datetime | None = None) -> bool:
    """True when the start-up check must run (see the module's rules)."""
    database = Path(database).expanduser()
    stamp = _stamp(database)
    if stamp is None or stamp["size"] == 0:
        return False  # a new file: nothing to check
    entry = _load().get(_key(database))
    if not isinstance(entry, dict) or entry.get("state") != "closed":
        return True
    if {"size": entry.get("size"), "mtime_ns": entry.get("mtime_ns")} != stamp:
        return True
    wal = _stamp(Path(f"{database}-wal"))
    if wal is not None and wal["size"] > 0:
        return True
    try:
        checked = dt.datetime.fromisoformat(str(entry.get("checked_at")))
    except ValueError:
        return True
    now = now or dt.datetime.now()
    return not (dt.timedelta(0) <= now - checked < CHECK_EVERY)


def mark_open(database: Path) -> None:
    """The program has the file open: a crash from now on leaves this mark."""
    _update(database, state="open")


def mark_checked(database: Path, now: dt.datetime | None = None) -> None:
    """The check passed (or a checked backup was just restored over the file)."""
    _update(database, checked_at=(now or dt.datetime.now()).isoformat(timespec="seconds"))


def mark_closed(database: Path) -> None:
    """The program closed the file cleanly: its size and time as they are now."""
    stamp = _stamp(Path(database).expanduser())
    if stamp is not None:
        _update(database, state="closed", **stamp)


def forget(database: Path) -> None:
    """Damage was found: the next start checks again whatever happens."""
    data = _load()
    if data.pop(_key(database), None) is not None:
        _save(data)
