"""Generated scans for the scanning tests and benchmarks/bench_scan.py.

Real forms are printed by the program, rendered as a copier would (pypdfium2
at 150–300 dpi), ticked with Pillow as people tick (✓, ✗, a filled box, a
tick running over the box's edge, a box scribbled out and another ticked,
a faint pencil tick) and distorted (rotation, 180°, scale, offset,
salt-and-pepper noise, blur, JPEG). The answers drawn are returned, so the
reading can be checked field by field.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from rv_desktop.services.form_payload import parse_payload

STYLES = ("check", "cross", "fill", "edge")


def render(pdf: Path, dpi: int, first: int = 0, count: int | None = None) -> list[Image.Image]:
    """The PDF's pages as a copier's greyscale images."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    last = len(doc) if count is None else min(len(doc), first + count)
    pages = [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
             for i in range(first, last)]  # fmt: skip
    doc.close()
    return pages


def page_map_of(image: Image.Image) -> dict:
    """The map of the page the image shows (from its QR code)."""
    import zxingcpp

    from rv_desktop.services.scan.reader import page_map

    payload = parse_payload(zxingcpp.read_barcodes(image)[0].text)
    return page_map(payload)


def _stroke(draw: ImageDraw.ImageDraw, points, width: int, ink: int) -> None:
    draw.line(points, fill=ink, width=width, joint="curve")


def tick(image: Image.Image, box: list[float], dpi: int, style: str, rng: random.Random,
         ink: int = 20) -> None:  # fmt: skip
    """Tick the map's ``box`` (pt) on the unrotated page image as a person would."""
    k = dpi / 72
    x, y, w, h = (v * k for v in box)
    j = lambda: rng.uniform(-0.06, 0.06) * w  # noqa: E731 - a hand's wobble
    width = max(2, round(rng.uniform(0.35, 0.7) / 25.4 * dpi))
    d = ImageDraw.Draw(image)
    if style == "check":
        _stroke(d, [(x + 0.15 * w + j(), y + 0.55 * h + j()), (x + 0.42 * w + j(), y + 0.85 * h + j()),
                    (x + 0.9 * w + j(), y + 0.12 * h + j())], width, ink)  # fmt: skip
    elif style == "edge":  # a tick that runs out over the box's top right edge
        _stroke(d, [(x + 0.2 * w + j(), y + 0.5 * h + j()), (x + 0.45 * w + j(), y + 0.85 * h + j()),
                    (x + 1.3 * w + j(), y - 0.35 * h + j())], width, ink)  # fmt: skip
    elif style == "cross":
        _stroke(d, [(x + 0.15 * w + j(), y + 0.15 * h + j()), (x + 0.85 * w + j(), y + 0.85 * h + j())],
                width, ink)  # fmt: skip
        _stroke(d, [(x + 0.85 * w + j(), y + 0.15 * h + j()), (x + 0.15 * w + j(), y + 0.85 * h + j())],
                width, ink)  # fmt: skip
    elif style == "fill":
        d.rectangle([x + 0.12 * w + j(), y + 0.12 * h + j(), x + 0.88 * w + j(), y + 0.88 * h + j()],
                    fill=ink)  # fmt: skip
    elif style == "circle":  # a circle around the label, the box left empty
        k2 = k
        left, right = x + w + 1.0 * k2, x + w + 30 * k2
        d.ellipse([left + j(), y - 3.6 * k2 + j() / 3, right + j(), y + h + 3.6 * k2 + j() / 3],
                  outline=ink, width=width)  # fmt: skip
    elif style == "faint":  # a light pencil tick
        tick(image, box, dpi, "check", rng, ink=175)
    else:
        raise ValueError(style)


@dataclass
class Distortion:
    rotate: float = 0.0  # degrees (180: upside down)
    scale: float = 1.0
    offset: tuple[int, int] = (0, 0)  # px
    noise: float = 0.0  # share of pixels turned black or white
    blur: float = 0.0  # Gaussian radius, px
    jpeg: int | None = None  # quality


def distort(image: Image.Image, how: Distortion, rng: random.Random) -> Image.Image:
    """The page as a copier or a careless hand would return it."""
    out = image
    if how.scale != 1.0:
        out = out.resize((round(out.width * how.scale), round(out.height * how.scale)),
                         Image.Resampling.BILINEAR)  # fmt: skip
    if how.rotate:
        out = out.rotate(how.rotate, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    if how.offset != (0, 0):
        dx, dy = how.offset
        canvas = Image.new("L", (out.width + abs(dx) * 2, out.height + abs(dy) * 2), 255)
        canvas.paste(out, (abs(dx) + dx, abs(dy) + dy))
        out = canvas
    if how.noise:
        cut = max(1, round(how.noise * 128))
        field = Image.frombytes("L", out.size, rng.randbytes(out.width * out.height))
        out = out.copy()
        out.paste(0, mask=field.point(lambda p: 255 if p < cut else 0))
        out.paste(255, mask=field.point(lambda p: 255 if p >= 256 - cut else 0))
    if how.blur:
        out = out.filter(ImageFilter.GaussianBlur(how.blur))
    if how.jpeg:
        buf = io.BytesIO()
        out.save(buf, "JPEG", quality=how.jpeg)
        out = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return out


def answer_page(image: Image.Image, dpi: int, rng: random.Random, styles=STYLES,
                none_share: float = 0.15, scribble_share: float = 0.0) -> dict:  # fmt: skip
    """Tick a random answer for every field of the page; the answers drawn.

    A field is left empty with ``none_share``; with ``scribble_share`` one
    box is filled out (scribbled) and another ticked: two marks, which the
    reader must doubt.
    """
    pmap = page_map_of(image)
    fields: dict[str, list[dict]] = {}
    for t in pmap["ticks"]:
        fields.setdefault(t["field"], []).append(t)
    truth = {}
    for name, boxes in fields.items():
        if rng.random() < none_share:
            truth[name] = None
            continue
        chosen = rng.choice(boxes)
        tick(image, chosen["box"], dpi, rng.choice(styles), rng)
        truth[name] = chosen["value"]
        if len(boxes) > 1 and rng.random() < scribble_share:
            other = rng.choice([b for b in boxes if b is not chosen])
            tick(image, other["box"], dpi, "fill", rng)
            truth[name] = "?"  # two marks: only the clerk can tell
    return truth


def as_pdf(pages: list[Image.Image], out: Path, dpi: int) -> Path:
    """The pages as a copier's PDF: one JPEG image a page."""
    first, *rest = [p.convert("L") for p in pages]
    first.save(out, "PDF", save_all=True, append_images=rest, resolution=dpi)
    return out
