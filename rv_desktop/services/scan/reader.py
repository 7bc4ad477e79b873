"""Read one scanned page: which form it is, what its tick boxes say, its handwriting.

``read_page`` finds the QR code (which form, which page, which layout),
lays the layout's map on the page through the four registration marks,
draws the page upright at ``SCALE`` pixels a point (one ``Image.transform``)
and reads every tick box of the map; handwriting areas are cut out of the
upright page when asked. A page that cannot be read says why.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from PIL import Image, ImageFilter

from ...domain.errors import QT_TRANSLATE_NOOP
from ..form_payload import FormPayload, parse_payload
from .align import find_marks, find_qr, ink_levels
from .sources import SourcePage
from .ticks import PAD, STRAY, FieldReading, box_ink, decide, label_zone, strip_ink

__all__ = ["SCALE", "PageReading", "Unreadable", "page_map", "read_page"]

#: pixels a point of the upright page (2.5 px/pt = 180 dpi)
SCALE = 2.5
#: the JPEG quality of the upright page kept in the database (~150 KB an A4 page)
UPRIGHT_QUALITY = 60
#: a page with less ink than this share of its pixels is blank
_BLANK = 0.002


@dataclass
class Unreadable:
    file: str
    page: int
    reason: str  # English, marked for translation in the "scan" context


@dataclass
class PageReading:
    file: str
    page: int  # the page of the file, from 1
    payload: FormPayload
    fields: dict[str, FieldReading]
    areas: list[dict[str, Any]] = field(default_factory=list)  # field, row, png
    upright: bytes | None = None  # the page drawn upright, greyscale JPEG (when asked)


@lru_cache(maxsize=8)
def _layout_map(layout: int) -> dict[str, Any] | None:
    from ..pdf.form_map import form_map

    try:
        return form_map(layout)
    except (KeyError, ValueError):
        return None


def page_map(payload: FormPayload) -> dict[str, Any] | None:
    """The map of the payload's page in its own layout version; None if unknown."""
    the_map = _layout_map(payload.layout)
    if the_map is None:
        return None
    for page in the_map["pages"]:
        if page["page"] == payload.page:
            return page
    return None


def read_page(
    src: SourcePage, crops: bool = False, upright_page: bool = False
) -> PageReading | Unreadable:
    """What the page says, or why it cannot be read."""
    image = src.image
    if image is None:
        return Unreadable(src.file, src.page, src.reason or "")
    paper, threshold = ink_levels(image)
    codes = _page_codes(src, image, threshold)
    if isinstance(codes, Unreadable):
        return codes
    payload = parse_payload(codes[0].text)
    assert payload is not None
    pmap = page_map(payload)
    if pmap is None:
        return Unreadable(src.file, src.page, QT_TRANSLATE_NOOP(
            "scan", "the form's layout is unknown to this version of the program"))  # fmt: skip
    located = find_marks(image, codes[0], pmap, threshold)
    if isinstance(located, str):
        return Unreadable(src.file, src.page, located)
    a, s = located.affine, SCALE

    def upright(box: list[float], pad: float = 0.0) -> Image.Image:
        """The map's ``box`` (pt) cut out of the scan, drawn upright at ``s`` px/pt."""
        x0, y0 = box[0] - pad, box[1] - pad
        size = (round((box[2] + 2 * pad) * s), round((box[3] + 2 * pad) * s))
        data = (a.a / s, a.b / s, a.a * x0 + a.b * y0 + a.c,
                a.d / s, a.e / s, a.d * x0 + a.e * y0 + a.f)  # fmt: skip
        return image.transform(size, Image.Transform.AFFINE, data,
                               resample=Image.Resampling.BILINEAR, fillcolor=paper)  # fmt: skip

    faint = paper - max(20, (paper - threshold) // 4)
    fields = _read_ticks(pmap["ticks"], upright, s, threshold, faint)
    reading = PageReading(src.file, src.page, payload, fields)
    if crops:
        for area in pmap["areas"]:
            reading.areas.append({"field": area["field"], "row": area.get("row"),
                                  "png": _png(upright(area["box"]))})  # fmt: skip
    if upright_page:
        the_map = _layout_map(payload.layout) or {}
        width, height = the_map.get("page_size", (595.28, 841.89))
        out = io.BytesIO()
        upright([0, 0, width, height]).save(out, "JPEG", quality=UPRIGHT_QUALITY, optimize=True)
        reading.upright = out.getvalue()
    return reading


def _page_codes(src: SourcePage, image: Image.Image, threshold: int) -> list | Unreadable:
    """The page's form QR codes, or why there is none (a blank page, another paper)."""
    codes = [c for c in find_qr(image) if parse_payload(c.text) is not None]
    if not codes:  # specks (a dusty glass, a copy of a copy) can hide the code: clean, retry
        codes = _qr_cleaned(image)
    if codes:
        return codes
    hist = image.histogram()
    if sum(hist[:threshold]) < _BLANK * image.width * image.height:
        return Unreadable(src.file, src.page, QT_TRANSLATE_NOOP("scan", "the page is blank"))
    return Unreadable(src.file, src.page, QT_TRANSLATE_NOOP(
        "scan", "no registration form's QR code found on the page"))  # fmt: skip


def _read_ticks(ticks: list[dict], upright, s: float, threshold: int, faint: int) -> dict:
    """Every tick box of the page's map read, then decided field by field."""
    by_field: dict[str, list[tuple[Any, float, float, float]]] = {}
    circled: dict[str, list[Any]] = {}
    for n, tick in enumerate(ticks):
        crop = upright(tick["box"], PAD).filter(ImageFilter.MedianFilter(3))  # specks go
        by_field.setdefault(tick["field"], []).append(
            (tick["value"], *box_ink(crop, tick["box"], s, threshold, faint))
        )
        after = ticks[n + 1] if n + 1 < len(ticks) else None
        zone = label_zone(tick["box"], after["box"] if after else None)
        strip = upright(zone).filter(ImageFilter.MedianFilter(3))
        if strip_ink(strip, s, threshold) > STRAY:
            circled.setdefault(tick["field"], []).append(tick["value"])
    return {name: decide(name, boxes, circled.get(name)) for name, boxes in by_field.items()}


def _qr_cleaned(image: Image.Image) -> list:
    """The form's QR code on a speckled or blurred page: median-filtered, then also
    enlarged by half (a coarse 150 dpi scan's modules are 3 px); the corners are
    given back in the page's pixels."""
    from dataclasses import replace

    clean = image.filter(ImageFilter.MedianFilter(3))
    codes = [c for c in find_qr(clean) if parse_payload(c.text) is not None]
    if codes:
        return codes
    big = clean.resize((clean.width * 3 // 2, clean.height * 3 // 2), Image.Resampling.BICUBIC)
    return [replace(c, corners=tuple((x / 1.5, y / 1.5) for x, y in c.corners))
            for c in find_qr(big) if parse_payload(c.text) is not None]  # fmt: skip


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()
