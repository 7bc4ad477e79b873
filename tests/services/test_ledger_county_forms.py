"""Ledgers as counties write them: numbers in text columns, case numbers typed
in several forms, section rows, rows without an ID, the preview, one ID with
two names, text lengths. Workbooks are written here; .xls through LibreOffice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from rv_desktop.domain.errors import UserError
from rv_desktop.domain.models import Case, Petitioner
from rv_desktop.domain.normalize import id_check_char
from rv_desktop.services import ledger_import as li
from rv_desktop.services.ledger_preview import preview_rows

from ..conftest import run_cli
from .office_convert import convert, needs_libreoffice

HEADERS = ["编号", "信访人", "身份证号", "联系电话", "住址", "办结日期"]
ID_1 = "360426199101010071"
ID_2 = "44011320141005001X"


def write(path: Path, rows: list[list], merges: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def an_id(n: int) -> str:
    first17 = f"3604261990{(n % 12) + 1:02d}{(n % 28) + 1:02d}{n % 1000:03d}"
    return first17 + id_check_char(first17)


def numeric_rows(count: int) -> list[list]:
    return [
        [
            201707000100 + i,
            f"王{'一二三四五六七八九十'[i % 10]}",
            an_id(i),
            18925931664 + i,
            "石桥村",
            None,
        ]
        for i in range(count)
    ]


def codes(issues) -> set[tuple[int, str]]:
    return {(i.row, i.code) for i in issues}


def test_numeric_case_numbers_are_the_exact_integers(database, tmp_path):
    """Plan: "Read a number cell in a text column (case number, ID, phone) as
    the exact integer it holds; where Excel has already lost digits (more than
    15 significant digits), say so per row"."""
    rows = numeric_rows(20)
    rows.append([1234567890123456789, "赵六", ID_2, None, None, None])  # 19 digits: damaged
    rows.append(["XF-1", "钱七", 360426910101007, 792123456, None, None])  # 15-digit ID
    path = write(tmp_path / "numbers.xlsx", rows)
    plan = li.import_ledger(path)
    assert plan.count("new") == 21
    stored = {c.case_no for c in Case.select()}
    assert {str(201707000100 + i) for i in range(20)} <= stored
    first = Case.get(Case.case_no == "201707000100").petitioner
    assert first.phones == "18925931664"
    assert [(i.row, i.cell, i.code) for i in plan.rejected] == [(22, "A22", "case_no_excel_number")]
    assert "E+18" in plan.rejected[0].reason()
    qian = Case.get(Case.case_no == "XF-1").petitioner
    assert qian.id_number == ID_1  # 360426910101007 converted from 15 to 18 digits
    assert (23, "id_converted_15") in codes(plan.warnings)


def test_case_numbers_differing_in_case_width_or_spaces_are_one_case(database, tmp_path):
    """Plan: "Normalise the case number's form (NFKC, upper case, no spaces) for
    matching, keep what the county wrote for display, and say in the row's
    outcome that it matched an earlier row"."""
    path = write(
        tmp_path / "forms.xlsx",
        [
            ["XF20171100041", "张三", ID_1, None, None, None],
            ["xf20171100041", "张三", ID_1, None, None, None],
            ["ＸＦ２０１７１１０００４１", "张三", ID_1, None, None, None],
            ["xf 2017 1100042", "李四", ID_2, None, None, None],
        ],
    )
    plan = li.import_ledger(path)
    outcomes = {r.row: r.outcome for r in plan.rows}
    assert outcomes == {2: "new", 3: "rejected", 4: "rejected", 5: "new"}
    same = [i for i in plan.rejected if i.code == "case_no_same_as"]
    assert [(i.row, i.first, i.other) for i in same] == [(3, 2, "XF20171100041")]
    assert (4, "case_no_repeated") in codes(plan.rejected)  # full width folds to row 3's text
    assert sorted(c.case_no for c in Case.select()) == ["XF20171100041", "xf 2017 1100042"]
    # the register keeps its spelling; other spellings find it, both ways round
    again = write(
        tmp_path / "again.xlsx",
        [
            ["xf20171100041", "张三", ID_1, None, None, None],
            ["XF201711 00042", "李四", ID_2, None, None, None],
        ],
    )
    plan = li.import_ledger(again)
    assert [r.outcome for r in plan.rows] == ["unchanged", "unchanged"]
    assert [(i.code, i.other) for i in plan.warnings if i.code == "case_no_matched"] == [
        ("case_no_matched", "XF20171100041"),
        ("case_no_matched", "xf 2017 1100042"),
    ]
    assert Case.select().count() == 2


def section_ledger(path: Path) -> Path:
    rows = [
        ["一、2017年下半年"],
        ["QS-1", "张三", ID_1, "13812345678", "石桥村", "2017-08-01"],
        ["QS-2", "李四", ID_2, "13812345679", "新街社区", "2017-09-01"],
        ["二、2018年上半年"],
        [201801000001, "王五", None, 18925931664, "石桥村", "2018-03-01"],
        ["（三）2018年下半年"],
        [201807000002, "赵六", an_id(3), None, None, None],
    ]
    return write(path, rows, merges=("A2:F2", "A5:F5", "A7:F7"))


