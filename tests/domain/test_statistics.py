"""Feedback statistics on a small dataset whose figures are counted by hand below.

The dataset (campaign C, today 2026-11-20):

====  ==========  ===========  ======  ==========  ========  =============================
T     source      unit         village category    visitors  latest final record, items
====  ==========  ===========  ======  ==========  ========  =============================
T1    central     镇国土所       青山村   土地征收      V1, V2    #1 final dissatisfied, #2 final
                                                            satisfied by phone, settled,
                                                            concl. yes, demands yes, carried
                                                            out, opinions; rework closed
T2    central     镇国土所       石桥村   土地征收      V1        #1 final basically satisfied at
                                                            home, relative answered, concl.
                                                            yes, demands partly, difficulty
                                                            (help item closed); #2 a draft
                                                            (dissatisfied) that must not count
T3    provincial  镇民政办       青山村   劳动社保      V2        #1 reviewed dissatisfied, at the
                                                            office (other), concl. no, demands
                                                            no; rework open overdue, follow-up
                                                            open not yet due
T4    provincial  镇民政办       石桥村   劳动社保      -         only a draft: not visited
T5    provincial  -           -       -           V1        #1 final not reached, former
                                                            residence, committee answered,
                                                            difficulty (help item open)
T6    central     镇国土所       青山村   土地征收      -         excluded (policy): not counted
T7    (campaign D, a final satisfied record): not counted
====  ==========  ===========  ======  ==========  ========  =============================
"""

from __future__ import annotations

import datetime as dt

import pytest

from rv_desktop.domain.models import Campaign, FollowUp, Target, TaskVisitor, VisitRecord
from rv_desktop.domain.statistics import (
    COLUMNS,
    DIMENSIONS,
    StatisticsError,
    drill_down,
    drill_down_cases,
    feedback_statistics,
    planned_by,
    progress_by_day,
    satisfaction_breakdown,
    satisfaction_by_unit,
    summary_rows,
    unit_history,
)

from .. import factories

TODAY = dt.date(2026, 11, 20)
D = dt.date


def _case(no, source, unit, village, category, name="张三"):
    return factories.case(
        no, name, {"village": village}, source_level=source, handling_unit=unit, category=category
    )


def _visit(target, no, state, satisfaction, method, **kw):
    return VisitRecord.create(
        target=target,
        visit_no=no,
        state=state,
        satisfaction=satisfaction,
        method=method,
        visited_at=dt.datetime(2026, 11, no, 10, 0),
        **kw,
    )


