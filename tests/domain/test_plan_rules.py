"""The plan's rules of a visit record, each test quoting the sentence it enforces."""

from __future__ import annotations

import pytest

from rv_desktop.domain import visits as vs
from rv_desktop.domain.models import FollowUp, Target, VisitRecord
from rv_desktop.domain.office import set_office_level
from tests.domain.test_visits import (  # noqa: F401  (world is a fixture)
    AT,
    REACHED,
    TODAY,
    D,
    codes,
    satisfied_home_visit,
    world,
)

FAILED = [{"at": AT, "means": "visit", "outcome": "no_answer"}]
FOLLOW = {
    "followup_needed": True,
    "next_action": "再次上门回访",
    "next_by": "黄丽华",
    "next_due": D(2026, 12, 5),
}


def _status(target) -> str:
    return Target.get_by_id(target.id).status.value


def test_the_town_refuses_a_phone_only_visit_with_the_plans_words(world):
    """The plan: "The town must meet the petitioner in the form of a visit."
    """
    phone = satisfied_home_visit(method="phone")
    problems = vs.validate(phone, REACHED, TODAY, level="town")
    (problem,) = problems
    assert (problem.field, problem.code) == ("method", "town_visits_in_person")
    assert "The town must meet the petitioner in the form of a visit" in str(problem)
    k1 = world.targets["K01"]
    form = vs.start_visit(k1.id)
    vs.save_draft(form.id, phone)  # a draft may hold it
    with pytest.raises(vs.VisitError) as caught:
        vs.finalise(form.id, None, REACHED, TODAY)  # the saved level: town by default
    assert codes(caught.value.problems) == {"town_visits_in_person"}
    assert VisitRecord.get_by_id(form.id).state.value == "draft"


def test_the_county_may_phone(world):
    """The plan: "In principle, the county adopts the method of combining telephone return
    visits with visits and giving priority to telephone return visits."
    """
    phone = satisfied_home_visit(method="phone")
    assert vs.validate(phone, REACHED, TODAY, level="county") == []
    set_office_level("county")
    form = vs.start_visit(world.targets["K01"].id)
    assert vs.finalise(form.id, phone, REACHED, TODAY).task_status == "done"


def test_a_meeting_at_the_office_needs_a_reason(world):
    """The plan: "Visitors should really walk into the door to visit people and listen to
    their opinions and opinions directly."
    """
    office = satisfied_home_visit(method="office")
    assert codes(vs.validate(office, REACHED, TODAY, level="town")) == {"method_reason_required"}
    office["method_reason"] = "信访人要求到镇信访办面谈"
    assert vs.validate(office, REACHED, TODAY, level="town") == []
    assert vs.validate(satisfied_home_visit(method="office"), REACHED, TODAY, level="county") == []


def test_the_five_points_are_answered_for_every_petitioner_reached(world):
    """The plan: "understand whether the conclusion of investigation and handling is true and
    reasonable; Understand whether the reasonable demands ... have been solved and whether the
    handling opinions have been implemented; ... whether the complainant is satisfied ...;
    ... whether the complainant has practical difficulties in production and life ...;
    Listen to the opinions and suggestions of the petitioners."
    """
    empty = satisfied_home_visit(
        conclusion_reasonable=None,
        demands_solved=None,
        opinions_carried_out=None,
        has_difficulties=None,
        has_opinions=None,
        look_lawful=None,
        look_opinions=None,
    )
    assert codes(vs.validate(empty, REACHED, TODAY)) == {
        "point1_required",
        "point2_demands_required",
        "point2_opinions_required",
        "point4_required",
        "point5_required",
    }
    # "none" is an answer to (4) and (5); "yes" needs the text
    said = satisfied_home_visit(has_difficulties=True, has_opinions=True, look_opinions=True)
    assert codes(vs.validate(said, REACHED, TODAY)) == {
        "difficulties_text_required",
        "opinions_text_required",
    }


