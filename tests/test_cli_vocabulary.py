"""The command line's text output speaks the county's vocabulary; --json keeps the codes.

"The command line's text output (cases, visits, stats, followups, screen) under
--lang zh_CN shows the Chinese labels, never codes like central, home_visit,
many_people; --json keeps the codes (they are the public interface)."
"""

from __future__ import annotations

import json
import re

import pytest

from rv_desktop.domain import vocabulary

from . import factories
from .conftest import run_cli

#: Every stored code of the vocabularies these commands print.
CODES = {
    code
    for kind in ("source_level", "method", "satisfaction", "exclusion_reason", "record_state",
                 "followup_kind", "followup_state")
    for code, _label in vocabulary.choices(kind)
}  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return factories.demo_database(tmp_path_factory.mktemp("v"), cases=300)


COMMANDS = [
    ("cases",),
    ("visits",),
    ("stats",),
    ("followups",),
    ("screen", "--campaign", "试筛查", "--dry-run"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_text_output_in_chinese_has_labels_not_codes(demo, command):
    result = run_cli("--lang", "zh_CN", command[0], "--db", str(demo), *command[1:])
    assert result.returncode == 0, result.stderr
    words = set(re.findall(r"[a-z_]+", result.stdout))
    assert words & CODES == set(), result.stdout[:500]
    assert re.search(r"[\u4e00-\u9fff]", result.stdout)


def test_text_output_shows_the_official_terms(demo):
    visits = run_cli("--lang", "zh_CN", "visits", "--db", str(demo)).stdout
    assert "上门走访" in visits and "约谈" not in visits
    stats = run_cli("--lang", "zh_CN", "stats", "--db", str(demo)).stdout
    assert "中央交办" in stats and "省交办" in stats
    screen = run_cli("--lang", "zh_CN", "screen", "--db", str(demo), "--campaign", "x",
                     "--dry-run").stdout  # fmt: skip
    assert "涉众" in screen
    english = run_cli("--lang", "en", "visits", "--db", str(demo)).stdout
    assert "Home visit" in english


def test_json_keeps_the_codes(demo):
    visits = json.loads(run_cli("--lang", "zh_CN", "visits", "--db", str(demo), "--json").stdout)
    assert {row["method"] for row in visits} <= set(vocabulary.ENUM_KINDS["method"])
    assert any(row["method"] == "home_visit" for row in visits)
    stats = json.loads(run_cli("--lang", "zh_CN", "stats", "--db", str(demo), "--json").stdout)
    assert "central" in json.dumps(stats)
    followups = json.loads(
        run_cli("--lang", "zh_CN", "followups", "--db", str(demo), "--json").stdout
    )
    assert {row["kind"] for row in followups} <= {"rework", "help", "follow_up"}