@pytest.fixture
def data(database):
    c = Campaign.create(name="2026年千案回访", is_current=True)
    d = Campaign.create(name="2025年回访")
    u1 = factories.unit("镇国土所")
    u2 = factories.unit("镇民政办")
    v1 = factories.staff("黄丽华")
    v2 = factories.staff("徐文斌")
    t = {}
    t[1] = Target.create(campaign=c, case=_case("A1", "central", u1, "青山村", "土地征收", "韩一"))
    t[2] = Target.create(campaign=c, case=_case("A2", "central", u1, "石桥村", "土地征收", "韩二"))
    t[3] = Target.create(campaign=c, case=_case("A3", "provincial", u2, "青山村", "劳动社保"))
    t[4] = Target.create(campaign=c, case=_case("A4", "provincial", u2, "石桥村", "劳动社保"))
    t[5] = Target.create(campaign=c, case=_case("A5", "provincial", None, None, None))
    t[6] = Target.create(
        campaign=c,
        case=_case("A6", "central", u1, "青山村", "土地征收"),
        included=False,
        exclusion_reason="policy",
    )
    t[7] = Target.create(campaign=d, case=_case("A7", "central", u1, "青山村", "土地征收"))
    for target, staff in ((1, v1), (1, v2), (2, v1), (3, v2), (5, v1)):
        TaskVisitor.create(target=t[target], staff=staff)

    _visit(t[1], 1, "final", "dissatisfied", "home_visit", conclusion_reasonable="partly")
    r1 = _visit(
        t[1], 2, "final", "satisfied", "phone", settled=True, respondent="petitioner",
        conclusion_reasonable="yes", demands_solved="yes", opinions_carried_out="yes",
        opinions="希望多下基层",
    )  # fmt: skip
    FollowUp.create(target=t[1], visit=r1, kind="rework", state="closed", closed_on=D(2026, 11, 5))
    r2 = _visit(
        t[2], 1, "final", "basically_satisfied", "home_visit", settled=False,
        respondent="relative", conclusion_reasonable="yes", demands_solved="partly",
        difficulties="老人患病", help_given="申请医疗救助",
    )  # fmt: skip
    _visit(t[2], 2, "draft", "dissatisfied", "home_visit")  # newer, but a draft
    FollowUp.create(target=t[2], visit=r2, kind="help", state="closed", closed_on=D(2026, 11, 9))
    r3 = _visit(
        t[3], 1, "reviewed", "dissatisfied", "office", settled=False,
        conclusion_reasonable="no", demands_solved="no", opinions="   ",  # blank: no opinion
    )  # fmt: skip
    FollowUp.create(target=t[3], visit=r3, kind="rework", due_on=D(2026, 11, 19))  # overdue
    FollowUp.create(target=t[3], visit=r3, kind="follow_up", due_on=D(2026, 11, 30))
    _visit(t[4], 1, "draft", "satisfied", "home_visit")
    r5 = _visit(
        t[5], 1, "final", "not_reached", "former_residence", respondent="committee",
        petitioner_away=True, difficulties="住房困难",
    )  # fmt: skip
    FollowUp.create(
        target=t[5], visit=r5, kind="help", due_on=D(2026, 11, 1)
    )  # help: not a follow-up
    _visit(t[6], 1, "final", "satisfied", "home_visit")
    _visit(t[7], 1, "final", "satisfied", "home_visit")
    return {"campaign": c, "t": {k: v.id for k, v in t.items()}}


def _rows(stats):
    return {row.key: row for row in stats.rows}


def _check(row, **expected):
    got = {name: getattr(row, name) for name in expected}
    assert got == expected


def test_by_source_counted_by_hand(data):
    stats = feedback_statistics(data["campaign"], "source", TODAY)
    assert [r.key for r in stats.rows] == ["central", "provincial"]  # the enum's order
    rows = _rows(stats)
    # central: T1, T2 (T6 is excluded). T1 counts by its second final record, T2 by its
    # first (the second is a draft).
    _check(
        rows["central"],
        targets=2, visited=2, home_visit=1, phone=1, former_residence=0, other_method=0,
        satisfied=1, basically_satisfied=1, dissatisfied=0, not_reached=0,
        conclusion_reasonable_yes=2, conclusion_reasonable_partly=0, conclusion_reasonable_no=0,
        demands_solved_yes=1, demands_solved_partly=1, demands_solved_no=0,
        opinions_carried_out=1, proxy_relative=1, proxy_committee=0,
        difficulties_found=1, difficulties_helped=1, opinions_collected=1, settled=1,
        rework_sent=1, rework_closed=1, rework_overdue=0, followups_open=0, followups_overdue=0,
    )  # fmt: skip
    # the visit rate counts the visits the town's rule accepts: T1's latest is a phone call
    # without the away path (final under the earlier rules), T2 a home visit
    assert rows["central"].visited_as_required == 1
    assert rows["central"].visit_rate == 0.5
    assert rows["central"].satisfaction_rate == 1.0  # (1 + 1) / 2
    # provincial: T3 (reviewed, at the office), T4 (only a draft), T5 (not reached)
    _check(
        rows["provincial"],
        targets=3, visited=2, home_visit=0, phone=0, former_residence=1, other_method=1,
        satisfied=0, basically_satisfied=0, dissatisfied=1, not_reached=1,
        conclusion_reasonable_yes=0, conclusion_reasonable_no=1, demands_solved_no=1,
        opinions_carried_out=0, proxy_relative=0, proxy_committee=1,
        difficulties_found=1, difficulties_helped=0, opinions_collected=0, settled=0,
        rework_sent=1, rework_closed=0, rework_overdue=1,
        followups_open=1, followups_overdue=1,  # T3 once, though it has two open items
    )  # fmt: skip
    # T3 met at the office with no reason recorded: not counted; T5 the away path: counted
    assert rows["provincial"].visited_as_required == 1
    assert rows["provincial"].visit_rate == pytest.approx(1 / 3)
    assert rows["provincial"].satisfaction_rate == 0.0  # (0 + 0) / 2
    _check(stats.total, key=None, targets=5, visited=4, satisfied=1, dissatisfied=1, settled=1)
    # issue 14: "Satisfaction rate = (satisfied + basically satisfied) / rated"; the one
    # not reached is counted apart, never in the denominator
    assert (stats.total.rated, stats.total.reached, stats.total.not_reached) == (3, 3, 1)
    assert stats.total.satisfaction_rate == pytest.approx(2 / 3)  # (1 + 1) / 3


