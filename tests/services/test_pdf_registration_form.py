"""The registration form PDF: its words, its data, its fonts, its pages, its speed rules."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import Campaign, Target
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.forms_data import (
    FormCase,
    FormContact,
    FormData,
    FormVisit,
    blank_forms,
    form_data_for_targets,
    targets_in_route_order,
)
from rv_desktop.services.pdf import FontMissing
from rv_desktop.services.pdf.fonts import FONT_DIRS_ENV
from rv_desktop.services.pdf.registration_form import (
    FormRenderError,
    MissingCharacters,
    qr_modules,
    render_forms,
)
from rv_desktop.services.pdf.text import NO_END, NO_START, wrap_spans

LABELS = [
    "信访事项办理情况回访登记表",
    "信访件编号",
    "主要诉求",
    "办理结果",
    "回访方式",
    "上门走访",
    "电话回访",
    "原住地走访",
    "来访面谈",
    "本人",
    "亲属",
    "村（居）委会",
    "满意",
    "基本满意",
    "不满意",
    "联系不上",
    "已息诉罢访",
    "未息诉罢访",
    "三看",
    "拒绝签字",
    "回访人员（签字）",
]

LONG_DEMAND = (
    "信访人反映，其承包的2.5亩耕地于2019年被G320国道改扩建工程征用，"
    + "补偿款至今未足额发放，要求按照赣府字〔2019〕12号文件标准补足差额并支付利息。" * 12
    + "以上情况请予核实。END-OF-DEMAND"
)


# --- helpers -----------------------------------------------------------------------------


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdffonts(path: Path) -> list[list[str]]:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed (Debian: poppler-utils)")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


def dark_fraction(path: Path, page: int, tmp_path: Path) -> float:
    """The share of dark pixels of a page rendered by pdftoppm at 50 dpi."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (Debian: poppler-utils)")
    stem = tmp_path / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "50", "-f", str(page), "-l", str(page), "-singlefile",
         str(path), str(stem)],
        check=True,
    )  # fmt: skip
    data = Path(str(stem) + ".pgm").read_bytes()
    magic, width, height, maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and maxval == b"255"
    pixels = pixels[: int(width) * int(height)]
    return sum(1 for b in pixels if b < 128) / len(pixels)


def a_case(case_no: str = "QS2025-00001", **changes) -> FormCase:
    values = dict(
        case_no=case_no,
        petitioner="张㛃",
        target_id=1,
        id_number="360426199101010071",
        phones=("13812345678", "07928123456"),
        address="某某县青山镇石桥村3组12号",
        village="石桥村",
        source_level="中央交办",
        channel="来访",
        handling_unit="镇国土所",
        concluded_on=dt.date(2025, 6, 30),
        demand="要求补足征地补偿款。",
        conclusion="经核查，补偿按省定标准足额发放，已向信访人解释政策。",
        responsible_leader="李明辉",
        visitors=("黄丽华", "徐文斌"),
        planned_method="上门走访",
        due_on=dt.date(2026, 11, 20),
        campaign='2026年"千案回访"活动',
    )
    values.update(changes)
    return FormCase(**values)


def a_visit(**changes) -> FormVisit:
    values = dict(
        visited_at=dt.datetime(2026, 11, 3, 9, 30),
        method="home_visit",
        visitors="黄丽华、徐文斌",
        location="信访人家中",
        respondent="petitioner",
        conclusion_reasonable="yes",
        demands_solved="partly",
        opinions_carried_out="yes",
        satisfaction="basically_satisfied",
        settled=True,
        difficulties="家中老人长期患病，医疗费用负担重",
        help_given="协助申请医疗救助",
        help_by="镇民政办",
        opinions="希望多下基层",
        look_lawful=True,
        look_satisfied=True,
        look_opinions=True,
        recorded_by="曾小芳",
        recorded_on=dt.date(2026, 11, 4),
        signed_visitors=True,
        signed_petitioner="refused",
        contacts=(
            FormContact(dt.datetime(2026, 11, 2, 15, 0), "phone", "no_answer"),
            FormContact(dt.datetime(2026, 11, 3, 9, 0), "phone", "reached", "约定上门时间"),
        ),
    )
    values.update(changes)
    return FormVisit(**values)


