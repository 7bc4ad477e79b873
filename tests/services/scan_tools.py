"""Generated scans for the scanning tests and benchmarks/bench_scan.py.

Real forms are printed by the program, rendered as a copier would (poppler's
pdftoppm at 150–300 dpi), ticked with Pillow as people tick (✓, ✗, a filled box, a
tick running over the box's edge, a box scribbled out and another ticked,
a faint pencil tick) and distorted (rotation, 180°, scale, offset,
salt-and-pepper noise, blur, JPEG). The answers drawn are returned, so the
reading can be checked field by field.
"""

from __future__ import annotations

import atexit
import io
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from rv_desktop.services.form_payload import parse_payload

STYLES = ("check", "cross", "fill", "edge")


def render(pdf: Path, dpi: int, first: int = 0, count: int | None = None) -> list[Image.Image]:
    """The PDF's pages as a copier's greyscale images (poppler's pdftoppm, as a
    copier's scan of the printed sheet; the program itself renders no PDF).
    Each page is rendered once a session at each resolution."""
    from pypdf import PdfReader

    stat = Path(pdf).stat()
    key = (str(Path(pdf).resolve()), stat.st_mtime_ns, stat.st_size, dpi)
    if key not in _RENDERED:
        folder = Path(tempfile.mkdtemp(prefix="rv-scan-render-"))
        atexit.register(shutil.rmtree, folder, True)
        _RENDERED[key] = (folder, len(PdfReader(pdf).pages))
    folder, total = _RENDERED[key]
    last = total if count is None else min(total, first + count)
    done = {int(f.stem.rsplit("-", 1)[1]): f for f in folder.glob("p-*.pgm")}
    missing = [n for n in range(first + 1, last + 1) if n not in done]
    if missing:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(missing[0]),
                        "-l", str(missing[-1]), str(pdf), str(folder / "p")], check=True)  # fmt: skip
        done = {int(f.stem.rsplit("-", 1)[1]): f for f in folder.glob("p-*.pgm")}
    pages = []
    for n in range(first + 1, last + 1):
        with Image.open(done[n]) as image:
            pages.append(image.convert("L"))
    return pages


_RENDERED: dict[tuple, tuple[Path, int]] = {}


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


def as_pdf(pages: list[Image.Image], out: Path, dpi: int, mode: str = "L") -> Path:
    """The pages as a copier's PDF: one image a page, JPEG for "L" and "RGB"
    (Pillow writes /DCTDecode), CCITT G4 for "1" (/CCITTFaxDecode)."""
    first, *rest = [p.convert(mode) for p in pages]
    first.save(out, "PDF", save_all=True, append_images=rest, resolution=dpi)
    return out


def image_pdf(out: Path, stream: bytes, entries: str, matrix=None,
              size=(595.28, 841.89), wrapped: bool = False) -> Path:  # fmt: skip
    """A one-page PDF written by hand: one image XObject (``entries`` its dictionary's
    own keys, ``stream`` its encoded data) drawn with ``matrix`` (the whole page by
    default), ``wrapped`` in a form XObject or not, as some copiers and scanning
    programs write them (Flate grey, a mirrored placement) and as a hostile file
    would (a lying size, a decompression bomb)."""
    w, h = size
    a, b, c, d, e, f = matrix or (w, 0, 0, h, 0, 0)
    draw = f"q {a} {b} {c} {d} {e} {f} cm /Scan Do Q".encode()
    content = b"/Scan Do" if wrapped else draw
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Contents 4 0 R "
        f"/Resources << /XObject << /Scan {6 if wrapped else 5} 0 R >> >> >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        f"<< /Type /XObject /Subtype /Image {entries} /Length {len(stream)} >>\nstream\n".encode()
        + stream + b"\nendstream",
    ]
    if wrapped:
        objects.append(f"<< /Type /XObject /Subtype /Form /BBox [0 0 {w} {h}] "
                       f"/Resources << /XObject << /Scan 5 0 R >> >> /Length {len(draw)} >>"
                       "\nstream\n".encode() + draw + b"\nendstream")  # fmt: skip
    body, offsets = b"%PDF-1.7\n", []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    out.write_bytes(body)
    return out
