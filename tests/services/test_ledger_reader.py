"""Reading county ledgers: real files written with openpyxl, converted by
LibreOffice, or saved as CSV in the encodings Chinese offices use; every row
number and cell reference checked against what Excel shows."""

from __future__ import annotations

import os
import shutil
import struct
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rv_desktop.domain.normalize import parse_date, parse_id_number, parse_phones
from rv_desktop.services.ledger_reader import (
    FIELDS,
    LedgerError,
    LedgerTable,
    cell_ref,
    column_letter,
    guess_mapping,
    match_header,
    normalize_header,
    read_ledger,
)

from .office_convert import SOFFICE, convert

# ---------------------------------------------------------------------------
# The county ledger as the towns receive it
# ---------------------------------------------------------------------------

TITLE = "某某县2017年7月以来中央、省交办信访事项办结情况台账"
EXPECTED_HEADERS = [
    "编号",
    "姓名",
    "身份证号",
    "联系电话",
    "住址",
    "信访形式",
    "交办来源",
    "登记日期",
    "主要诉求",
    "承办单位",
    "办结日期",
    "办理结果",
    "备注",
]
EXPECTED_MAPPING = {
    "case_no": 0,
    "petitioner": 1,
    "id_number": 2,
    "phones": 3,
    "address": 4,
    "channel": 5,
    "source_level": 6,
    "registered_on": 7,
    "demand": 8,
    "handling_unit": 9,
    "concluded_on": 10,
    "conclusion": 11,
}