def render(tmp_path, forms, mode="prefilled", name="forms.pdf", **kwargs):
    out = tmp_path / name
    result = render_forms(forms, out, mode, "青山镇", "青山镇信访办", **kwargs)
    assert result.path == out and out.exists()
    return result


# --- the three modes -----------------------------------------------------------------------


def test_prefilled_form_has_the_labels_and_the_case(fonts, tmp_path):
    result = render(tmp_path, [FormData(a_case())])
    assert (result.pages, result.forms, result.missing_characters) == (2, 1, {})
    text = compact("".join(pages_text(result.path)))
    for word in LABELS:
        assert compact(word) in text, word
    for value in ("QS2025-00001", "张㛃", "360426199101010071", "13812345678", "07928123456",
                  "某某县青山镇石桥村3组12号", "中央交办", "镇国土所", "2025年6月30日",
                  "要求补足征地补偿款", "已向信访人解释政策", "青山镇信访办", "第1页共2页",
                  "第2页共2页", "2026年\u201c千案回访\u201d活动", "第1次回访"):  # fmt: skip
        assert compact(value) in text, value
    assert "√" not in text  # nothing ticked on a form to fill by hand


def test_every_font_is_embedded_and_no_helvetica_sneaks_in(fonts, tmp_path):
    forms = [FormData(a_case(), a_visit())]
    for mode in ("prefilled", "filled", "blank"):
        result = render(tmp_path, forms, mode, name=f"{mode}.pdf")
        rows = pdffonts(result.path)
        assert rows, mode
        for row in rows:
            assert "Helvetica" not in row[0], row
            assert row[-5] == "yes", f"{mode}: font {row[0]} is not embedded"  # emb column


def test_pages_are_not_blank(fonts, tmp_path):
    result = render(tmp_path, [FormData(a_case())])
    share = dark_fraction(result.path, 1, tmp_path)
    assert 0.01 < share < 0.5  # a grid with text, not an empty (or black) page


def test_filled_form_ticks_the_chosen_boxes_and_writes_the_texts(fonts, tmp_path):
    result = render(tmp_path, [FormData(a_case(), a_visit())], "filled")
    text = "\n".join(pages_text(result.path))
    flat = compact(text)
    rows = [compact(line) for line in text.splitlines() if "基本满意" in line]
    assert "满意√基本满意不满意" in rows  # satisfaction; the unit's rating: none
    assert "满意基本满意不满意" in rows
    assert "√上门走访" in flat and "√电话回访" not in flat
    assert "√已息诉罢访" in flat and "√本人" in flat and "√拒绝签字" in flat
    assert re.search(r"√\s*部分", text)  # demands solved: partly
    for value in ("2026年11月3日9时30分", "家中老人长期患病", "协助申请医疗救助", "镇民政办",
                  "希望多下基层", "无人接听", "约定上门时间", "黄丽华、徐文斌",
                  "曾小芳", "2026年11月4日"):  # fmt: skip
        assert compact(value) in flat, value
    assert "张㛃" in flat  # the respondent is the petitioner: named


def test_filled_mode_without_a_record_prints_the_form_to_fill_by_hand(fonts, tmp_path):
    result = render(tmp_path, [FormData(a_case(), None)], "filled")
    flat = compact("".join(pages_text(result.path)))
    assert "√" not in flat and "QS2025-00001" in flat and "了解到的情况" in flat