def test_a_no_or_partly_to_points_one_or_two_needs_a_note_and_raises_rework(world):
    """The plan: "understand whether the reasonable demands reflected in the complaint
    reporting problem have been solved and whether the handling opinions have been
    implemented"
    """
    partly = satisfied_home_visit(
        demands_solved="partly", satisfaction="basically_satisfied", explained="讲解了政策"
    )
    assert codes(vs.validate(partly, REACHED, TODAY)) == {"demands_note_required"}
    partly["demands_note"] = "道路修复只完成一半"
    form = vs.start_visit(world.targets["K01"].id)
    result = vs.finalise(form.id, partly, REACHED, TODAY)
    rework = FollowUp.get_by_id(result.rework_id)
    assert rework.kind.value == "rework" and rework.reason == "道路修复只完成一半"
    # unless the clerk records why not
    spared = dict(partly, no_rework_reason="剩余部分已列入明年计划，承办单位已书面答复")
    form = vs.start_visit(world.targets["K02"].id)
    assert vs.finalise(form.id, spared, REACHED, TODAY).rework_id is None


@pytest.mark.parametrize("outcome", ["refused", "deceased", "in_custody", "moved_no_trace"])
def test_other_contact_outcomes_are_final_without_the_five_answers(world, outcome):
    """The plan: "Return visit personnel should carefully and truthfully fill in the
    Registration Form for Return Visit of Letters and Visits one by one."
    """
    values = {
        "visited_at": AT,
        "method": "home_visit",
        "contact_result": outcome,
        "recorded_by": "曾小芳",
    }
    if outcome != "deceased":
        values.update(FOLLOW)
    assert codes(vs.validate(values, FAILED, TODAY)) == {"contact_note_required"}
    values["contact_note"] = "村委会主任告知"
    assert vs.validate(values, FAILED, TODAY) == []
    assert codes(vs.validate(values, [], TODAY)) == {"contact_trail_required"}
    target = world.targets["K01"]
    form = vs.start_visit(target.id)
    result = vs.finalise(form.id, values, FAILED, TODAY)
    assert result.task_status == ("done" if outcome == "deceased" else "follow_up")
    record = VisitRecord.get_by_id(form.id)
    assert (record.contact_result.value, record.satisfaction.value) == (outcome, "not_reached")


def test_a_record_not_reached_claims_no_satisfaction_and_no_answers(world):
    """The plan: "Return visit personnel should carefully and truthfully fill in the
    Registration Form\" (a petitioner not reached gave no answers)."""
    claimed = dict(
        satisfied_home_visit(contact_result="not_reached", contact_note="无人"), **FOLLOW
    )
    assert codes(vs.validate(claimed, FAILED, TODAY)) == {"answers_without_contact"}


def test_laws_are_explained_whenever_interests_are_not_met(world):
    """The plan: "For the petitioners whose interests have not been visited, we should
    conscientiously explain the relevant laws and policies, do a good job of ideological
    guidance"
    """
    not_settled = dict(satisfied_home_visit(settled=False), **FOLLOW)
    assert codes(vs.validate(not_settled, REACHED, TODAY)) == {"explained_required"}
    partly = satisfied_home_visit(opinions_carried_out="partly", demands_note="未全部落实")
    assert codes(vs.validate(partly, REACHED, TODAY)) == {"explained_required"}


def test_not_settled_needs_a_follow_up_whatever_the_satisfaction(world):
    """The plan: "ensure that 'the case is closed and the lawsuit is stopped'"
    """
    values = satisfied_home_visit(settled=False, explained="讲解了相关政策")
    assert codes(vs.validate(values, REACHED, TODAY)) == {"followup_required"}
    values.update(FOLLOW)
    form = vs.start_visit(world.targets["K01"].id)
    result = vs.finalise(form.id, values, REACHED, TODAY)
    assert result.followup_id is not None and result.task_status == "follow_up"
    assert _status(world.targets["K01"]) == "follow_up"
