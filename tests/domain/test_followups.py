"""The campaign's follow-up items: the list, its filters, overdue first, the counts."""

from __future__ import annotations

import datetime as dt

import pytest

from rv_desktop.domain import visits as vs
from rv_desktop.domain.errors import UserError
from rv_desktop.domain.followups import followup_counts, followup_items
from rv_desktop.domain.models import Campaign, Case, FollowUp, Petitioner, Target

from .test_visits import REACHED, TODAY, D, dissatisfied, satisfied_home_visit
from .test_visits import world as world  # noqa: F401 - the shared fixture


@pytest.fixture
def items(world):
    """K01 dissatisfied (rework due 12-05, follow-up due 12-05); K02 a help item due
    12-18 and a follow-up due 11-19 (overdue on TODAY); K03 a closed help item."""
    k1 = vs.finalise(vs.start_visit(world.targets["K01"].id).id, dissatisfied(), REACHED, TODAY)
    k2 = vs.finalise(
        vs.start_visit(world.targets["K02"].id).id,
        satisfied_home_visit(
            difficulties="家中房屋漏雨",
            help_by="镇民政办",
            help_given="协调危房改造",
            satisfaction="basically_satisfied",
            followup_needed=True,
            next_action="回访危改进度",
            next_by="黄丽华",
            next_due=D(2026, 11, 19),
        ),
        REACHED,
        TODAY,
    )
    k3 = vs.finalise(
        vs.start_visit(world.targets["K03"].id).id,
        satisfied_home_visit(difficulties="缺劳动力", help_by="村委会"),
        REACHED,
        TODAY,
    )
    vs.close_followup(k3.help_id, "已安排公益岗位", TODAY, TODAY)
    return {"k1": k1, "k2": k2, "k3": k3}


def test_every_item_of_the_campaign_with_its_case_overdue_first(world, items):
    rows = followup_items(today=TODAY)
    assert [(r.case_no, r.kind, r.state, r.overdue) for r in rows] == [
        ("K02", "follow_up", "open", True),
        ("K01", "rework", "open", False),
        ("K01", "follow_up", "open", False),
        ("K02", "help", "open", False),
        ("K03", "help", "closed", False),
    ]
    rework = rows[1]
    assert rework.id == items["k1"].rework_id
    assert (rework.petitioner, rework.unit, rework.assignee) == ("信访人1", "镇国土所", "镇国土所")
    assert rework.reason == "认为补偿标准偏低" and rework.action == "包案领导再次约访"
    assert rework.due_on == TODAY + dt.timedelta(days=vs.REWORK_DAYS)
    assert rework.case_id == world.targets["K01"].case_id
    assert rework.target_id == world.targets["K01"].id
    closed = rows[-1]
    assert (closed.closed_on, closed.result) == (TODAY, "已安排公益岗位")
    # a help item has no unit of its own: the case's handling unit shows
    assert rows[3].unit == "镇国土所" and rows[3].assignee == "镇民政办"


def test_filters_by_state_and_kind(world, items):
    def ids(**kw):
        return [(r.case_no, r.kind) for r in followup_items(today=TODAY, **kw)]

    assert ids(state="overdue") == [("K02", "follow_up")]
    assert ids(state="open") == [
        ("K02", "follow_up"),
        ("K01", "rework"),
        ("K01", "follow_up"),
        ("K02", "help"),
    ]
    assert ids(state="closed") == [("K03", "help")]
    assert ids(kind="help") == [("K02", "help"), ("K03", "help")]
    assert ids(kind="rework", state="closed") == []
    # later, the rework item is past its date too, and comes first by its date
    later = [(r.case_no, r.kind) for r in followup_items(state="overdue", today=D(2026, 12, 6))]
    assert later == [("K02", "follow_up"), ("K01", "rework"), ("K01", "follow_up")]


def test_the_campaign_is_the_current_one_unless_named(world, items):
    other = Campaign.get(Campaign.name == "2025年千案回访")
    case = Case.create(case_no="K77", petitioner=Petitioner.create(name="赵六"))
    target = Target.create(campaign=other, case=case, status="follow_up")
    FollowUp.create(target=target, kind="rework", due_on=D(2025, 12, 1), assignee="某单位")
    assert "K77" not in {r.case_no for r in followup_items(today=TODAY)}
    rows = followup_items("2025年千案回访", today=TODAY)
    assert [(r.case_no, r.overdue, r.unit, r.village) for r in rows] == [("K77", True, None, None)]
    assert followup_counts(other.id, TODAY).overdue == 1


def test_counts_per_kind_and_state(world, items):
    counts = followup_counts(today=TODAY)
    assert (counts.open, counts.overdue, counts.closed, counts.total) == (4, 1, 1, 5)
    assert counts.by_kind == {
        "follow_up": {"open": 2, "overdue": 1, "closed": 0},
        "rework": {"open": 1, "overdue": 0, "closed": 0},
        "help": {"open": 1, "overdue": 0, "closed": 1},
    }
    vs.close_followup(items["k2"].followup_id, "已回访，危改已开工", TODAY, TODAY)
    counts = followup_counts(today=TODAY)
    assert (counts.open, counts.overdue, counts.closed) == (3, 0, 2)


def test_as_json_is_the_command_lines_object(world, items):
    row = followup_items(state="closed", today=TODAY)[0]
    assert row.as_json() == {
        "id": items["k3"].help_id,
        "kind": "help",
        "case_no": "K03",
        "unit": "镇国土所",
        "assignee": "村委会",
        "reason": "缺劳动力",
        "action": None,
        "due_on": (AT_DATE + dt.timedelta(days=vs.HELP_DAYS)).isoformat(),
        "state": "closed",
        "overdue": False,
        "closed_on": "2026-11-20",
        "result": "已安排公益岗位",
    }


AT_DATE = D(2026, 11, 18)


def test_bad_filters_are_refused(world):
    with pytest.raises(UserError) as caught:
        followup_items(state="late")
    assert caught.value.code == "bad_followup_state"
    with pytest.raises(UserError) as caught:
        followup_items(kind="visit")
    assert caught.value.code == "bad_followup_kind"


def test_an_empty_campaign_has_no_items(world):
    assert followup_items(today=TODAY) == []
    counts = followup_counts(today=TODAY)
    assert counts.total == 0 and counts.by_kind["rework"] == {"open": 0, "overdue": 0, "closed": 0}
