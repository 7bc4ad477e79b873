"""The form, designed to be read: its map, its marks, its QR code (issue 19).

"The layout code that draws the form also yields the form's map: for each
layout version, the page position of every tick box (field, choice) and of
every handwriting area. Old layouts stay readable: a form printed before a
layout change is read with its own map." "Boxes are large enough to tick
(≥ 4 mm) and far enough apart that a tick over the line is still assigned to
one box." "Each printed page carries ... a QR code with the office (town),
the campaign, the case number, the visit number, the page number of the
form's pages and the form's layout version ... and registration marks."
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess

import pytest
from PIL import Image

from rv_desktop.domain import visit_fields
from rv_desktop.services.form_payload import (
    FormPayload,
    format_payload,
    parse_payload,
    parse_scan,
)
from rv_desktop.services.forms_data import FormData
from rv_desktop.services.pdf.form_layout import LAYOUT
from rv_desktop.services.pdf.form_map import build_map, dumps, form_map, stored_map
from rv_desktop.services.pdf.form_marks import qr_modules
from rv_desktop.services.pdf.registration_form import render_forms

from .test_pdf_registration_form import a_case

MM = 72 / 25.4
DPI = 150


def render_pages(pdf, tmp_path) -> list[Image.Image]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (Debian: poppler-utils)")
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), str(pdf), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    return [Image.open(p) for p in sorted(tmp_path.glob("p-*.pgm"))]


def px(v: float) -> int:
    return round(v * DPI / 72)


def darkest(img, x: float, y: float, r: int = 2) -> int:
    cx, cy = px(x), px(y)
    return min(img.getpixel((cx + i, cy + j)) for i in range(-r, r + 1) for j in range(-r, r + 1))


def lightest_inside(img, box) -> int:
    x, y, w, h = box
    inner = [img.getpixel((px(x + w * fx), px(y + h * fy)))
             for fx in (0.3, 0.5, 0.7) for fy in (0.3, 0.5, 0.7)]  # fmt: skip
    return min(inner)


def test_the_stored_map_is_the_layouts():
    """A layout change that moves a box raises LAYOUT and stores the new map
    (python -m rv_desktop.services.pdf.form_map > data/form-map-N.json)."""
    assert stored_map(LAYOUT) == json.loads(dumps(build_map()))
    assert form_map() == build_map() and form_map(LAYOUT)["layout"] == LAYOUT
    with pytest.raises(KeyError):
        form_map(LAYOUT + 99)


def test_every_paper_field_is_on_the_map():
    the_map = build_map()
    ticks = {(t["field"], t["value"]) for p in the_map["pages"] for t in p["ticks"]}
    areas = {a["field"] for p in the_map["pages"] for a in p["areas"]}
    for f in visit_fields.fields():
        if not f.paper:
            continue
        if f.kind in ("choice", "bool"):
            for value, _ in visit_fields.choice_labels(f.key):
                assert (f.key, value) in ticks, (f.key, value)
        else:
            assert f.key in areas, f.key


def test_boxes_are_large_enough_and_far_apart():
    for page in build_map()["pages"]:
        boxes = [t["box"] for t in page["ticks"]]
        assert all(w >= 4 * MM and h >= 4 * MM for _, _, w, h in boxes)
        for (ax, ay, aw, ah), (bx, by, bw, bh) in itertools.combinations(boxes, 2):
            gap_x = max(bx - (ax + aw), ax - (bx + bw))
            gap_y = max(by - (ay + ah), ay - (by + bh))
            # a tick crossing the edge reaches past it by less than half the gap
            assert max(gap_x, gap_y) >= 2.9 * MM, ((ax, ay), (bx, by))


def test_the_map_matches_what_the_pdf_draws(fonts, tmp_path):  # noqa: F811
    result = render_forms([FormData()], tmp_path / "blank.pdf", "blank", "青山镇", "")
    images = render_pages(result.path, tmp_path)
    the_map = build_map()
    assert len(images) == len(the_map["pages"]) == 2
    for img, page in zip(images, the_map["pages"], strict=True):
        assert abs(img.size[0] - px(the_map["page_size"][0])) <= 1
        for tick in page["ticks"]:
            x, y, w, h = tick["box"]
            edges = [(x, y + h / 2), (x + w, y + h / 2), (x + w / 2, y), (x + w / 2, y + h)]
            assert all(darkest(img, ex, ey, 1) < 110 for ex, ey in edges), tick
            assert lightest_inside(img, tick["box"]) > 200, tick
        for x, y, w, h in page["marks"]:
            assert darkest(img, x + w / 2, y + h / 2, 0) < 60
            assert lightest_inside(img, (x, y, w, h)) < 60  # solid
        for area in page["areas"]:
            x, y, w, h = area["box"]
            if area["field"] in ("contacts",) or area["field"].startswith("signature."):
                continue  # rows of the table, room under who signs: no border of their own
            assert darkest(img, x + w / 2, y, 1) < 128, area  # its cell's border


def test_each_page_carries_its_qr_code(fonts, tmp_path):  # noqa: F811
    case = a_case(campaign="2026年千案回访活动", visit_no=2)
    result = render_forms([FormData(case)], tmp_path / "f.pdf", "prefilled", "青山镇", "")
    images = render_pages(result.path, tmp_path)
    for n, (img, page) in enumerate(zip(images, build_map()["pages"], strict=True), start=1):
        payload = format_payload(
            FormPayload("青山镇", "2026年千案回访活动", "QS2025-00001", 2, n, 2, LAYOUT)
        )
        assert payload == f"RV1|青山镇|2026年千案回访活动|QS2025-00001|2|{n}/2|{LAYOUT}"
        modules = qr_modules(payload)
        x, y, w, _ = page["qr"]
        unit = w / len(modules)
        for r, row in enumerate(modules):
            for c, dark in enumerate(row):
                shade = img.getpixel((px(x + (c + 0.5) * unit), px(y + (r + 0.5) * unit)))
                assert (shade < 128) == dark, (n, r, c)


def test_the_payload_reads_back_and_a_plain_case_number_still_works():
    p = FormPayload("青山镇", "活动|一", "QS2025-00001", None, 1, 2, LAYOUT)
    text = format_payload(p)
    assert text == f"RV1|青山镇|活动/一|QS2025-00001||1/2|{LAYOUT}"
    back = parse_payload(text)
    assert back == FormPayload("青山镇", "活动/一", "QS2025-00001", None, 1, 2, LAYOUT)
    assert parse_scan(text) == "QS2025-00001"
    assert parse_scan(" QS2025-00001 ") == "QS2025-00001"  # forms printed before
    assert parse_payload("QS2025-00001") is None and parse_payload("RV1|a|b|c|x|1/2|2") is None


def test_the_faster_qr_encoder_gives_reportlabs_symbols(monkeypatch):
    from reportlab.graphics.barcode import qrencoder

    from rv_desktop.services.pdf import form_marks

    texts = [f"RV1|青山镇|2026年“千案回访”活动|QS2025-{n:05d}|1|1/2|2" for n in range(3)]
    texts += ["QS2025-00262", "RV1|青山镇||||1/2|2", "长" * 120]
    ours = [qr_modules(t) for t in texts]
    monkeypatch.setattr(qrencoder.QRCode, "createBytes",
                        staticmethod(form_marks._REPORTLAB_CREATE_BYTES))  # fmt: skip
    assert ours == [qr_modules(t) for t in texts]
