"""Screening case sources on a fixed dataset whose outcome is counted by hand below."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rv_desktop.domain import screening as sc
from rv_desktop.domain.models import (
    AuditRecord,
    Campaign,
    Case,
    FollowUp,
    HandlingUnit,
    Target,
    TaskUnit,
    TaskVisitor,
    VisitRecord,
)

from .. import factories

D = dt.date

# case_no: (source level, concluded on, flags, channel, category, unit)
# flags: m many people, p policy, r rebound, s settled
DATASET = {
    "C01": ("central", D(2018, 3, 1), "", "letter", "土地征收", None),  # target, key
    "C02": ("provincial", D(2019, 5, 5), "s", "visit", "民政", None),  # target (settled)
    "C03": ("central", D(2020, 1, 1), "m", "letter", "土地征收", None),  # many people
    "C04": ("provincial", D(2021, 2, 2), "p", "visit", "民政", None),  # policy
    "C05": ("central", D(2022, 3, 3), "r", "visit", "土地征收", "镇司法所"),  # rebound
    "C06": ("central", D(2022, 4, 4), "mp", "visit", "土地征收", None),  # many people first
    "C07": ("provincial", D(2023, 5, 5), "pr", "visit", "土地征收", None),  # policy first
    "C08": ("municipal", D(2020, 6, 6), "", "visit", "土地征收", None),  # source: not considered
    "C09": ("county", D(2020, 6, 7), "m", "visit", "土地征收", None),  # source: not considered
    "C10": ("own", D(2020, 6, 8), "", "visit", "土地征收", None),  # source: not considered
    "C11": ("central", D(2017, 6, 30), "", "visit", "土地征收", None),  # a day too early
    "C12": ("central", D(2017, 7, 1), "", "visit", "土地征收", "镇司法所"),  # first day: target
    "C13": ("central", D(2026, 9, 30), "s", "visit", "土地征收", None),  # last day: target
    "C14": ("central", D(2026, 10, 1), "", "visit", "土地征收", None),  # a day too late
    "C15": ("central", None, "", "visit", "土地征收", None),  # no conclusion date
    "C16": (None, D(2020, 1, 1), "", "visit", "土地征收", None),  # no source level
    "C17": ("provincial", D(2024, 1, 1), "rs", "visit", "土地征收", None),  # rebound first
    "C18": ("provincial", D(2024, 2, 2), "", "letter", "土地征收", None),  # target, key
    "C19": ("central", D(2025, 3, 3), "s", "visit", "土地征收", None),  # target (settled)
    "C20": ("provincial", D(2025, 4, 4), "m", "visit", "土地征收", None),  # many people
}
CRITERIA = sc.Criteria(concluded_from=D(2017, 7, 1), concluded_to=D(2026, 9, 30))

# Counted by hand from the comments above.
TARGETS = {"C01", "C02", "C12", "C13", "C18", "C19"}
KEY = {"C01", "C12", "C18"}  # the targets not settled
EXCLUDED = {
    "C03": "many_people",
    "C06": "many_people",
    "C20": "many_people",
    "C04": "policy",
    "C07": "policy",
    "C05": "rebound",
    "C17": "rebound",
}
REASONS = {"many_people": 3, "policy": 2, "rebound": 2, "settled": 0, "other": 0}
FLAGGED = {"many_people": 3, "policy": 3, "rebound": 3, "settled": 4}  # C06, C07, C17 twice


def add_case(case_no, source, concluded, flags="", channel="visit", category="土地征收", unit=None):
    return factories.case(
        case_no,
        f"信访人{case_no}",
        {"phones": "13800000000"},
        source_level=source,
        concluded_on=concluded,
        channel=channel,
        category=category,
        handling_unit=HandlingUnit.get_or_create(name=unit)[0] if unit else None,
        many_people="m" in flags,
        policy="p" in flags,
        rebound="r" in flags,
        settled="s" in flags,
    )


@pytest.fixture
def campaign(database):
    for case_no, row in DATASET.items():
        add_case(case_no, *row)
    return Campaign.create(name="2026年千案回访", is_current=True)


def target_list(campaign):
    query = Target.select(Target, Case).join(Case).where(Target.campaign == campaign.id)
    return {t.case.case_no: t for t in query}


def snapshot():
    """Everything a refused change must leave as it was."""
    return (
        [tuple(t.__data__.items()) for t in Target.select().order_by(Target.id)],
        list(TaskVisitor.select().tuples()),
        list(TaskUnit.select().tuples()),
        [tuple(c.__data__.items()) for c in Campaign.select().order_by(Campaign.id)],
        AuditRecord.select().count(),
    )


def assert_refused(code: str, words, action, *args) -> None:
    """``action(*args)`` is refused with ``code`` and a message naming ``words``;
    nothing changed."""
    before = snapshot()
    with pytest.raises(sc.ScreeningError) as info:
        action(*args)
    assert info.value.code == code
    for word in words:
        assert word in str(info.value)
    assert snapshot() == before


def test_preview_counts_the_dataset_as_by_hand(campaign):
    counts = sc.preview_screening(campaign, CRITERIA)
    assert counts.campaign == "2026年千案回访"
    assert counts.targets == len(TARGETS) == 6
    assert counts.excluded == REASONS
    assert counts.considered == 13 == counts.matched
    assert counts.flagged == FLAGGED
    assert counts.key_cases == len(KEY)
    assert (counts.added, counts.changed, counts.dropped, counts.kept) == (13, 0, 0, 0)
    assert Target.select().count() == 0  # a preview writes nothing
    assert Campaign.get_by_id(campaign.id).criteria is None


def test_run_writes_the_same_as_the_preview(campaign):
    preview = sc.preview_screening(campaign, CRITERIA)
    result = sc.run_screening(campaign, CRITERIA)
    assert result == preview
    rows = target_list(campaign)
    assert {no for no, t in rows.items() if t.included} == TARGETS
    assert {no: t.exclusion_reason.value for no, t in rows.items() if not t.included} == EXCLUDED
    assert {no for no, t in rows.items() if t.key_case} == KEY
    assert all(not t.added_by_hand and t.status.value == "unassigned" for t in rows.values())
    saved = Campaign.get_by_id(campaign.id)
    assert sc.criteria_of(saved) == CRITERIA
    assert json.loads(saved.criteria)["exclude"] == ["many_people", "policy", "rebound"]
    # every target row was audited as inserted
    inserted = AuditRecord.select().where(
        (AuditRecord.table_name == "target") & (AuditRecord.action == "insert")
    )
    assert inserted.count() == 13


def test_each_exclusion_is_a_choice(campaign):
    settled_too = sc.Criteria(
        concluded_from=D(2017, 7, 1), concluded_to=D(2026, 9, 30), exclude_settled=True
    )
    counts = sc.preview_screening(campaign, settled_too)
    # C02, C13, C19 are settled; C17 is settled but leaves as likely to rebound first
    assert counts.excluded == {**REASONS, "settled": 3}
    assert counts.targets == 3
    assert counts.flagged == FLAGGED  # what each flag would remove does not depend on the choice
    nothing = sc.Criteria(
        concluded_from=D(2017, 7, 1),
        concluded_to=D(2026, 9, 30),
        exclude_many_people=False,
        exclude_policy=False,
        exclude_rebound=False,
    )
    counts = sc.preview_screening(campaign, nothing)
    assert counts.targets == 13 and sum(counts.excluded.values()) == 0
    only_policy = sc.Criteria(
        concluded_from=D(2017, 7, 1),
        concluded_to=D(2026, 9, 30),
        exclude_many_people=False,
        exclude_rebound=False,
    )
    counts = sc.preview_screening(campaign, only_policy)
    assert counts.excluded["policy"] == 3  # C04, C06, C07
    assert counts.targets == 10
    assert sc.run_screening(campaign, only_policy) == counts


def test_filters_by_source_channel_category_unit_and_dates(campaign):
    def preview(**kwargs):
        counts = sc.preview_screening(campaign, sc.Criteria(**kwargs))
        return counts.targets, {k: v for k, v in counts.excluded.items() if v}

    # no date limits: C11 and C14 come in; C15 (no conclusion date: not concluded) is
    # listed as excluded
    assert preview() == (8, {"many_people": 3, "policy": 2, "rebound": 2, "other": 1})
    assert preview(channels=("letter",)) == (2, {"many_people": 1})  # C01, C18 / C03
    assert preview(categories=("民政",)) == (1, {"policy": 1})  # C02 / C04
    assert preview(handling_units=("镇司法所",)) == (1, {"rebound": 1})  # C12 / C05
    assert preview(sources=("municipal", "county")) == (1, {"many_people": 1})  # C08 / C09
    # any source: C16 (no source level) and the municipal, county and own cases too
    assert preview(sources=()) == (
        11,
        {"many_people": 4, "policy": 2, "rebound": 2, "other": 1},
    )
    assert preview(concluded_from=D(2024, 1, 1), concluded_to=D(2025, 12, 31)) == (
        2,
        {"many_people": 1, "rebound": 1},
    )  # C18, C19 / C20, C17


def test_rescreening_adds_new_cases_and_keeps_what_the_clerk_touched(campaign):
    sc.run_screening(campaign, CRITERIA)
    rows = target_list(campaign)
    # C01 is assigned, C13 was visited: both must survive any criteria
    factories.assign([rows["C01"]], visitor=factories.staff(), due_on=D(2026, 11, 1))
    VisitRecord.create(target=rows["C13"].id, visit_no=1)
    Target.update(status="visited").where(Target.id == rows["C13"].id).execute()
    # a new ledger import brings two more cases
    add_case("C21", "central", D(2024, 6, 1))  # target
    add_case("C22", "provincial", D(2024, 6, 2), "m")  # many people
    # and the criteria change: from 2019 on, the settled left out too
    narrower = sc.Criteria(
        concluded_from=D(2019, 1, 1), concluded_to=D(2026, 9, 30), exclude_settled=True
    )
    preview = sc.preview_screening(campaign, narrower)
    before = snapshot()
    result = sc.run_screening(campaign, narrower)
    assert result == preview
    assert result.targets == 4  # C01 (assigned), C13 (visited), C18, C21
    assert result.excluded == {
        "many_people": 4,  # C03, C06, C20, C22
        "policy": 2,  # C04, C07
        "rebound": 2,  # C05, C17
        "settled": 2,  # C02, C19 (C13 is settled, but visited)
        "other": 0,
    }
    assert result.considered == 14
    assert (result.added, result.changed, result.dropped, result.kept) == (2, 2, 1, 2)
    after = target_list(campaign)
    assert "C12" not in after  # concluded in 2017, untouched: dropped
    assert {no for no, t in after.items() if t.included} == {"C01", "C13", "C18", "C21"}
    # the assigned and the visited targets are the same rows, unchanged
    old_rows = {r[0][1]: dict(r) for r in before[0]}
    for no in ("C01", "C13"):
        assert after[no].__data__ == old_rows[after[no].id]
    assert TaskVisitor.select().count() == 1
    assert after["C21"].key_case and not after["C22"].key_case


def test_running_twice_changes_nothing(campaign):
    sc.run_screening(campaign, CRITERIA)
    before = snapshot()
    again = sc.run_screening(campaign, CRITERIA)
    assert (again.added, again.changed, again.dropped) == (0, 0, 0)
    assert snapshot() == before  # not even an audit record


def test_add_a_case_by_hand(campaign):
    sc.run_screening(campaign, CRITERIA)
    c08 = Case.get(Case.case_no == "C08")  # municipal: outside the criteria
    target = sc.add_target(campaign, c08, "县局点名要求回访")
    assert target.included and target.added_by_hand and target.exclusion_note == "县局点名要求回访"
    assert target.key_case  # not settled
    # an excluded case can be brought in by hand
    c03 = sc.add_target(campaign, "C03", "涉众但已化解，纳入回访")
    assert c03.included and c03.exclusion_reason is None and c03.added_by_hand
    # both stay through a re-run
    counts = sc.run_screening(campaign, CRITERIA)
    assert counts.targets == 8 and counts.excluded["many_people"] == 2
    assert target_list(campaign)["C08"].included


@pytest.mark.parametrize(
    ("case_no", "note", "code", "words"),
    [
        ("C01", "再次加入", "already_target", ["C01", "already a target", "2026年千案回访"]),
        ("C08", "  ", "target_note_missing", ["C08"]),
        ("NOPE", "note", "case_not_found", ["NOPE"]),
    ],
)
def test_adding_by_hand_refused(campaign, case_no, note, code, words):
    sc.run_screening(campaign, CRITERIA)
    assert_refused(code, words, sc.add_target, campaign, case_no, note)


def test_exclude_by_hand_clears_the_assignment_and_survives_a_rerun(campaign):
    sc.run_screening(campaign, CRITERIA)
    rows = target_list(campaign)
    factories.assign(
        [rows["C18"]], visitor=factories.staff(), unit_=factories.unit(), method="phone"
    )
    target = sc.exclude_target(rows["C18"].id, "policy", "涉及政策调整")
    assert not target.included and target.exclusion_reason.value == "policy"
    assert target.exclusion_note == "涉及政策调整" and target.added_by_hand
    assert target.status.value == "unassigned" and target.planned_method is None
    assert not target.key_case
    assert TaskVisitor.select().count() == 0 and TaskUnit.select().count() == 0
    counts = sc.run_screening(campaign, CRITERIA)
    assert counts.targets == 5 and counts.excluded["policy"] == 3
    assert not target_list(campaign)["C18"].included


def test_exclude_by_hand_refused(campaign):
    sc.run_screening(campaign, CRITERIA)
    rows = target_list(campaign)
    VisitRecord.create(target=rows["C12"].id, visit_no=1)
    cases = [
        (rows["C12"].id, "policy", "", "excluded_has_visit", ["C12", "visit record"]),
        (rows["C01"].id, "other", "  ", "exclusion_note_missing", ["C01", "other"]),
        (rows["C01"].id, "bored", "x", "bad_exclusion_reason", ["bored"]),
        (999999, "policy", "x", "target_not_found", ["999999"]),
    ]
    for target_id, reason, note, code, words in cases:
        assert_refused(code, words, sc.exclude_target, target_id, reason, note)


def test_key_cases(campaign):
    sc.run_screening(campaign, CRITERIA)
    rows = target_list(campaign)
    assert sc.set_key_case(rows["C02"].id).key_case  # settled, marked by hand
    assert not sc.set_key_case(rows["C01"].id, False).key_case
    assert_refused("key_case_excluded", ["C03"], sc.set_key_case, rows["C03"].id)
    # the marks stay through a re-run
    sc.run_screening(campaign, CRITERIA)
    after = target_list(campaign)
    assert after["C02"].key_case and not after["C01"].key_case


def test_key_unsettled_can_be_switched_off(campaign):
    criteria = sc.Criteria(
        concluded_from=D(2017, 7, 1), concluded_to=D(2026, 9, 30), key_unsettled=False
    )
    assert sc.run_screening(campaign, criteria).key_cases == 0
    assert not any(t.key_case for t in target_list(campaign).values())


def test_followup_without_visit_still_keeps_a_target(campaign):
    sc.run_screening(campaign, CRITERIA)
    rows = target_list(campaign)
    FollowUp.create(target=rows["C12"].id, kind="help")
    counts = sc.run_screening(campaign, sc.Criteria(concluded_from=D(2019, 1, 1)))
    assert "C12" in target_list(campaign) and counts.kept == 1


def test_bad_criteria_refused(campaign):
    before = snapshot()
    reversed_dates = sc.Criteria(concluded_from=D(2026, 1, 1), concluded_to=D(2025, 1, 1))
    for criteria, code, words in [
        (reversed_dates, "criteria_dates_reversed", ["2026-01-01", "2025-01-01"]),
        (sc.Criteria(sources=("central", "galactic")), "criteria_bad_source", ["galactic"]),
        (sc.Criteria(channels=("pigeon",)), "criteria_bad_channel", ["pigeon"]),
    ]:
        for action in (sc.preview_screening, sc.run_screening):
            assert_refused(code, words, action, campaign, criteria)
    assert snapshot() == before


def test_criteria_json_round_trip_and_the_demo_shape():
    criteria = sc.Criteria(
        concluded_from=D(2017, 7, 1),
        sources=("central",),
        channels=("visit", "letter"),
        categories=("民政",),
        handling_units=("镇司法所",),
        exclude_policy=False,
        exclude_settled=True,
        key_unsettled=False,
    )
    assert sc.Criteria.from_json(criteria.to_json()) == criteria
    demo = json.dumps(
        {
            "concluded_from": "2017-07-01",
            "concluded_to": "2026-09-30",
            "sources": ["central", "provincial"],
            "exclude": ["many_people", "policy", "rebound"],
        }
    )
    assert sc.Criteria.from_json(demo) == CRITERIA
    assert sc.Criteria.from_json(None) == sc.Criteria()
    assert sc.Criteria.from_json("not json") == sc.Criteria()


def test_target_list_rows(campaign):
    sc.run_screening(campaign, CRITERIA)
    rows = sc.list_targets(campaign)
    assert [r.case_no for r in rows] == sorted(TARGETS | set(EXCLUDED))
    excluded = sc.list_targets(campaign, included=False)
    assert {r.case_no: r.exclusion_reason for r in excluded} == EXCLUDED
    c12 = next(r for r in rows if r.case_no == "C12")
    assert c12.concluded_on == D(2017, 7, 1) and c12.handling_unit == "镇司法所"
    assert c12.key_case and c12.included and c12.status == "unassigned"


def test_no_date_range_excludes_cases_not_concluded_with_that_reason(campaign):
    """The plan: "pay a return visit to the parties who have completed the petition work"
    (a case without a conclusion date is not concluded)."""
    sc.run_screening(campaign, sc.Criteria())  # no date range
    targets = target_list(campaign)
    c15 = targets["C15"]  # no conclusion date
    assert not c15.included and c15.exclusion_reason.value == "other"
    assert c15.exclusion_note == sc.NOT_CONCLUDED_NOTE
    assert all(
        t.case.concluded_on is not None for t in targets.values() if t.included
    )


def test_key_cases_only_where_known_unsettled(campaign):
    """The plan: "focusing on the cases that have not yet been settled" (a ledger that
    records no settled case says nothing about it: unknown is not "not settled")."""
    for n in range(3):
        case = add_case(f"X{n}", "central", D(2020, 1, 1))
        Case.update(source_file="县局台账.xlsx").where(Case.id == case.id).execute()
    sc.run_screening(campaign, CRITERIA)
    targets = target_list(campaign)
    assert {no for no in ("X0", "X1", "X2") if targets[no].included} == {"X0", "X1", "X2"}
    assert not any(targets[no].key_case for no in ("X0", "X1", "X2"))
    assert {no for no, t in targets.items() if t.key_case} == KEY  # the other ledger records it
