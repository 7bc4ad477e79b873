"""Hand edits of the register: validated like the import, audited, all or nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rv_desktop.domain import audit
from rv_desktop.domain.cases import case_detail
from rv_desktop.domain.models import AuditRecord, Case, HandlingUnit, Petitioner
from rv_desktop.domain.normalize import id_check_char
from rv_desktop.domain.register import (
    RegisterError,
    history_changes,
    reveal_personal_data,
    save_case,
    update_case,
    update_petitioner,
)


def valid_id(first17: str = "36042619850312003") -> str:
    return first17 + id_check_char(first17)


@pytest.fixture
def register(database):
    unit = HandlingUnit.create(name="镇国土所")
    zhang = Petitioner.create(name="张三", id_number=valid_id(), phones="13812345678")
    li = Petitioner.create(name="李四", id_number=valid_id("36042619700101002"))
    case = Case.create(
        case_no="XF-001",
        petitioner=zhang,
        channel="visit",
        source_level="provincial",
        registered_on=dt.date(2018, 3, 1),
        concluded_on=dt.date(2018, 5, 2),
        handling_unit=unit,
        category="土地征收",
    )
    other = Case.create(case_no="XF-002", petitioner=li)
    audit.set_actor("王文书")
    return {"zhang": zhang, "li": li, "case": case, "other": other}


def _records(action: str = "update") -> list[AuditRecord]:
    return list(AuditRecord.select().where(AuditRecord.action == action).order_by(AuditRecord.id))


def test_good_change_is_saved_and_audited_with_actor(register):
    case = register["case"]
    before = Case.get_by_id(case.id).updated_at
    warnings = update_case(
        case.id,
        {
            "concluded_on": "2018年6月9日",
            "handling_unit": "镇司法所",
            "people_count": "3",
            "settled": True,
            "conclusion": "  已依法答复。\n信访人认可。  ",
            "case_no": "XF-001",  # shown in the dialog, unchanged: fine
        },
    )
    assert warnings == []
    saved = Case.get_by_id(case.id)
    assert saved.concluded_on == dt.date(2018, 6, 9)
    assert saved.handling_unit.name == "镇司法所"
    assert saved.people_count == 3 and saved.settled
    assert saved.conclusion == "已依法答复。\n信访人认可。"
    assert saved.updated_at >= before
    (record,) = [r for r in _records() if r.table_name == "case"]
    assert record.actor == "王文书" and record.row_id == case.id
    assert json.loads(record.after)["people_count"] == 3


def test_unchanged_values_write_nothing(register):
    case = register["case"]
    update_case(
        case.id, {"channel": "visit", "category": " 土地征收 ", "handling_unit": "镇国土所"}
    )
    assert _records() == []


def test_bad_id_is_refused_and_nothing_changes(register):
    zhang, case = register["zhang"], register["case"]
    bad = valid_id()[:-1] + ("0" if valid_id()[-1] != "0" else "1")
    with pytest.raises(RegisterError) as info:
        save_case(case.id, {"settled": True}, {"id_number": bad, "name": "张三丰"})
    error = info.value
    assert error.code == "invalid_id" and error.field == "id_number"
    assert bad in str(error) and "check digit" in str(error)
    assert Petitioner.get_by_id(zhang.id).id_number == valid_id()
    assert Petitioner.get_by_id(zhang.id).name == "张三"
    assert not Case.get_by_id(case.id).settled
    assert _records() == []


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("3604261985031200", "16 characters"),
        ("36042619851332003X", "birth date"),
        ("36A", "digits"),
    ],
)
def test_bad_id_messages_name_the_field(register, typed, words):
    with pytest.raises(RegisterError) as info:
        update_petitioner(register["zhang"].id, {"id_number": typed})
    assert str(info.value).startswith("ID number:") and words in str(info.value)


def test_duplicate_id_is_refused_with_the_owner(register):
    with pytest.raises(RegisterError) as info:
        update_petitioner(register["zhang"].id, {"id_number": register["li"].id_number.lower()})
    assert info.value.code == "id_taken"
    assert "李四" in str(info.value) and "XF-002" in str(info.value)
    assert Petitioner.get_by_id(register["zhang"].id).id_number == valid_id()


def test_phones_are_normalised_and_bad_ones_refused(register):
    zhang = register["zhang"]
    update_petitioner(zhang.id, {"phones": "138-1234-5678，(0792)1234567", "address": None})
    assert Petitioner.get_by_id(zhang.id).phones == "13812345678,07921234567"
    with pytest.raises(RegisterError) as info:
        update_petitioner(zhang.id, {"phones": "13812345678, 12"})
    assert info.value.code == "invalid_phone" and info.value.field == "phones"
    assert Petitioner.get_by_id(zhang.id).phones == "13812345678,07921234567"


def test_other_values_are_checked(register):
    case = register["case"]
    for changes, code in (
        ({"registered_on": "yesterday"}, "invalid_date"),
        ({"concluded_on": "1850-01-01"}, "invalid_date"),
        ({"people_count": "0"}, "invalid_count"),
        ({"people_count": "2.5"}, "invalid_count"),
        ({"channel": "fax"}, "invalid_choice"),
        ({"case_no": "XF-999"}, "case_no_read_only"),
        ({"category": "类" * 65}, "text_too_long"),
        ({"petitioner": "x"}, "unknown_field"),
    ):
        with pytest.raises(RegisterError) as info:
            update_case(case.id, changes)
        assert info.value.code == code, changes
    with pytest.raises(RegisterError) as info:
        update_petitioner(register["zhang"].id, {"name": "  "})
    assert info.value.code == "name_missing"
    assert _records() == []


def test_warnings_come_back_after_saving(register):
    case = register["case"]
    warnings = update_case(case.id, {"concluded_on": "2018-01-01"})
    assert [w.code for w in warnings] == ["concluded_before_registered"]
    assert Case.get_by_id(case.id).concluded_on == dt.date(2018, 1, 1)
    unknown_region = valid_id("99042619850312003")
    warnings = update_petitioner(register["zhang"].id, {"id_number": unknown_region})
    assert [w.code for w in warnings] == ["id_region"]
    assert Petitioner.get_by_id(register["zhang"].id).id_number == unknown_region


def test_reveal_writes_an_audit_record(register):
    reveal_personal_data("case_list", None, {"count": 2})
    reveal_personal_data("case", [register["case"].id])
    first, second = _records("reveal")
    assert first.actor == "王文书" and first.row_id is None
    assert json.loads(first.note) == {"scope": "case_list", "count": 2}
    assert second.row_id == register["case"].id
    history = case_detail(register["case"].id).history
    assert history[0].action == "reveal"


def test_history_lists_only_changed_fields(register):
    case = register["case"]
    update_case(case.id, {"handling_unit": "镇司法所", "settled": True})
    update_petitioner(register["zhang"].id, {"phones": "13900001111"})
    history = case_detail(case.id).history
    assert [h.action for h in history[:2]] == ["update", "update"]
    person, case_change = history[0], history[1]
    assert [(c.field, c.before, c.after) for c in history_changes(person)] == [
        ("phones", "13812345678", "13900001111")
    ]
    assert [(c.field, c.before, c.after) for c in history_changes(case_change)] == [
        ("handling_unit", "镇国土所", "镇司法所"),
        ("settled", 0, 1),
    ]
