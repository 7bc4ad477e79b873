"""The visit rate counts the visits the office's level requires (issue 14).

The plan: "In principle, the county ... gives priority to telephone return visits.
The town must meet the petitioner in the form of a visit. If the complainant is
away, he must contact by telephone ... and he must also go to his original place
of residence to ask relatives and local grassroots organisations ... and write it
down in detail". Visit rate = targets visited as the office's level requires /
targets, by the same rule that refuses to finalise (``plan_rules``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rv_desktop.domain import plan_rules
from rv_desktop.domain.models import Campaign, Case, Petitioner, Target, VisitRecord
from rv_desktop.domain.office import set_office_level
from rv_desktop.domain.rule_review import mark_rules_reviewed, records_to_review
from rv_desktop.domain.statistics import drill_down, feedback_statistics

TODAY = dt.date(2026, 11, 20)
#: the codes of the town's visit rule when it refuses to finalise
RULE_CODES = {"town_visits_in_person", "method_reason_required"}

#: case number -> the latest final record's method and what goes with it
RECORDS = {
    "V1": {"method": "home_visit"},
    "V2": {"method": "phone"},  # final under the earlier rules: phone alone
    "V3": {"method": "phone", "petitioner_away": True},  # the away path
    "V4": {"method": "office", "method_reason": "信访人要求到镇信访办面谈"},
    "V5": {"method": "office"},  # no reason recorded
    "V6": {"method": "other"},  # no reason recorded
    "V7": {"method": "former_residence", "petitioner_away": True},
}


@pytest.fixture
def visits(database):
    campaign = Campaign.create(name="2026年千案回访", is_current=True)
    ids = {}
    for no, values in RECORDS.items():
        case = Case.create(case_no=no, petitioner=Petitioner.create(name="王" + no))
        target = Target.create(campaign=campaign, case=case)
        record = VisitRecord.create(
            target=target, visit_no=1, state="final", satisfaction="satisfied",
            visited_at=dt.datetime(2026, 11, 2, 9, 0), **values,
        )  # fmt: skip
        ids[no] = (target.id, record.id)
    Target.create(  # not visited at all
        campaign=campaign, case=Case.create(case_no="V8", petitioner=Petitioner.create(name="李"))
    )
    return campaign, ids


def test_the_town_counts_only_visits_in_the_form_of_a_visit(visits):
    """"The town must meet the petitioner in the form of a visit." A phone call alone,
    or a meeting at the office without its reason, is not counted in the visit rate."""
    campaign, ids = visits
    total = feedback_statistics(campaign, "source", TODAY).total
    assert (total.targets, total.visited, total.visited_as_required) == (8, 7, 4)
    assert total.visit_rate == 4 / 8
    counted = drill_down(campaign, "source", None, "visit_rate", TODAY)
    assert counted == sorted(ids[no][0] for no in ("V1", "V3", "V4", "V7"))
    assert total.as_json()["visited_as_required"] == 4


def test_one_rule_for_finalising_and_for_the_rate(visits):
    """"The town must meet the petitioner in the form of a visit": the records the rate
    leaves out are exactly those the finalise rule refuses, listed for review."""
    campaign, ids = visits
    counted = set(drill_down(campaign, "source", None, "visit_rate", TODAY))
    refused = {
        ids[no][0]
        for no, values in RECORDS.items()
        if {code for _f, code, _t, _p in plan_rules.check(values, [], "town")} & RULE_CODES
    }
    visited = {target for target, _record in ids.values()}
    assert counted == visited - refused
    for no, values in RECORDS.items():
        assert plan_rules.visited_as_required(values) == (ids[no][0] in counted)
    listed = {item.target_id for item in records_to_review("town")}
    assert refused <= listed


def test_a_record_kept_after_review_counts(visits):
    """"The town must meet the petitioner in the form of a visit": a record finalised under
    the earlier rules counts once the clerk keeps it as it is, with a note."""
    campaign, ids = visits
    mark_rules_reviewed(ids["V2"][1], "2025年按原规定电话回访，已复核")
    total = feedback_statistics(campaign, "source", TODAY).total
    assert total.visited_as_required == 5
    assert ids["V2"][0] in drill_down(campaign, "source", None, "visit_rate", TODAY)


def test_the_county_may_phone(visits):
    """"In principle, the county ... gives priority to telephone return visits": at county
    level every final record counts."""
    campaign, _ids = visits
    set_office_level("county")
    total = feedback_statistics(campaign, "source", TODAY).total
    assert total.visited_as_required == total.visited == 7
    assert plan_rules.visited_as_required({"method": "phone"}, "county")


def test_grouped_rows_and_the_visitor_table_agree(visits):
    """"The town must meet the petitioner in the form of a visit": every grouping counts
    the same targets (the visitor table sums each target once in its total)."""
    campaign, _ids = visits
    for by in ("source", "unit", "village", "visitor"):
        stats = feedback_statistics(campaign, by, TODAY)
        assert stats.total.visited_as_required == 4, by
    stats = feedback_statistics(campaign, "unit", TODAY)
    assert sum(row.visited_as_required for row in stats.rows) == 4
