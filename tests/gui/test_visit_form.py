"""The registration form typed from the keyboard alone, on a real database: three
paper forms one after the other (Ctrl+PgDown), the board states they leave, and a
final record that cannot be changed until reopened."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rv_desktop.domain import visits as vs
from rv_desktop.domain.models import AuditRecord, ContactAttempt, FollowUp, Target, VisitRecord
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.visit_form import VisitFormDialog

from .. import factories
from .keyboard import CTRL, FormKeys, focus, key, number, tab, type_text

TODAY = dt.date.today()
VISIT_DAY = TODAY - dt.timedelta(days=2)
VISIT = VISIT_DAY.isoformat()


@pytest.fixture
def world(database):
    make_application("en")
    targets = factories.assigned_targets(
        factories.campaign(),
        3,
        factories.staff("黄丽华"),
        person={"village": "新塘村"},
        handling_unit=factories.unit("镇国土所"),
        concluded_on=TODAY - dt.timedelta(days=60),
        conclusion="已依法答复。",
    )
    return [t.id for t in targets]


def open_form(qtbot, ids, index=0, autosave_ms=60_000) -> VisitFormDialog:
    dialog = VisitFormDialog(ids, index, autosave_ms=autosave_ms)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def status(target_id: int) -> str:
    return Target.get_by_id(target_id).status.value


def record(target_id: int) -> VisitRecord:
    return VisitRecord.get(VisitRecord.target == target_id)


def finalise_keys() -> None:
    key(Qt.Key.Key_Return, CTRL)


def test_three_paper_forms_typed_from_the_keyboard(world, qtbot):
    k1, k2, k3 = world
    dialog = open_form(qtbot, world)
    f = FormKeys(dialog)
    assert status(k1) == "visited"  # a draft is open

    # --- 1. home visit, satisfied ----------------------------------------------------
    f.at("visited_at")
    type_text(f"{VISIT} 9:30")
    f.pick("method", 1)
    f.next("visitors")  # prefilled from the task
    f.next("joining_units")
    f.fill("location", "信访人家中")
    f.pick("respondent", 1)
    f.next("petitioner_away")  # proxy name and relationship are skipped: disabled
    f.next("contacts")  # the away fields are skipped too
    f.pick("contact_result", 1)  # reached; how the outcome is known is skipped
    f.pick("conclusion_reasonable", 1)  # on to the Findings tab
    assert dialog.tabs.currentIndex() == 2
    f.next("conclusion_note")
    f.pick("conclusion_view", 1)
    f.pick("demands_solved", 1)
    f.pick("opinions_carried_out", 1)
    f.pick("satisfaction", 1)  # the notes on a "no" or "partly" are skipped
    f.next("unit_rating")  # the reason for dissatisfaction is skipped
    f.pick("settled", 1)
    f.pick("risk", 1)
    f.pick("has_difficulties", 2)  # point (4): none; the difficulties are skipped
    f.pick("has_opinions", 2)  # point (5): none
    tab()
    assert focus() is dialog.ui.suggest_button
    key(Qt.Key.Key_Space)  # confirm the three looks the tabs suggest
    assert [
        dialog.inputs[n].value() for n in ("look_lawful", "look_satisfied", "look_opinions")
    ] == [
        True,
        True,
        False,
    ]
    f.next("look_lawful", 1)
    f.next("look_satisfied")
    f.next("look_opinions")
    f.next("looks_note")
    f.next("followup_needed")  # the follow-up details are skipped: none needed
    f.fill("recorded_by", "曾小芳")
    assert dialog.tabs_with_problems() == []
    finalise_keys()
    assert dialog.form.state == "final" and dialog.read_only
    r1 = record(k1)
    assert (r1.method.value, r1.respondent.value, r1.satisfaction.value) == (
        "home_visit",
        "petitioner",
        "satisfied",
    )
    assert r1.visited_at == dt.datetime.combine(VISIT_DAY, dt.time(9, 30))
    assert (r1.location, r1.recorded_by, r1.settled, r1.visitors) == (
        "信访人家中",
        "曾小芳",
        True,
        "黄丽华",
    )
    assert r1.respondent_name is None and r1.recorded_on == TODAY
    assert status(k1) == "done"

    # --- a final record is read-only until reopened ------------------------------------
    dialog.show_tab("sign_off")
    dialog.inputs["recorded_by"].setFocus()
    type_text("X")
    assert dialog.inputs["recorded_by"].text() == "曾小芳"
    assert not dialog.inputs["settled"].isEnabled()
    key(Qt.Key.Key_S, CTRL)
    assert "read-only" in dialog.message.text()
    with pytest.raises(vs.VisitError):
        vs.save_draft(r1.id, {"recorded_by": "X"})
    assert dialog.reopen_with("签收人姓名写错")
    assert dialog.form.state == "draft" and status(k1) == "visited"
    assert AuditRecord.select().where(AuditRecord.action == "reopen").count() == 1
    dialog.inputs["recorded_by"].setFocus()
    dialog.inputs["recorded_by"].selectAll()
    type_text("曾晓芳")
    finalise_keys()
    assert record(k1).recorded_by == "曾晓芳" and record(k1).state.value == "final"
    assert status(k1) == "done"

    # --- 2. away: phone, and relatives asked at the former residence --------------------
    key(Qt.Key.Key_PageDown, CTRL)
    assert dialog.index == 1 and dialog.form.target_id == k2
    f.at("visited_at")
    type_text(f"{VISIT} 15:00")
    f.pick("method", 3)  # former residence: the away fields come alive
    f.next("visitors")
    f.next("joining_units")
    f.fill("location", "原住址")
    f.pick("respondent", 2)  # a relative answered for the petitioner
    f.fill("respondent_name", "李四")
    f.fill("respondent_relation", "儿子")
    f.next("petitioner_away")
    key(Qt.Key.Key_Space)
    f.fill("away_phone_result", "电话无人接听")
    f.fill("away_people_asked", "其子李四、村委会主任")
    f.fill("away_statement", "信访人在外务工，对处理结果基本满意")
    f.next("contacts")
    key(Qt.Key.Key_Insert)  # one attempt: by phone, no answer, at the visit time
    f.pick("contact_result", 1)  # reached, through the relative
    f.pick("conclusion_reasonable", 1)
    f.next("conclusion_note")
    f.pick("conclusion_view", 1)
    f.pick("demands_solved", 1)
    f.pick("opinions_carried_out", 1)
    f.pick("satisfaction", 2)
    f.next("unit_rating")
    f.pick("settled", 1)
    f.pick("risk", 1)
    f.pick("has_difficulties", 2)
    f.pick("has_opinions", 2)
    tab()
    key(Qt.Key.Key_Space)
    f.next("look_lawful")
    f.next("look_satisfied")
    f.next("look_opinions")
    f.next("looks_note")
    f.next("followup_needed")
    f.fill("recorded_by", "曾小芳")
    finalise_keys()
    r2 = record(k2)
    assert r2.state.value == "final"
    assert (r2.method.value, r2.respondent.value, r2.respondent_name, r2.respondent_relation) == (
        "former_residence",
        "relative",
        "李四",
        "儿子",
    )
    assert r2.petitioner_away and r2.away_people_asked == "其子李四、村委会主任"
    assert r2.satisfaction.value == "basically_satisfied"
    contacts = list(ContactAttempt.select().where(ContactAttempt.visit == r2.id))
    assert [(c.means.value, c.outcome.value) for c in contacts] == [("phone", "no_answer")]
    assert status(k2) == "done"

    # --- 3. dissatisfied, with a follow-up ---------------------------------------------
    key(Qt.Key.Key_PageDown, CTRL)
    assert dialog.form.target_id == k3
    f.at("visited_at")
    type_text(f"{VISIT} 10:00")
    f.pick("method", 1)
    f.next("visitors")
    f.next("joining_units")
    f.fill("location", "信访人家中")
    f.pick("respondent", 1)
    f.next("petitioner_away")
    f.next("contacts")
    f.pick("contact_result", 1)
    f.pick("conclusion_reasonable", 2)
    f.fill("conclusion_note", "补偿标准依据不足")
    f.pick("conclusion_view", 2)
    f.pick("demands_solved", 3)
    f.pick("opinions_carried_out", 2)
    f.fill("demands_note", "补偿款尚未全部发放")
    f.next("no_rework_reason")  # left empty: the rework item goes to the handling unit
    f.pick("satisfaction", 3)  # dissatisfied: the reason comes alive, a follow-up is ticked
    f.fill("dissatisfaction_reason", "认为补偿标准偏低")
    f.pick("unit_rating", 3)
    f.pick("settled", 2)
    f.pick("risk", 2)
    f.pick("has_difficulties", 1)
    f.fill("difficulties", "家庭生活困难")
    f.fill("help_given", "申请临时救助")
    f.fill("help_by", "镇民政办")
    f.pick("has_opinions", 1)
    f.fill("opinions", "希望加快办理")
    tab()
    key(Qt.Key.Key_Space)  # "partly" to point (1): not handled according to law and policy
    f.next("look_lawful")
    assert dialog.inputs["look_lawful"].value() is False
    f.next("look_satisfied")
    assert dialog.inputs["look_satisfied"].value() is False
    f.next("look_opinions")
    f.next("looks_note")
    f.next("followup_needed")
    assert dialog.inputs["followup_needed"].isChecked()
    f.fill("explained", "宣讲了土地征收补偿的法律政策")
    f.fill("next_action", "包案领导再次约访")
    f.fill("next_by", "陈志强")
    f.fill("next_due", (TODAY + dt.timedelta(days=10)).strftime("%Y%m%d"))
    f.next("recorded_by")
    finalise_keys()  # refused: who recorded it is missing
    assert dialog.form.state == "draft"
    assert dialog.tabs_with_problems() == ["sign_off"]
    assert dialog.errors["recorded_by"].isVisible()
    assert "not final" in dialog.message.text().lower()
    f.at("recorded_by")  # the focus went to the field to fix
    type_text("曾小芳")
    assert dialog.tabs_with_problems() == []
    finalise_keys()
    r3 = record(k3)
    assert r3.state.value == "final"
    assert (r3.satisfaction.value, r3.settled, r3.followup_needed) == ("dissatisfied", False, True)
    assert r3.next_due == TODAY + dt.timedelta(days=10) and r3.next_by == "陈志强"
    assert r3.look_lawful is False and r3.look_satisfied is False and r3.look_opinions is True
    kinds = sorted(f.kind.value for f in FollowUp.select().where(FollowUp.target == k3))
    assert kinds == ["follow_up", "help", "rework"]
    assert status(k3) == "follow_up"
    assert dialog.revisit_button.isEnabled()  # the dissatisfied case gets a second visit

    # --- back with Ctrl+PgUp: the second form, read-only ------------------------------
    key(Qt.Key.Key_PageUp, CTRL)
    assert dialog.form.target_id == k2 and dialog.read_only
    dialog.close()
    assert VisitRecord.select().count() == 3


def test_autosave_keeps_a_draft_and_reopening_restores_it(world, qtbot):
    k1 = world[0]
    dialog = open_form(qtbot, [k1], autosave_ms=200)
    f = FormKeys(dialog)
    f.at("visited_at")
    type_text(f"{VISIT} 8:15")
    f.next("method")
    f.next("visitors")
    f.next("joining_units")
    f.fill("location", "村委会")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        pass  # no Ctrl+S: the timer saves
    stored = record(k1)
    assert stored.location == "村委会" and stored.state.value == "draft"
    dialog.inputs["location"].setFocus()
    type_text("办公室")
    dialog.close()  # closing saves what the timer has not saved yet
    assert record(k1).location == "村委会办公室"
    again = open_form(qtbot, [k1])
    assert again.inputs["location"].text() == "村委会办公室"
    assert again.inputs["visited_at"].text() == f"{VISIT} 08:15"
    again.close()


def test_a_form_opened_by_mistake_and_left_untouched_is_discarded(world, qtbot):
    k1, k2, _ = world
    dialog = open_form(qtbot, [k1, k2])
    assert status(k1) == "visited"
    key(Qt.Key.Key_PageDown, CTRL)  # nothing typed into the first one
    assert status(k1) == "assigned" and status(k2) == "visited"
    dialog.close()
    assert status(k2) == "assigned" and VisitRecord.select().count() == 0


def test_fields_irrelevant_to_the_answers_are_disabled_and_stored_empty(world, qtbot):
    dialog = open_form(qtbot, [world[0]])
    inputs = dialog.inputs
    assert not inputs["respondent_name"].isEnabled()
    assert not inputs["away_statement"].isEnabled()
    inputs["respondent"].set_value("committee")
    assert inputs["respondent_name"].isEnabled()
    inputs["respondent_name"].setText("王主任")
    inputs["respondent"].set_value("petitioner")
    assert not inputs["respondent_name"].isEnabled()
    assert dialog.values()["respondent_name"] is None
    inputs["method"].set_value("phone")
    assert not inputs["signed_petitioner"].isEnabled()
    inputs["method"].set_value("former_residence")
    assert inputs["away_statement"].isEnabled()
    dialog.close()


def test_number_keys_pick_and_zero_clears_a_choice(world, qtbot):
    dialog = open_form(qtbot, [world[0]])
    group = dialog.inputs["contact_result"]
    dialog.show_tab("visit")
    group.setFocus()
    number(4)
    assert group.value() == "deceased" and group.buttons[3].hasFocus()
    number(9)  # no ninth option: nothing changes
    assert group.value() == "deceased"
    number(0)
    assert group.value() is None
    dialog.close()


def test_a_bad_date_is_marked_and_the_rest_still_saves(world, qtbot):
    dialog = open_form(qtbot, [world[0]])
    type_text("2026-13-45")
    QTest.keyClick(focus(), Qt.Key.Key_Tab)
    assert "visit" in dialog.tabs_with_problems()
    dialog.inputs["location"].setText("家中")
    dialog._changed()
    assert dialog.save_now()
    assert record(world[0]).location == "家中" and record(world[0]).visited_at is None
    dialog.close()


def test_earlier_visits_are_shown_read_only(world, qtbot):
    k1 = world[0]
    form = vs.start_visit(k1)
    values = {
        "visited_at": dt.datetime.combine(VISIT_DAY, dt.time(9)),
        "method": "home_visit",
        "respondent": "petitioner",
        "satisfaction": "dissatisfied",
        "dissatisfaction_reason": "认为补偿偏低",
        "settled": False,
        "explained": "解释政策",
        "followup_needed": True,
        "next_action": "再次约访",
        "next_by": "陈志强",
        "next_due": TODAY + dt.timedelta(days=5),
        "look_lawful": True,
        "look_satisfied": False,
        "look_opinions": False,
        "conclusion_reasonable": "yes",
        "demands_solved": "yes",
        "opinions_carried_out": "yes",
        "has_difficulties": False,
        "has_opinions": False,
        "recorded_by": "曾小芳",
    }
    vs.finalise(form.id, values)
    dialog = open_form(qtbot, [k1])
    assert dialog.read_only and dialog.revisit_button.isEnabled()
    key(Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)  # New visit
    assert dialog.form.visit_no == 2 and not dialog.read_only
    earlier = dialog.ui.earlier.model()
    assert earlier.rowCount() == 1 and earlier.index(0, 4).data() == "Dissatisfied"
    dialog._open_earlier(earlier.index(0, 0))
    first = dialog.earlier_dialog
    qtbot.addWidget(first)
    assert first.read_only and first.form.visit_no == 1
    assert not first.reopen_button.isEnabled() and not first.revisit_button.isVisible()
    first.close()
    dialog.close()


def test_ctrl_enter_finalises_from_a_text_area_and_the_lead_reviews(world, qtbot):
    k1 = world[0]
    form = vs.start_visit(k1)
    vs.save_draft(
        form.id,
        {
            "visited_at": dt.datetime.combine(VISIT_DAY, dt.time(9)),
            "method": "home_visit",
            "respondent": "petitioner",
            "satisfaction": "satisfied",
            "settled": True,
            "look_lawful": True,
            "look_satisfied": True,
            "look_opinions": True,
            "conclusion_reasonable": "yes",
            "demands_solved": "yes",
            "opinions_carried_out": "yes",
            "has_difficulties": False,
            "recorded_by": "曾小芳",
        },
    )
    dialog = open_form(qtbot, [k1])
    dialog.show_tab("opinions")
    FormKeys(dialog).at("has_opinions")  # point (5) first: answered by typing below
    FormKeys(dialog).next("opinions")
    type_text("希望常来看看")
    finalise_keys()  # from inside a multi-line text field
    assert dialog.form.state == "final" and record(k1).opinions == "希望常来看看"
    assert dialog.review_button.isEnabled() and dialog.state_badge.text() == "Final"
    assert not dialog.review_by("")  # a review needs the reviewer's name
    assert dialog.review_by("林主任")
    assert dialog.form.state == "reviewed" and dialog.state_badge.text() == "Reviewed"
    assert "林主任" in dialog.ui.reviewed_label.text()
    assert not dialog.review_button.isEnabled() and dialog.reopen_button.isEnabled()
    dialog.close()


def test_every_field_explains_itself_in_chinese(world, qtbot):
    from rv_desktop.gui.dialogs.visit_form.labels import FIELD_TIPS

    make_application("zh_CN")
    try:
        dialog = VisitFormDialog([world[0]])
        qtbot.addWidget(dialog)
        for name, widget in dialog.inputs.items():
            tip = widget.toolTip()
            assert tip and tip != FIELD_TIPS[name], name  # there, and translated
            assert any("\u4e00" <= ch <= "\u9fff" for ch in tip), name
            assert len(tip) <= 80, (name, tip)  # short
        assert dialog.tabs.tabText(1) == "回访经过"
        dialog.close()
    finally:
        make_application("en")


def test_a_draft_that_cannot_be_saved_keeps_the_window_open(world, qtbot, db_path):
    from rv_desktop.domain import db as dbmod

    k1 = world[0]
    dialog = open_form(qtbot, [k1])
    dialog.inputs["location"].setFocus()
    type_text("家中")
    dbmod.close_database()  # the file is gone from under the program (a stick pulled out)
    try:
        dialog.close()
        assert dialog.isVisible() and "could not be saved" in dialog.message.text()
        assert dialog.inputs["location"].text() == "家中"
    finally:
        dbmod.open_database(db_path, actor="tester")
    dialog.close()  # back: now it saves and closes
    assert not dialog.isVisible() and record(k1).location == "家中"


def test_the_case_tab_summarises_the_case_and_links_to_it(world, qtbot):
    dialog = open_form(qtbot, [world[0]])
    case = dialog.ui.case_labels
    assert case["case_no"].text() == "K01" and case["petitioner"].text() == "信访人1"
    assert case["handling_unit"].text() == "镇国土所" and case["village"].text() == "新塘村"
    assert case["conclusion"].text() == "已依法答复。"
    key(Qt.Key.Key_K, CTRL)
    case_dialog = dialog.case_dialog
    qtbot.addWidget(case_dialog)
    assert case_dialog.isVisible() and "K01" in case_dialog.windowTitle()
    case_dialog.reject()
    dialog.close()


def test_the_plans_fields_come_alive_as_the_answers_call_for_them(world, qtbot):
    """The plan: "Visitors should really walk into the door" (a meeting at the office
    needs its reason) and "Return visit personnel should carefully and truthfully fill in
    the Registration Form" (a petitioner not reached gives no answers)."""
    dialog = open_form(qtbot, [world[0]])
    inputs = dialog.inputs
    assert not inputs["method_reason"].isEnabled()
    inputs["method"].set_value("office")
    dialog._changed()
    assert inputs["method_reason"].isEnabled()
    assert "method_reason" in {p.field for p in dialog.problems()}
    inputs["method_reason"].setText("信访人要求到信访办面谈")
    dialog._changed()
    assert "method_reason" not in {p.field for p in dialog.problems()}
    # refused: the reason comes alive, the answers go grey and are stored empty
    assert not inputs["contact_note"].isEnabled()
    inputs["conclusion_reasonable"].set_value("yes")
    inputs["contact_result"].set_value("refused")
    dialog._changed()
    assert inputs["contact_note"].isEnabled()
    assert not inputs["conclusion_reasonable"].isEnabled()
    assert not inputs["has_opinions"].isEnabled()
    assert dialog.values()["conclusion_reasonable"] is None
    dialog.close()