def test_by_unit_village_category(data):
    c = data["campaign"]
    units = _rows(feedback_statistics(c, "unit", TODAY))
    assert list(units) == ["镇国土所", "镇民政办", ""]  # no unit recorded: last, key ""
    _check(units["镇国土所"], targets=2, visited=2, satisfied=1, basically_satisfied=1)  # T1 T2
    _check(units["镇民政办"], targets=2, visited=1, dissatisfied=1, rework_overdue=1)  # T3 T4
    _check(units[""], targets=1, visited=1, not_reached=1, former_residence=1)  # T5
    villages = _rows(feedback_statistics(c, "village", TODAY))
    _check(villages["青山村"], targets=2, visited=2, satisfied=1, dissatisfied=1)  # T1 T3
    assert villages["青山村"].satisfaction_rate == 0.5
    _check(villages["石桥村"], targets=2, visited=1, basically_satisfied=1)  # T2 T4
    _check(villages[""], targets=1, visited=1)  # T5
    categories = _rows(feedback_statistics(c, "category", TODAY))
    _check(categories["土地征收"], targets=2, visited=2, settled=1)  # T1 T2
    _check(categories["劳动社保"], targets=2, visited=1, followups_open=1)  # T3 T4
    _check(categories[""], targets=1, difficulties_found=1, difficulties_helped=0)  # T5


def test_by_visitor_counts_shared_targets_in_each_row_once_in_total(data):
    stats = feedback_statistics(data["campaign"], "visitor", TODAY)
    rows = _rows(stats)
    _check(rows["黄丽华"], targets=3, visited=3, satisfied=1, basically_satisfied=1)  # T1 T2 T5
    _check(rows["徐文斌"], targets=2, visited=2, satisfied=1, dissatisfied=1)  # T1 T3
    _check(rows[""], targets=1, visited=0)  # T4 has no visitor
    assert sum(r.targets for r in stats.rows) == 6  # T1 counts for both its visitors
    _check(stats.total, targets=5, visited=4, satisfied=1)  # ... but once in the total


@pytest.mark.parametrize("by", [b for b in DIMENSIONS if b != "visitor"])
def test_totals_equal_the_sum_of_rows(data, by):
    stats = feedback_statistics(data["campaign"], by, TODAY)
    for column in COLUMNS:
        assert stats.total.value(column) == sum(r.value(column) for r in stats.rows), column
    assert stats.total == feedback_statistics(data["campaign"], "visitor", TODAY).total


def test_methods_add_up_to_visited(data):
    for row in feedback_statistics(data["campaign"], "village", TODAY).rows:
        methods = row.home_visit + row.phone + row.former_residence + row.other_method
        assert methods == row.visited


def test_rates_are_none_without_visits_or_targets(database):
    empty = Campaign.create(name="空活动", is_current=True)
    stats = feedback_statistics(empty, "source", TODAY)
    assert stats.rows == [] and stats.total.targets == 0
    assert stats.total.visit_rate is None and stats.total.satisfaction_rate is None
    factories.target(empty, factories.case("B1", "李四"))
    stats = feedback_statistics(empty, "source", TODAY)
    (row,) = stats.rows
    assert row.key == "" and row.targets == 1 and row.visit_rate == 0.0
    assert row.satisfaction_rate is None  # no visits: no rate, not a division by zero
    assert stats.as_json()["total"]["satisfaction_rate"] is None


