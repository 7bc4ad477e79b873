"""One case, one form: drafts, validation, finalising, re-visits, reopening, follow-ups."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rv_desktop.domain import visits as vs
from rv_desktop.domain.models import AuditRecord, ContactAttempt, FollowUp, Target, VisitRecord

from .. import factories

D = dt.date
TODAY = D(2026, 11, 20)
AT = dt.datetime(2026, 11, 18, 9, 30)


@pytest.fixture
def world(database):
    return factories.small_world()


def satisfied_home_visit(**changes) -> dict:
    return factories.satisfied_visit(AT, **changes)


def dissatisfied(**changes) -> dict:
    values = {
        "satisfaction": "dissatisfied",
        "settled": False,
        "dissatisfaction_reason": "认为补偿标准偏低",
        "look_satisfied": False,
        "explained": "宣讲了土地征收补偿的法律政策",
        "followup_needed": True,
        "next_action": "包案领导再次约访",
        "next_by": "陈志强",
        "next_due": D(2026, 12, 5),
    }
    return satisfied_home_visit(**{**values, **changes})


REACHED = [{"at": AT, "means": "visit", "outcome": "reached"}]


def status(target) -> str:
    return Target.get_by_id(target.id).status.value


def codes(problems) -> set[str]:
    return {p.code for p in problems}


def test_start_visit_creates_a_draft_and_moves_the_card(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    assert (form.visit_no, form.state, form.read_only) == (1, "draft", False)
    assert form.values.method == "home_visit" and form.values.visitors == "黄丽华"
    assert form.case_no == "K01" and form.handling_unit == "镇国土所"
    assert status(k1) == "visited"
    again = vs.start_visit(k1.id)  # a draft exists: that one comes back
    assert again.id == form.id and VisitRecord.select().count() == 1


def test_start_visit_refuses_an_excluded_case(world):
    with pytest.raises(vs.VisitError) as caught:
        vs.start_visit(world.excluded.id)
    assert caught.value.code == "task_excluded" and "K09" in str(caught.value)
    assert VisitRecord.select().count() == 0


def test_save_draft_keeps_anything_typed(world):
    form = vs.start_visit(world.targets["K01"].id)
    saved = vs.save_draft(
        form.id,
        {"visited_at": AT, "satisfaction": "dissatisfied", "opinions": "  希望多下基层 "},
        [{"at": AT, "means": "phone", "outcome": "no_answer"}, {"at": None, "means": ""}],
    )
    assert saved.state == "draft"
    assert saved.values.satisfaction == "dissatisfied" and saved.values.opinions == "希望多下基层"
    assert saved.values.visited_at == AT
    assert [c.outcome for c in saved.contacts] == ["no_answer"]
    assert vs.load_visit(form.id).values == saved.values


def test_save_draft_lays_the_values_over_the_stored_ones(world):
    form = vs.start_visit(world.targets["K01"].id)
    vs.save_draft(form.id, {"visited_at": AT, "opinions": "意见"}, REACHED)
    saved = vs.save_draft(form.id, {"opinions": "", "risk": "low"})  # contacts kept
    assert saved.values.visited_at == AT and saved.values.opinions is None
    assert saved.values.risk == "low" and saved.values.method == "home_visit"
    assert [c.outcome for c in saved.contacts] == ["reached"]
    updates = AuditRecord.select().where(
        (AuditRecord.table_name == "contact_attempt") & (AuditRecord.action != "insert")
    )
    assert updates.count() == 0  # unchanged attempts are not rewritten
    vs.save_draft(form.id, saved.values, [])
    assert vs.load_visit(form.id).contacts == []


def test_save_draft_refuses_unknown_fields_and_bad_codes(world):
    form = vs.start_visit(world.targets["K01"].id)
    before = AuditRecord.select().count()
    with pytest.raises(vs.VisitError) as caught:
        vs.save_draft(form.id, {"colour": "red"})
    assert caught.value.code == "unknown_field"
    with pytest.raises(vs.VisitError) as caught:
        vs.save_draft(form.id, {"method": "by_pigeon"})
    assert caught.value.code == "bad_value" and "method" in str(caught.value)
    with pytest.raises(vs.VisitError) as caught:
        vs.save_draft(form.id, {}, [{"at": AT, "means": "phone"}])
    assert caught.value.code == "contact_incomplete"
    assert AuditRecord.select().count() == before


def test_home_visit_satisfied_finalises_and_the_task_is_done(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    result = vs.finalise(form.id, vs.VisitDraft(**satisfied_home_visit()), REACHED, TODAY)
    assert result.task_status == "done" and status(k1) == "done"
    assert (result.rework_id, result.help_id, result.followup_id) == (None, None, None)
    record = VisitRecord.get_by_id(form.id)
    assert record.state.value == "final" and record.recorded_on == TODAY
    assert ContactAttempt.select().where(ContactAttempt.visit == form.id).count() == 1
    assert FollowUp.select().count() == 0


def test_home_visit_needs_the_person_met_and_a_proxy_needs_name_and_relation(world):
    problems = vs.validate(satisfied_home_visit(respondent=None), REACHED, TODAY)
    assert [(p.field, p.tab, p.code) for p in problems] == [
        ("respondent", "visit", "respondent_required")
    ]
    problems = vs.validate(satisfied_home_visit(respondent="relative"), REACHED, TODAY)
    assert codes(problems) == {"respondent_name_required", "respondent_relation_required"}
    ok = satisfied_home_visit(
        respondent="relative", respondent_name="张强", respondent_relation="儿子"
    )
    assert vs.validate(ok, REACHED, TODAY) == []


def test_away_path_needs_phone_result_and_people_asked(world):
    """The plan: "If the complainant is in a foreign country, he must contact by telephone
    to find out the situation, and he must also go to his original place of residence to
    ask relatives and local grassroots organizations about the situation, and write it
    down in detail in the return visit registration."
    """
    away = satisfied_home_visit(method="phone", petitioner_away=True)
    problems = vs.validate(away, REACHED, TODAY, level="town")
    assert codes(problems) == {
        "away_phone_result_required",
        "away_people_asked_required",
        "away_statement_required",
    }
    assert {p.tab for p in problems} == {"visit"}
    away.update(
        away_phone_result="电话联系上信访人，其在外地务工，对处理结果无异议",
        away_people_asked="其亲属及村委会干部",
        away_statement="家中已按处理意见落实",
    )
    assert vs.validate(away, REACHED, TODAY, level="town") == []
    # not reached at all: the outcome, its trail, no answers, and a follow-up
    failed = [{"at": AT, "means": "phone", "outcome": "no_answer"}]
    gone = {
        "visited_at": AT,
        "method": "former_residence",
        "petitioner_away": True,
        "away_phone_result": "电话无人接听",
        "away_people_asked": "其亲属及村委会干部",
        "away_statement": "信访人在外务工，联系不上",
        "contact_result": "not_reached",
        "followup_needed": True,
        "next_action": "春节返乡时再次上门",
        "next_by": "黄丽华",
        "next_due": D(2027, 2, 10),
        "recorded_by": "曾小芳",
    }
    assert vs.validate(gone, failed, TODAY, level="town") == []
    # not reached needs a contact attempt that failed
    assert codes(vs.validate(gone, REACHED, TODAY)) == {"contact_attempt_required"}
    assert codes(vs.validate(gone, [], TODAY)) == {"contact_attempt_required"}
    # finalising: not reached is not done, the card waits in follow-up
    k2 = world.targets["K02"]
    form = vs.start_visit(k2.id)
    assert vs.finalise(form.id, gone, failed, TODAY).task_status == "follow_up"
    assert VisitRecord.get_by_id(form.id).satisfaction.value == "not_reached"


def test_dissatisfied_needs_reason_explanation_and_follow_up(world):
    values = satisfied_home_visit(satisfaction="dissatisfied", settled=False, look_satisfied=False)
    problems = vs.validate(values, REACHED, TODAY)
    assert codes(problems) == {
        "dissatisfaction_reason_required",
        "explained_required",
        "followup_required",
        "next_action_required",
        "next_by_required",
        "next_due_required",
    }
    tabs = {p.field: p.tab for p in problems}
    assert tabs["dissatisfaction_reason"] == "findings" and tabs["explained"] == "follow_up"
    assert vs.validate(dissatisfied(), REACHED, TODAY) == []
    late = dissatisfied(next_due=D(2026, 11, 1))
    assert codes(vs.validate(late, REACHED, TODAY)) == {"next_due_before_visit"}


def test_dissatisfied_creates_a_rework_item_and_the_task_waits_in_follow_up(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    result = vs.finalise(form.id, dissatisfied(), REACHED, TODAY)
    assert result.task_status == "follow_up" and status(k1) == "follow_up"
    rework = FollowUp.get_by_id(result.rework_id)
    assert rework.kind.value == "rework" and rework.unit_id == world.unit.id
    assert rework.assignee == "镇国土所" and rework.reason == "认为补偿标准偏低"
    assert rework.due_on == TODAY + dt.timedelta(days=vs.REWORK_DAYS)
    follow = FollowUp.get_by_id(result.followup_id)
    assert (follow.kind.value, follow.assignee, follow.due_on) == (
        "follow_up",
        "陈志强",
        D(2026, 12, 5),
    )
    assert {f.kind for f in vs.followup_list(k1.id)} == {"rework", "follow_up"}


def test_a_no_in_the_three_looks_sends_a_rework_item(world):
    """The plan: "the return visit personnel should 'look at three things' ... see whether
    the petition problem is handled in accordance with the legal policy"
    """
    values = satisfied_home_visit(conclusion_reasonable="partly", look_lawful=None)
    assert codes(vs.validate(values, REACHED, TODAY)) == {"conclusion_note_required"}
    values["conclusion_note"] = "未按政策核定补偿面积"
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    result = vs.finalise(form.id, values, REACHED, TODAY, rework_due=D(2026, 12, 1))
    assert result.task_status == "follow_up"
    rework = FollowUp.get_by_id(result.rework_id)
    assert rework.reason == "未按政策核定补偿面积" and rework.due_on == D(2026, 12, 1)
    assert VisitRecord.get_by_id(form.id).look_lawful is False  # derived from point (1)


def test_three_looks_are_derived_and_overridden_only_with_a_note(world):
    """The plan: "see whether the petition problem is handled in accordance with the legal
    policy; Second, see if the complainant is satisfied with the handling of the case;
    Third, see if the complainant has any comments or suggestions."
    """
    values = satisfied_home_visit(look_lawful=None, look_satisfied=None, look_opinions=None)
    assert vs.validate(values, REACHED, TODAY) == []  # derived from points (1), (3), (5)
    contradiction = satisfied_home_visit(look_satisfied=False)
    problems = vs.validate(contradiction, REACHED, TODAY)
    assert codes(problems) == {"looks_override_note_required"}
    assert {p.tab for p in problems} == {"three_looks"}
    contradiction["looks_note"] = "信访人口头满意，但拒绝签字"
    assert vs.validate(contradiction, REACHED, TODAY) == []


def test_satisfaction_and_settled_are_required(world):
    problems = vs.validate(satisfied_home_visit(satisfaction=None, settled=None), REACHED, TODAY)
    assert codes(problems) == {"satisfaction_required", "settled_required"}
    assert {p.tab for p in problems} == {"findings"}


def test_visit_date_not_in_the_future_nor_before_the_conclusion(world):
    future = satisfied_home_visit(visited_at=dt.datetime(2026, 11, 21, 9))
    (problem,) = vs.validate(future, REACHED, TODAY)
    assert (problem.field, problem.tab, problem.code) == (
        "visited_at",
        "visit",
        "visit_date_future",
    )
    assert "2026-11-21" in problem.format()
    early = satisfied_home_visit(visited_at=dt.datetime(2026, 8, 1, 9))
    (problem,) = vs.validate(early, REACHED, TODAY, concluded_on=D(2026, 9, 1))
    assert problem.code == "visit_before_conclusion"
    (problem,) = vs.validate(satisfied_home_visit(visited_at=None), REACHED, TODAY)
    assert problem.code == "visit_date_required"


def test_finalise_refuses_while_problems_remain_and_saves_nothing(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    before = AuditRecord.select().count()
    future = satisfied_home_visit(visited_at=dt.datetime(2026, 12, 1, 9))
    with pytest.raises(vs.VisitError) as caught:
        vs.finalise(form.id, future, REACHED, TODAY)
    assert caught.value.code == "visit_incomplete" and "K01" in str(caught.value)
    assert codes(caught.value.problems) == {"visit_date_future"}
    record = VisitRecord.get_by_id(form.id)
    assert record.state.value == "draft" and record.visited_at is None
    assert AuditRecord.select().count() == before and status(k1) == "visited"


def test_final_is_read_only_until_reopened_with_an_audit_record(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    vs.finalise(form.id, satisfied_home_visit(), REACHED, TODAY)
    with pytest.raises(vs.VisitError) as caught:
        vs.save_draft(form.id, satisfied_home_visit(opinions="改一下"))
    assert caught.value.code == "visit_read_only" and "K01" in str(caught.value)
    with pytest.raises(vs.VisitError) as caught:
        vs.reopen(form.id, "  ")
    assert caught.value.code == "reopen_reason_required"
    reopened = vs.reopen(form.id, "录入时满意度填错")
    assert reopened.state == "draft" and reopened.reopen_reason == "录入时满意度填错"
    assert status(k1) == "visited"
    log = AuditRecord.get(AuditRecord.action == "reopen")
    assert log.table_name == "visit_record" and log.row_id == form.id and log.actor == "tester"
    assert json.loads(log.note)["reason"] == "录入时满意度填错"
    # now editable; corrected to dissatisfied it raises the rework on finalising again
    vs.save_draft(form.id, dissatisfied())
    result = vs.finalise(form.id, None, None, TODAY)
    assert result.task_status == "follow_up" and result.rework_id
    draft = vs.start_visit(world.targets["K02"].id)
    with pytest.raises(vs.VisitError) as caught:
        vs.reopen(draft.id, "没有可以重开的")
    assert caught.value.code == "visit_is_draft"


def test_refinalising_a_corrected_record_drops_the_items_it_no_longer_needs(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    first = vs.finalise(form.id, dissatisfied(), REACHED, TODAY)
    vs.reopen(form.id, "满意度录错")
    # a dict is laid over the stored form: the follow-up typed before is still there
    corrected = {"satisfaction": "satisfied", "look_satisfied": True}
    still = vs.finalise(form.id, corrected, None, TODAY)
    assert still.task_status == "follow_up" and still.followup_id == first.followup_id
    assert still.rework_id is None  # satisfied now: the rework item is dropped
    vs.reopen(form.id, "跟踪也录错了")
    # a whole VisitDraft replaces every field
    second = vs.finalise(form.id, vs.VisitDraft(**satisfied_home_visit()), REACHED, TODAY)
    assert second.task_status == "done" and second.rework_id is None
    assert FollowUp.select().count() == 0
    deleted = AuditRecord.select().where(
        (AuditRecord.table_name == "follow_up") & (AuditRecord.action == "delete")
    )
    assert {r.row_id for r in deleted} == {first.rework_id, first.followup_id}


def test_review_final_to_reviewed(world):
    form = vs.start_visit(world.targets["K01"].id)
    with pytest.raises(vs.VisitError) as caught:
        vs.review(form.id, "林主任", TODAY)
    assert caught.value.code == "review_needs_final"
    vs.finalise(form.id, satisfied_home_visit(), REACHED, TODAY)
    with pytest.raises(vs.VisitError) as caught:
        vs.review(form.id, " ", TODAY)
    assert caught.value.code == "reviewer_required"
    reviewed = vs.review(form.id, "林主任", TODAY)
    assert (reviewed.state, reviewed.reviewed_by, reviewed.reviewed_on) == (
        "reviewed",
        "林主任",
        TODAY,
    )
    assert reviewed.read_only
    with pytest.raises(vs.VisitError) as caught:
        vs.review(form.id, "林主任", TODAY)
    assert caught.value.code == "already_reviewed"
    reopened = vs.reopen(form.id, "复核发现错误")  # the review is cleared
    assert reopened.state == "draft" and reopened.reviewed_by is None


def test_revisits_are_numbered_and_the_earlier_stay_read_only(world):
    k1 = world.targets["K01"]
    first = vs.start_visit(k1.id)
    vs.finalise(first.id, dissatisfied(), REACHED, TODAY)
    second = vs.start_visit(k1.id)
    assert second.visit_no == 2 and second.id != first.id
    assert [(o.visit_no, o.state, o.satisfaction) for o in second.others] == [
        (1, "final", "dissatisfied")
    ]
    vs.finalise(second.id, dissatisfied(), REACHED, TODAY)
    third = vs.start_visit(k1.id)
    assert third.visit_no == 3 and [o.visit_no for o in third.others] == [1, 2]
    assert vs.start_visit(k1.id).id == third.id  # the open draft, not a fourth
    with pytest.raises(vs.VisitError) as caught:
        vs.save_draft(first.id, satisfied_home_visit())
    assert caught.value.code == "visit_read_only"
    with pytest.raises(vs.VisitError) as caught:
        vs.finalise(second.id, satisfied_home_visit(), REACHED, TODAY)
    assert caught.value.code == "visit_read_only"
    vs.finalise(third.id, satisfied_home_visit(), REACHED, TODAY)
    with pytest.raises(vs.VisitError) as caught:  # only the latest can be reopened
        vs.reopen(first.id, "想改第一次")
    assert caught.value.code == "reopen_not_latest"
    numbers = [r.visit_no for r in VisitRecord.select().where(VisitRecord.target == k1.id)]
    assert sorted(numbers) == [1, 2, 3]


def test_practical_difficulty_creates_a_help_item(world):
    k1 = world.targets["K01"]
    values = satisfied_home_visit(difficulties="家中老人长期患病", help_given="协助申请医疗救助")
    assert codes(vs.validate(values, REACHED, TODAY)) == {"help_by_required"}
    values["help_by"] = "镇民政办"
    form = vs.start_visit(k1.id)
    result = vs.finalise(form.id, values, REACHED, TODAY)
    help_item = FollowUp.get_by_id(result.help_id)
    assert (help_item.kind.value, help_item.assignee, help_item.reason) == (
        "help",
        "镇民政办",
        "家中老人长期患病",
    )
    assert help_item.due_on == AT.date() + dt.timedelta(days=vs.HELP_DAYS)
    assert result.task_status == "done"  # a help item does not hold the task back


def test_closing_the_last_item_of_a_settled_case_finishes_the_task(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    # basically satisfied but a follow-up still needed: the task waits
    values = satisfied_home_visit(
        satisfaction="basically_satisfied",
        followup_needed=True,
        next_action="回访政策落实情况",
        next_by="黄丽华",
        next_due=D(2026, 12, 1),
    )
    result = vs.finalise(form.id, values, REACHED, TODAY)
    assert result.task_status == "follow_up" and result.rework_id is None
    with pytest.raises(vs.VisitError) as caught:
        vs.close_followup(result.followup_id, "", TODAY, TODAY)
    assert caught.value.code == "followup_result_required"
    with pytest.raises(vs.VisitError) as caught:
        vs.close_followup(result.followup_id, "已落实", D(2026, 11, 30), TODAY)
    assert caught.value.code == "followup_closed_future"
    with pytest.raises(vs.VisitError) as caught:
        vs.close_followup(result.followup_id, "已落实", D(2026, 11, 1), TODAY)
    assert caught.value.code == "followup_closed_early"
    assert vs.close_followup(result.followup_id, "已落实", TODAY, TODAY) == "done"
    assert status(k1) == "done"
    item = FollowUp.get_by_id(result.followup_id)
    assert (item.state.value, item.closed_on, item.result) == ("closed", TODAY, "已落实")
    with pytest.raises(vs.VisitError) as caught:
        vs.close_followup(result.followup_id, "再关一次", TODAY, TODAY)
    assert caught.value.code == "followup_closed"


def test_closing_items_of_a_dissatisfied_case_waits_for_a_revisit(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    result = vs.finalise(form.id, dissatisfied(), REACHED, TODAY)
    assert vs.close_followup(result.rework_id, "已重新核查", TODAY, TODAY) == "follow_up"
    assert vs.close_followup(result.followup_id, "已约访", TODAY, TODAY) == "follow_up"
    second = vs.start_visit(k1.id)
    assert status(k1) == "visited"
    assert vs.finalise(second.id, satisfied_home_visit(), REACHED, TODAY).task_status == "done"


def test_visit_list_of_the_current_campaign(world):
    a = vs.start_visit(world.targets["K02"].id)
    b = vs.start_visit(world.targets["K01"].id)
    vs.finalise(b.id, satisfied_home_visit(), REACHED, TODAY)
    vs.review(b.id, "林主任", TODAY)
    rows = vs.visit_list()
    assert [(r.case_no, r.visit_no, r.state, r.reviewed) for r in rows] == [
        ("K01", 1, "final", True),
        ("K02", 1, "draft", False),
    ]
    assert rows[0].as_json()["visited_on"] == "2026-11-18"
    assert rows[0].satisfaction == "satisfied" and rows[0].settled is True
    assert rows[1].id == a.id and rows[1].as_json()["satisfaction"] is None
    assert vs.visit_list("2025年千案回访") == []


def test_on_the_demo_database_the_checks_stay_sound(tmp_path):
    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.checks import check_database
    from rv_desktop.services.demo import DEMO_TODAY, create_demo_database

    path = create_demo_database(tmp_path / "d.sqlite", cases=300).path
    dbmod.open_database(path, actor="tester")
    try:
        assert check_database() == []
        assigned = Target.select().where(Target.status == "assigned").first()
        waiting = (
            Target.select()
            .where(
                (Target.status == "follow_up")
                & ~Target.id.in_(
                    VisitRecord.select(VisitRecord.target).where(VisitRecord.state == "draft")
                )
            )
            .first()
        )
        earlier = VisitRecord.select().where(VisitRecord.target == waiting.id).count()
        today = DEMO_TODAY
        at = dt.datetime.combine(today, dt.time(10))
        reached = [{"at": at, "means": "visit", "outcome": "reached"}]
        form = vs.start_visit(assigned.id)
        assert form.visit_no == 1 and status(assigned) == "visited"
        vs.finalise(form.id, satisfied_home_visit(visited_at=at), reached, today)
        revisit = vs.start_visit(waiting.id)
        assert revisit.visit_no == earlier + 1 and len(revisit.others) == earlier
        assert all(o.state != "draft" for o in revisit.others)
        vs.save_draft(revisit.id, {"visited_at": at, "satisfaction": "basically_satisfied"})
        assert check_database() == []
        rows = {(r.case_no, r.visit_no): r for r in vs.visit_list()}
        assert rows[(revisit.case_no, revisit.visit_no)].state == "draft"
        assert rows[(form.case_no, 1)].state == "final" and rows[(form.case_no, 1)].settled
    finally:
        dbmod.close_database()


def test_discard_a_draft_started_by_mistake(world):
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    vs.save_draft(form.id, {"opinions": "误开"}, REACHED)
    assert vs.discard_draft(form.id) == "assigned" and status(k1) == "assigned"
    assert VisitRecord.select().count() == 0 and ContactAttempt.select().count() == 0
    assert (
        AuditRecord.select()
        .where((AuditRecord.table_name == "visit_record") & (AuditRecord.action == "delete"))
        .exists()
    )
    first = vs.start_visit(k1.id)
    vs.finalise(first.id, satisfied_home_visit(), REACHED, TODAY)
    with pytest.raises(vs.VisitError) as caught:
        vs.discard_draft(first.id)
    assert caught.value.code == "discard_not_draft"
    second = vs.start_visit(k1.id)
    assert second.visit_no == 2 and status(k1) == "visited"
    assert vs.discard_draft(second.id) == "done" and status(k1) == "done"
    vs.reopen(first.id, "补充材料")
    with pytest.raises(vs.VisitError) as caught:  # once final, it is corrected, not discarded
        vs.discard_draft(first.id)
    assert caught.value.code == "discard_not_draft"


def test_text_longer_than_the_column_is_refused(world):
    form = vs.start_visit(world.targets["K01"].id)
    with pytest.raises(vs.VisitError) as caught:
        vs.save_draft(form.id, {"respondent_name": "张" * 65})
    assert caught.value.code == "too_long" and caught.value.params["limit"] == 64
    assert vs.load_visit(form.id).values.respondent_name is None


def test_form_for_task_opens_the_latest_record_or_a_new_draft(world):
    k1 = world.targets["K01"]
    first = vs.form_for_task(k1.id)
    assert first.created and first.visit_no == 1 and first.case_id == k1.case_id
    again = vs.form_for_task(k1.id)  # the draft, not a new one
    assert again.id == first.id and not again.created
    vs.finalise(first.id, satisfied_home_visit(), REACHED, TODAY)
    final = vs.form_for_task(k1.id)  # the final record, read-only: no re-visit by accident
    assert final.id == first.id and final.read_only and VisitRecord.select().count() == 1


def test_visit_targets_lists_every_target_with_its_latest_record(world):
    k1, k2 = world.targets["K01"], world.targets["K02"]
    form = vs.start_visit(k1.id)
    vs.finalise(form.id, dissatisfied(), REACHED, TODAY)
    second = vs.start_visit(k1.id)
    vs.save_draft(second.id, {"method": "phone"})
    done = vs.start_visit(k2.id)
    vs.finalise(done.id, satisfied_home_visit(), REACHED, TODAY)
    vs.review(done.id, "林主任", TODAY)
    rows = {r.case_no: r for r in vs.visit_targets()}
    assert set(rows) == {"K01", "K02", "K03"}  # the excluded K09 is not a target to visit
    assert (rows["K01"].visit_no, rows["K01"].state, rows["K01"].method) == (2, "draft", "phone")
    assert rows["K01"].task_status == "visited" and rows["K01"].visit_id == second.id
    assert (rows["K02"].state, rows["K02"].satisfaction, rows["K02"].settled) == (
        "reviewed",
        "satisfied",
        True,
    )
    assert rows["K02"].visited_on == AT.date()
    assert rows["K03"].visit_id is None and rows["K03"].state is None
    assert rows["K03"].visitors == "黄丽华" and rows["K03"].planned_method == "home_visit"
    assert rows["K03"].petitioner == "信访人3"
    assert vs.visit_targets("2025年千案回访") == []
