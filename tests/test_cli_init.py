"""``rv-desktop init``: the office's new database from the command line.

The issue: "a new rv-desktop init --db PATH [--town T] [--office O] [--clerk C]
[--level town|county] (the command-line twin of the welcome's 'create the
office's database', for county IT staff)".
"""

from __future__ import annotations

import json
import sqlite3

from tests.conftest import run_cli


def _settings(path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT key, value FROM setting"))
    finally:
        con.close()


def test_init_creates_the_database_with_names_and_level(tmp_path):
    db = tmp_path / "县" / "county.sqlite"
    result = run_cli(
        "--db", str(db), "init", "--town", "青山县", "--office", "青山县信访局",
        "--clerk", "王丽", "--level", "county", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["level"] == "county" and data["town"] == "青山县" and data["schema_version"] > 0
    settings = _settings(db)
    assert settings["office_level"] == "county"
    assert settings["town_name"] == "青山县" and settings["clerk_name"] == "王丽"
    assert run_cli("check", "--db", str(db)).returncode == 0
    shown = run_cli("office", "--db", str(db), "--json")
    assert json.loads(shown.stdout)["town"] == "青山县"


def test_init_refuses_an_existing_file_and_bad_names(tmp_path):
    db = tmp_path / "office.sqlite"
    assert run_cli("init", "--db", str(db), "--lang", "en").returncode == 0
    assert _settings(db)["office_level"] == "town"
    before = db.read_bytes()
    again = run_cli("init", "--db", str(db), "--town", "石桥镇", "--lang", "zh_CN")
    assert again.returncode == 2 and "已存在" in again.stderr
    assert db.read_bytes() == before
    other = tmp_path / "other.sqlite"
    bad = run_cli("init", "--db", str(other), "--town", "  ", "--office", "x", "--lang", "en")
    assert bad.returncode == 2 and "town" in bad.stderr
    assert not other.exists()
    level = run_cli("init", "--db", str(other), "--level", "province", "--lang", "en")
    assert level.returncode == 2 and "invalid choice" in level.stderr
    assert not other.exists()


def test_only_the_creating_commands_create(tmp_path, ledger=None):
    """Only init, demo-db, import-ledger --create, import-package --create and restore."""
    csv = tmp_path / "台账.csv"
    csv.write_text("信访件编号,信访人\nQS-1,张三\n", encoding="utf-8")
    db = tmp_path / "new" / "register.sqlite"
    refused = run_cli("import-ledger", "--db", str(db), str(csv), "--lang", "en")
    assert refused.returncode == 2 and "does not exist" in refused.stderr
    assert not db.parent.exists()
    made = run_cli("import-ledger", "--db", str(db), str(csv), "--create", "--json")
    assert made.returncode == 0, made.stderr
    assert db.exists()


def test_a_refused_import_package_leaves_no_county_file(tmp_path):
    """ "a refused import-package still creates the county file" """
    letter = tmp_path / "letter.rvpkg"
    letter.write_text("not a package", encoding="utf-8")
    county = tmp_path / "county.sqlite"
    without = run_cli("import-package", "--db", str(county), str(letter), "--lang", "en")
    assert without.returncode == 2 and "does not exist" in without.stderr
    refused = run_cli("import-package", "--db", str(county), "--create", str(letter), "--json")
    assert refused.returncode == 2
    assert json.loads(refused.stdout)[0]["status"] == "refused"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.rvpkg"]


def test_counted_words_follow_the_number(tmp_path):
    """ "Plurals: '1 pages', '1 rows read', '1 cases, 1 petitioners'." """
    result = run_cli("demo-db", str(tmp_path / "d.sqlite"), "--cases", "1", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "1 case, 1 petitioner," in result.stdout
    csv = tmp_path / "台账.csv"
    csv.write_text("信访件编号,信访人\nQS-1,张三\n", encoding="utf-8")
    result = run_cli("import-ledger", "--db", str(tmp_path / "d.sqlite"), str(csv), "--lang", "en")
    assert "1 row read" in result.stdout, result.stdout + result.stderr
    zh = run_cli("demo-db", str(tmp_path / "z.sqlite"), "--cases", "3", "--lang", "zh_CN")
    assert "3 件案件" in zh.stdout


def test_the_readme_lists_every_subcommand_once():
    """ "The README's command table lists stats twice; print-forms lacks --allow-missing" """
    import re

    from rv_desktop.cli import COMMAND_TABLE as _COMMAND_TABLE
    from tests.conftest import ROOT

    rows = re.findall(r"^\| `rv-desktop ([a-z-]+)[ `]", (ROOT / "README.md").read_text("utf-8"), re.M)
    names = [name for name, *_ in _COMMAND_TABLE]
    listed = [r for r in rows if r in names]
    assert sorted(listed) == sorted(names)  # each once
    text = (ROOT / "README.md").read_text("utf-8")
    assert "--allow-missing" in text and "import-ledger --db PATH FILE [--create]" in text
