"""The list of open follow-up items as xlsx, read back with openpyxl."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from rv_desktop.domain import visits as vs
from rv_desktop.domain.models import AuditRecord
from rv_desktop.services.followup_export import export_followups_xlsx

from ..domain.test_followups import items as items  # noqa: F401 - the shared fixtures
from ..domain.test_visits import TODAY
from ..domain.test_visits import world as world  # noqa: F401


def test_open_items_overdue_first_in_the_countys_style(world, items, tmp_path):
    # the world's office is 青山镇信访办 (factories.office)
    out = export_followups_xlsx(tmp_path / "跟踪事项.xlsx", today=TODAY)
    ws = load_workbook(out).active
    assert ws.title == "跟踪事项"
    assert ws["A1"].value == "2026年千案回访跟踪事项清单"
    assert "青山镇信访办" in ws["A2"].value and "未办结 4 项，其中逾期 1 项" in ws["A2"].value
    assert [ws.cell(3, c).value for c in (1, 2, 6)] == ["序号", "案件信息", "跟踪事项"]
    assert [ws.cell(4, c).value for c in range(2, 12)] == [
        "信访件编号", "信访人", "所在村（社区）", "承办单位", "类别", "事由", "措施", "责任人", "完成时限",
        "状态",
    ]  # fmt: skip
    body = [[ws.cell(r, c).value for c in range(1, 12)] for r in range(5, 9)]
    assert [(b[0], b[1], b[5], b[10]) for b in body] == [
        (1, "K02", "跟踪回访", "逾期1天"),
        (2, "K01", "督办整改", "未办结"),
        (3, "K01", "跟踪回访", "未办结"),
        (4, "K02", "帮扶事项", "未办结"),
    ]
    rework = body[1]
    assert rework[2] == "信访人1" and rework[4] == "镇国土所" and rework[8] == "镇国土所"
    assert rework[6] == "认为补偿标准偏低" and rework[7] == "包案领导再次约访"
    assert rework[9] == dt.datetime(2026, 12, 5)  # a real date, shown as 2026年12月5日
    assert ws.cell(6, 10).number_format == 'yyyy"年"m"月"d"日"'
    assert ws.cell(6, 2).number_format == "@"
    assert ws.cell(9, 2).value is None  # the closed item is not on the list
    assert ws.cell(6, 2).border.left.style == "thin"
    assert ws.print_title_rows == "$3:$4"
    assert ws.page_setup.orientation == "landscape"
    note = AuditRecord.select().where(AuditRecord.action == "export").get().note
    assert '"followups"' in note and '"count": 4' in note


def test_one_kind_only(world, items, tmp_path):
    out = export_followups_xlsx(tmp_path / "help.xlsx", kind="help", today=TODAY)
    ws = load_workbook(out).active
    assert ws.cell(5, 2).value == "K02" and ws.cell(5, 6).value == "帮扶事项"
    assert ws.cell(6, 2).value is None
    vs.close_followup(items["k2"].help_id, "已协调", TODAY, TODAY)
    out = export_followups_xlsx(tmp_path / "help.xlsx", kind="help", today=TODAY)
    assert load_workbook(out).active.cell(5, 2).value is None