def test_latest_final_record_wins(data):
    """T1's second final record (satisfied) wins over its first (dissatisfied);
    T2's newer draft does not displace its final record."""
    t = data["t"]
    c = data["campaign"]
    assert drill_down(c, "source", None, "dissatisfied", TODAY) == [t[3]]
    assert drill_down(c, "source", None, "satisfied", TODAY) == [t[1]]
    assert drill_down(c, "source", None, "basically_satisfied", TODAY) == [t[2]]


def test_drill_down(data):
    t, c = data["t"], data["campaign"]
    assert drill_down(c, "source", "central", "targets", TODAY) == [t[1], t[2]]
    assert drill_down(c, "visitor", "黄丽华", "visited", TODAY) == [t[1], t[2], t[5]]
    assert drill_down(c, "visitor", "", "targets", TODAY) == [t[4]]
    assert drill_down(c, "unit", "", "targets", TODAY) == [t[5]]
    assert drill_down(c, "unit", None, "followups_overdue", TODAY) == [t[3]]
    assert drill_down(c, "village", None, "satisfaction_rate", TODAY) == [t[1], t[2]]
    assert drill_down(c, "village", "石桥村", "visit_rate", TODAY) == [t[2]]
    assert drill_down(c, "category", None, "difficulties_helped", TODAY) == [t[2]]
    assert drill_down(c, "source", None, "settled", TODAY) == [t[1]]
    # every figure agrees with its drill-down
    stats = feedback_statistics(c, "unit", TODAY)
    for row in [*stats.rows, stats.total]:
        for column in COLUMNS:
            ids = drill_down(c, "unit", row.key, column, TODAY)
            assert len(ids) == row.value(column), (row.key, column)


def test_unknown_dimension_and_column_refused(data):
    with pytest.raises(StatisticsError) as e:
        feedback_statistics(data["campaign"], "colour", TODAY)
    assert e.value.code == "bad_statistics_dimension"
    with pytest.raises(StatisticsError):
        drill_down(data["campaign"], "unit", "", "nonsense", TODAY)


def test_current_campaign_by_default(data):
    assert feedback_statistics(None, "source", TODAY).campaign == "2026年千案回访"
    assert feedback_statistics("2025年回访", "source", TODAY).total.targets == 1


def test_json_shape(data):
    data_json = feedback_statistics(data["campaign"], "unit", TODAY).as_json()
    assert set(data_json) == {"campaign", "by", "rows", "total"}
    total = data_json["total"]
    for key in ("key", "targets", "visited", "home_visit", "phone", "former_residence",
                "other_method", "satisfied", "basically_satisfied", "dissatisfied",
                "not_reached", "satisfaction_rate", "settled", "followups_open",
                "followups_overdue", "visit_rate"):  # fmt: skip
        assert key in total
    assert total["satisfaction_rate"] == 0.6667
    assert total["rated"] == 3 and total["reached"] == 3 and total["not_reached"] == 1


def test_summary_rows(data):
    rows = {r.case_no: r for r in summary_rows(data["campaign"], TODAY)}
    assert list(rows) == ["A1", "A2", "A3", "A4", "A5"]  # included targets by case number
    a1 = rows["A1"]
    assert (a1.petitioner, a1.source_level, a1.handling_unit) == ("韩一", "central", "镇国土所")
    assert a1.visited_on == D(2026, 11, 2) and a1.method == "phone"
    assert a1.satisfaction == "satisfied" and a1.settled is True
    assert a1.visitors == "黄丽华、徐文斌"  # the task's visitors: the form names none
    assert rows["A2"].satisfaction == "basically_satisfied"  # the draft does not count
    assert rows["A2"].difficulties == "老人患病" and rows["A2"].help_given == "申请医疗救助"
    assert (rows["A3"].followups_open, rows["A3"].followups_overdue) == (2, 1)
    assert rows["A4"].visited_on is None and rows["A4"].satisfaction is None


