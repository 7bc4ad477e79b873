"""Records final under earlier rules: listed for review, never rewritten silently."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain import visits as vs
from rv_desktop.domain.errors import UserError
from rv_desktop.domain.models import AuditRecord, VisitRecord
from rv_desktop.domain.rule_review import mark_rules_reviewed, records_to_review

from ..conftest import run_cli

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v3.sqlite"


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "v3.sqlite"
    shutil.copy(FIXTURE, path)
    dbmod.open_database(path, actor="tester")
    yield path
    dbmod.close_database()


def test_an_old_phone_only_record_is_listed_with_what_it_lacks(upgraded):
    """Issue 14: "Records finalised under the old rules that break a new one (a town
    phone-only visit, unanswered points, ...) are listed for review ... with what each lacks."
    The plan: "The town must meet the petitioner in the form of a visit."
    """
    before = VisitRecord.get()
    (item,) = records_to_review()
    assert item.case_no == "QS2018-00001" and item.visit_no == 1
    codes = {p.code for p in item.problems}
    assert "town_visits_in_person" in codes and "point1_required" in codes
    after = VisitRecord.get()
    assert after.__data__ == before.__data__  # listing rewrote nothing
    assert records_to_review(level="county")  # the county may phone, the points still lack


def test_kept_with_a_note_or_reopened(upgraded):
    """Issue 14: "the clerk reopens and completes them (audited) or marks them reviewed as
    they are with a note."
    """
    (item,) = records_to_review()
    with pytest.raises(UserError):
        mark_rules_reviewed(item.visit_id, "  ")
    mark_rules_reviewed(item.visit_id, "老台账补录，信访人已于2026年11月当面确认")
    assert records_to_review() == []
    assert AuditRecord.select().where(AuditRecord.action == "rules_reviewed").count() == 1
    assert VisitRecord.get_by_id(item.visit_id).state.value == "final"


def test_check_lists_them(upgraded):
    dbmod.close_database()
    result = run_cli("check", "--db", str(upgraded), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "QS2018-00001 visit 1" in result.stdout
    assert "The town must meet the petitioner" in result.stdout
    data = json.loads(run_cli("check", "--db", str(upgraded), "--json").stdout)
    assert data["sound"] is True and data["to_review"][0]["case_no"] == "QS2018-00001"
    dbmod.open_database(upgraded, actor="tester")
    form = vs.reopen(data["to_review"][0]["visit_id"], "按新规则补充回访内容")
    assert form.state == "draft"
