"""Importing real ledger files into a real database, row by row."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from peewee import IntegrityError

from rv_desktop.domain.errors import UserError
from rv_desktop.domain.models import AuditRecord, Case, HandlingUnit, ImportMapping, Petitioner
from rv_desktop.domain.normalize import id_check_char
from rv_desktop.services import ledger_import as li
from rv_desktop.services.ledger_import import apply as li_apply
from rv_desktop.services.ledger_import import columns as li_columns

from ..conftest import run_cli
from .office_convert import convert, needs_libreoffice
from .test_ledger_reader import AGREED_FIELDS

GOOD_ID = "360426199101010071"
GOOD_ID_2 = "44011320141005001X"


def messy_ledger(path, rows=None):
    """A county ledger as offices make them: a prose sheet first, merged titles,
    a two-row header, mixed dates, an ID typed as a number, blank rows, a totals
    row and a notes block."""
    wb = Workbook()
    info = wb.active
    info.title = "说明"
    info["A1"] = "本表由县信访局下发，请各乡镇按要求填写。"
    ws = wb.create_sheet("台账")
    ws["A1"] = "某某县已办结信访事项台账"
    ws.merge_cells("A1:J1")
    ws["A2"] = "填报单位：青山镇信访办"
    ws.merge_cells("A2:J2")
    ws["A3"] = "编号"
    ws.merge_cells("A3:A4")
    ws["B3"] = "信访人信息"
    ws.merge_cells("B3:E3")
    for col, text in zip("BCDE", ["姓名", "身份证号码", "联系电话", "家庭住址"], strict=True):
        ws[f"{col}4"] = text
    for col, text in zip(
        "FGHIJ", ["交办来源", "信访形式", "办结日期", "承办单位", "办理结果"], strict=True
    ):
        ws[f"{col}3"] = text
        ws.merge_cells(f"{col}3:{col}4")
    data = rows or [
        [
            "QS2018-001",
            "张三",
            GOOD_ID,
            "13812345678",
            "某某县青山镇石桥村三组12号",
            "中央交办",
            "来访",
            dt.date(2018, 3, 5),
            "镇国土所",
            "已调解",
        ],
        [
            "QS2018-002",
            "李四等12人",
            "36042619910102009X",
            "0792-1234567",
            "某某县青山镇新街社区5号",
            "省交办",
            "来信",
            "2018.07.03",
            "镇司法所",
            "已答复",
        ],
        [None] * 10,
        [
            "QS2019-003",
            "王五",
            3.60426199101010e17,
            "13912345678、13712345678",
            "青山镇石桥村",
            "市交办",
            "网上",
            43000,
            "镇国土所",
            "已解决",
        ],
        [
            "QS2019-004",
            "张三",
            GOOD_ID,
            "13812345678",
            "某某县青山镇石桥村三组12号",
            "国家信访局",
            "电话",
            "2019年7月3日",
            "镇民政办",
            "已办结",
        ],
        ["", "赵六", "", "", "", "", "", "", "", ""],
        ["QS2018-001", "重复", "", "", "", "", "", "", "", ""],
    ]
    for row in data:
        ws.append(row)
    ws.append(["合计", "5件", None, None, None, None, None, None, None, None])
    ws.append([None] * 10)
    ws.append(["填表说明：1.编号按县局统一编号填写；2.日期格式为年月日。"])
    wb.save(path)
    return path


@pytest.fixture
def ledger(tmp_path):
    return messy_ledger(tmp_path / "台账.xlsx")


def outcomes(plan):
    return {r.row: r.outcome for r in plan.rows}


#: what the messy ledger's rows come to (7 is blank)
MESSY_OUTCOMES = {5: "new", 6: "new", 8: "new", 9: "new", 10: "rejected", 11: "rejected"}


def test_messy_ledger_row_by_row(database, ledger):
    plan = li.import_ledger(ledger)
    assert plan.table.sheet == "台账"
    assert outcomes(plan) == MESSY_OUTCOMES
    rejected = {(i.row, i.cell, i.code) for i in plan.rejected}
    assert rejected == {(10, "A10", "case_no_missing"), (11, "A11", "case_no_repeated")}
    warnings = {(i.row, i.cell, i.code) for i in plan.warnings}
    assert (6, "C6", "id_check_digit") in warnings
    assert (6, "C6", "id_left_empty") in warnings
    assert (6, "B6", "many_people") in warnings
    assert (8, "C8", "id_excel_number") in warnings
    assert Case.select().count() == 4
    # normalisation
    li_si = Case.get(Case.case_no == "QS2018-002")
    assert li_si.petitioner.name == "李四" and li_si.people_count == 12 and li_si.many_people
    assert li_si.petitioner.id_number is None  # a wrong ID never reaches the database
    assert li_si.petitioner.phones == "07921234567"
    assert li_si.concluded_on == dt.date(2018, 7, 3)
    assert li_si.source_level == "provincial" and li_si.channel == "letter"
    wang = Case.get(Case.case_no == "QS2019-003")
    assert wang.petitioner.id_number is None
    assert wang.petitioner.phones == "13912345678,13712345678"
    assert wang.concluded_on == dt.date(2017, 9, 22)  # Excel serial 43000
    assert wang.source_level == "municipal" and wang.channel == "online"
    assert wang.petitioner.village == "石桥村"
    # the same ID number is the same person: repeat petitions become visible
    first = Case.get(Case.case_no == "QS2018-001")
    again = Case.get(Case.case_no == "QS2019-004")
    assert first.petitioner_id == again.petitioner_id
    assert again.source_level == "central" and again.channel == "phone"
    assert first.handling_unit.name == "镇国土所"
    assert HandlingUnit.select().count() == 3
    # one audit record names the import
    note = json.loads(AuditRecord.get(AuditRecord.action == "import").note)
    assert note["new"] == 4 and note["rejected"] == 2


def test_importing_twice_adds_nothing(database, ledger):
    li.import_ledger(ledger)
    audits = AuditRecord.select().count()
    plan = li.import_ledger(ledger)
    assert plan.count("new") == 0 and plan.count("updated") == 0
    assert plan.count("unchanged") == 4
    assert Case.select().count() == 4 and Petitioner.select().count() == 3
    assert AuditRecord.select().where(AuditRecord.action != "import").count() == audits - 1


def _trigger_names(database) -> set[str]:
    return {
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
    }


def test_import_audits_its_rows_in_one_record_and_keeps_the_triggers(database, ledger):
    from rv_desktop.domain.cases import case_detail

    triggers = _trigger_names(database)
    li.import_ledger(ledger)
    # one summary record names the inserted ids, no record per inserted row
    assert AuditRecord.select().where(AuditRecord.action == "insert").count() == 0
    note = json.loads(AuditRecord.get(AuditRecord.action == "import").note)
    case_ids = sorted(c.id for c in Case.select())
    person_ids = sorted(p.id for p in Petitioner.select())
    assert note["case_ids"] == [case_ids[0], case_ids[-1]]
    assert note["petitioner_ids"] == [person_ids[0], person_ids[-1]]
    # the case's history still says when, by whom and from which file it came
    case = Case.get(Case.case_no == "QS2018-001")
    registered = {
        (h.table_name, h.action, json.loads(h.note)["file"])
        for h in case_detail(case.id).history
        if h.action == "insert"
    }
    assert registered == {("case", "insert", str(ledger)), ("petitioner", "insert", str(ledger))}
    # the triggers are back: a case added by hand is audited row by row
    assert _trigger_names(database) == triggers
    Petitioner.create(name="李四")
    assert AuditRecord.select().where(AuditRecord.action == "insert").count() == 1


def test_cancel_brings_the_audit_triggers_back(database, ledger):
    triggers = _trigger_names(database)
    plan = li.plan_import(li.read_table(ledger))
    with pytest.raises(UserError):
        li.apply_plan(plan, cancelled=lambda: True)
    assert _trigger_names(database) == triggers


def test_changes_are_shown_before_applied_and_dry_run_changes_nothing(database, ledger, tmp_path):
    li.import_ledger(ledger)
    changed = messy_ledger(
        tmp_path / "v2.xlsx",
        rows=[
            [
                "QS2018-001",
                "张三",
                GOOD_ID,
                "13800000000",
                "某某县青山镇石桥村三组12号",
                "中央交办",
                "来访",
                dt.date(2018, 3, 5),
                "镇国土所",
                "已调解，息诉",
            ],
        ],
    )
    plan = li.import_ledger(changed, dry_run=True)
    row = plan.rows[0]
    assert row.outcome == "updated"
    assert row.changes == {
        "conclusion": ("已调解", "已调解，息诉"),
        "petitioner.phones": ("13812345678", "13800000000"),
    }
    assert Case.get(Case.case_no == "QS2018-001").conclusion == "已调解"
    li.import_ledger(changed)
    case = Case.get(Case.case_no == "QS2018-001")
    assert case.conclusion == "已调解，息诉"
    assert case.petitioner.phones == "13800000000"
    update = (
        AuditRecord.select()
        .where((AuditRecord.table_name == "case") & (AuditRecord.action == "update"))
        .get()
    )
    assert json.loads(update.before)["conclusion"] == "已调解"


def test_clerk_may_reject_wrong_ids(database, ledger):
    plan = li.import_ledger(ledger, reject_bad_ids=True)
    assert outcomes(plan)[6] == "rejected"
    assert outcomes(plan)[8] == "rejected"
    assert {(i.row, i.code) for i in plan.rejected} >= {
        (6, "id_check_digit"),
        (8, "id_excel_number"),
    }
    assert not Case.select().where(Case.case_no == "QS2018-002").exists()


def test_cancel_leaves_the_database_unchanged(database, ledger):
    table = li.read_table(ledger)
    plan = li.plan_import(table)
    calls = iter([False, True, True, True])
    with pytest.raises(UserError) as info:
        li.apply_plan(plan, cancelled=lambda: next(calls, True))
    assert info.value.code == "cancelled"
    assert Case.select().count() == 0 and Petitioner.select().count() == 0
    assert HandlingUnit.select().count() == 0


def test_failure_half_way_writes_nothing(database, ledger, monkeypatch):
    table = li.read_table(ledger)
    plan = li.plan_import(table)
    original = li_apply._update_case

    def boom(*args):  # an unexpected error after some rows were written
        raise RuntimeError("disk full")

    plan.rows[-1].outcome = "updated"  # force the update path after the inserts
    plan.rows[-1].case_id = 999
    monkeypatch.setattr(li_apply, "_update_case", boom)
    with pytest.raises(RuntimeError):
        li.apply_plan(plan)
    monkeypatch.setattr(li_apply, "_update_case", original)
    assert Case.select().count() == 0 and Petitioner.select().count() == 0


def test_rejected_rows_saved_fixed_and_imported_again(database, ledger, tmp_path):
    plan = li.import_ledger(ledger)
    out = li.save_rejected(plan, tmp_path / "rejected.xlsx")
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][-1] == "未导入原因"
    assert rows[0][:3] == ("编号", "姓名", "身份证号码")
    assert len(rows) == 3
    assert rows[1][1] == "赵六" and "A10" in rows[1][-1]
    # the clerk fills in the missing number and imports the file again
    ws.cell(2, 1, "QS2020-009")
    ws.delete_rows(3)
    ws.delete_cols(ws.max_column)
    fixed = tmp_path / "fixed.xlsx"
    load_workbook(out)  # the saved file itself stays readable
    ws.parent.save(fixed)
    again = li.import_ledger(fixed)
    assert again.count("new") == 1
    assert Case.get(Case.case_no == "QS2020-009").petitioner.name == "赵六"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "gb18030"])
def test_csv_in_chinese_encodings(database, tmp_path, encoding):
    path = tmp_path / f"ledger-{encoding}.csv"
    name = "𠮷田" if encoding == "gb18030" else "吉田"
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["信访件编号", "信访人姓名", "公民身份号码", "手机号", "办结时间"])
        writer.writerow(["C-1", name, GOOD_ID_2.lower(), "13812345678", "20170703"])
        writer.writerow(["C-2", "钱七", "", "", "2017/7/3"])
    plan = li.import_ledger(path)
    assert outcomes(plan) == {2: "new", 3: "new"}  # record 1 is the header
    p = Case.get(Case.case_no == "C-1").petitioner
    assert p.name == name and p.id_number == GOOD_ID_2
    assert Case.get(Case.case_no == "C-2").concluded_on == dt.date(2017, 7, 3)


@needs_libreoffice
@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_xls_and_ods_written_by_libreoffice(database, ledger, tmp_path, fmt):
    out = tmp_path / fmt
    out.mkdir()
    plan = li.import_ledger(convert(ledger, fmt, out, tmp_path / "lo-profile"), sheet="台账")
    assert outcomes(plan) == MESSY_OUTCOMES
    assert Case.get(Case.case_no == "QS2019-003").concluded_on == dt.date(2017, 9, 22)


def test_unreadable_files_change_nothing(database, tmp_path):
    bad = tmp_path / "ledger.xlsx"
    bad.write_bytes(b"this is not a workbook")
    with pytest.raises(li.LedgerImportError) as info:
        li.import_ledger(bad)
    assert info.value.code == "not_a_spreadsheet"
    assert "ledger.xlsx" in str(info.value)
    unrelated = tmp_path / "prices.xlsx"
    wb = Workbook()
    wb.active.append(["商品", "价格"])
    wb.active.append(["苹果", 3])
    wb.save(unrelated)
    with pytest.raises(li.LedgerImportError) as info:
        li.import_ledger(unrelated)
    assert info.value.code == "no_columns"
    with pytest.raises(li.LedgerImportError) as info:
        li.import_ledger(tmp_path / "missing.xlsx")
    assert info.value.code == "file_missing"
    assert Case.select().count() == 0 and AuditRecord.select().count() == 0


def test_corrected_mapping_is_remembered(database, tmp_path):
    path = tmp_path / "odd.xlsx"
    wb = Workbook()
    wb.active.append(["编号", "姓名", "备用号码", "联系电话"])
    wb.active.append(["M-1", "孙八", "13812345678", "13912345678"])
    wb.save(path)
    table = li.read_table(path)
    assert table.mapping["phones"] == 3
    li.remember_mapping(table, {"case_no": 0, "petitioner": 1, "phones": 2})
    assert ImportMapping.select().count() == 1
    plan = li.import_ledger(path)
    assert plan.mapping == {"case_no": 0, "petitioner": 1, "phones": 2}
    assert Case.get(Case.case_no == "M-1").petitioner.phones == "13812345678"


def test_recognised_words():
    assert li.recognise_source("中央交办") == "central"
    assert li.recognise_source("国家信访局转") == "central"
    assert li.recognise_source("省信访局交办") == "provincial"
    assert li.recognise_source("县交办") == "county"
    assert li.recognise_source("本级受理") == "own"
    assert li.recognise_source("火星") is None
    assert li.recognise_channel("网上信访") == "online"
    assert li.recognise_channel("走访") == "visit"
    assert li.recognise_channel("12345热线") == "phone"
    assert li.village_from_address("某某县青山镇石桥村三组12号") == "石桥村"
    assert li.village_from_address("青山镇新街社区5栋") == "新街社区"


cells = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["张三等3人", "3.20102E+17", "0792-1234567", "2017年7月3日", "中央", "来访"]),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.lists(cells, min_size=8, max_size=8), min_size=1, max_size=8))
def test_random_rows_never_crash_the_importer(database, tmp_path, rows):
    path = tmp_path / "random.xlsx"
    wb = Workbook()
    wb.active.append(
        ["编号", "信访人", "身份证号", "联系电话", "住址", "交办来源", "办结日期", "人数"]
    )
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    with database.atomic() as tx:
        try:
            plan = li.import_ledger(path)
        except li.LedgerImportError as exc:
            assert exc.code in ("empty", "no_columns")
        else:
            assert plan.count("new") + plan.count("rejected") + plan.count(
                "unchanged"
            ) + plan.count("updated") == len(plan.rows)
        tx.rollback()


def test_cli_import_ledger_json(tmp_path, ledger):
    db = tmp_path / "cli.sqlite"
    result = run_cli(
        "import-ledger", "--db", str(db), "--create", str(ledger), "--json", "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {
        "file",
        "sheet",
        "rows_read",
        "new",
        "updated",
        "unchanged",
        "rejected",
        "warnings",
    }
    assert (data["rows_read"], data["new"], data["updated"], data["unchanged"]) == (6, 4, 0, 0)
    assert data["rejected"][0] == {
        "row": 10,
        "cell": "A10",
        "code": "case_no_missing",
        "reason": "the case number is missing",
    }
    assert {(w["row"], w["cell"], w["code"]) for w in data["warnings"]} >= {
        (6, "C6", "id_check_digit"),
        (8, "C8", "id_excel_number"),
    }
    again = json.loads(run_cli("import-ledger", "--db", str(db), str(ledger), "--json").stdout)
    assert (again["new"], again["unchanged"]) == (0, 4)
    dry = run_cli("import-ledger", "--db", str(db), str(ledger), "--dry-run", "--lang", "zh_CN")
    assert dry.returncode == 0
    cases = json.loads(run_cli("cases", "--db", str(db), "--json", "--search", "张三").stdout)
    assert [c["case_no"] for c in cases] == ["QS2018-001", "QS2019-004"]
    assert cases[0]["id_number"] == "360426********0071"
    assert cases[0]["phones"] == ["138****5678"]
    revealed = json.loads(run_cli("cases", "--db", str(db), "--json", "--reveal").stdout)
    assert {c["id_number"] for c in revealed} >= {GOOD_ID}
    assert set(revealed[0]) >= set(AGREED_FIELDS)


def test_cli_unreadable_file_exit_2(tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_text("nope")
    result = run_cli(
        "import-ledger", "--db", str(tmp_path / "d.sqlite"), "--create", str(bad), "--lang", "en"
    )
    assert result.returncode == 2
    assert "x.xlsx" in result.stderr


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) for c in text)


def test_full_width_numbers_are_stored_as_plain_digits(database, tmp_path):
    # Digits of another script after plain ones once slipped through the
    # importer's fast path and were stored as typed.
    path = messy_ledger(
        tmp_path / "全角.xlsx",
        rows=[
            [
                "QS2020-001",
                "张三",
                GOOD_ID[:6] + _full_width(GOOD_ID[6:]),  # the input method switched
                "138" + _full_width("12345678"),
                "某某县青山镇石桥村三组12号",
                "县交办",
                "来访",
                dt.date(2020, 3, 5),
                "镇国土所",
                "已答复",
            ]
        ],
    )
    plan = li.import_ledger(path)
    assert outcomes(plan) == {5: "new"}
    person = Case.get(Case.case_no == "QS2020-001").petitioner
    assert person.id_number == GOOD_ID and person.phones == "13812345678"


def test_the_case_table_still_checks_its_values_after_an_import(database, ledger):
    # The import lets SQLite skip the CHECK constraints for its own, checked rows.
    li.import_ledger(ledger)
    person = Petitioner.create(name="李四")
    sql = (
        'INSERT INTO "case" (case_no, petitioner_id, people_count, channel, source_level,'
        " many_people, policy, rebound, settled, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, '2026-01-01', '2026-01-01')"
    )
    database.execute_sql(sql, ("GOOD", person.id, 1, "visit", "county"))
    for bad in ((0, "visit", "county"), (1, "pigeon", "county"), (1, "visit", "moon")):
        with pytest.raises(IntegrityError, match="CHECK"), database.atomic():
            database.execute_sql(sql, ("BAD", person.id, *bad))
    assert Case.select().count() == 5


digits = st.text(alphabet="0123456789", min_size=17, max_size=17)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        digits.map(lambda d: d + id_check_char(d)),
        digits.map(lambda d: _full_width(d + id_check_char(d))),
        st.text(alphabet="0123456789X１２３", min_size=18, max_size=18),
        st.sampled_from(["36042619910101007１", "000000190001010011", "360426209901010071"]),
    ),
    st.one_of(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.text(max_size=12)),
    st.one_of(st.text(alphabet="张三李四等人王五", min_size=1, max_size=6), st.text(max_size=6)),
)
def test_fast_paths_agree_with_the_full_parsers(id_text, phone, name):
    """The importer's shortcuts for plain cells give what the full parsers give."""
    from rv_desktop.domain.normalize import (
        PhonesResult,
        clean_text,
        parse_id_number,
        parse_petitioner,
        parse_phones,
    )

    memo = li_columns._Memo()
    if li_columns._plain_id(id_text, memo):
        parsed = parse_id_number(id_text)
        assert parsed.ok and parsed.value == id_text and not parsed.problems
    if li_columns._PLAIN_MOBILE.fullmatch(phone):
        assert parse_phones(phone) == PhonesResult(value=(phone,))
    if li_columns._PLAIN_NAME.fullmatch(name) and "等" not in name:
        who = parse_petitioner(name)
        assert (who.name, who.people_count, who.problems) == (name, 1, ())
    assert li_columns._clean(name) == clean_text(name)