def test_section_rows_are_skipped_never_rejected(database, tmp_path):
    """Plan: "Section rows inside the table (a merged row such as
    "一、2017年下半年" ...) are not cases: report them in warnings (or a new
    skipped list in the JSON) as "section title skipped", never in rejected"."""
    plan = li.import_ledger(section_ledger(tmp_path / "sections.xlsx"))
    assert plan.count("new") == 4 and not plan.rejected
    skipped = plan.summary()["skipped"]
    assert [(s["row"], s["code"]) for s in skipped] == [(r, "section") for r in (2, 5, 7)]
    assert skipped[0]["reason"] == 'section title skipped: "一、2017年下半年"'


def test_a_row_without_an_id_is_imported_with_a_warning(database, tmp_path):
    """Plan: "A row without an ID number is imported, with a warning"."""
    path = write(
        tmp_path / "no-id.xlsx",
        [["QS-1", "张三", None, None, None, None], ["QS-2", "李四", "   ", None, None, None]],
    )
    plan = li.import_ledger(path)
    assert plan.count("new") == 2
    assert [(i.cell, i.code) for i in plan.warnings] == [("C2", "id_missing"), ("C3", "id_missing")]


def test_a_div0_error_in_the_id_column_is_a_warning(database, tmp_path):
    """Plan: "A #DIV/0! in the ID column is a warning, not silently dropped"."""
    path = write(tmp_path / "div0.xlsx", [["QS-1", "张三", "#DIV/0!", None, None, None]])
    plan = li.import_ledger(path)
    assert plan.count("new") == 1
    assert [i.cell for i in plan.warnings] == ["C2"]


def test_preview_shows_values_as_they_will_be_stored(database, tmp_path):
    """Plan: "The import preview shows values as they will be stored (IDs and
    phones as text, dates as dates), not the raw floats of the spreadsheet"."""
    path = write(
        tmp_path / "preview.xlsx",
        [[201707000123, "李四等12人", 360426910101007, 18925931664, "石桥村", 43000]],
    )
    table = li.read_table(path)
    rows = preview_rows(table, table.mapping)
    assert rows == [["201707000123", "李四", ID_1, "18925931664", "石桥村", "2017-09-22"]]
    assert not any(".0" in text or "E+" in text for text in rows[0])


def test_one_id_two_names_keeps_both_and_reimport_is_a_fixed_point(database, tmp_path):
    """Plan: "The conflict is a warning naming both rows and both names; nothing
    is dropped; re-importing the same file is a fixed point (every row
    unchanged)"."""
    path = write(
        tmp_path / "two-names.xlsx",
        [
            ["QS-1", "张三", ID_1, "13812345678", "石桥村一组", None],
            ["QS-2", "李四", ID_1, "13912345678", "新街社区五号", None],
            ["QS-3", "张三", ID_1, "13812345678", "石桥村一组", None],
        ],
    )
    plan = li.import_ledger(path)
    assert plan.count("new") == 3
    conflict = [i for i in plan.warnings if i.code == "id_two_names"]
    assert [(i.row, i.first, i.other, i.name) for i in conflict] == [(3, 2, "张三", "李四")]
    reason = conflict[0].reason()
    assert "张三" in reason and "李四" in reason and "row 2" in reason
    li_si = Case.get(Case.case_no == "QS-2").petitioner
    assert (li_si.name, li_si.id_number, li_si.phones, li_si.address) == (
        "李四",
        None,
        "13912345678",
        "新街社区五号",
    )
    assert Petitioner.get(Petitioner.id_number == ID_1).name == "张三"
    same = Case.get(Case.case_no == "QS-3").petitioner_id
    assert same == Case.get(Case.case_no == "QS-1").petitioner_id
    for _ in range(2):
        again = li.import_ledger(path)
        assert [r.outcome for r in again.rows] == ["unchanged"] * 3
        assert "id_two_names" in {i.code for i in again.warnings}
    assert Petitioner.get(Petitioner.id_number == ID_1).name == "张三"


def test_a_register_merged_by_an_older_import_is_repaired_once(database, tmp_path):
    """Rows linked to the ID's owner before the rule get their own person once,
    then stay unchanged."""
    path = write(
        tmp_path / "old.xlsx",
        [
            ["QS-1", "张三", ID_1, None, None, None],
            ["QS-2", "李四", ID_1, "13912345678", None, None],
        ],
    )
    li.import_ledger(path)
    owner = Petitioner.get(Petitioner.id_number == ID_1)
    Case.update(petitioner=owner.id).where(Case.case_no == "QS-2").execute()  # as before
    plan = li.import_ledger(path)
    assert [r.outcome for r in plan.rows] == ["unchanged", "updated"]
    assert Case.get(Case.case_no == "QS-2").petitioner.name == "李四"
    assert [r.outcome for r in li.import_ledger(path).rows] == ["unchanged", "unchanged"]