def test_unit_history(data):
    history = unit_history(today=TODAY)
    by_key = {(h.campaign, h.unit): h for h in history}
    now = by_key[("2026年千案回访", "镇国土所")]
    assert (now.targets, now.visited, now.settled) == (2, 2, 1)
    assert now.satisfaction_rate == 1.0 and now.settled_rate == 0.5
    assert (now.followups_closed, now.followups_on_time) == (1, 1)  # T1's rework, no due date
    before = by_key[("2025年回访", "镇国土所")]
    assert (before.targets, before.visited) == (1, 1)
    assert [h.campaign for h in unit_history("镇民政办", TODAY)] == ["2026年千案回访"]


# --- chart data ------------------------------------------------------------------------


def test_satisfaction_breakdown(data):
    """T1 satisfied (its second final record), T2 basically (its draft ignored), T3
    dissatisfied, T5 not reached; T4 unvisited; T6 excluded, T7 another campaign."""
    b = satisfaction_breakdown(data["campaign"])
    assert (b.targets, b.visited) == (5, 4)
    assert b.slices() == [
        ("satisfied", 1),
        ("basically_satisfied", 1),
        ("dissatisfied", 1),
        ("not_reached", 1),
    ]
    assert b.satisfaction_rate == pytest.approx(2 / 3)
    total = feedback_statistics(data["campaign"], "source", TODAY).total
    assert b.satisfaction_rate == total.satisfaction_rate and b.visited == total.visited
    assert satisfaction_breakdown("2025年回访").slices()[0] == ("satisfied", 1)


def test_satisfaction_breakdown_without_visits(database):
    empty = Campaign.create(name="空活动", is_current=True)
    b = satisfaction_breakdown()
    assert (b.targets, b.visited, b.satisfaction_rate) == (0, 0, None)
    assert progress_by_day(empty) == []
    assert satisfaction_by_unit(empty) == []


def _move_first_visit(target_id, day):
    VisitRecord.update(visited_at=dt.datetime.combine(day, dt.time(9))).where(
        (VisitRecord.target == target_id) & (VisitRecord.visit_no == 1)
    ).execute()


def test_progress_by_day_against_the_plan(data):
    """Implementation 30 Oct - 8 Nov (10 days) over 5 targets: the plan expects
    5 * k / 10 by day k, rounded half up (1 1 2 2 3 3 4 4 5 5). Visited: T1 and T2
    on 1 Nov (T1's second visit on 2 Nov and T2's draft do not count again), T3 on
    3 Nov, T5 on 5 Nov; T4 has only a draft, T6 is excluded."""
    c, t = data["campaign"], data["t"]
    Campaign.update(impl_start=D(2026, 10, 30), impl_end=D(2026, 11, 8)).where(
        Campaign.id == c.id
    ).execute()
    _move_first_visit(t[3], D(2026, 11, 3))
    _move_first_visit(t[5], D(2026, 11, 5))
    days = progress_by_day(c.id)
    assert [tuple(d) for d in days] == [
        (D(2026, 10, 30), 0, 0, 1),
        (D(2026, 10, 31), 0, 0, 1),
        (D(2026, 11, 1), 2, 2, 2),
        (D(2026, 11, 2), 0, 2, 2),
        (D(2026, 11, 3), 1, 3, 3),
        (D(2026, 11, 4), 0, 3, 3),
        (D(2026, 11, 5), 1, 4, 4),
        (D(2026, 11, 6), 0, 4, 4),
        (D(2026, 11, 7), 0, 4, 5),
        (D(2026, 11, 8), 0, 4, 5),
    ]
    assert days[-1].cumulative == feedback_statistics(c, "source", TODAY).total.visited


