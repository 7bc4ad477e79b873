"""The case list exported to xlsx: text IDs, real dates, masks, print setup, audit."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from rv_desktop.domain.cases import CaseRow
from rv_desktop.domain.models import AuditRecord
from rv_desktop.domain.normalize import id_check_char
from rv_desktop.services.case_export import CaseExportError, export_cases

ID = "36042619850312003" + id_check_char("36042619850312003")


def row(i: int, **extra) -> CaseRow:
    values = dict(
        id=i,
        case_no=f"XF-{i:04d}",
        petitioner="张三",
        petitioner_id=i,
        id_number=ID,
        phones=["13812345678", "07921234567"],
        address="某某县青山镇石桥村三组12号",
        village="石桥村",
        channel="visit",
        source_level="central",
        registered_on=dt.date(2018, 3, 1),
        category="土地征收",
        demand="要求解决宅基地纠纷 & <补偿>\n第二行",
        handling_unit="镇国土所",
        leader="王镇长",
        concluded_on=dt.date(2018, 5, 2),
        conclusion="已依法答复。",
        people_count=3,
        settled=True,
    )
    values.update(extra)
    return CaseRow(**values)


def _cells(ws, r: int) -> dict:
    header = [c.value for c in ws[3]]
    return {h: c for h, c in zip(header, ws[r], strict=False)}


def test_revealed_export_keeps_ids_as_text_and_dates_as_dates(database, tmp_path):
    out = export_cases(
        [row(1), row(2, id_number=None, phones=[], registered_on=None, channel=None)],
        tmp_path / "cases.xlsx",
        reveal=True,
    )
    wb = load_workbook(out)
    ws = wb.active
    assert ws["A1"].value == "信访事项台账"
    assert "A1:Q1" in {str(r) for r in ws.merged_cells.ranges}
    assert "导出时间" in ws["A2"].value and "共 2 件" in ws["A2"].value
    assert [c.value for c in ws[3]][:4] == ["信访件编号", "信访人", "身份证号", "联系电话"]
    assert ws["A3"].font.b and ws["A3"].border.bottom.style == "thin"
    first = _cells(ws, 4)
    assert first["身份证号"].value == ID and first["身份证号"].data_type == "s"
    assert first["身份证号"].number_format == "@"
    assert first["联系电话"].value == "13812345678、07921234567"
    assert first["住址"].value == "某某县青山镇石桥村三组12号"
    assert first["登记日期"].value == dt.datetime(2018, 3, 1)
    assert first["登记日期"].number_format == "yyyy-mm-dd"
    assert first["办结日期"].value.date() == dt.date(2018, 5, 2)
    assert first["交办来源"].value == "中央交办" and first["信访形式"].value == "来访"
    assert first["主要诉求"].value == "要求解决宅基地纠纷 & <补偿>\n第二行"
    assert first["主要诉求"].alignment.wrap_text
    assert ws.row_dimensions[4].height == 29  # two lines of wrapped text
    assert first["人数"].value == 3 and first["息诉罢访"].value == "是"
    assert first["信访件编号"].border.left.style == "thin"
    second = _cells(ws, 5)
    assert second["身份证号"].value is None and second["登记日期"].value is None
    assert ws.max_row == 5
    record = AuditRecord.select().where(AuditRecord.action == "export").get()
    assert record.actor == "tester"
    assert json.loads(record.note) == {
        "count": 2,
        "file": "cases.xlsx",
        "format": "xlsx",
        "revealed": True,
    }


def test_masked_export_hides_personal_data(database, tmp_path):
    out = export_cases([row(1)], tmp_path / "masked.xlsx", reveal=False)
    ws = load_workbook(out).active
    first = _cells(ws, 4)
    assert first["身份证号"].value == ID[:6] + "********" + ID[-4:]
    assert first["联系电话"].value == "138****5678、0792***4567"
    assert first["住址"].value == "某某县青山镇****"
    assert "脱敏" in ws["A2"].value
    note = json.loads(AuditRecord.get(AuditRecord.action == "export").note)
    assert note["revealed"] is False


def test_print_setup_and_frozen_header(database, tmp_path):
    out = export_cases([row(i) for i in range(3)], tmp_path / "print.xlsx", reveal=False)
    ws = load_workbook(out).active
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.print_title_rows == "$3:$3"
    assert ws.freeze_panes == "A4"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["C"].width > 18  # an 18-character ID fits
    assert "&P" in ws.oddFooter.center.text


def test_translated_headers_labels_and_columns(database, tmp_path):
    out = export_cases(
        iter([row(1)]),
        tmp_path / "en.xlsx",
        reveal=True,
        headers={"case_no": "Case number", "source_level": "Source level"},
        labels={"title": "Case register", "source_level.central": "Central"},
        columns=["case_no", "source_level", "concluded_on"],
    )
    ws = load_workbook(out).active
    assert ws.title == "Case register"
    assert [c.value for c in ws[3]] == ["Case number", "Source level", "办结日期"]
    assert [c.value for c in ws[4]][:2] == ["XF-0001", "Central"]
    assert "A1:C1" in {str(r) for r in ws.merged_cells.ranges}


def test_progress_cancel_and_no_partial_file(database, tmp_path):
    seen = []
    rows = [row(i) for i in range(2500)]
    out = export_cases(
        rows, tmp_path / "big.xlsx", reveal=False, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (2500, 2500) and (1000, 2500) in seen
    assert load_workbook(out, read_only=True).active.max_row == 2503
    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(CaseExportError) as info:
        export_cases(rows, target, reveal=False, cancelled=lambda: True)
    assert info.value.code == "cancelled"
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == ["big.xlsx"]
