"""`rv-desktop screen` and `export-assignments` as scripts see them: real subprocesses."""

from __future__ import annotations

import json
import sqlite3

import pytest
from openpyxl import load_workbook

from .cli_helpers import cli_json
from .conftest import run_cli

DEMO_CAMPAIGN = "2026年“千案回访”活动"
REASONS = {"many_people", "policy", "rebound", "settled", "other"}


@pytest.fixture
def demo(demo_copy):
    return demo_copy(800)


def query(path, sql, *params):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def screen(db, *args):
    return cli_json("screen", db, *args)


def test_screen_the_demo_campaign(demo):
    data = screen(demo, "--campaign", DEMO_CAMPAIGN)
    assert {"campaign", "considered", "targets", "excluded"} <= set(data)
    assert data["campaign"] == DEMO_CAMPAIGN and data["created"] is False
    assert set(data["excluded"]) == REASONS
    assert all(isinstance(v, int) for v in data["excluded"].values())
    assert data["considered"] == data["targets"] + sum(data["excluded"].values())
    ((included, excluded),) = query(
        demo,
        "SELECT sum(included), sum(1 - included) FROM target t JOIN campaign c"
        " ON c.id = t.campaign_id WHERE c.name = ?",
        DEMO_CAMPAIGN,
    )
    assert (included, excluded) == (data["targets"], sum(data["excluded"].values()))


def test_screen_creates_a_new_campaign_by_name(demo):
    name = "2027年日常回访"
    dry = screen(demo, "--campaign", name, "--dry-run")
    assert dry["created"] is True and dry["dry_run"] is True
    assert query(demo, "SELECT count(*) FROM campaign WHERE name = ?", name) == [(0,)]
    data = screen(
        demo,
        "--campaign",
        name,
        "--concluded-from",
        "2020年1月1日",
        "--concluded-to",
        "2025-12-31",
        "--sources",
        "central,provincial,municipal",
        "--exclude",
        "many_people,settled",
    )
    assert data["created"] is True and data["campaign"] == name
    assert data["added"] == data["considered"] > 0
    assert data["excluded"]["policy"] == data["excluded"]["rebound"] == 0
    assert data["excluded"]["settled"] > 0
    ((cid, current, criteria),) = query(
        demo, "SELECT id, is_current, criteria FROM campaign WHERE name = ?", name
    )
    assert current == 0  # the demo campaign stays the current one
    saved = json.loads(criteria)
    assert saved["concluded_from"] == "2020-01-01" and saved["exclude"] == [
        "many_people",
        "settled",
    ]
    assert saved["sources"] == ["central", "provincial", "municipal"]
    rows = query(demo, "SELECT count(*), sum(included) FROM target WHERE campaign_id = ?", cid)
    assert rows == [(data["considered"], data["targets"])]
    outside = query(
        demo,
        'SELECT count(*) FROM target t JOIN "case" c ON c.id = t.case_id WHERE t.campaign_id = ?'
        " AND (c.concluded_on < '2020-01-01' OR c.concluded_on > '2025-12-31'"
        " OR c.source_level NOT IN ('central', 'provincial', 'municipal'))",
        cid,
    )
    assert outside == [(0,)]
    # the saved criteria are used again; the same screening changes nothing
    again = screen(demo, "--campaign", name)
    assert again["created"] is False
    assert (again["added"], again["changed"], again["dropped"]) == (0, 0, 0)
    assert again["targets"] == data["targets"]


def test_screen_text_output_and_bad_input(demo):
    result = run_cli("screen", "--db", str(demo), "--campaign", DEMO_CAMPAIGN, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "targets" in result.stdout and DEMO_CAMPAIGN in result.stdout
    for args, words in [
        (("--concluded-from", "2020-13-45"), ["2020-13-45"]),
        (("--concluded-from", "2025-01-01", "--concluded-to", "2020-01-01"), ["2025-01-01"]),
        (("--sources", "central,galactic"), ["galactic"]),
        (("--exclude", "boring"), ["boring"]),
    ]:
        result = run_cli("screen", "--db", str(demo), "--campaign", "新活动", *args, "--lang", "en")
        assert result.returncode == 2, args
        for word in words:
            assert word in result.stderr
        assert query(demo, "SELECT count(*) FROM campaign WHERE name = '新活动'") == [(0,)], args


def test_export_assignments(demo, tmp_path):
    out = tmp_path / "分配表.xlsx"
    result = run_cli("export-assignments", "--db", str(demo), "--out", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    ws = load_workbook(out).active
    assert ws["A1"].value == DEMO_CAMPAIGN + "回访任务分配表"
    ((targets,),) = query(demo, "SELECT count(*) FROM target WHERE included = 1")
    assert ws.max_row == 4 + targets
    result = run_cli(
        "export-assignments", "--db", str(demo), "--campaign", "没有", "--out", str(out)
    )
    assert result.returncode == 2 and "没有" in result.stderr
