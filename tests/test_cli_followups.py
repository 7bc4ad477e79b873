"""followups and close-followup: the campaign's items on a demo database, closing one."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from .cli_helpers import cli_json
from .conftest import run_cli

FIELDS = {"id", "kind", "case_no", "unit", "assignee", "reason", "action", "due_on", "state",
          "overdue", "closed_on", "result"}  # fmt: skip


@pytest.fixture
def demo(demo_copy):
    return demo_copy(400)


def test_json_fields_and_order(demo):
    rows = cli_json("followups", demo)
    assert rows, "the demo has follow-up items"
    today = dt.date.today().isoformat()
    for row in rows:
        assert set(row) == FIELDS
        assert row["kind"] in ("rework", "help", "follow_up")
        assert row["state"] in ("open", "closed")
        assert row["overdue"] == (row["state"] == "open" and row["due_on"] < today)
        assert (row["closed_on"] is None) == (row["state"] == "open")
    flags = [(not r["overdue"], r["state"] != "open") for r in rows]
    assert flags == sorted(flags), "overdue first, then open, then closed"
    assert {r["kind"] for r in rows} == {"rework", "help", "follow_up"}


def test_state_filter(demo):
    every = cli_json("followups", demo)
    for state, keep in (
        ("open", lambda r: r["state"] == "open"),
        ("overdue", lambda r: r["overdue"]),
        ("closed", lambda r: r["state"] == "closed"),
    ):
        assert cli_json("followups", demo, "--state", state) == [r for r in every if keep(r)]
    bad = run_cli("followups", "--db", str(demo), "--state", "late")
    assert bad.returncode == 2


def test_text_output_and_the_xlsx(demo, tmp_path):
    out = tmp_path / "items.xlsx"
    result = run_cli("followups", "--db", str(demo), "--xlsx", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    rows = cli_json("followups", demo)
    overdue = sum(r["overdue"] for r in rows)
    assert result.stdout.strip().splitlines()[-1] == f"{len(rows)} items, {overdue} overdue."
    ws = load_workbook(out).active
    open_rows = [r for r in rows if r["state"] == "open"]
    cases = [ws.cell(r, 2).value for r in range(5, 5 + len(open_rows))]
    assert cases == [r["case_no"] for r in open_rows]
    assert ws.cell(5 + len(open_rows), 2).value is None


def test_close_followup(demo):
    item = next(r for r in cli_json("followups", demo, "--state", "open") if r["kind"] == "help")
    today = dt.date.today()
    missing = run_cli(
        "close-followup", "--db", str(demo), str(item["id"]), "--result", "  ", "--lang", "en"
    )
    assert missing.returncode == 2 and "Enter the result" in missing.stderr
    future = (today + dt.timedelta(days=1)).isoformat()
    late = run_cli(
        "close-followup", "--db", str(demo), str(item["id"]), "--result", "已落实", "--on", future
    )
    assert late.returncode == 2
    bad_date = run_cli(
        "close-followup", "--db", str(demo), str(item["id"]), "--result", "x", "--on", "昨天"
    )
    assert bad_date.returncode == 2
    assert next(r for r in cli_json("followups", demo) if r["id"] == item["id"])["state"] == "open"

    done = run_cli(
        "close-followup", "--db", str(demo), str(item["id"]), "--result", "已落实低保",
        "--on", today.isoformat(), "--lang", "en",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Item {item['id']} closed")
    closed = next(r for r in cli_json("followups", demo) if r["id"] == item["id"])
    assert (closed["state"], closed["closed_on"], closed["result"]) == (
        "closed",
        today.isoformat(),
        "已落实低保",
    )
    again = run_cli("close-followup", "--db", str(demo), str(item["id"]), "--result", "再次")
    assert again.returncode == 2
    unknown = run_cli("close-followup", "--db", str(demo), "99999", "--result", "x")
    assert unknown.returncode == 2
