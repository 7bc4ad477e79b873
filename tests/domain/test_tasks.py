"""The assignment board: assigning, moving cards, the board, nobody left out, route sheets."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from rv_desktop.domain import tasks as tk
from rv_desktop.domain.models import (
    AuditRecord,
    Campaign,
    FollowUp,
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    VisitRecord,
)

from .. import factories

D = dt.date
TODAY = D(2026, 11, 1)
VILLAGES = ["石桥村", "青山村", "柳塘村"]


@pytest.fixture
def world(database):
    campaign = factories.campaign(impl_start=D(2026, 10, 21), impl_end=D(2026, 11, 20))
    u1 = factories.unit("镇国土所")
    u2 = factories.unit("镇司法所")
    old_unit = factories.unit("原土地办", active=False)
    staff = {
        "leader": factories.staff("陈志强", "leader", title="镇长"),
        "v1": factories.staff("黄丽华"),
        "v2": factories.staff("徐文斌"),
        "left": factories.staff("罗秀英", active=False, left_on=D(2026, 6, 30)),
        "inactive": factories.staff("林海涛", active=False),
        "leaving": factories.staff("孙志刚", left_on=D(2026, 12, 31)),
        "clerk": factories.staff("曾小芳", "clerk"),
    }
    targets = {}
    for i in range(1, 11):
        village = VILLAGES[i % 3]
        person = {
            "village": village,
            "address": f"某某县青山镇{village}{i}组{i}号",
            "phones": f"1380000000{i % 10},0792123456{i % 10}",
        }
        unit = (u1 if i % 2 else u2) if i < 10 else None
        case = factories.case(f"K{i:02d}", f"信访人{i}", person, handling_unit=unit)
        targets[case.case_no] = factories.target(campaign, case, key_case=i <= 2)
    targets["K11"] = factories.target(campaign, factories.case("K11", "王五"), included=False)
    return SimpleNamespace(
        campaign=campaign, u1=u1, u2=u2, old_unit=old_unit, targets=targets, **staff
    )


def ids(world, *case_nos):
    return [world.targets[no].id for no in case_nos]


def reload(target):
    return Target.get_by_id(target.id)


def snapshot():
    return (
        [tuple(t.__data__.items()) for t in Target.select().order_by(Target.id)],
        sorted(TaskVisitor.select().tuples()),
        sorted(TaskUnit.select().tuples()),
        AuditRecord.select().count(),
    )


def visitors_of(target) -> set[str]:
    return {s.name for s in Staff.select().join(TaskVisitor).where(TaskVisitor.target == target.id)}


def test_assign_many_at_once(world):
    all_ten = ids(world, *[f"K{i:02d}" for i in range(1, 11)])
    n = tk.assign_tasks(
        all_ten,
        leader_id=world.leader.id,
        visitor_ids=[world.v1.id, world.v2.id],
        unit_ids=[world.u1.id],
        method="home_visit",
        due_on=D(2026, 11, 10),
        today=TODAY,
    )
    assert n == 10
    for target in Target.select().where(Target.id.in_(all_ten)):
        assert target.status.value == "assigned"
        assert target.responsible_leader_id == world.leader.id
        assert target.planned_method.value == "home_visit"
        assert target.due_on == D(2026, 11, 10)
        assert visitors_of(target) == {"黄丽华", "徐文斌"}
    assert TaskUnit.select().count() == 10
    visitor_inserts = AuditRecord.select().where(
        (AuditRecord.table_name == "task_visitor") & (AuditRecord.action == "insert")
    )
    assert visitor_inserts.count() == 20 and visitor_inserts.first().actor == "tester"


def test_none_leaves_values_and_lists_replace(world):
    k1 = world.targets["K01"]
    tk.assign_tasks([k1.id], leader_id=world.leader.id, visitor_ids=[world.v1.id], today=TODAY)
    tk.assign_tasks([k1.id], due_on=D(2026, 11, 1), today=TODAY)
    t = reload(k1)
    assert t.responsible_leader_id == world.leader.id and visitors_of(t) == {"黄丽华"}
    before = AuditRecord.select().count()
    tk.assign_tasks([k1.id], visitor_ids=[world.v1.id, world.v2.id], today=TODAY)
    assert visitors_of(t) == {"黄丽华", "徐文斌"}
    # only the new link was written, the kept one was not deleted and re-inserted
    assert AuditRecord.select().count() - before == 1
    tk.assign_tasks([k1.id], visitor_ids=[world.v2.id], today=TODAY)
    assert visitors_of(t) == {"徐文斌"}
    tk.assign_tasks([k1.id], visitor_ids=[], today=TODAY)
    assert visitors_of(t) == set() and reload(k1).status.value == "unassigned"


def test_a_leader_alone_is_no_assignment(world):
    k1 = world.targets["K01"]
    tk.assign_tasks([k1.id], leader_id=world.leader.id, today=TODAY)
    assert reload(k1).status.value == "unassigned"
    tk.add_visitor([k1.id], world.v1.id, today=TODAY)
    assert reload(k1).status.value == "assigned"
    tk.add_visitor([k1.id], world.leaving.id, today=TODAY)  # leaves in December: still here
    assert visitors_of(k1) == {"黄丽华", "孙志刚"}


def test_refusals_change_nothing(world):
    k1, k2 = ids(world, "K01", "K02")
    tk.assign_tasks([k1], visitor_ids=[world.v1.id], today=TODAY)
    cases = [
        (dict(target_ids=[k1, k2], due_on=D(2026, 10, 20)), "due_before_implementation",
         ["2026-10-20", "2026-10-21", "2026年千案回访"]),
        (dict(target_ids=[k1, k2], due_on=D(2026, 11, 21)), "due_after_implementation",
         ["2026-11-21", "2026-11-20"]),
        (dict(target_ids=[k1, k2], visitor_ids=[world.v2.id, world.left.id]), "staff_left",
         ["罗秀英", "2026-06-30"]),
        (dict(target_ids=[k2], visitor_ids=[world.inactive.id]), "staff_inactive", ["林海涛"]),
        (dict(target_ids=[k2], leader_id=world.left.id), "staff_left", ["罗秀英"]),
        (dict(target_ids=[k2], leader_id=world.v1.id), "not_a_leader", ["黄丽华"]),
        (dict(target_ids=[k2], visitor_ids=[9999]), "staff_not_found", ["9999"]),
        (dict(target_ids=[k1, world.targets["K11"].id], visitor_ids=[world.v2.id]),
         "task_excluded", ["K11"]),
        (dict(target_ids=[k1, 424242], method="phone"), "task_not_found", ["424242"]),
        (dict(target_ids=[k2], unit_ids=[world.old_unit.id]), "unit_inactive", ["原土地办"]),
        (dict(target_ids=[k2], unit_ids=[777]), "unit_not_found", ["777"]),
        (dict(target_ids=[k2], method="pigeon"), "bad_method", ["pigeon"]),
        (dict(target_ids=[]), "no_tasks", []),
    ]  # fmt: skip
    before = snapshot()
    for kwargs, code, words in cases:
        with pytest.raises(tk.TaskError) as info:
            tk.assign_tasks(**kwargs, today=TODAY)
        assert info.value.code == code, kwargs
        for word in words:
            assert word in str(info.value)
        assert snapshot() == before, code


def test_staff_who_left_is_judged_on_the_day(world):
    k1 = world.targets["K01"].id
    with pytest.raises(tk.TaskError) as info:
        tk.assign_tasks([k1], visitor_ids=[world.leaving.id], today=D(2027, 1, 1))
    assert info.value.code == "staff_left" and "2026-12-31" in str(info.value)
    names = {s.name for s in tk.staff_list(today=TODAY)}
    assert "孙志刚" in names and "罗秀英" not in names and "林海涛" not in names
    assert {s.name for s in tk.staff_list(roles=["leader"], today=TODAY)} == {"陈志强"}
    assert len(tk.staff_list(include_left=True)) == 7


def test_due_date_without_campaign_dates_is_free(world):
    Campaign.update(impl_start=None, impl_end=None).execute()
    k1 = world.targets["K01"].id
    tk.assign_tasks([k1], due_on=D(2030, 1, 1), today=TODAY)
    assert reload(world.targets["K01"]).due_on == D(2030, 1, 1)


def test_add_handling_unit(world):
    targets = ids(world, "K01", "K02", "K03", "K10")
    tk.assign_tasks(targets[:1], unit_ids=[world.u2.id], today=TODAY)
    assert tk.add_handling_unit(targets) == 3  # K10 has no unit
    units = sorted(TaskUnit.select(TaskUnit.target, TaskUnit.unit).tuples())
    k1, k2, k3, _ = targets
    assert units == sorted(
        [(k1, world.u2.id), (k1, world.u1.id), (k2, world.u2.id), (k3, world.u1.id)]
    )
    assert tk.add_handling_unit(targets) == 0
    before = snapshot()
    with pytest.raises(tk.TaskError):
        tk.add_handling_unit([k1, world.targets["K11"].id])
    assert snapshot() == before


def add_visit(target, no=1, state="draft"):
    return VisitRecord.create(target=target.id, visit_no=no, state=state, satisfaction="satisfied")


def test_moving_cards_follows_the_visit_records(world):
    k1 = world.targets["K01"]

    def refused(status, code):
        before = snapshot()
        with pytest.raises(tk.TaskError) as info:
            tk.move_task(k1.id, status)
        assert info.value.code == code
        assert "K01" in str(info.value)
        assert snapshot() == before

    refused("assigned", "task_needs_visitor")
    refused("visited", "task_needs_visit")
    refused("follow_up", "task_needs_visit")
    refused("done", "done_needs_final")
    tk.add_visitor([k1.id], world.v1.id, today=TODAY)
    assert reload(k1).status.value == "assigned"
    assert tk.move_task(k1.id, "unassigned").status.value == "unassigned"
    assert visitors_of(k1) == set()  # back to unassigned: the visitors are taken away
    tk.add_visitor([k1.id], world.v1.id, today=TODAY)
    visit = add_visit(k1)
    assert tk.move_task(k1.id, "visited").status.value == "visited"
    refused("assigned", "task_has_visit")
    refused("unassigned", "task_has_visit")
    refused("done", "done_needs_final")
    visit.state = "final"
    visit.save()
    assert tk.move_task(k1.id, "follow_up").status.value == "follow_up"
    rework = FollowUp.create(target=k1.id, visit=visit, kind="rework", due_on=D(2026, 11, 5))
    FollowUp.create(target=k1.id, visit=visit, kind="help")  # help items may stay open
    refused("done", "done_open_followups")
    rework.state, rework.closed_on = "closed", D(2026, 11, 4)
    rework.save()
    assert tk.move_task(k1.id, "done").status.value == "done"
    assert tk.move_task(k1.id, "done").status.value == "done"  # no change, no error
    add_visit(k1, 2, "draft")  # a re-visit whose form is not final yet
    assert tk.move_task(k1.id, "visited").status.value == "visited"
    refused("done", "done_needs_final")
    with pytest.raises(tk.TaskError) as info:
        tk.move_task(world.targets["K11"].id, "assigned")
    assert info.value.code == "task_excluded"
    with pytest.raises(tk.TaskError) as info:
        tk.move_task(k1.id, "archived")
    assert info.value.code == "bad_status"


def test_board_cards_counts_filters_and_groups(world):
    t = world.targets
    tk.assign_tasks(
        ids(world, "K01", "K02", "K03"),
        leader_id=world.leader.id,
        visitor_ids=[world.v1.id],
        method="phone",
        due_on=D(2026, 10, 25),
        today=TODAY,
    )
    tk.assign_tasks(ids(world, "K03", "K04"), visitor_ids=[world.v1.id, world.v2.id], today=TODAY)
    tk.assign_tasks(ids(world, "K04"), unit_ids=[world.u1.id, world.u2.id], today=TODAY)
    add_visit(t["K03"])
    tk.move_task(t["K03"].id, "visited")
    cards = tk.board(world.campaign, today=TODAY)
    assert len(cards) == 10  # K11 is excluded: not on the board
    assert tk.column_counts(cards) == {
        "unassigned": 6,
        "assigned": 3,
        "visited": 1,
        "follow_up": 0,
        "done": 0,
    }
    k1 = next(c for c in cards if c.case_no == "K01")
    assert (k1.petitioner, k1.village, k1.handling_unit) == ("信访人1", "青山村", "镇国土所")
    assert (k1.leader, k1.leader_id, k1.visitors, k1.visitor_ids) == (
        "陈志强",
        world.leader.id,
        ("黄丽华",),
        (world.v1.id,),
    )
    assert (k1.method, k1.due_on, k1.status, k1.key_case) == (
        "phone",
        D(2026, 10, 25),
        "assigned",
        True,
    )
    assert k1.overdue  # due 25 October, not visited by 1 November
    k3 = next(c for c in cards if c.case_no == "K03")
    assert not k3.overdue  # visited
    k4 = next(c for c in cards if c.case_no == "K04")
    assert k4.units == ("镇司法所", "镇国土所")  # by name
    assert k4.visitors == ("徐文斌", "黄丽华")
    assert not any(c.overdue for c in tk.board(world.campaign, today=D(2026, 10, 25)))
    # sorted by due date (the undated last), then case number
    assert [c.case_no for c in cards[:3]] == ["K01", "K02", "K03"]

    def case_nos(**kwargs):
        flt = tk.BoardFilter(**kwargs)
        return sorted(c.case_no for c in tk.board(world.campaign, filter=flt, today=TODAY))

    assert case_nos(visitor_ids=(world.v2.id,)) == ["K03", "K04"]
    assert case_nos(leader_ids=(world.leader.id,)) == ["K01", "K02", "K03"]
    assert case_nos(villages=("青山村",)) == ["K01", "K04", "K07", "K10"]
    assert case_nos(handling_units=("镇司法所",)) == ["K02", "K04", "K06", "K08"]
    assert case_nos(statuses=("visited",)) == ["K03"]
    assert case_nos(key_only=True) == ["K01", "K02"]
    assert case_nos(overdue_only=True) == ["K01", "K02"]
    assert case_nos(text="信访人1") == ["K01", "K10"]
    assert case_nos(text="K0") == [f"K0{i}" for i in range(1, 10)]

    grouped = tk.board(world.campaign, group_by="visitor", today=TODAY)
    assert len(grouped) == 12  # K03 and K04 under both visitors
    assert tk.column_counts(grouped) == tk.column_counts(cards)
    by_group = {}
    for card in grouped:
        by_group.setdefault(card.group, []).append(card.case_no)
    assert sorted(by_group["徐文斌"]) == ["K03", "K04"]
    assert len(by_group[""]) == 6
    assert [c.group for c in grouped] == sorted(c.group for c in grouped)
    villages = {c.group for c in tk.board(world.campaign, group_by="village", today=TODAY)}
    assert villages == set(VILLAGES)
    with pytest.raises(ValueError):
        tk.board(world.campaign, group_by="mood")


def test_follow_up_cards_are_overdue_by_their_follow_ups(world):
    k1 = world.targets["K01"]
    tk.add_visitor([k1.id], world.v1.id, today=TODAY)
    visit = add_visit(k1, state="final")
    tk.move_task(k1.id, "follow_up")
    FollowUp.create(target=k1.id, visit=visit, kind="follow_up", due_on=D(2026, 11, 15))
    (card,) = tk.board(world.campaign, filter=tk.BoardFilter(statuses=("follow_up",)), today=TODAY)
    assert not card.overdue
    (card,) = tk.board(
        world.campaign, filter=tk.BoardFilter(statuses=("follow_up",)), today=D(2026, 11, 16)
    )
    assert card.overdue


def test_nobody_left_out_finds_one_of_each_kind(world):
    t = world.targets
    # K01..K05 are given; K06..K10 stay with nobody
    tk.assign_tasks(
        ids(world, "K01", "K02", "K03", "K04", "K05"),
        visitor_ids=[world.v1.id],
        due_on=D(2026, 10, 28),
        today=TODAY,
    )
    tk.assign_tasks(ids(world, "K02"), due_on=D(2026, 11, 5), today=TODAY)  # not yet due
    add_visit(t["K03"], state="draft")  # visited, the form not final
    tk.move_task(t["K03"].id, "visited")
    v4 = add_visit(t["K04"], state="final")  # visited, a follow-up overdue
    tk.move_task(t["K04"].id, "follow_up")
    FollowUp.create(target=t["K04"].id, visit=v4, kind="rework", due_on=D(2026, 10, 30))
    FollowUp.create(target=t["K04"].id, visit=v4, kind="help", due_on=D(2026, 11, 30))
    add_visit(t["K05"], state="reviewed")  # done and dusted
    tk.move_task(t["K05"].id, "done")
    # K01 is assigned, due 28 October, not visited
    left = tk.nobody_left_out(world.campaign, TODAY)
    assert [i.case_no for i in left.no_assignment] == ["K06", "K07", "K08", "K09", "K10"]
    assert [i.case_no for i in left.not_visited] == ["K01"]
    assert [i.case_no for i in left.no_final_form] == ["K03"]
    (late,) = left.followups_overdue
    assert (late.case_no, late.followup_kind, late.due_on) == ("K04", "rework", D(2026, 10, 30))
    assert late.target_id == t["K04"].id and late.case_id == t["K04"].case_id
    assert left.counts() == {
        "no_assignment": 5,
        "no_leader": 9,  # nobody was named responsible; K05 is done
        "no_due_date": 5,  # K06..K10
        "not_visited": 1,
        "no_final_form": 1,
        "followup_nothing_open": 0,  # K04 has its rework item open
        "followups_overdue": 1,
    }
    assert left.as_json()["not_visited"][0]["case_no"] == "K01"
    # later, K02 falls due too and the help item is late
    later = tk.nobody_left_out(world.campaign, D(2026, 12, 1))
    assert [i.case_no for i in later.not_visited] == ["K01", "K02"]
    assert len(later.followups_overdue) == 2


def test_a_target_with_only_a_visitor_is_not_left_out_of_the_lists(world):
    """The plan: "make a detailed return visit plan to ensure that all the objects that
    need a return visit do not pull a case or miss a person."
    """
    t = world.targets
    tk.assign_tasks(ids(world, "K01"), visitor_ids=[world.v1.id], today=TODAY)
    left = tk.nobody_left_out(world.campaign, TODAY)
    assert "K01" in [i.case_no for i in left.no_leader]
    assert "K01" in [i.case_no for i in left.no_due_date]
    # a task in "follow-up needed" with nothing open is listed
    v = add_visit(t["K02"], state="final")
    tk.move_task(t["K02"].id, "follow_up")
    left = tk.nobody_left_out(world.campaign, TODAY)
    assert [i.case_no for i in left.followup_nothing_open] == ["K02"]
    FollowUp.create(target=t["K02"].id, visit=v, kind="follow_up", due_on=D(2026, 12, 30))
    assert tk.nobody_left_out(world.campaign, TODAY).followup_nothing_open == []


def test_route_sheet_sorted_by_village_unmasked_and_audited(world):
    tk.assign_tasks(
        ids(world, "K01", "K02", "K03", "K04"),
        visitor_ids=[world.v1.id],
        method="home_visit",
        due_on=D(2026, 11, 10),
        today=TODAY,
    )
    tk.add_visitor(ids(world, "K02"), world.v2.id, today=TODAY)
    tk.assign_tasks(ids(world, "K05"), visitor_ids=[world.v2.id], today=TODAY)
    add_visit(world.targets["K03"], state="final")
    tk.move_task(world.targets["K03"].id, "done")  # done: off the route
    stops = tk.route_sheet(world.v1.id, world.campaign)
    assert [(s.village, s.case_no) for s in stops] == [
        ("柳塘村", "K02"),
        ("青山村", "K01"),
        ("青山村", "K04"),
    ]
    k2 = next(s for s in stops if s.case_no == "K02")
    assert k2.phones == ("13800000002", "07921234562")  # unmasked for paper
    assert k2.address.startswith("某某县青山镇") and k2.other_visitors == ("徐文斌",)
    assert tk.route_sheet(world.v1.id) == stops  # the current campaign by default
    tk.record_route_sheet_printed(world.v1.id, len(stops))
    record = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    assert (record.action, record.table_name, record.row_id) == ("print", "staff", world.v1.id)
    assert '"tasks": 3' in record.note
    with pytest.raises(tk.TaskError):
        tk.route_sheet(31337)
