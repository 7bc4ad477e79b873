"""visits: the visit records of a campaign on a demo database, as JSON and as text."""

from __future__ import annotations

import json

import pytest

from . import factories
from .cli_helpers import cli_json
from .conftest import run_cli

FIELDS = {"case_no", "visit_no", "state", "reviewed", "method", "satisfaction", "settled",
          "visited_on"}  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return factories.demo_database(tmp_path_factory.mktemp("v"), cases=300)


def test_json_fields(demo):
    rows = cli_json("visits", demo)
    assert rows, "the demo has visit records"
    states = set()
    for row in rows:
        assert FIELDS <= set(row)
        assert row["state"] in ("draft", "final")
        assert isinstance(row["reviewed"], bool)
        assert not row["reviewed"] or row["state"] == "final"
        assert row["satisfaction"] in (
            "satisfied", "basically_satisfied", "dissatisfied", "not_reached", None
        )  # fmt: skip
        assert row["method"] in ("home_visit", "phone", "former_residence", "office", "other")
        assert row["settled"] in (True, False, None)
        assert len(row["visited_on"]) == 10 and row["visited_on"][4] == "-"
        assert isinstance(row["visit_no"], int) and row["visit_no"] >= 1
        # reached or not is the contact's outcome; satisfaction keeps "not_reached" for scripts
        assert row["reached"] in (True, False, None)
        assert isinstance(row["petitioner_away"], bool)
        if row["reached"] is False:
            assert row["satisfaction"] == "not_reached"
        # the demo is a town: "The town must meet the petitioner in the form of a visit"
        if row["state"] == "final" and row["method"] == "phone":
            assert row["petitioner_away"] is True
        states.add((row["state"], row["reviewed"]))
    assert {("draft", False), ("final", False), ("final", True)} <= states
    keys = [(r["case_no"], r["visit_no"]) for r in rows]
    assert len(set(keys)) == len(keys) and keys == sorted(keys)
    assert any(r["visit_no"] == 2 for r in rows)


def test_named_campaign_and_unknown_campaign(demo):
    current = cli_json("visits", demo)
    missing = run_cli("visits", "--db", str(demo), "--campaign", "没有这个活动", "--json")
    assert missing.returncode == 2 and "没有这个活动" in missing.stderr
    named = run_cli("stats", "--db", str(demo), "--json")
    campaign = json.loads(named.stdout)["campaign"]
    assert cli_json("visits", demo, "--campaign", campaign) == current


def test_text_output(demo):
    result = run_cli("visits", "--db", str(demo), "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1].endswith("visit records.")
    assert len(lines) == len(cli_json("visits", demo)) + 1