def test_text_lengths_are_limited(database, tmp_path):
    """Plan: "Every text field has a length limit at import ... (reject or cut
    with a warning)"."""
    path = write(
        tmp_path / "long.xlsx",
        [
            ["Q" * 100_000, "张三", None, None, None, None],
            ["QS-2", "李" * 3000, None, None, None, None],
            ["QS-3", "王五", None, None, "村" * 5000, None],
        ],
    )
    plan = li.import_ledger(path)
    assert {r.row: r.outcome for r in plan.rows} == {2: "rejected", 3: "rejected", 4: "new"}
    assert ("A2", "text_too_long") in {(i.cell, i.code) for i in plan.rejected}
    assert ("B3", "text_too_long") in {(i.cell, i.code) for i in plan.rejected}
    cut = [i for i in plan.warnings if i.code == "text_cut"]
    assert [(i.cell, i.value, i.first) for i in cut] == [("E4", "5000", 256)]
    assert len(Case.get(Case.case_no == "QS-3").petitioner.address) == 256


def test_cli_json_lists_skipped_sections(tmp_path):
    path = section_ledger(tmp_path / "sections.xlsx")
    result = run_cli(
        "import-ledger", "--create", "--db", str(tmp_path / "c.sqlite"), str(path), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["new"] == 4 and data["rejected"] == []
    assert [s["code"] for s in data["skipped"]] == ["section"] * 3


@needs_libreoffice
def test_xls_from_libreoffice_with_sections_and_numeric_case_numbers(database, tmp_path):
    """Plan: "an .xls through LibreOffice for the section rows and the numeric
    case numbers"."""
    source = section_ledger(tmp_path / "sections.xlsx")
    wb_rows = numeric_rows(30)
    numbers = write(tmp_path / "numbers.xlsx", wb_rows)
    out = tmp_path / "xls"
    for src in (source, numbers):
        convert(src, "xls", out, tmp_path / "lo-profile")
    plan = li.import_ledger(out / "sections.xls")
    assert plan.count("new") == 4 and not plan.rejected
    assert [s.reason for s in plan.table.skipped] == ["section"] * 3
    assert Case.get(Case.case_no == "201801000001").petitioner.phones == "18925931664"
    plan = li.import_ledger(out / "numbers.xls")
    assert plan.count("new") == 30 and not plan.rejected
    assert Case.select().where(Case.case_no.startswith("2017070001")).count() == 30


def _indexes() -> list[tuple[str, str]]:
    from rv_desktop.domain.models import db

    return sorted(
        db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
    )


def test_a_large_import_rebuilds_the_indexes_it_deferred(database, tmp_path):
    """The secondary indexes dropped for a large import into a small register
    are all back after it, and untouched when it fails half way."""
    before = _indexes()
    rows = [[f"BULK-{i:05d}", "王五", None, None, None, None] for i in range(1500)]
    path = write(tmp_path / "bulk.xlsx", rows)
    plan = li.plan_import(li.read_table(path))
    calls = iter([False] * 3 + [True] * 100)  # cancelled once the cases are inserted
    with pytest.raises(UserError):
        li.apply_plan(plan, cancelled=lambda: next(calls))
    assert _indexes() == before and Case.select().count() == 0
    li.apply_plan(plan)
    assert _indexes() == before and Case.select().count() == 1500
    from rv_desktop.domain.models import db

    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_an_id_the_register_gives_another_name_is_not_taken_over(database, tmp_path):
    """Plan: "The conflict is a warning naming both rows and both names;
    nothing is dropped": against the register, the register's name keeps it."""
    li.import_ledger(write(tmp_path / "first.xlsx", [["QS-1", "张三", ID_1, None, None, None]]))
    path = write(tmp_path / "second.xlsx", [["QS-9", "李四", ID_1, "13912345678", "新街", None]])
    plan = li.import_ledger(path)
    [warning] = [i for i in plan.warnings if i.code == "id_other_person"]
    assert (warning.other, warning.name) == ("张三", "李四")
    assert "张三" in warning.reason() and "李四" in warning.reason()
    li_si = Case.get(Case.case_no == "QS-9").petitioner
    assert (li_si.name, li_si.id_number, li_si.phones) == ("李四", None, "13912345678")
    assert Petitioner.get(Petitioner.id_number == ID_1).name == "张三"
    assert [r.outcome for r in li.import_ledger(path).rows] == ["unchanged"]


def test_each_spelling_in_the_register_finds_its_own_case(database, tmp_path):
    """A register that already holds two spellings of one number (made before
    the rule) keeps both; each row finds the case written its way."""
    li.import_ledger(write(tmp_path / "a.xlsx", [["xf-7", "张三", None, None, None, None]]))
    Case.insert(
        case_no="XF-7",
        petitioner=Case.get(Case.case_no == "xf-7").petitioner_id,
        created_at="2026-01-01 00:00:00",
        updated_at="2026-01-01 00:00:00",
    ).execute()
    plan = li.import_ledger(write(tmp_path / "b.xlsx", [["XF-7", "张三", None, None, None, None]]))
    assert [r.case_id for r in plan.rows] == [Case.get(Case.case_no == "XF-7").id]
    assert "case_no_matched" not in {i.code for i in plan.warnings}