def build_county_ledger(path: Path) -> Path:
    """An .xlsx laid out like the county's: an explanation sheet first, then
    a merged title, a "填报单位" line, a two-row header with a group cell
    (信访人信息 over B3:E3) and headers merged down (编号 over A3:A4), data
    with blank rows, a 合计 row and a notes block."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "填表说明"
    notes["A2"] = "编号、信访人、身份证号、联系电话等项目必须填写，日期按2017年7月3日格式填写。"
    notes["A3"] = "本表由县信访局统一下发，各乡镇不得改动表头。"

    ws = wb.create_sheet("台账")
    ws.merge_cells("A1:M1")
    ws["A1"] = TITLE
    ws.merge_cells("A2:M2")
    ws["A2"] = "填报单位：某某镇信访办                填报日期：2017年9月1日"
    # row 3: the headers, with the group cell 信访人信息 over the four of row 4
    for col, text in zip(
        "ABCDEFGHIJKLM", ["编号", "信访人信息", None, None, None, *EXPECTED_HEADERS[5:]], strict=True
    ):
        if text:
            ws[f"{col}3"] = text
    for col in "AFGHIJKLM":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("B3:E3")
    ws["B4"], ws["C4"], ws["D4"], ws["E4"] = EXPECTED_HEADERS[1:5]

    # Row 5: everything typed as text, a real date cell.
    ws["A5"], ws["B5"], ws["C5"], ws["D5"], ws["E5"] = (
        "XF2017-001",
        "张三",
        "360426199101010071",
        "13812345678",
        "某某村一组12号",
    )
    ws["F5"], ws["G5"], ws["H5"], ws["I5"] = (
        "来访",
        "省交办",
        date(2017, 7, 3),
        "要求解决宅基地纠纷",
    )
    ws["H5"].number_format = "yyyy-mm-dd"
    ws["J5"], ws["K5"], ws["L5"] = "镇国土所", "2017.8.1", "已调解，双方签订协议"
    # Row 6: the ID typed into a number cell, the phone a number, the
    # registration date a bare serial, the conclusion date Chinese text.
    ws["A6"], ws["B6"], ws["C6"], ws["D6"], ws["E6"] = (
        "XF2017-002",
        "李四",
        360426199101010071,
        13912345678,
        "某某村二组",
    )
    ws["F6"], ws["G6"], ws["H6"], ws["I6"] = "来信", "中央交办", 42920, "反映低保评定不公"
    ws["J6"], ws["K6"], ws["L6"], ws["M6"] = (
        "镇民政所",
        "2017年8月2日",
        "已复核，维持原评定",
        "群众不满意",
    )
    # Row 7 blank.
    # Row 8: several people, lower-case x, two phones, a datetime cell.
    ws["A8"], ws["B8"], ws["C8"], ws["D8"] = (
        "XF2017-003",
        "王五等12人",
        "44011320141005001x",
        "0792-1234567 13712345678",
    )
    ws["E8"], ws["F8"], ws["G8"], ws["H8"] = (
        "某某村三组",
        "网上信访",
        "省交办",
        datetime(2017, 7, 5, 9, 30),
    )
    ws["I8"], ws["J8"], ws["K8"], ws["L8"] = (
        "要求补偿征地款",
        "镇征地办",
        "20170805",
        "已按政策补偿",
    )
    # Rows 9 and 10 blank; row 11 a short row.
    ws["A11"], ws["B11"], ws["K11"] = "XF2017-004", "赵六", date(2017, 9, 1)
    # Row 12: totals.
    ws["A12"], ws["B12"] = "合计", "4件"
    # Row 13 blank; rows 14-15 the notes block.
    ws.merge_cells("A14:M14")
    ws["A14"] = "填表说明：1.编号按县信访局统一编号填写；2.日期格式为2017年7月3日。"
    ws["A15"] = "制表人：钱七"
    ws["F15"] = "审核人：孙八"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def ledger_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ledgers")


@pytest.fixture(scope="module")
def county_xlsx(ledger_dir) -> Path:
    return build_county_ledger(ledger_dir / "county.xlsx")


@pytest.fixture(scope="module")
def converted(ledger_dir, county_xlsx) -> dict[str, Path]:
    """The county ledger converted by LibreOffice to .xls and .ods, once for
    the module (each conversion takes seconds)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot make .xls/.ods test files")
    out = ledger_dir / "converted"
    out.mkdir()
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        return {fmt: convert(county_xlsx, fmt, out, profile) for fmt in ("xls", "ods")}
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def assert_county_table(table: LedgerTable) -> None:
    assert table.sheet == "台账"
    assert table.header_row == 4
    assert table.header_rows == (3, 4)
    assert table.headers == EXPECTED_HEADERS
    assert table.mapping == EXPECTED_MAPPING
    assert table.unmapped == [12]
    assert [r.row_number for r in table.rows] == [5, 6, 8, 11]
    assert [(s.row_number, s.reason) for s in table.skipped] == [(12, "totals")]
    assert table.notes_row == 14
    assert table.last_row == 15  # rows 14-15 were read as notes
    assert table.blank_rows == 4  # rows 7, 9, 10, 13
    assert all(len(r.values) == 13 for r in table.rows)

    first, second, third, fourth = table.rows
    assert first.values[0] == "XF2017-001"
    assert table.value(first, "petitioner") == "张三"
    assert parse_id_number(table.value(first, "id_number")).value == "360426199101010071"
    assert parse_date(table.value(first, "registered_on")).value == date(2017, 7, 3)
    assert parse_date(table.value(first, "concluded_on")).value == date(2017, 8, 1)
    assert first.values[12] is None  # empty cells are None, not ""

    # The ID typed as a number is damaged in the file: flagged, not repaired.
    assert isinstance(table.value(second, "id_number"), float)
    assert parse_id_number(table.value(second, "id_number")).code == "id_excel_number"
    assert parse_phones(table.value(second, "phones")).phones == ["13912345678"]
    assert parse_date(table.value(second, "registered_on")).value == date(2017, 7, 4)
    assert parse_date(table.value(second, "concluded_on")).value == date(2017, 8, 2)

    assert parse_id_number(table.value(third, "id_number")).value == "44011320141005001X"
    assert parse_phones(table.value(third, "phones")).phones == ["07921234567", "13712345678"]
    assert parse_date(table.value(third, "registered_on")).value == date(2017, 7, 5)
    assert parse_date(table.value(third, "concluded_on")).value == date(2017, 8, 5)

    assert fourth.values[:2] == ["XF2017-004", "赵六"]
    assert parse_date(table.value(fourth, "concluded_on")).value == date(2017, 9, 1)
    assert table.value(fourth, "id_number") is None

    # Cell references as Excel shows them.
    assert table.cell_ref(second.row_number, table.mapping["id_number"]) == "C6"
    assert table.cell_ref(fourth.row_number, table.mapping["concluded_on"]) == "K11"


def test_county_xlsx(county_xlsx):
    table = read_ledger(county_xlsx)
    assert_county_table(table)
    assert table.format == "xlsx"
    assert table.sheet_names == ["说明", "台账"]
    assert table.file == str(county_xlsx)
    assert [r.row_number for r in table.preview(2)] == [5, 6]
    assert len(table.preview()) == 4


