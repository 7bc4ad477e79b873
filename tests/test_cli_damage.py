"""Commands that only read run no full check: damage is refused when SQLite meets it."""

from __future__ import annotations

import sqlite3

from .conftest import run_cli


def test_a_damaged_file_is_refused_when_sqlite_reports_the_damage(tmp_path):
    """"Commands of the command line that only read use the same cheap rule (a damaged
    file is refused when SQLite reports the damage, not by a full check on every command)"."""
    from rv_desktop.services.demo import create_demo_database

    path = tmp_path / "office.sqlite"
    create_demo_database(path, cases=300)
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:  # pages the schema does not need, the case list does
        for page in range(2, 12):
            fh.seek(page * page_size + 8)
            fh.write(b"\xde\xad\xbe\xef" * 64)
    result = run_cli("cases", "--db", str(path), "--lang", "en")
    assert result.returncode == 2
    assert f"{path} is damaged and cannot be read" in result.stderr
    assert "Traceback" not in result.stderr
