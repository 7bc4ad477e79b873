"""What the command-line tests share: a command's JSON, the petitioners of a file read
and written with plain sqlite3 (as another program would, without the models), and a
second process that holds the database as a running command holds it.

``run_cli`` itself stays in conftest.py.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, run_cli


def cli_json(command: str, db: Path, *args: str):
    """``rv-desktop COMMAND --db DB --json ARGS``, which must succeed: its JSON."""
    result = run_cli(command, "--db", str(db), "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def petitioner_names(path: Path) -> set[str]:
    """The names in the petitioner table of the file at ``path``."""
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM petitioner")}
    finally:
        con.close()


def add_petitioner(path: Path, name: str, id_number: str | None = None) -> None:
    """A petitioner written straight into the file (no program running)."""
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO petitioner (name, id_number, created_at, updated_at) VALUES (?, ?, '', '')",
        (name, id_number),
    )
    con.commit()
    con.close()


def writer_script(name: str) -> str:
    """A script that holds the database as ``import-ledger`` does, mid-transaction,
    writing a petitioner ``name``: it prints "writing" and ends when the file named by
    its second argument exists. Run it with ``spawn(writer_script(name), db, go)``."""
    return f"""
import sys, time
from pathlib import Path
from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import Petitioner, db
dbmod.open_database(sys.argv[1], actor="cli", hold="import-ledger")
with db.atomic("IMMEDIATE"):
    Petitioner.create(name={name!r})
    print("writing", flush=True)
    while not Path(sys.argv[2]).exists():
        time.sleep(0.05)
dbmod.close_database()
print("done", flush=True)
"""


def spawn(script: str, *args: str) -> subprocess.Popen:
    """Start ``python -c SCRIPT ARGS`` and wait for its first line (it holds what it holds)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    line = proc.stdout.readline()
    assert line.strip(), proc.stderr.read()
    return proc