def test_county_xlsx_named_sheet(county_xlsx):
    assert_county_table(read_ledger(county_xlsx, sheet="台账"))
    with pytest.raises(LedgerError) as err:
        read_ledger(county_xlsx, sheet="说明")
    assert err.value.code == "no_columns"
    assert err.value.sheet == "说明"
    with pytest.raises(LedgerError) as err:
        read_ledger(county_xlsx, sheet="Sheet9")
    assert err.value.code == "sheet_not_found"
    assert err.value.file == str(county_xlsx)


@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_county_converted_by_libreoffice(converted, county_xlsx, fmt):
    table = read_ledger(converted[fmt])
    assert_county_table(table)
    assert table.format == fmt
    assert table.header_signature == read_ledger(county_xlsx).header_signature


def test_xls_renamed_to_xlsx_is_still_read(converted, tmp_path):
    renamed = tmp_path / "actually_xls.xlsx"
    shutil.copy(converted["xls"], renamed)
    assert_county_table(read_ledger(renamed))


def test_table_starting_at_b4_reports_excel_cells(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["B4"], ws["C4"], ws["D4"], ws["E4"] = (
        "信访件编号",
        "信访人",
        "信访人身份证号码",
        "信访人联系电话",
    )
    ws["B5"], ws["C5"], ws["D5"], ws["E5"] = "A-1", "张三", "360426199101010071", "13812345678"
    ws["B7"], ws["C7"], ws["D7"], ws["E7"] = "A-2", "李四", "44011320141005001X", "0792-1234567"
    path = tmp_path / "b4.xlsx"
    wb.save(path)

    table = read_ledger(path)
    assert table.header_row == 4 and table.header_rows == (4,)
    assert table.headers == ["", "信访件编号", "信访人", "信访人身份证号码", "信访人联系电话"]
    assert table.mapping == {"case_no": 1, "petitioner": 2, "id_number": 3, "phones": 4}
    assert table.unmapped == []
    assert [r.row_number for r in table.rows] == [5, 7]
    assert table.rows[1].values == [None, "A-2", "李四", "44011320141005001X", "0792-1234567"]
    assert table.cell_ref(5, table.mapping["case_no"]) == "B5"
    assert table.cell_ref(7, table.mapping["phones"]) == "E7"


def test_column_numbers_repeated_header_and_number_only_totals(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "案件编号", "当事人", "问题类别", "人数"])
    ws.append([1, 2, 3, 4, 5])  # the column-number row of official forms
    ws.append([1, "B-1", "张三", "土地", 1])
    ws.append([2, "B-2", "李四", "低保", 3])
    ws.append(["序号", "案件编号", "当事人", "问题类别", "人数"])  # pasted from another sheet
    ws.append([3, "B-3", "王五", "拆迁", 2])
    ws.append([None, None, None, None, 6])  # a total without a label
    ws.append([8, None, None, None, None])  # a template row never filled in
    ws.append([None, None, None, None, "注：待核实"])  # a remark, not the notes block
    ws.append([10, "B-4", "赵六", "其他", 1])
    path = tmp_path / "numbers.xlsx"
    wb.save(path)

    table = read_ledger(path)
    assert table.header_row == 1
    assert table.mapping == {"case_no": 1, "petitioner": 2, "category": 3, "people_count": 4}
    assert table.unmapped == [0]
    assert [r.row_number for r in table.rows] == [3, 4, 6, 9, 10]
    assert [(s.row_number, s.reason) for s in table.skipped] == [
        (2, "column_numbers"),
        (5, "header_repeat"),
        (7, "totals"),
        (8, "numbered_blank"),
    ]
    assert table.notes_row is None
    assert table.last_row == 10


def test_best_sheet_wins_and_ties_go_to_the_first(tmp_path):
    wb = openpyxl.Workbook()
    small = wb.active
    small.title = "简表"
    small.append(["编号", "姓名"])
    small.append(["S-1", "张三"])
    full = wb.create_sheet("详表")
    full.append(["编号", "姓名", "身份证号"])
    full.append(["F-1", "李四", "360426199101010071"])
    twin = wb.create_sheet("副本")
    twin.append(["编号", "姓名", "身份证号"])
    twin.append(["T-1", "王五", "360426199101010071"])
    path = tmp_path / "sheets.xlsx"
    wb.save(path)

    assert read_ledger(path).sheet == "详表"
    assert read_ledger(path, sheet="简表").rows[0].values == ["S-1", "张三"]