def test_blank_form_has_the_labels_but_no_case(fonts, tmp_path):
    result = render(tmp_path, blank_forms(2), "blank")
    texts = pages_text(result.path)
    assert result.pages == 4
    flat = compact(texts[0] + texts[1])
    for word in LABELS:
        assert compact(word) in flat, word
    assert "QS20" not in flat and "编号：" in flat and "第1页共2页" in flat
    # a prefilled batch printed blank leaves the case out too
    again = render(tmp_path, [FormData(a_case())], "blank", name="again.pdf")
    assert "QS2025-00001" not in compact(pages_text(again.path)[0])


# --- long texts -----------------------------------------------------------------------------


def test_a_long_demand_continues_on_a_third_page_with_title_and_case_number(fonts, tmp_path):
    """ "no form spills onto a continuation page that is nearly empty ... fit to one
    page or to exactly two": the form is one sheet; a huge text continues on a
    second sheet (pages 3 and 4), never on a lone page."""
    result = render(tmp_path, [FormData(a_case(demand=LONG_DEMAND))])
    assert result.pages == 4
    first, _, second, fourth = (compact(t) for t in pages_text(result.path))
    assert "续见第3页" in first and "第1页共4页" in first
    assert "信访事项办理情况回访登记表（续页）" in second
    assert "QS2025-00001" in second and "第3页共4页" in second
    assert "主要诉求（续）" in second and "END-OF-DEMAND" in second
    assert "以下空白" in second + fourth and "第4页共4页" in fourth
    # nothing lost, nothing doubled: the demand reads whole across the two pages
    body = first.split("主要诉求", 2)[-1] + second
    assert compact(LONG_DEMAND)[:40] in first
    assert body.count("以上情况请予核实") == 1


def test_a_long_conclusion_in_filled_mode_also_continues(fonts, tmp_path):
    visit = a_visit(opinions="意见" * 400)
    case = a_case(conclusion=LONG_DEMAND.replace("END-OF-DEMAND", "END-OF-CONCLUSION"))
    result = render(tmp_path, [FormData(case, visit)], "filled")
    assert result.pages >= 2
    rest = compact("".join(pages_text(result.path)[1:]))
    assert "办理结果（续）" in rest and "END-OF-CONCLUSION" in rest and "意见建议（续）" in rest


def test_wrapping_keeps_chinese_punctuation_and_latin_words_in_place():
    text = (
        "信访人称：“补偿款（共计40200元）未到位”，要求G320国道项目部书面答复。"
        "Reply-by-2026.12.31 please。"
    )

    def measure(s: str) -> float:
        return sum(0.5 if ch.isascii() else 1.0 for ch in s)

    for width in (5, 7, 9, 12):
        spans = wrap_spans(text, width, measure)
        lines = [text[s:e] for s, e in spans]
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert measure(line) <= width + 1e-9, (width, line)
        for a, b in zip(lines, lines[1:], strict=False):
            assert b[:1] not in NO_START, (width, a, b)
            assert a[-1:] not in NO_END, (width, a, b)
        for word in ("40200", "G320", "Reply-by-2026.12.31"):
            if measure(word) <= width:  # a word wider than the line is split, others never
                assert any(word in line for line in lines), (width, word)
    assert wrap_spans("甲\n\n乙", 10, measure) == [(0, 1), (2, 2), (3, 4)]


# --- rare characters ---------------------------------------------------------------------


def test_characters_the_font_lacks_are_reported_before_writing(fonts, tmp_path):
    out = tmp_path / "rare.pdf"
    forms = [FormData(a_case("QS2025-00007", petitioner="王𠀀")), FormData(a_case())]
    with pytest.raises(MissingCharacters) as caught:
        render_forms(forms, out, "prefilled", "青山镇", "青山镇信访办")
    assert caught.value.code == "missing_characters"
    assert caught.value.missing == {"QS2025-00007": {"𠀀"}}
    assert "𠀀" in str(caught.value)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_printing_anyway_leaves_a_gap_to_write_in_not_a_box(fonts, tmp_path):
    forms = [FormData(a_case("QS2025-00007", petitioner="王𠀀"))]
    result = render(tmp_path, forms, allow_missing=True)
    assert result.missing_characters == {"QS2025-00007": {"𠀀"}}
    flat = compact(pages_text(result.path)[0])
    assert "王＿" in flat and "𠀀" not in flat


