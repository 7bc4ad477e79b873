"""The campaign plan (实施方案) as a document, and Chinese quotes on paper.

"The campaign plan (实施方案) printed by print --document plan is a real
document, not a key/value table: it follows the seed plan's own order and
headings (指导思想, 工作目标, 组织领导, 活动时间, the three stages with their
dates and, inside the implementation stage, 回访对象 with the screening criteria
and exclusions, 回访内容 with the five points, 回访方式 with the method rules;
工作要求 and the report deadline), filled from the campaign."
"Chinese typography: “ ” for quotes (2026年“千案回访”活动, not ASCII "), in the
defaults and, on print, for straight quotes around Chinese text in names the
clerk typed; ... one date style per document (2026年12月7日 on paper)."
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.plan import plan_document, plan_problems
from rv_desktop.domain.typography import chinese_quotes
from rv_desktop.services.demo import create_demo_database

from ..conftest import run_cli

ORDER = [
    "一、指导思想",
    "二、工作目标",
    "三、组织领导",
    "四、活动时间和方法步骤",
    "（一）准备阶段",
    "确定回访对象",
    "（二）实施阶段",
    "回访内容",
    "回访方式",
    "（三）总结阶段",
    "五、工作要求",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("p") / "demo.sqlite", cases=300).path


def test_the_plan_data_follows_its_schema():
    assert plan_problems() == []
    assert plan_problems({"title": "x", "block": [{"kind": "poem", "zh": ""}], "words": {}})


def test_the_plan_follows_the_seed_plans_order_filled_from_the_campaign(demo):
    dbmod.open_database(demo)
    try:
        plan = plan_document(today=dt.date(2026, 12, 7))
    finally:
        dbmod.close_database()
    text = plan.text
    positions = [text.find(heading) for heading in ORDER]
    assert -1 not in positions and positions == sorted(positions), positions
    assert plan.title == "青山镇2026年“千案回访”活动实施方案"
    # the stages with their dates, the report deadline, the leading group
    assert re.search(
        r"（一）准备阶段（\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日）", text
    )
    assert re.search(r"于\d{4}年\d{1,2}月\d{1,2}日前报某某县“千案回访”活动办公室", text)
    assert "任组长" in text and "____" not in text
    # 回访对象: the criteria, the exclusions, the counts
    targets = next(b.text for b in plan.blocks if "确定回访对象" in b.text)
    assert "中央交办、省交办" in targets
    assert "涉众、政策性强、易反复的案件除外" in targets
    assert re.search(r"共确定回访对象\d+件，其中中央交办\d+件、省交办\d+件", targets)
    # 回访内容: the five points
    content = next(b.text for b in plan.blocks if "回访内容" in b.text)
    for point in ("是否属实合理", "合理诉求", "是否满意", "实际困难", "意见和建议"):
        assert point in content
    # one date style: no ISO dates on paper
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert plan.blocks[-1].text == "2026年12月7日"


def test_unknown_facts_print_as_blanks_to_fill(database):
    from rv_desktop.domain.campaigns import ensure_campaign

    ensure_campaign('2027年"千案回访"活动')
    plan = plan_document('2027年"千案回访"活动')
    assert "（一）准备阶段（____年__月__日至____年__月__日）" in plan.text


def test_print_plan_is_a_document(demo, tmp_path):
    out = tmp_path / "plan.pdf"
    result = run_cli("print", "--db", str(demo), "--document", "plan", "--out", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))
    positions = [text.find(heading) for heading in ORDER]
    assert -1 not in positions and positions == sorted(positions)
    assert "项目内容" not in text  # no key/value table any more
    assert len(reader.pages) >= 2 and "第1页共" in text


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ('2026年"千案回访"活动', "2026年“千案回访”活动"),
        ("县'三看'要求", "县‘三看’要求"),
        ('He said "hello"', 'He said "hello"'),
        ('一个"未配对', '一个"未配对'),
        ("2026年“千案回访”活动", "2026年“千案回访”活动"),
    ],
)
def test_chinese_quotes(typed, printed):
    assert chinese_quotes(typed) == printed


def test_straight_quotes_print_curly(database, tmp_path):
    from rv_desktop.services.pdf import render_table

    out = tmp_path / "t.pdf"
    render_table('2026年"千案回访"活动汇总表', None, [["名称"]], [], [['村"两委"']], out,
                 allow_missing=True)  # fmt: skip
    text = PdfReader(out).pages[0].extract_text()
    assert "“千案回访”" in text and "“两委”" in text and '"' not in text


def test_the_edited_plan_is_kept_and_prints_in_the_same_layout(demo):
    from rv_desktop.domain.plan_text import (
        document_from_text,
        plan_as_text,
        save_plan_text,
        saved_plan_text,
    )

    dbmod.open_database(demo)
    try:
        draft = plan_document()  # dated today, as the draft save_plan_text compares with
        text = plan_as_text(draft)
        assert document_from_text(text) == draft  # the kinds of lines read back
        assert save_plan_text(None, text) is None  # the draft itself is not pinned
        edited = text.replace("二、工作目标", "二、工作目标\n另加的一段。")
        assert save_plan_text(None, edited) == edited.strip()
        plan = plan_document()
        assert saved_plan_text() == edited.strip()
        kinds = {b.text: b.kind for b in plan.blocks}
        assert kinds["另加的一段。"] == "para" and kinds["二、工作目标"] == "heading"
        assert save_plan_text(None, "") is None and saved_plan_text() is None
    finally:
        dbmod.close_database()


def test_the_office_and_date_never_stand_alone_on_a_page(tmp_path):
    from rv_desktop.services.pdf import find_fonts
    from rv_desktop.services.pdf.document import _layout
    from rv_desktop.services.pdf.text import Pen

    fonts = find_fonts()
    pen = Pen(None, fonts.body, fonts.title)
    for n in range(20, 70):
        blocks = [("para", f"第{i}段，一行字。") for i in range(n)]
        blocks += [("signature", "青山镇信访办"), ("signature", "2026年12月7日")]
        pages = _layout(pen, "标题", blocks)
        assert any(line[4] != "right" for line in pages[-1]), n
        assert all(len(page) > 0 for page in pages)