def test_hidden_sheet_is_tried_last(tmp_path):
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "旧表"
    hidden.append(["编号", "姓名", "身份证号"])
    hidden.append(["H-1", "旧", "360426199101010071"])
    hidden.sheet_state = "hidden"
    shown = wb.create_sheet("台账")
    shown.append(["编号", "姓名", "身份证号"])
    shown.append(["V-1", "新", "360426199101010071"])
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    assert read_ledger(path).sheet == "台账"


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------

CSV_TEXT = (
    "某某镇信访事项台账,,,\r\n"
    "编号,信访人,身份证号码,联系电话\r\n"
    'C-1,张三,360426199101010071,"13812345678，0792-1234567"\r\n'
    ",,,\r\n"
    'C-2,"吉𠮷祥",44011320141005001X,"13912345678\r\n13712345678"\r\n'
    "C-3,李四,,\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8-sig", CSV_TEXT),
        ("gb18030", CSV_TEXT),
        ("gbk", CSV_TEXT.replace("𠮷", "吉")),
        ("utf-8", CSV_TEXT),
        ("utf-16", CSV_TEXT.replace(",", "\t").replace("，", ",")),
    ],
)
def test_csv_encodings(tmp_path, encoding, text):
    path = tmp_path / f"ledger-{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    if encoding == "gb18030":
        with pytest.raises(UnicodeEncodeError):
            text.encode("gbk")  # the file really needs GB18030

    table = read_ledger(path)
    assert table.sheet is None
    assert table.format == "csv"
    assert table.header_row == 2  # record numbers: the title is record 1
    assert table.mapping == {"case_no": 0, "petitioner": 1, "id_number": 2, "phones": 3}
    # Record 5 spans two lines of the file; records are counted, not lines.
    assert [r.row_number for r in table.rows] == [3, 5, 6]
    assert table.blank_rows == 1
    assert table.rows[1].values[1] == text.split('"')[3]
    assert parse_phones(table.rows[1].values[3]).phones == ["13912345678", "13712345678"]
    assert table.rows[2].values == ["C-3", "李四", None, None]
    expected_encoding = {"gbk": "gb18030", "utf-8": "utf-8-sig"}.get(encoding, encoding)
    assert table.encoding == expected_encoding


def test_csv_gb18030_keeps_rare_characters(tmp_path):
    path = tmp_path / "rare.csv"
    path.write_bytes("编号,姓名\n1,吉𠮷\n".encode("gb18030"))
    assert read_ledger(path).rows[0].values == ["1", "吉𠮷"]


def test_csv_undecodable(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes("编号,姓名\n".encode("gbk") + b"\x80\xff,\xfe\n")
    with pytest.raises(LedgerError) as err:
        read_ledger(path)
    assert err.value.code == "encoding"
    assert err.value.file == str(path)


def test_csv_empty_and_unrelated(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n,,\r\n")
    with pytest.raises(LedgerError) as err:
        read_ledger(empty)
    assert err.value.code == "empty"
    unrelated = tmp_path / "unrelated.csv"
    unrelated.write_text("品名,单价,数量\n苹果,3,5\n", encoding="utf-8")
    with pytest.raises(LedgerError) as err:
        read_ledger(unrelated)
    assert err.value.code == "no_columns"


def test_csv_of_20000_rows_is_quick(tmp_path):
    lines = ["编号,信访人,身份证号,联系电话,住址,登记日期,主要诉求,承办单位,办结日期,办理结果"]
    lines += [
        f"XF{i:05d},张三{i % 97},360426199101010071,13812345678,某村,"
        "2017-07-03,诉求内容,某单位,2017.8.1,已办结"
        for i in range(20000)
    ]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    started = time.perf_counter()
    table = read_ledger(path)
    elapsed = time.perf_counter() - started
    assert len(table.rows) == 20000
    assert table.rows[-1].row_number == 20001
    assert elapsed < 2.0, f"reading 20,000 CSV rows took {elapsed:.2f} s"


# ---------------------------------------------------------------------------
# Files that are not ledgers
# ---------------------------------------------------------------------------


def _encrypted_office_file() -> bytes:
    """A minimal OLE compound file holding the two streams Excel writes for a
    password-protected .xlsx (EncryptionInfo, EncryptedPackage)."""
    end, fat_sect, free, none = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
    info = struct.pack("<HHI", 4, 4, 0x40) + bytes(4096 - 8)  # >= 4096: normal sectors
    package = os.urandom(4096)
    fat = [fat_sect, end] + list(range(3, 10)) + [end] + list(range(11, 18)) + [end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child=none, right=none) -> bytes:
        raw = (name + "\0").encode("utf-16-le") if name else b""
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            raw,
            len(raw),
            kind,
            1,
            none,
            right,
            child,
            bytes(16),
            0,
            0,
            0,
            start,
            size,
        )

    directory = (
        entry("Root Entry", 5, end, 0, child=1)
        + entry("EncryptionInfo", 2, 2, len(info), right=2)
        + entry("EncryptedPackage", 2, 10, len(package))
        + entry("", 0, 0, 0)
    )
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        bytes(16),
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        bytes(6),
        0,
        1,
        1,
        0,
        4096,
        end,
        0,
        end,
        0,
    ) + struct.pack("<109I", 0, *([free] * 108))
    assert len(header) == 512 and len(directory) == 512
    return header + struct.pack("<128I", *fat) + directory + info + package


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("random.xlsx", os.urandom(4096)),
        ("text.xlsx", "编号,姓名\n1,张三\n".encode()),
        ("empty.xlsx", b""),
        ("random.xls", os.urandom(4096)),
        ("random.ods", os.urandom(4096)),
        ("zip.xlsx", b"PK\x03\x04" + os.urandom(200)),
        ("password.xlsx", _encrypted_office_file()),
        ("notes.docx", b"PK\x03\x04"),
        ("ledger.txt", "编号,姓名\n1,张三\n".encode()),
        ("noext", b"abc"),
        ("binary.csv", b"\x00\x01\x02" + "编号".encode()),
    ],
)
def test_not_a_spreadsheet(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LedgerError) as err:
        read_ledger(path)
    # each cause has its own code: the password and the NUL bytes say so
    expected = {"password.xlsx": ("encrypted",), "binary.csv": ("csv_nul", "encoding")}
    assert err.value.code in expected.get(name, ("not_a_spreadsheet",))
    assert err.value.file == str(path)
    assert err.value.message
    assert path.name in str(err.value)


