"""The demo keeps the plan's rules: new users learn from it."""

from __future__ import annotations

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain import visits as vs
from rv_desktop.domain.campaigns import get_campaign
from rv_desktop.domain.left_out import nobody_left_out
from rv_desktop.domain.models import Case, FollowUp, Target, VisitRecord
from rv_desktop.domain.office import office_level
from rv_desktop.services.demo import CATEGORIES, DEMO_TODAY, create_demo_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path)
    dbmod.open_database(path)
    yield path
    dbmod.close_database()


def test_every_final_demo_record_passes_the_domains_validation(demo):
    """The plan: "Return visit personnel should carefully and truthfully fill in the
    Registration Form for Return Visit of Letters and Visits one by one."
    """
    assert office_level() == "town"
    finals = VisitRecord.select().where(VisitRecord.state.in_(["final", "reviewed"]))
    assert finals.count() > 100
    for record in finals:
        form = vs.load_visit(record.id)
        problems = vs.validate(
            form.values, form.contacts, DEMO_TODAY, concluded_on=form.concluded_on, level="town"
        )
        assert problems == [], (form.case_no, form.visit_no, [p.code for p in problems])


def test_every_demo_task_is_in_the_column_its_records_call_for(demo):
    """The plan: "ensure that all the objects that need a return visit do not pull a case
    or miss a person."
    """
    for target in Target.select().where(Target.included == True):  # noqa: E712
        latest = vs._latest(target.id)
        if latest is None:
            assert target.status.value in ("unassigned", "assigned")
            continue
        assert target.status.value == vs._status_from_records(target), target.id
    left = nobody_left_out(get_campaign(None), DEMO_TODAY)
    assert left.followup_nothing_open == []
    # every dissatisfied final record sent a rework item back to the handling unit
    for record in VisitRecord.select().where(
        VisitRecord.state.in_(["final", "reviewed"]) & (VisitRecord.satisfaction == "dissatisfied")
    ):
        assert FollowUp.select().where(
            (FollowUp.visit == record.id) & (FollowUp.kind == "rework")
        ).exists()


def test_the_demos_conclusions_answer_their_demands(demo):
    """Issue 14: "its texts must fit their cases (a demand about road damage is not
    answered with a conclusion about a homestead boundary)."
    """
    for case in Case.select(Case.category, Case.demand, Case.conclusion):
        demands, conclusions = CATEGORIES[case.category]
        which = demands.index(case.demand.split("。")[0])
        assert case.conclusion == conclusions[which] + "。"
