"""Backups on the 100,000-case demo database: the start-up check, a backup, a restore.

- start-up check: ``check_file`` (``PRAGMA quick_check`` on the closed file),
  what the window runs before it opens the database;
- backup: ``backup_database`` (online backup + ``integrity_check`` of the
  copy + rename), what File ▸ Back up now and the backup on exit do;
- restore: ``restore_backup`` (copy and full check of the backup, the
  current file kept aside, rename, open), into a scratch copy.
"""

from __future__ import annotations

import shutil

from common import Bench, Workspace

from rv_desktop.domain import db as dbmod
from rv_desktop.services.backup import backup_database, restore_backup


def startup_check(work: Workspace):
    path = work.big_database()

    def run():
        dbmod.check_file(path)

    return run


def backup(work: Workspace):
    source = work.big_database()
    out = work.folder / "backups"

    def setup():
        dbmod.close_database()
        shutil.rmtree(out, ignore_errors=True)
        dbmod.open_database(source)

    def run():
        backup_database(out)

    return setup, run


def restore(work: Workspace):
    source = work.big_database()
    out = work.folder / "restore"
    target = out / "office.sqlite"

    def setup():
        dbmod.close_database()
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        dbmod.open_database(source)
        backup_database(out)
        shutil.copy(source, target)
        dbmod.close_database()

    def run():
        restore_backup(next(out.glob("*-backup-*.sqlite")), target)
        dbmod.close_database()

    return setup, run


BENCHMARKS = [
    Bench("start-up quick_check, 100,000-case db", "< 1 s", startup_check, repeat=5),
    Bench("backup (copy + integrity_check), 100,000-case db", "(report)", backup, repeat=3),
    Bench("restore (check, keep aside, replace, open), 100k", "(report)", restore, repeat=3),
]