def test_progress_by_day_outside_the_plan_and_without_it(data):
    c, t = data["campaign"], data["t"]
    _move_first_visit(t[5], D(2026, 11, 4))
    # no implementation dates: the days of the visits only, no plan
    days = progress_by_day(c)
    assert [(d.day.day, d.visits, d.cumulative, d.planned) for d in days] == [
        (1, 3, 3, None),
        (2, 0, 3, None),
        (3, 0, 3, None),
        (4, 1, 4, None),
    ]
    # a plan that ended before the last visit: the days run on to the visit, the plan stays full
    Campaign.update(impl_start=D(2026, 11, 2), impl_end=D(2026, 11, 3)).where(
        Campaign.id == c.id
    ).execute()
    days = progress_by_day(c.id)  # by id: re-read with its new dates
    assert [(d.day.day, d.planned) for d in days] == [(1, 0), (2, 3), (3, 5), (4, 5)]


def test_planned_by():
    start, end = D(2026, 10, 1), D(2026, 10, 31)
    assert planned_by(D(2026, 9, 30), 310, start, end) == 0
    assert planned_by(start, 310, start, end) == 10
    assert planned_by(D(2026, 10, 15), 310, start, end) == 150
    assert planned_by(end, 310, start, end) == 310
    assert planned_by(D(2026, 12, 1), 310, start, end) == 310
    assert planned_by(start, 310, None, end) is None
    assert planned_by(start, 7, start, start) == 7  # a one-day stage


def test_satisfaction_by_unit(data):
    units = satisfaction_by_unit(data["campaign"])
    assert [(u.unit, u.targets, u.visited, u.satisfied, u.basically_satisfied) for u in units] == [
        ("镇国土所", 2, 2, 1, 1),  # T1 T2
        ("镇民政办", 2, 1, 0, 0),  # T3 (dissatisfied), T4 (a draft only)
        ("", 1, 1, 0, 0),  # T5, not reached
    ]
    assert [u.satisfaction_rate for u in units] == [1.0, 0.0, None]  # T5 was not rated
    assert (units[1].dissatisfied, units[2].not_reached) == (1, 1)
    stats = feedback_statistics(data["campaign"], "unit", TODAY)
    assert [u.unit for u in units] == [r.key for r in stats.rows]
    assert [u.satisfaction_rate for u in units] == [r.satisfaction_rate for r in stats.rows]


def test_drill_down_cases(data):
    c, t = data["campaign"], data["t"]
    (case,) = drill_down_cases(c, "unit", None, "followups_overdue", TODAY)
    assert (case.target_id, case.case_no, case.satisfaction) == (t[3], "A3", "dissatisfied")
    assert case.handling_unit == "镇民政办" and case.village == "青山村"
    cases = drill_down_cases(c, "village", None, "satisfaction_rate", TODAY)
    assert [(x.case_no, x.petitioner, x.satisfaction) for x in cases] == [
        ("A1", "韩一", "satisfied"),
        ("A2", "韩二", "basically_satisfied"),
    ]
    unvisited = drill_down_cases(c, "visitor", "", "targets", TODAY)
    assert [(x.case_no, x.satisfaction) for x in unvisited] == [("A4", None)]
    for column in ("targets", "visited", "settled", "rework_sent"):
        ids = drill_down(c, "source", "provincial", column, TODAY)
        rows = drill_down_cases(c, "source", "provincial", column, TODAY)
        assert sorted(r.target_id for r in rows) == ids


def test_rows_biggest_first_catch_all_and_blank_last(database):
    # By code point 其他 (U+5176) sorted between 劳动社保 and 土地征收; a leader
    # reads the biggest groups first and "other" after the named ones.
    c = Campaign.create(name="2026年千案回访", is_current=True)
    categories = ["其他"] * 3 + ["劳动社保"] + ["土地征收"] * 2 + ["城乡建设"] * 2 + [None]
    for i, category in enumerate(categories):
        Target.create(campaign=c, case=_case(f"C{i}", "county", None, None, category))
    stats = feedback_statistics(c, "category", TODAY)
    assert [(r.key, r.targets) for r in stats.rows] == [
        ("土地征收", 2),  # ties by name
        ("城乡建设", 2),
        ("劳动社保", 1),
        ("其他", 3),
        ("", 1),
    ]
