"""The task assignment table (回访任务分配表), read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from openpyxl import load_workbook

from rv_desktop.domain import db as dbmod
from rv_desktop.domain import tasks as tk
from rv_desktop.domain.models import AuditRecord, Campaign, Setting, Target
from rv_desktop.services.assignment_table import AssignmentTableError, export_assignment_table

from .. import factories

D = dt.date
TODAY = D(2026, 11, 1)
HEADERS = [
    "序号",
    "信访件编号",
    "信访人",
    "所在村（社区）",
    "交办来源",
    "问题类别",
    "承办单位",
    "包案领导",
    "回访人员",
    "参与单位",
    "回访方式",
    "完成时限",
    "状态",
]


@pytest.fixture
def campaign(database):
    Setting.create(key="office_name", value="青山镇信访办")
    campaign = factories.campaign(
        '2026年"千案回访"活动', impl_start=D(2026, 10, 21), impl_end=D(2026, 11, 20)
    )
    unit = factories.unit("镇国土所")
    leader = factories.staff("陈志强", "leader")
    v1 = factories.staff("黄丽华")
    v2 = factories.staff("徐文斌")
    targets = []
    for i, (case_no, village) in enumerate(
        [("0012", "石桥村"), ("QS2018-00002", "青山村"), ("QS2018-00003", "青山村")], start=1
    ):
        person = {"village": village, "id_number": None, "phones": "13812345678"}
        case = factories.case(
            case_no,
            f"张{i}",
            person,
            source_level="central" if i < 3 else "provincial",
            category="土地征收",
            handling_unit=unit,
        )
        targets.append(factories.target(campaign, case).id)
    tk.assign_tasks(
        targets[:2],
        leader_id=leader.id,
        visitor_ids=[v1.id, v2.id],
        method="home_visit",
        due_on=D(2026, 11, 10),
        today=TODAY,
    )
    tk.add_handling_unit(targets[:1])
    return campaign


def test_export_reads_back(campaign, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "分配表.xlsx"
    assert export_assignment_table(out, campaign, today=TODAY) == out
    assert [p.name for p in folder.iterdir()] == ["分配表.xlsx"]  # no temp files left
    wb = load_workbook(out)
    ws = wb.active
    assert ws.title == "回访任务分配表"
    assert ws["A1"].value == '2026年"千案回访"活动回访任务分配表'
    assert ws["A1"].font.bold
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:M1", "A2:M2", "A3:A4", "B3:G3", "H3:M3"} <= merged
    assert "青山镇信访办" in ws["A2"].value and "2026年11月1日" in ws["A2"].value
    assert "共 3 件" in ws["A2"].value
    assert (ws["A3"].value, ws["B3"].value, ws["H3"].value) == ("序号", "案件信息", "任务分配")
    assert [ws.cell(4, c).value for c in range(2, 14)] == HEADERS[1:]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_row=ws.max_row)]
    assert rows == [
        [
            1,
            "0012",
            "张1",
            "石桥村",
            "中央交办",
            "土地征收",
            "镇国土所",
            "陈志强",
            "徐文斌、黄丽华",
            "镇国土所",
            "上门走访",
            dt.datetime(2026, 11, 10),
            "已分配",
        ],
        [
            2,
            "QS2018-00002",
            "张2",
            "青山村",
            "中央交办",
            "土地征收",
            "镇国土所",
            "陈志强",
            "徐文斌、黄丽华",
            None,
            "上门走访",
            dt.datetime(2026, 11, 10),
            "已分配",
        ],
        [3, "QS2018-00003", "张3", "青山村", "省交办", "土地征收", "镇国土所"]
        + [None] * 5
        + ["未分配"],
    ]
    # the case number stays text (a leading zero survives), the date is a date
    assert ws["B5"].data_type == "s" and ws["B5"].number_format == "@"
    assert ws["L5"].is_date and "年" in ws["L5"].number_format
    for ref in ("A5", "M7", "B4", "H3"):
        assert ws[ref].border.left.style == "thin" and ws[ref].border.bottom.style == "thin"
    # printing: A4 landscape, fitted to the width, the header repeated on every page
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.print_title_rows == "$3:$4"
    assert "&P" in ws.oddFooter.center.text
    assert ws.freeze_panes == "C5"
    record = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    assert (record.action, record.table_name) == ("export", "target")
    assert "分配表.xlsx" in record.note and '"count": 3' in record.note


def test_export_given_cards_once_each_with_english_labels(campaign, tmp_path):
    cards = tk.board(campaign, group_by="visitor", today=TODAY)  # two cards under two visitors
    assert len(cards) == 5
    out = export_assignment_table(
        tmp_path / "a.xlsx",
        cards=cards,
        headers={"case_no": "Case no."},
        labels={"title": "Task assignments of {campaign}", "status.assigned": "assigned"},
        today=TODAY,
    )
    ws = load_workbook(out).active
    assert ws["A1"].value == 'Task assignments of 2026年"千案回访"活动'
    assert ws["B4"].value == "Case no."
    assert [ws.cell(r, 2).value for r in range(5, ws.max_row + 1)] == [
        c.case_no for c in cards if c.group == ""
    ] + ["0012", "QS2018-00002"]
    assert ws["M6"].value == "assigned"


def test_unwritable_target_refused(campaign, tmp_path):
    folder = tmp_path / "out"
    (folder / "a.xlsx").mkdir(parents=True)  # a folder where the file should go
    (folder / "a.xlsx" / "keep.txt").write_text("the clerk's file")
    with pytest.raises(AssignmentTableError) as info:
        export_assignment_table(folder / "a.xlsx", campaign, today=TODAY)
    assert info.value.code == "export_failed" and "a.xlsx" in str(info.value)
    with pytest.raises(AssignmentTableError):
        export_assignment_table(tmp_path / "missing" / "b.xlsx", campaign, today=TODAY)
    assert [p.name for p in folder.iterdir()] == ["a.xlsx"]  # no temporary file left
    assert (folder / "a.xlsx" / "keep.txt").read_text() == "the clerk's file"


def test_no_current_campaign(database, tmp_path):
    from rv_desktop.domain.campaigns import CampaignError

    with pytest.raises(CampaignError):
        export_assignment_table(tmp_path / "a.xlsx")


def test_thousands_of_targets_in_reasonable_time(tmp_path):
    from rv_desktop.services.demo import create_demo_database

    path = tmp_path / "demo.sqlite"
    create_demo_database(path, cases=20000)
    dbmod.open_database(path, actor="tester")
    try:
        campaign = Campaign.get(Campaign.is_current == True)  # noqa: E712
        start = time.perf_counter()
        out = export_assignment_table(tmp_path / "big.xlsx", campaign, today=D(2026, 11, 28))
        seconds = time.perf_counter() - start
        targets = Target.select().where(Target.included == True).count()  # noqa: E712
    finally:
        dbmod.close_database()
    assert targets > 4000
    assert seconds < 10, seconds  # ~0.5 s on an idle machine
    wb = load_workbook(out, read_only=True)
    ws = wb.active
    assert ws.max_row == 4 + targets
    (last,) = ws.iter_rows(min_row=ws.max_row, max_row=ws.max_row, values_only=True)
    assert last[0] == targets
    wb.close()
