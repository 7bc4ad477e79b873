"""Printed tables: landscape, grouped header rows on every page, wrapped Chinese, page x of y."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from rv_desktop.services.pdf.registration_form import MissingCharacters
from rv_desktop.services.pdf.tables import render_table

from .test_pdf_registration_form import pdffonts

HEADER = [
    ["序号", "案件信息", "", "", "回访结果", "", ""],
    ["", "信访件编号", "信访人", "主要诉求", "回访方式", "满意度", "是否息诉罢访"],
]
SPANS = [((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (6, 0))]


def rows(n: int, demand: str = "要求补足征地补偿款，并书面答复处理意见。") -> list[list]:
    return [
        [i, f"QS2025-{i:05d}", "张㛃", demand, "上门走访", "满意", "是"] for i in range(1, n + 1)
    ]


def test_header_rows_repeat_on_every_landscape_page(fonts, tmp_path):
    out = tmp_path / "summary.pdf"
    result = render_table(
        '2026年"千案回访"活动汇总表',
        "填报单位：青山镇信访办    共 120 件",
        HEADER,
        SPANS,
        rows(120, "要求补足征地补偿款，" * 8 + "END"),
        out,
        footnote="注：满意度按回访登记表填写。",
    )
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) > 2 and result.rows == 120
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    texts = [re.sub(r"\s+", "", p.extract_text()) for p in reader.pages]
    # straight quotes the clerk typed around Chinese print as “ ”
    assert "2026年“千案回访”活动汇总表" in texts[0]
    for n, text in enumerate(texts, start=1):
        for word in ("案件信息", "回访结果", "信访件编号", "是否息诉罢访"):
            assert word in text, (n, word)
        assert f"第{n}页共{result.pages}页" in text
    everything = "".join(texts)
    assert all(f"QS2025-{i:05d}" in everything for i in (1, 60, 120))
    assert everything.count("END") == 120  # long demands wrap inside their cells, whole
    assert "满意度按回访登记表填写" in texts[-1]
    for row in pdffonts(out):
        assert row[-5] == "yes" and "Helvetica" not in row[0], row


def test_portrait_tables_and_given_widths(fonts, tmp_path):
    out = tmp_path / "stats.pdf"
    result = render_table(
        "回访情况反馈统计表", None, [["项目", "数量"]], [], [["满意", 3], ["基本满意", 1.5]],
        out, landscape=False, col_widths=[120, 60],
    )  # fmt: skip
    page = PdfReader(out).pages[0]
    assert result.pages == 1 and page.mediabox.width < page.mediabox.height
    text = re.sub(r"\s+", "", page.extract_text())
    assert "基本满意1.5" in text and "满意3" in text


def test_missing_characters_in_a_table(fonts, tmp_path):
    out = tmp_path / "t.pdf"
    with pytest.raises(MissingCharacters) as caught:
        render_table("表", None, [["信访人"]], [], [["王𠀀"]], out)
    assert caught.value.missing == {"王𠀀": {"𠀀"}} and not out.exists()
    result = render_table("表", None, [["信访人"]], [], [["王𠀀"]], out, allow_missing=True)
    assert result.missing_characters == {"王𠀀": {"𠀀"}}
    assert "王＿" in PdfReader(out).pages[0].extract_text()


def test_long_table_is_cut_into_full_pages(fonts, tmp_path):
    """Above a few hundred rows the table is laid out one page at a time: every row
    once, in order, the header on every page, every page but the last full."""
    out = tmp_path / "long.pdf"
    data = rows(400)
    for i in range(0, 400, 7):  # some rows wrap to two or three lines
        data[i][3] = "要求补足征地补偿款，并书面答复处理意见。" * (1 + i % 3)
    result = render_table(
        "汇总表", "共 400 件", HEADER, SPANS, data, out, footnote="注：满意度按回访登记表填写。"
    )
    reader = PdfReader(out)
    texts = [p.extract_text() for p in reader.pages]
    assert result.pages == len(texts) > 5
    numbers = [int(n) for t in texts for n in re.findall(r"QS2025-(\d{5})", t)]
    assert numbers == list(range(1, 401))
    assert all("信访件编号" in t for t in texts)
    per_page = [len(re.findall(r"QS2025-", t)) for t in texts]
    assert min(per_page[:-1]) >= 0.6 * max(per_page), per_page  # no page left nearly empty
    assert "注：满意度" in texts[-1]