def test_no_font_means_no_file(tmp_path, monkeypatch):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setenv(FONT_DIRS_ENV, str(empty))
    out = tmp_path / "x.pdf"
    with pytest.raises(FontMissing):
        render_forms([FormData(a_case())], out, "prefilled", "青山镇", "青山镇信访办")
    assert not out.exists()


# --- batches, progress, cancel --------------------------------------------------------------


def test_cancel_leaves_nothing_and_progress_reaches_the_end(fonts, tmp_path):
    out = tmp_path / "forms.pdf"
    forms = [FormData(a_case(f"QS2025-{i:05d}")) for i in range(60)]
    with pytest.raises(FormRenderError) as caught:
        render_forms(forms, out, "prefilled", cancelled=lambda: True)
    assert caught.value.code == "cancelled"
    assert list(tmp_path.iterdir()) == []
    seen = []
    result = render_forms(forms, out, "prefilled", progress=lambda d, t: seen.append((d, t)))
    assert result.pages == 120 and seen[-1] == (60, 60)
    assert [p.name for p in tmp_path.iterdir()] == ["forms.pdf"]
    with pytest.raises(FormRenderError):
        render_forms([], out, "prefilled")


def test_a_batch_of_one_village_prints_in_route_order(fonts, tmp_path):
    db_path = tmp_path / "demo.sqlite"
    create_demo_database(db_path, cases=600)
    dbmod.open_database(db_path, actor="tester")
    try:
        campaign = Campaign.get(Campaign.is_current == True)  # noqa: E712
        everyone = targets_in_route_order(campaign.id)
        village = Target.get_by_id(everyone[0]).case.petitioner.village
        ids = targets_in_route_order(campaign.id, village=village)[:3]
        assert len(ids) == 3
        forms = form_data_for_targets(ids)
    finally:
        dbmod.close_database()
    result = render(tmp_path, forms)
    firsts = [compact(t) for t in pages_text(result.path) if "第1页共" in compact(t)]
    assert len(firsts) == 3
    for form, text in zip(forms, firsts, strict=True):
        assert form.case_no in text and compact(form.case.petitioner) in text
    addresses = [f.case.address for f in forms]
    assert addresses == sorted(addresses) and {f.case.village for f in forms} == {village}


def test_the_qr_code_is_a_valid_symbol_of_the_case_number():
    modules = qr_modules("QS2025-00262")
    assert len(modules) == 21 and all(len(row) == 21 for row in modules)  # version 1
    finder = [row[:7] for row in modules[:7]]
    assert finder[0] == [True] * 7 and finder[1] == [True] + [False] * 5 + [True]
    assert finder[3][2:5] == [True] * 3
    assert len(qr_modules("青信2025-001")) >= 21  # non-ASCII numbers go as UTF-8 bytes


def test_size_stays_small_for_a_batch(fonts, tmp_path):
    forms = [FormData(a_case(f"QS2025-{i:05d}")) for i in range(100)]
    result = render(tmp_path, forms)
    assert result.pages == 200
    assert result.path.stat().st_size < 200 * 3 * 1024 + 400 * 1024  # < 3 KB a page + fonts


def test_a_font_without_the_tick_glyph_gets_a_drawn_tick(fonts, tmp_path, monkeypatch):
    from rv_desktop.services.pdf.text import Pen

    monkeypatch.setattr(Pen, "has", lambda self, ch: False)
    result = render(tmp_path, [FormData(a_case(), a_visit())], "filled")
    flat = compact("".join(pages_text(result.path)))
    assert "√" not in flat and "基本满意" in flat
    assert dark_fraction(result.path, 1, tmp_path) > 0.01