def test_password_protected_message(tmp_path):
    path = tmp_path / "password.xlsx"
    path.write_bytes(_encrypted_office_file())
    with pytest.raises(LedgerError) as err:
        read_ledger(path)
    assert err.value.code == "encrypted"
    assert "password" in err.value.message


def test_missing_file(tmp_path):
    with pytest.raises(LedgerError) as err:
        read_ledger(tmp_path / "missing.xlsx")
    assert err.value.code == "not_a_spreadsheet"


def test_empty_workbook_and_header_without_data(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "空表"
    path = tmp_path / "empty.xlsx"
    wb.save(path)
    with pytest.raises(LedgerError) as err:
        read_ledger(path)
    assert err.value.code == "empty"

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编号", "信访人", "身份证号"])
    ws.append([None, None, None])
    ws.append(["合计", None, None])
    ws.append(["填表说明：按要求填写"])
    path = tmp_path / "header_only.xlsx"
    wb.save(path)
    with pytest.raises(LedgerError) as err:
        read_ledger(path)
    assert err.value.code == "empty"


def test_unrelated_headers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["品名", "规格", "单价", "数量"])
    ws.append(["苹果", "一级", 3.5, 10])
    # One ledger word is not enough: a header needs a key field and another.
    ws2 = wb.create_sheet("名单")
    ws2.append(["姓名", "年龄"])
    ws2.append(["张三", 30])
    path = tmp_path / "goods.xlsx"
    wb.save(path)
    with pytest.raises(LedgerError) as err:
        read_ledger(path)
    assert err.value.code == "no_columns"


# ---------------------------------------------------------------------------
# Header matching
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("编号", "case_no"),
        ("信访件编号", "case_no"),
        ("信访人", "petitioner"),
        ("信访人姓名", "petitioner"),
        ("当事人姓名", "petitioner"),
        ("信访人身份证号", "id_number"),
        ("信访人身份证号码", "id_number"),
        ("身份证号码（18位）", "id_number"),
        ("信访人联系电话", "phones"),
        ("联系\n电话", "phones"),
        ("联 系 电 话", "phones"),
        ("联系电话（手机）", "phones"),
        ("手机号*", "phones"),
        ("信访人住址", "address"),
        ("村（社区）", "village"),
        ("村(社区)", "village"),
        ("所在村（居）", "village"),
        ("信访人数", "people_count"),
        ("诉求人数", "people_count"),
        ("信访人诉求", "demand"),
        ("包案领导姓名", "leader"),
        ("姓名＊", "petitioner"),
        ("姓名（必填）", "petitioner"),
        ("*编号", "case_no"),
        ("办结时间", "concluded_on"),
        ("来信来访日期", "registered_on"),
        ("转交办来源", "source_level"),
        ("答复意见", "conclusion"),
        ("ＩＤ", None),
        ("序号", None),
        ("备注", None),
        ("", None),
        (None, None),
        (TITLE, None),
    ],
)
def test_match_header(header, key):
    assert match_header(header) == key


