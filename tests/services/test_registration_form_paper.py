"""The paper says everything the screen asks, in the same words (issue 15).

"every field the form window asks for is printed on the paper form, and the
other way round ... compare what the clerk sees"; "The printed form shows
which visit it is (第N次回访) and marks a key case (重点)"; "no form spills
onto a continuation page that is nearly empty ... fit to one page or to
exactly two"; "no line starting with ，。、）or ending with （, one date style
per document (2026年12月7日 on paper)".
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain import visit_fields
from rv_desktop.domain.models import Campaign
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.forms_data import (
    FormContact,
    FormData,
    form_data_for_targets,
    targets_in_route_order,
)
from rv_desktop.services.pdf import form_words
from rv_desktop.services.pdf.form_blocks import ContactsTable
from rv_desktop.services.pdf.form_layout import Layout
from rv_desktop.services.pdf.registration_form import render_forms

from .test_pdf_registration_form import a_case, a_visit

PAPER = [f for f in visit_fields.fields() if f.paper]


def pdftotext(path: Path, *args: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian: poppler-utils)")
    out = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return out.stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def demo_forms(tmp_path_factory):
    """The demo's forms, prefilled and filled, as the CLI prints them."""
    folder = tmp_path_factory.mktemp("paper-demo")
    create_demo_database(folder / "demo.sqlite")
    dbmod.open_database(folder / "demo.sqlite", actor="tester")
    try:
        campaign = Campaign.get(Campaign.is_current == True)  # noqa: E712
        ids = targets_in_route_order(campaign.id)
        prefilled, filled = form_data_for_targets(ids), form_data_for_targets(ids, filled=True)
    finally:
        dbmod.close_database()
    out = {}
    for mode, forms in (("prefilled", prefilled), ("filled", filled)):
        path = folder / f"{mode}.pdf"
        render_forms(forms, path, mode, "青山镇", "青山镇信访办", allow_missing=True)
        out[mode] = (forms, path)
    return out


@pytest.mark.parametrize("mode", ["prefilled", "filled"])
def test_every_paper_field_and_every_choice_is_printed_in_its_words(fonts, tmp_path, mode):  # noqa: F811
    visit = a_visit(contacts=(FormContact(None, "phone", "reached"),))
    result = render_forms([FormData(a_case(), visit)], tmp_path / "f.pdf", mode, "青山镇", "")
    text = flat(pdftotext(result.path))
    for f in PAPER:
        assert flat(f.zh) in text, (f.key, f.zh)
        for _, choice in visit_fields.choice_labels(f.key):
            assert flat(choice) in text, (f.key, choice)


def test_every_label_the_form_draws_comes_from_data():
    drawn = Layout().drawn_labels()
    sources = {f.zh for f in visit_fields.fields()}
    sources |= {visit_fields.tab_title(tab) for tab in visit_fields.tabs()}
    sources |= {text for f in PAPER for _, text in visit_fields.choice_labels(f.key)}
    sources |= form_words.texts()
    assert set(drawn) <= sources, set(drawn) - sources
    drawn_fields = {cell.key for cell in Layout().cells if cell.key}
    assert drawn_fields == {f.key for f in PAPER}  # every paper field has its cell, once


def test_which_visit_and_a_key_case(fonts, tmp_path):  # noqa: F811
    forms = [FormData(a_case(key_case=True, visit_no=2)), FormData(a_case("QS2025-00002"))]
    result = render_forms(forms, tmp_path / "f.pdf", "prefilled", "青山镇", "")
    pages = pdftotext(result.path).split("\f")
    assert "第2次回访" in pages[0] and "第2次回访" in pages[1]
    assert "重点" in flat(pages[0]).replace("重点案件", "")
    assert "第1次回访" in pages[2] and "重点" not in flat(pages[2]).replace("重点案件", "")


def test_the_contacts_box_has_room_for_the_attempts(fonts, tmp_path):  # noqa: F811
    """ "the contact-attempts box and the opinions box have as many lines as a
    visitor needs (at least three attempts)"."""
    table = next(c for c in Layout().cells if isinstance(c, ContactsTable))
    assert table.rows >= 3
    assert min(row.h for row in table.row_boxes()) >= 6 * 72 / 25.4  # 6 mm to write in
    import datetime as dt

    attempts = tuple(FormContact(dt.datetime(2026, 11, d, 9), "phone", "no_answer", f"第{d}次")
                     for d in range(1, 4))  # fmt: skip
    result = render_forms([FormData(a_case(), a_visit(contacts=attempts))], tmp_path / "f.pdf",
                          "filled", "青山镇", "")  # fmt: skip
    text = flat(pdftotext(result.path))
    assert all(f"第{d}次" in text for d in range(1, 4)) and result.pages == 2


@pytest.mark.parametrize("mode", ["prefilled", "filled"])
def test_every_demo_form_is_one_sheet(demo_forms, mode):
    """ "no form spills onto a continuation page that is nearly empty (6 of 239 demo
    forms do today; it wastes a sheet and breaks double-sided printing): fit to
    one page or to exactly two"."""
    forms, path = demo_forms[mode]
    counts = [int(n) for n in re.findall(r"第\s*1\s*页\s*共\s*(\d+)\s*页", pdftotext(path))]
    assert len(counts) == len(forms)
    assert all(n in (1, 2) or n % 2 == 0 for n in counts), counts
    assert set(counts) == {2}  # no demo text is huge


def test_chinese_typography_on_the_demo_forms(demo_forms):
    for mode in ("prefilled", "filled"):
        text = pdftotext(demo_forms[mode][1])
        for line in text.splitlines():
            line = line.strip()
            assert not line[:1] or line[0] not in "，。、）", line
            assert not line.endswith("（"), line
        assert '"' not in text, "straight quotes around Chinese text"
        assert not re.search(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", text)  # 2026年12月7日 only
    filled = flat(pdftotext(demo_forms["filled"][1]))
    assert "第2次回访" in filled and re.search(r"\d{4}年\d{1,2}月\d{1,2}日", filled)
