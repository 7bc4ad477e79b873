"""The one place that knows the database file: open, create, migrate, check.

``open_database(path, create=...)`` binds the model proxy to a SQLite file
with pragmas that keep saved records through a power cut (WAL,
``synchronous=full``), refuses files that are not ours or are newer than this
program (leaving them untouched), creates a new file with the current schema
(only when the caller says ``create=True``), or upgrades an older one in
place after copying it aside. ``is_damage(exc)`` tells SQLite's "the file is
damaged" errors from the others, for callers that meet them mid-work.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from . import audit, dblock
from .db_checks import integrity_check as integrity_check
from .db_checks import is_damage, quick_check_connection
from .db_checks import quick_check as quick_check
from .db_checks import schema_version as schema_version
from .db_files import private_file
from .db_files import remove_restore_leftovers as remove_restore_leftovers
from .errors import QT_TRANSLATE_NOOP, UserError, os_errors_as
from .migrations import MIGRATIONS, SCHEMA_VERSION
from .models import ALL_MODELS, HOME_TOWN_ID, Town, db
from .transactions import write_transaction

#: ``PRAGMA application_id`` of our files: "RVD1".
APPLICATION_ID = 0x52564431

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "full",
    # 8 MB of page cache per connection (each worker thread has its own):
    # with 32 MB the window kept ~170 MB more after visiting every page of
    # 100,000 cases, for no measurable speed (the OS caches the file anyway;
    # benchmarks/bench_memory.py)
    "cache_size": -8000,
}

_SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseOpenError(UserError):
    """The file cannot be opened as an rv_desktop database; it was not changed."""


class DatabaseDamaged(DatabaseOpenError):
    """SQLite finds the file damaged; it was not changed. ``problems`` says where."""

    def __init__(self, path: Path, problems: list[str]):
        super().__init__(
            "db_damaged",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is damaged and cannot be read: {reason}",
            ),
            path=path,
            reason="; ".join(_first_lines(problems, 3)),
        )
        self.problems = problems


def _first_lines(problems: list[str], count: int) -> list[str]:
    """SQLite's first few findings: quick_check can report thousands of lines."""
    lines = [
        line.strip()
        for problem in problems
        for line in str(problem).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return lines[:count] + (["…"] if len(lines) > count else [])


class _Database(SqliteDatabase):
    """peewee keeps one connection per thread; this remembers them all.

    Worker threads of the thread pool open their own connections and keep
    them. Before the file is replaced (restore) every one of them must be
    closed, or a worker would go on writing to the old file (or, on Windows,
    the file could not be replaced at all).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._all_connections: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        #: run once before the first transaction (every write is one): the command
        #: line checks the file there, so reading stays cheap and no write goes
        #: into a file SQLite knows to be damaged
        self.before_first_write: Callable[[], None] | None = None

    def atomic(self, *args, **kwargs):
        hook, self.before_first_write = self.before_first_write, None
        if hook is not None:
            hook()
        return super().atomic(*args, **kwargs)
        self.lock: dblock.DatabaseLock | None = None  # the program's lock, when held

    def _connect(self):
        conn = super()._connect()
        with self._all_lock:
            self._all_connections.append(conn)
        return conn

    def close_all(self) -> None:
        """Close every thread's connection (sqlite3 allows it: check_same_thread=False)."""
        if not self.is_closed() and not self.in_transaction():
            self.close()
        with self._all_lock:
            connections, self._all_connections = self._all_connections, []
        for conn in connections:
            try:
                conn.close()
            except sqlite3.Error:
                pass


def inspect_file(path: Path) -> tuple[int, int, int] | None:
    """(application_id, user_version, table count) of an existing file, read-only.

    Returns None when the file does not exist or is empty (a new database).
    Raises DatabaseOpenError when it is not a SQLite database at all.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise DatabaseOpenError(
            "db_is_folder",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is a folder, not a database file.",
            ),
            path=path,
        )
    unreadable = QT_TRANSLATE_NOOP("UserError", "{path} cannot be read: {reason}")
    with os_errors_as(DatabaseOpenError, "db_unreadable", unreadable, path=path):
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC:
        raise DatabaseOpenError(
            "db_not_sqlite",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is not a database file of this program.",
            ),
            path=path,
        )
    uri = path.resolve().as_uri() + "?mode=ro"
    leftovers = _wal_files_made_by(path)
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(path, [str(exc)]) from exc
    finally:
        leftovers()
    return app_id, version, tables


def _wal_files_made_by(path: Path) -> Callable[[], None]:
    """A clean-up for the empty -wal/-shm a reading connection leaves behind.

    A read-only (or refused) connection to a WAL database creates them and
    cannot remove them; files that were there before are never touched.
    """
    wal, shm = Path(str(path) + "-wal"), Path(str(path) + "-shm")
    existed = wal.exists(), shm.exists()

    def clean() -> None:
        try:
            if not existed[0] and wal.exists() and wal.stat().st_size == 0:
                wal.unlink()
                if not existed[1]:
                    shm.unlink(missing_ok=True)
        except OSError:
            pass

    return clean


def _check_ours(path: Path, info: tuple[int, int, int] | None) -> bool:
    """True when the file must be created, False when it exists and is ours."""
    if info is None:
        return True
    app_id, version, tables = info
    if app_id == 0 and tables == 0:
        return True
    if app_id != APPLICATION_ID:
        raise DatabaseOpenError(
            "db_foreign",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is a database of another program.",
            ),
            path=path,
        )
    if version > SCHEMA_VERSION:
        raise DatabaseOpenError(
            "db_too_new",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} was written by a newer version of this program (schema {found}; "
                "this version knows {known}). Install the newer version to open it.",
            ),
            path=path,
            found=version,
            known=SCHEMA_VERSION,
        )
    return False


def _ensure_folder(path: Path) -> None:
    folder = path.parent
    failed = QT_TRANSLATE_NOOP("UserError", "The folder {folder} cannot be created: {reason}")
    with os_errors_as(DatabaseOpenError, "db_folder_unwritable", failed, folder=folder):
        folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            "db_folder_unwritable",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The folder {folder} cannot be written. Choose another place for the database.",
            ),
            folder=folder,
        )


class DatabaseMissing(DatabaseOpenError):
    """``open_database(..., create=False)`` on a file that is not there; nothing was made."""


def missing_error(path: Path) -> DatabaseMissing:
    return DatabaseMissing(
        "db_missing",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path}: the database file does not exist. Check the path "
            "(rv-desktop init --db PATH creates a new one).",
        ),
        path=path,
    )


def require_existing(path: str | os.PathLike) -> None:
    """Raise ``DatabaseMissing`` unless ``path`` is a file with something in it."""
    path = Path(path).expanduser()
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        raise missing_error(path)


def open_database(
    path: str | os.PathLike,
    actor: str | None = None,
    hold: str | None = None,
    *,
    create: bool = True,
) -> SqliteDatabase:
    """Bind the models to ``path``, upgrading it as needed.

    ``create`` says whether a missing (or empty) file may be made: the
    commands that create on purpose (``init``, ``demo-db``, ``--create``,
    the welcome) pass True; every other entry point passes False, so a
    mistyped path is refused with ``DatabaseMissing`` and nothing (no file,
    no folder) is created.

    ``hold`` names a command that takes the program's writer lock
    (``dblock.hold``) for as long as the database stays open: it waits a few
    seconds for a running restore, then refuses naming who holds the file.
    """
    path = Path(path).expanduser()
    info = inspect_file(path)
    must_create = _check_ours(path, info)
    if must_create and not create:
        raise missing_error(path)
    create = must_create
    _ensure_folder(path)
    lock = dblock.hold(path, hold) if hold else None
    try:
        if lock is not None:  # a restore may have replaced the file while we waited
            info = inspect_file(path)
            create = _check_ours(path, info)
        database = _open_bound(path, info, create, actor)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    database.lock = lock
    if lock is not None and lock.is_locked:
        remove_restore_leftovers(path)  # no restore runs while we hold the lock
    return database


def _open_bound(path: Path, info, create: bool, actor: str | None) -> SqliteDatabase:
    if not create and not os.access(path, os.W_OK):
        raise DatabaseOpenError(
            "db_read_only",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is read-only. The program needs to write to it.",
            ),
            path=path,
        )
    close_database()
    if create:
        private_file(path)
    database = _Database(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db.initialize(database)
    leftovers = _wal_files_made_by(path)
    try:
        database.connect()
    except Exception as exc:  # sqlite3 errors surface as peewee errors
        db.initialize(None)
        try:  # a half-opened connection would leave -wal and -shm files behind
            database.close()
        except Exception:  # noqa: BLE001 - nothing more to undo
            pass
        leftovers()
        if is_damage(exc):
            raise DatabaseDamaged(path, [str(exc)]) from exc
        raise DatabaseOpenError(
            "db_unopenable",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} cannot be opened: {reason}",
            ),
            path=path,
            reason=str(exc),
        ) from exc
    try:
        if create:
            _create_schema(database)
        elif info[1] < SCHEMA_VERSION:
            _migrate(database, path, info[1])
        if actor:
            with write_transaction():  # busy or full: said so, nothing changed
                audit.set_actor(actor)
    except Exception as exc:
        if not is_damage(exc):
            raise
        close_database()
        raise DatabaseDamaged(path, [str(exc)]) from exc
    return database


def close_database(all_threads: bool = False) -> None:
    """Close and unbind the current database, if any.

    ``all_threads`` also closes the connections worker threads opened. The
    caller must know that no thread is using the database at that moment
    (closing a connection under a running query crashes the process): the
    GUI waits for its thread pool first. A restore needs it, so that no
    connection to the replaced file survives.
    """
    if db.obj is not None:
        lock = getattr(db.obj, "lock", None)
        if all_threads and isinstance(db.obj, _Database):
            db.obj.close_all()
        elif not db.obj.is_closed():
            db.obj.close()
        db.initialize(None)
        if lock is not None:
            lock.release()


def check_file(path: str | os.PathLike) -> None:
    """The start-up check: ``PRAGMA quick_check`` on a file that is not open yet.

    Raises ``DatabaseDamaged`` when SQLite finds damage, and the other
    ``DatabaseOpenError``s of ``inspect_file``; returns quietly for a sound
    file or one that does not exist yet. Reads only. About 0.7 s on the
    100,000-case database (``benchmarks/bench_backup.py``).
    """
    path = Path(path).expanduser()
    if inspect_file(path) is None:
        return
    leftovers = _wal_files_made_by(path)
    try:
        # not mode=ro: a file left with a -wal after a crash needs its index rebuilt
        con = sqlite3.connect(str(path))
        try:
            problems = quick_check_connection(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        leftovers()
    if problems:
        raise DatabaseDamaged(path, problems)


def _create_schema(database: SqliteDatabase) -> None:
    with database.atomic():
        database.create_tables(ALL_MODELS)
        Town.create(id=HOME_TOWN_ID, name=None)
        audit.install_triggers()
        database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        database.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def copy_aside(database: SqliteDatabase, path: Path, label: str) -> Path:
    """A consistent copy of the open database next to it, before risky work."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    private_file(target)
    dst = sqlite3.connect(str(target))
    try:
        database.connection().backup(dst)
    finally:
        dst.close()
    return target


def _migrate(database: SqliteDatabase, path: Path, found: int) -> None:
    copy_aside(database, path, f"before-v{SCHEMA_VERSION}")
    database.execute_sql("PRAGMA foreign_keys = OFF")  # has no effect inside a transaction
    try:
        for version in range(found + 1, SCHEMA_VERSION + 1):
            with database.atomic():
                MIGRATIONS[version](database)
                broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"schema step {version} broke foreign keys: {broken[:5]}")
                database.execute_sql(f"PRAGMA user_version = {version}")
    finally:
        database.execute_sql("PRAGMA foreign_keys = ON")
    with database.atomic():
        audit.install_triggers()