def test_guess_mapping_prefers_exact_and_leftmost():
    headers = ["序号", "信访人", "姓名", "手机", "联系电话", "身份证", "公民身份号码"]
    mapping = guess_mapping(headers)
    # 信访人 and 姓名 are both exact petitioner synonyms: the leftmost wins.
    assert mapping["petitioner"] == 1
    # Both exact: the longer synonym is the better match.
    assert mapping["phones"] == 4
    assert mapping["id_number"] == 6
    assert list(mapping) == [k for k in FIELDS if k in mapping]
    assert guess_mapping([]) == {}
    assert guess_mapping([None, 3.0, date(2017, 1, 1)]) == {}


#: the ledger's fields as agreed (the import's mapping and the cases' JSON use these keys)
AGREED_FIELDS = [
    "case_no",
    "petitioner",
    "id_number",
    "phones",
    "address",
    "village",
    "channel",
    "source_level",
    "registered_on",
    "category",
    "demand",
    "handling_unit",
    "leader",
    "concluded_on",
    "conclusion",
    "people_count",
]


def test_fields_are_the_agreed_keys():
    assert list(FIELDS) == AGREED_FIELDS
    # Every synonym maps back to its own field.
    for key, synonyms in FIELDS.items():
        for synonym in synonyms:
            assert match_header(synonym) == key, synonym


def test_normalize_header_and_signature():
    assert normalize_header(" 村（社区）＊\n") == "村社区"
    assert normalize_header("姓名(必填)") == "姓名"
    assert normalize_header("ＡＢ") == "ab"
    assert normalize_header(12.0) == "12"
    table = LedgerTable("f", None, 1, ["编号", "姓名 "], {}, [], [])
    same = LedgerTable("g", "S", 3, ["编号", "姓名"], {}, [], [])
    other = LedgerTable("g", "S", 3, ["姓名", "编号"], {}, [], [])
    assert table.header_signature == same.header_signature != other.header_signature


def test_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]
    assert cell_ref(12, 3) == "D12"


# ---------------------------------------------------------------------------
# Property: no grid makes the reader raise anything but LedgerError
# ---------------------------------------------------------------------------

_HEADER_WORDS = [s for synonyms in FIELDS.values() for s in synonyms] + [
    "合计",
    "填表说明：",
    "制表人：",
    "序号",
]
_CELLS = st.one_of(
    st.none(),
    st.sampled_from(_HEADER_WORDS),
    st.text(
        alphabet=st.sampled_from(list("张三李四编号姓名 0123456789Xx.-年月日、，")), max_size=8
    ),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)),
    st.booleans(),
)


@given(
    st.lists(st.lists(_CELLS, min_size=1, max_size=5), min_size=0, max_size=7), st.integers(0, 3)
)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_grids_raise_only_ledger_errors(grid, top):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grid.xlsx"
        wb = openpyxl.Workbook()
        ws = wb.active
        for r, row in enumerate(grid, start=1 + top):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        wb.save(path)
        try:
            table = read_ledger(path)
        except LedgerError as err:
            assert err.code in (
                "not_a_spreadsheet",
                "empty",
                "no_columns",
                "encoding",
                "sheet_not_found",
            )
            return
        numbers = [r.row_number for r in table.rows]
        assert numbers == sorted(set(numbers))
        assert all(n > table.header_row for n in numbers)
        assert all(len(r.values) == len(table.headers) for r in table.rows)
        assert set(table.mapping.values()) | set(table.unmapped) <= set(range(len(table.headers)))


def test_superscript_digits_are_not_column_numbers(tmp_path):
    """Found by the importer's random rows: "¹" is a digit to str.isdigit()
    but not a number to int()."""
    path = tmp_path / "sup.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["编号", "信访人", "人数"])
    wb.active.append(["¹", "²", "³"])
    wb.active.append(["A-1", "张三", 1])
    wb.save(path)
    table = read_ledger(path)
    assert [r.row_number for r in table.rows] == [2, 3]
