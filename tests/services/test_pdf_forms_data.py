"""What the printed forms show, read from the demo database in batches."""

from __future__ import annotations

import dataclasses

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import (
    AuditRecord,
    Case,
    Petitioner,
    Staff,
    Target,
    TaskVisitor,
    VisitRecord,
)
from rv_desktop.domain.overview import current_campaign
from rv_desktop.services import forms_data
from rv_desktop.services.forms_data import (
    FormCase,
    FormData,
    FormVisit,
    blank_forms,
    form_data_for_targets,
    label,
    office_names,
    record_forms_printed,
    targets_in_route_order,
)


@pytest.fixture
def demo(demo_copy):
    """A copy of the demo database per test, opened."""
    dbmod.open_database(demo_copy(600), actor="tester")
    yield current_campaign()
    dbmod.close_database()


def _route_key(tid):
    t = Target.get_by_id(tid)
    p = t.case.petitioner
    return (p.village is None, p.village or "", p.address is None, p.address or "", t.case.case_no)


def test_route_order_is_village_then_address_then_case_number(demo):
    ids = targets_in_route_order(demo.id)
    included = Target.select().where((Target.campaign == demo) & Target.included).count()
    assert len(ids) == included > 50
    assert [_route_key(t) for t in ids] == sorted(_route_key(t) for t in ids)


def test_route_order_of_one_visitor_and_of_one_village(demo):
    link = TaskVisitor.select().first()
    mine = targets_in_route_order(demo.id, visitor_id=link.staff_id)
    assert link.target_id in mine
    assert all(TaskVisitor.get_or_none(target=t, staff=link.staff_id) is not None for t in mine)
    village = Petitioner.select().where(Petitioner.village.is_null(False)).first().village
    here = targets_in_route_order(demo.id, village=village)
    assert here and all(Target.get_by_id(t).case.petitioner.village == village for t in here)
    open_only = targets_in_route_order(demo.id, statuses=["assigned"])
    assert all(Target.get_by_id(t).status == "assigned" for t in open_only)


def test_forms_carry_the_case_in_chinese_and_keep_the_order_asked(demo):
    ids = targets_in_route_order(demo.id)[:40]
    forms = form_data_for_targets(list(reversed(ids)))
    assert [f.case.target_id for f in forms] == list(reversed(ids))
    first = forms[0]
    target = Target.get_by_id(first.case.target_id)
    case = Case.get_by_id(target.case_id)
    assert first.case_no == case.case_no
    assert first.case.petitioner == case.petitioner.name
    assert first.case.demand == case.demand
    assert first.case.concluded_on == case.concluded_on
    assert first.case.source_level in {"中央交办", "省交办"}  # the campaign's sources
    assert first.case.campaign == demo.name
    assert all(f.visit is None for f in forms)  # prefilled: no visit part
    assert all(isinstance(f.case, FormCase) for f in forms)
    with_visitors = [f for f in forms if f.case.visitors]
    assert with_visitors and all(isinstance(n, str) for n in with_visitors[0].case.visitors)


def test_filled_forms_take_the_latest_final_record_with_its_contacts(demo):
    final = (
        VisitRecord.select()
        .where(VisitRecord.state.in_(["final", "reviewed"]))
        .order_by(VisitRecord.visit_no.desc())
        .first()
    )
    forms = form_data_for_targets([final.target_id], filled=True)
    visit = forms[0].visit
    assert isinstance(visit, FormVisit)
    assert visit.visit_no == final.visit_no
    assert visit.satisfaction == final.satisfaction.value
    assert isinstance(visit.satisfaction, str) and type(visit.satisfaction) is str
    assert len(visit.contacts) == final.contacts.count()
    finished = VisitRecord.select(VisitRecord.target).where(VisitRecord.state != "draft")
    drafts_only = (
        Target.select()
        .join(VisitRecord)
        .where((VisitRecord.state == "draft") & ~Target.id.in_(finished))
        .first()
    )
    if drafts_only is not None:
        assert form_data_for_targets([drafts_only.id], filled=True)[0].visit is None


def test_batches_give_the_same_forms(demo, monkeypatch):
    ids = targets_in_route_order(demo.id)
    whole = form_data_for_targets(ids, filled=True)
    monkeypatch.setattr(forms_data, "_CHUNK", 17)
    assert form_data_for_targets(ids, filled=True) == whole
    assert form_data_for_targets([*ids[:3], 10**9], filled=True) == whole[:3]  # unknown: skipped
    assert form_data_for_targets([10**9]) == []


def test_masked_forms_hide_id_numbers_phones_and_addresses(demo):
    tid = (
        Target.select(Target.id)
        .join(Case)
        .join(Petitioner)
        .where(Petitioner.id_number.is_null(False) & Target.included)
        .first()
        .id
    )
    full = form_data_for_targets([tid])[0].case
    masked = form_data_for_targets([tid], reveal=False)[0].case
    assert full.id_number and "*" in masked.id_number and masked.id_number != full.id_number
    assert all("*" in p for p in masked.phones)
    assert masked.address != full.address and masked.petitioner == full.petitioner


def test_labels_and_blank_forms():
    assert label("method", "home_visit") == "上门走访"
    assert label("satisfaction", "satisfied") == "满意"
    assert label("source_level", "central") == "中央交办"
    assert label("satisfaction", None) == ""
    assert label("satisfaction", "new_code") == "new_code"
    blanks = blank_forms(3)
    assert len(blanks) == 3 and all(f.case is None and f.case_no == "" for f in blanks)
    assert dataclasses.is_dataclass(FormData) and FormData.__dataclass_params__.frozen


def test_office_names_and_the_audit_of_printing(demo):
    assert office_names() == ("青山镇", "青山镇信访办")
    forms = form_data_for_targets(targets_in_route_order(demo.id)[:2])
    before = AuditRecord.select().count()
    record_forms_printed(forms, "回访登记表.pdf", "prefilled", revealed=True)
    assert AuditRecord.select().count() == before + 1
    entry = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    assert entry.action == "print" and entry.actor == "tester"
    assert forms[0].case_no in entry.note and '"revealed": true' in entry.note
    assert Staff.select().count() > 0  # the demo is intact


def test_the_printed_form_carries_every_field_of_the_form_window():
    """FormVisit (what is printed) lists the fields of VisitDraft (what the form
    window edits) again, frozen; a field added to one only would be typed in
    and never printed, or printed and never typed."""
    from rv_desktop.domain.models import VisitRecord
    from rv_desktop.domain.visits import VisitDraft

    edited = {f.name for f in dataclasses.fields(VisitDraft)}
    printed = {f.name for f in dataclasses.fields(FormVisit)}
    assert edited <= printed
    assert printed - edited == {"visit_no", "state", "reviewed_by", "reviewed_on", "contacts"}
    assert edited <= set(VisitRecord._meta.fields)  # and both are stored


def test_a_prefilled_form_knows_which_visit_it_is_for(demo):
    """ "The printed form shows which visit it is (第N次回访)": the one after the
    last final record; a filled form, its record's."""
    done = VisitRecord.select().where(VisitRecord.state.in_(["final", "reviewed"]))
    last = {}
    for record in done:
        last[record.target_id] = max(last.get(record.target_id, 0), record.visit_no)
    ids = targets_in_route_order(demo.id)
    for form in form_data_for_targets(ids):
        assert form.case.visit_no == last.get(form.case.target_id, 0) + 1
    assert 3 in {f.case.visit_no for f in form_data_for_targets(ids)} or 2 in last.values()
    filled = form_data_for_targets(ids, filled=True)
    assert {f.visit.visit_no for f in filled if f.visit} >= {1, 2}
