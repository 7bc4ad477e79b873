"""The analysis report's content, on the hand-counted dataset of ``test_statistics``.

Counted by hand from that table (today 2026-11-20): 5 targets, 4 visited (T1 satisfied
and settled, T2 basically satisfied, T3 dissatisfied, T5 not reached), so 3 unsettled;
T3 has an open rework item past due (19 Nov) and an open follow-up (due 30 Nov); T2's
difficulty was helped (help item closed), T5's is still open (due 1 Nov); T2 and T4 have
drafts; T6 is excluded for policy.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rv_desktop.domain.models import AuditRecord, Campaign, Setting, VisitRecord
from rv_desktop.domain.report import (
    DIFFICULTY_THEMES,
    MAX_TEXT,
    REASON_THEMES,
    ReportError,
    build_report,
    group_texts,
    praised,
    report_text,
    save_report_text,
)

from .test_statistics import TODAY, data  # noqa: F401 - the shared fixture


def test_figures_and_lists_counted_by_hand(data):  # noqa: F811
    r = build_report(data["campaign"], TODAY)
    t = data["t"]
    assert (r.total.targets, r.total.visited, r.total.settled) == (5, 4, 1)
    assert r.excluded == {"policy": 1} and r.key_cases == 0
    assert (r.assigned, r.visitors) == (4, 2)  # T4 has no visitor
    assert r.unsettled_count == 3
    assert [u.case_no for u in r.unsettled] == ["A2", "A3", "A5"]
    a3 = r.unsettled[1]
    assert a3.satisfaction == "dissatisfied"
    assert [(f.kind, f.overdue, f.is_open) for f in a3.followups] == [
        ("rework", True, True),
        ("follow_up", False, True),
    ]
    assert r.unsettled[0].followups == ()  # T2 has only a help item
    assert [(d.case_no, d.difficulty, d.state) for d in r.difficulty_items] == [
        ("A2", "老人患病", "helped"),
        ("A5", "住房困难", "in_progress"),
    ]
    assert r.help_open == 1
    assert r.left_out_counts == {
        "no_assignment": 0,
        "no_leader": 5,  # no target was given a responsible leader
        "no_due_date": 0,
        "followup_nothing_open": 0,
        "not_visited": 0,
        "no_final_form": 2,  # T2's second visit and T4 are drafts
        "followups_overdue": 2,  # T3's rework and T5's help item
    }
    assert [i.target_id for i in r.left_out.no_final_form] == [t[2], t[4]]
    assert r.dissatisfied_units == [("镇民政办", 1)]  # T3
    assert [(g.theme, g.count) for g in r.reasons] == [("未注明原因", 1)]  # T3 gave none
    assert [(g.theme, g.count) for g in r.difficulties] == [("疾病医疗", 1), ("住房困难", 1)]
    assert [(g.theme, g.count) for g in r.opinions] == [("深入基层、加强走访", 1)]  # T3: blank
    assert r.breakdown.visited == 4 and [u.unit for u in r.units] == ["镇国土所", "镇民政办", ""]


def test_lists_are_cut_but_counts_stay(data):  # noqa: F811
    r = build_report(data["campaign"], TODAY, limit=1)
    assert [u.case_no for u in r.unsettled] == ["A2"] and r.unsettled_count == 3
    assert len(r.left_out.no_final_form) == 1 and r.left_out_counts["no_final_form"] == 2
    assert len(r.difficulty_items) == 1


def test_drafted_paragraphs_carry_the_figures(data):  # noqa: F811
    p = build_report(data["campaign"], TODAY).paragraphs
    assert "根据上级统一部署" in p["background"]  # no county office recorded
    assert "确定回访对象5件（中央交办2件、省交办3件）" in p["background"]
    assert "另有1件因政策性强等原因未列入本次回访" in p["background"]
    assert "重点案件" not in p["background"]  # none: not printed as 0
    assert "已分配回访任务4件，2名回访人员参与回访" in p["measures"]
    assert "上门走访1件、电话回访1件、原住地走访1件、其他方式1件" in p["measures"]
    assert "代评2件" in p["measures"]  # T2 a relative, T5 the committee
    assert "回流承办单位整改2件，已办结1件" in p["measures"]
    assert "生产生活困难2件，已帮扶到位1件" in p["measures"]
    # issue 14: the visit rate counts the visits the town's rule accepts (T2 home, T5 away)
    assert "截至2026年11月20日，应回访5件，已回访4件，其中按规定方式回访2件，回访率40.0%" in p["results"]
    # issue 14: satisfaction rate = (satisfied + basically satisfied) / rated
    assert "满意1件、基本满意1件、不满意1件、联系不上1件，满意率66.7%" in p["results"]
    assert "已息诉罢访1件，占已回访件数的25.0%" in p["results"]
    assert "中央交办满意率100.0%，省交办满意率0.0%" in p["results"]
    assert "较高的是镇国土所（100.0%），较低的是镇民政办（0.0%）" in p["results"]
    problems = p["problems"]
    assert problems.startswith("一是仍有1件群众不满意")
    # issue 14: the overdue count is annex 2's (every overdue item: T3's rework, T5's help)
    assert "二是3件信访事项尚未息诉罢访，跟踪回访和督办整改事项未办结1件，逾期未办结事项2项" in problems
    assert "五是1件未能联系上信访人" in problems and "代为反映" not in problems
    # no target has a responsible leader: the report does not claim every case has one
    assert "逐案明确包案领导" not in p["measures"] and "已为0件回访对象明确包案领导" in p["measures"]
    assert "组织有力" not in p["conclusions"]  # 40% visited as required: below the threshold
    assert "2件回访登记表未定稿" in problems and "未分配" not in problems
    assert "1件群众生产生活困难帮扶尚未落实到位" in problems
    assert "群众满意度有待提高" in p["conclusions"]  # 50%
    assert "1件信访事项实现息诉罢访" in p["conclusions"]
    suggestions = p["suggestions"].split("\n")
    assert suggestions[0].startswith("一是督促整改到位。对1件群众不满意的案件，督促镇民政办")
    assert suggestions[1].startswith("二是压实包案责任。对3件")
    assert "未定稿的2件，抓紧完成" in suggestions[2]  # no report deadline
    assert suggestions[-1].startswith("六是建立长效机制")


def test_drafted_paragraphs_follow_the_campaign_and_settings(data):  # noqa: F811
    c = data["campaign"]
    Campaign.update(
        county_office="某某县“千案回访”活动办公室",
        prep_start=dt.date(2026, 9, 21),
        summary_end=dt.date(2026, 12, 10),
        report_deadline=dt.date(2026, 12, 10),
        group_leader="陈志强",
        office_in_charge="青山镇信访办",
    ).where(Campaign.id == c.id).execute()
    Setting.create(key="town_name", value="青山镇")
    VisitRecord.update(dissatisfaction_reason="认为补偿标准偏低。").where(
        VisitRecord.target == data["t"][3]
    ).execute()
    r = build_report(c.id, TODAY, texts={"judgement.low": "尚需努力"})
    p = r.paragraphs
    assert (
        "根据某某县“千案回访”活动办公室统一部署，青山镇于2026年9月21日至2026年12月10日"
        in (p["background"])
    )
    assert "由陈志强任组长的领导小组，青山镇信访办负责日常工作" in p["background"]
    assert "主要集中在补偿安置标准（1件）等方面" in p["problems"]
    assert r.reasons[0].texts == (("认为补偿标准偏低", 1),)  # the full stop dropped
    assert "在2026年12月10日前完成回访和登记" in p["suggestions"]
    assert "尚需努力" in p["conclusions"]  # the templates can be replaced


def test_a_campaign_without_visits(database):
    Campaign.create(name="空活动", is_current=True)
    r = build_report(None, TODAY)
    assert "应回访0件，尚无定稿的回访登记表" in r.paragraphs["results"]
    assert r.paragraphs["problems"].startswith("本次回访未发现突出问题")
    assert r.paragraphs["conclusions"].startswith("目前尚无定稿的回访登记表")
    assert r.paragraphs["suggestions"].startswith("建立长效机制")  # one point: not numbered


def test_group_texts_merges_spellings_and_themes():
    counted = [
        ("认为补偿标准偏低，要求重新核算", 5),
        ("认为补偿标准偏低，要求重新核算。", 2),  # the same, with a full stop
        ("认为补偿标准偏低， 要求重新核算", 1),  # the same, with a blank
        ("征收补偿款未足额发放", 3),
        ("处理意见没有落实", 4),
        ("其他说不清的事", 1),
        ("", 2),
        (None, 1),
    ]
    groups = group_texts(counted, REASON_THEMES, "其他", "未注明原因")
    assert [(g.theme, g.count) for g in groups] == [
        ("补偿安置标准", 11),
        ("诉求未解决、处理意见未落实", 4),
        ("未注明原因", 3),
        ("其他", 1),
    ]
    assert groups[0].texts == (("认为补偿标准偏低，要求重新核算", 8), ("征收补偿款未足额发放", 3))
    assert group_texts([("", 3)], DIFFICULTY_THEMES, "其他") == []  # blanks dropped
    # ties: the themes' own order, "other" last
    tied = group_texts([("住房漏雨", 1), ("看病贵", 1), ("别的", 1)], DIFFICULTY_THEMES, "其他")
    assert [g.theme for g in tied] == ["疾病医疗", "住房困难", "其他"]


def test_saved_text_round_trip_and_audit(data):  # noqa: F811
    c = data["campaign"]
    assert report_text(c).conclusions is None
    saved = save_report_text(c, "总体看，回访工作扎实。\r\n满意率较高。  ", None)
    assert saved.conclusions == "总体看，回访工作扎实。\n满意率较高。"
    assert saved.suggestions is None
    r = build_report(c, TODAY)
    assert r.text("conclusions") == saved.conclusions and r.edited("conclusions")
    assert r.text("suggestions") == r.paragraphs["suggestions"] and not r.edited("suggestions")
    records = list(AuditRecord.select().where(AuditRecord.table_name == "setting"))
    assert [(a.action, a.row_id, a.actor) for a in records] == [("insert", c.id, "tester")]
    assert json.loads(records[0].after)["value"] == saved.conclusions
    count = AuditRecord.select().count()
    save_report_text(c, saved.conclusions, None)  # nothing changed: nothing recorded
    assert AuditRecord.select().count() == count
    save_report_text(c, "改过的结论", "建议一")
    assert report_text(c) == report_text(c.id)
    assert (report_text(c).conclusions, report_text(c).suggestions) == ("改过的结论", "建议一")
    save_report_text(c, "   ", "建议一")  # empty: back to the drafted paragraph
    assert report_text(c).conclusions is None
    actions = [a.action for a in AuditRecord.select().where(AuditRecord.table_name == "setting")]
    assert actions == ["insert", "update", "insert", "delete"]
    other = Campaign.get(Campaign.name == "2025年回访")
    assert report_text(other).suggestions is None  # kept per campaign


def test_too_long_text_is_refused_and_nothing_changes(data):  # noqa: F811
    c = data["campaign"]
    save_report_text(c, "原来的结论", None)
    with pytest.raises(ReportError) as e:
        save_report_text(c, "新结论", "长" * (MAX_TEXT + 1))
    assert e.value.code == "report_text_too_long"
    assert report_text(c).conclusions == "原来的结论"  # the other paragraph was not saved either


def test_the_report_on_the_demo_agrees_with_its_annexes_and_statistics(tmp_path):
    """Issue 14: "A test builds the report on the demo and checks that every count in the
    body equals the same count in the annexes and the statistics." The plan: "make a
    special analysis of the feedback of the return visit, form a written material."
    """
    import re

    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.statistics import feedback_statistics
    from rv_desktop.services.demo import DEMO_TODAY, create_demo_database

    path = tmp_path / "demo.sqlite"
    create_demo_database(path)
    dbmod.open_database(path)
    try:
        r = build_report(None, DEMO_TODAY)
        total = feedback_statistics(None, "source", DEMO_TODAY).total
        p = r.paragraphs
        counts = r.left_out_counts
        assert (
            f"应回访{total.targets}件，已回访{total.visited}件，"
            f"其中按规定方式回访{total.visited_as_required}件" in p["results"]
        )
        assert f"代评{total.proxy_relative + total.proxy_committee}件" in p["measures"]
        overdue = re.search(r"逾期未办结事项(\d+)项", p["problems"])
        if overdue:  # annex 2 lists every overdue item
            assert int(overdue.group(1)) == counts["followups_overdue"]
            assert counts["followups_overdue"] == len(nobody_left_out_all(r))
        for name, n in counts.items():
            if n and name != "followups_overdue":
                assert f"{n}件" in p["problems"], name
        not_reached = re.search(r"(\d+)件未能联系上信访人", p["problems"])
        assert not_reached is None or int(not_reached.group(1)) == total.not_reached
        assert f"{r.unsettled_count}件信访事项尚未息诉罢访" in p["problems"]
        if r.with_leader < total.targets:
            assert "逐案明确包案领导" not in p["measures"]
        assert ("组织有力" in p["conclusions"]) == praised(r)
        # the plan: "sum up experience, publicize good examples": candidates offered
        assert r.examples and p["good_examples"].startswith("可选的典型案例")
        assert all(no in p["good_examples"] for no, _category, _why in r.examples)
        saved = save_report_text(r.campaign_id, None, None, "张某信访件：包案领导三次上门，终获满意。")
        assert saved.good_examples.startswith("张某信访件")
        assert save_report_text(r.campaign_id, "结论", None).good_examples == saved.good_examples
        again = build_report(None, DEMO_TODAY)
        assert again.text("good_examples") == saved.good_examples and again.edited("good_examples")
    finally:
        dbmod.close_database()


def nobody_left_out_all(report):
    from rv_desktop.domain.campaigns import get_campaign
    from rv_desktop.domain.left_out import nobody_left_out

    return nobody_left_out(get_campaign(report.campaign_id), report.today).followups_overdue


def test_an_edit_older_than_the_figures_is_flagged(data):  # noqa: F811
    """Issue 14: "a section the clerk edited is marked, and when the figures change after
    the edit the report says so before printing." The plan: "form a written material"."""
    c = data["campaign"]
    r = build_report(c, TODAY)
    save_report_text(c, "改过的结论", None, drafts=r.paragraphs)
    again = build_report(c, TODAY)
    assert again.edited("conclusions") and again.changed_since_edit() == []
    VisitRecord.update(satisfaction="satisfied", look_satisfied=True).where(
        VisitRecord.target == data["t"][3]
    ).execute()  # the dissatisfied petitioner is now satisfied: the figures move
    later = build_report(c, TODAY)
    assert later.changed_since_edit() == ["conclusions"]
    assert later.text("conclusions") == "改过的结论"  # the edit is kept all the same
