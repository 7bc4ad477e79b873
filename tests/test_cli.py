"""The command line as scripts see it: real subprocesses, real files."""

from __future__ import annotations

import json
import sqlite3

from rv_desktop import __version__

from .conftest import run_cli


def test_version_and_help():
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout
    result = run_cli("--help", "--lang", "en")
    assert result.returncode == 0
    for name in ("demo-db", "check", "backup"):
        assert name in result.stdout


def test_check_sound_database(tmp_path):
    db = tmp_path / "x.sqlite"
    assert run_cli("init", "--db", str(db)).returncode == 0
    result = run_cli("check", "--db", str(db), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "sound" in result.stdout
    result = run_cli("check", "--db", str(db), "--json")
    data = json.loads(result.stdout)
    assert data["sound"] is True and data["problems"] == []


def test_check_reports_inconsistency(tmp_path):
    db = tmp_path / "x.sqlite"
    assert run_cli("init", "--db", str(db)).returncode == 0
    con = sqlite3.connect(db)
    con.execute("INSERT INTO petitioner (name, created_at, updated_at) VALUES ('甲', '', '')")
    con.execute(
        'INSERT INTO "case" (case_no, petitioner_id, people_count, many_people, policy, rebound,'
        " settled, created_at, updated_at) VALUES ('K1', 1, 1, 0, 0, 0, 0, '', '')"
    )
    con.execute("INSERT INTO campaign (name, is_current, created_at) VALUES ('c', 1, '')")
    con.execute(
        "INSERT INTO target (campaign_id, case_id, included, key_case, added_by_hand, status,"
        " created_at, updated_at) VALUES (1, 1, 1, 0, 0, 'done', '', '')"
    )
    con.commit()
    con.close()
    result = run_cli("check", "--db", str(db), "--json")
    assert result.returncode == 1
    codes = [p["code"] for p in json.loads(result.stdout)["problems"]]
    assert codes == ["done_without_final"]


def test_bad_database_file_exit_2_untouched(tmp_path):
    path = tmp_path / "letter.sqlite"
    path.write_bytes(b"PK\x03\x04 not a database")
    result = run_cli("check", "--db", str(path), "--lang", "en")
    assert result.returncode == 2
    assert "not a database file" in result.stderr
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_backup_writes_a_verified_copy(tmp_path):
    db = tmp_path / "x.sqlite"
    run_cli("init", "--db", str(db))
    result = run_cli("backup", "--db", str(db), "--out", str(tmp_path / "bk"))
    assert result.returncode == 0, result.stderr
    copy = tmp_path / "bk" / result.stdout.strip().splitlines()[-1].split("/")[-1]
    assert copy.exists()
    con = sqlite3.connect(copy)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x52564431
    con.close()


def test_demo_db_then_check(tmp_path):
    path = tmp_path / "demo.sqlite"
    result = run_cli("demo-db", str(path), "--cases", "400", "--seed", "3", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "400 cases" in result.stdout
    assert run_cli("check", "--db", str(path)).returncode == 0
    again = run_cli("demo-db", str(path), "--lang", "zh_CN")
    assert again.returncode == 2
    assert "已存在" in again.stderr


def test_office_names_shown_set_and_refused(tmp_path):
    db = tmp_path / "office.sqlite"
    run_cli("init", "--db", str(db))
    shown = run_cli("office", "--db", str(db), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == {
        "town": "", "office": "", "clerk": "", "phone": "", "level": "town"
    }
    done = run_cli(
        "office", "--db", str(db), "--town", " 青山镇 ", "--office", "青山镇信访办", "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "town": "青山镇",
        "office": "青山镇信访办",
        "clerk": "",
        "phone": "",
        "level": "town",
    }
    # only what is given changes; a missing town is refused and nothing changes
    run_cli("office", "--db", str(db), "--clerk", "李文静")
    refused = run_cli("office", "--db", str(db), "--town", "  ", "--lang", "en")
    assert refused.returncode == 2 and "town" in refused.stderr
    again = json.loads(run_cli("office", "--db", str(db), "--json").stdout)
    assert again == {"town": "青山镇", "office": "青山镇信访办", "clerk": "李文静", "phone": "",
                     "level": "town"}


def test_office_level_set_and_refused(tmp_path):
    """The plan: "In principle, the county adopts the method of combining telephone
    return visits with visits ... The town must meet the petitioner in the form of a
    visit." One setting says which of the two this database is; town by default."""
    db = tmp_path / "office.sqlite"
    assert run_cli("init", "--db", str(db), "--town", "青山镇").returncode == 0
    shown = json.loads(run_cli("office", "--db", str(db), "--json").stdout)
    assert shown["level"] == "town"
    done = run_cli("office", "--db", str(db), "--level", "county", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["level"] == "county"
    refused = run_cli("office", "--db", str(db), "--level", "city")
    assert refused.returncode == 2
    text = run_cli("office", "--db", str(db), "--lang", "en")
    assert "Level: county" in text.stdout
