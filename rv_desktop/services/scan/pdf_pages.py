"""The page images of a copier's PDF, read as they are stored (no rendering).

A copier writes one image a page: a JPEG mostly (``/DCTDecode``), sometimes
a grey or bilevel image (``/FlateDecode``, ``/CCITTFaxDecode``). This module
takes that image out of each page as it is, through pypdf (pure Python, which
parses the file's cross-reference tables and streams, object streams
included, and decodes the non-JPEG filters with bounded output), and lets
Pillow decode the JPEG, in grey, at a reduced scale when the scan is finer
than needed. A page that is not one scanned image (a PDF written by a
program: text and lines) is reported, not drawn: there is no renderer.

Hostile files: the page's size, the image's declared pixels and the JPEG's
own header are checked before anything is decoded; pypdf bounds every
decompression (75 MB by default) and every array and dictionary it parses.
"""

from __future__ import annotations

import io
import logging
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps

from ...domain.errors import QT_TRANSLATE_NOOP

__all__ = ["pdf_images"]

# the largest page a PDF may declare, in points (A3 is 1191 pt high), and the smallest
_MAX_SIDE = 1800.0
_MIN_SIDE = 100.0
# a scanned page's image has at least this resolution over the page (a copier scans at 150-600)
_MIN_DPI = 90.0
# the image and the page have the same shape (within 8 %), either way round
_SHAPE_TOLERANCE = 0.08
# a JPEG finer than this is decoded at 1/2, 1/4 or 1/8 of its size (libjpeg's own scaling)
_WANTED_DPI = 200.0
# the filters read: JPEG and JPEG 2000 by Pillow, the others by pypdf's bounded decoders
# (no JBIG2: pypdf would run an external jbig2dec on the file's data; no Brotli)
_JPEG_FILTERS = {"/DCTDecode", "/DCT", "/JPXDecode"}
_FILTERS = _JPEG_FILTERS | {
    "/FlateDecode", "/Fl", "/CCITTFaxDecode", "/CCF", "/LZWDecode", "/LZW",
    "/RunLengthDecode", "/RL", "/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85",
}  # fmt: skip
# a new reader every so many pages: pypdf keeps each object it has read (the page images too)
_REOPEN = 20
# the content stream read to see how the image is placed (a copier's is a few dozen bytes)
_MAX_CONTENT = 1 << 16

# the reasons, marked for translation (services/scan/forms.py translates them)
NOT_PDF = QT_TRANSLATE_NOOP("scan", "the file is not a readable PDF")
NOT_A4 = QT_TRANSLATE_NOOP("scan", "the page is not A4")
NOT_SCANNED = QT_TRANSLATE_NOOP(
    "scan",
    "not a scanned page (a PDF written by a program, not a copier's scan): print it and "
    "scan it, or save the scan as images (TIFF, PNG or JPEG)",
)
SEVERAL_IMAGES = QT_TRANSLATE_NOOP(
    "scan",
    "the page is made of several images: set the copier to one image a page "
    "(no high-compression or text-layer mode)",
)
UNKNOWN_FILTER = QT_TRANSLATE_NOOP(
    "scan",
    "the page's image is compressed in a way the program does not read (JBIG2, for instance): "
    "set the copier to save JPEG or TIFF",
)
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP("scan", "the page has too many pixels")
DAMAGED = QT_TRANSLATE_NOOP("scan", "the page's image is damaged")

# pypdf warns through logging about every oddity of a file it recovers from
logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_images(path: Path, max_pixels: int) -> Iterator[tuple[int, Image.Image | None, str | None]]:
    """(page number from 1, greyscale image or None, reason or None) for each page of ``path``.

    Page 0 with a reason: the file as a whole cannot be read.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    with path.open("rb") as fh:
        try:
            reader = PdfReader(fh)
            count = len(reader.pages)
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            yield 0, None, NOT_PDF
            return
        for index in range(count):
            if index and index % _REOPEN == 0:
                reader = PdfReader(fh)
            try:
                image, reason = _page_image(reader.pages[index], max_pixels)
            except (
                PyPdfError,
                DependencyError,
                OSError,
                ValueError,
                KeyError,
                TypeError,
                AttributeError,
                IndexError,
                RecursionError,
                EOFError,
                struct.error,
                zlib.error,
                Image.DecompressionBombError,
            ):
                image, reason = None, DAMAGED
            yield index + 1, image, reason


def _page_image(page, max_pixels: int) -> tuple[Image.Image | None, str | None]:
    box = page.mediabox
    width, height = abs(float(box.width)), abs(float(box.height))
    if max(width, height) > _MAX_SIDE or min(width, height) < _MIN_SIDE:
        return None, NOT_A4
    images = _scan_images(page, width, height)
    if not images:
        return None, NOT_SCANNED
    if len(images) > 1:
        return None, SEVERAL_IMAGES
    name, xobj = images[0]
    pixels = int(xobj["/Width"]) * int(xobj["/Height"])
    if pixels > max_pixels:
        return None, TOO_MANY_PIXELS
    filters = xobj.get("/Filter")
    filters = [filters] if isinstance(filters, str) else list(filters or [])
    if not set(filters) <= _FILTERS:
        return None, UNKNOWN_FILTER
    if filters and filters[-1] in _JPEG_FILTERS:
        image = _jpeg(xobj, max(width, height) / 72, max_pixels)
        if image is None:
            return None, TOO_MANY_PIXELS
    else:
        image = page.images[name].image.convert("L")  # pypdf decodes, within its bounds
    if isinstance(name, str) and _mirrored(page, name):  # (inside a form: not looked for)
        image = ImageOps.mirror(image)
    return image, None


def _scan_images(page, width: float, height: float) -> list:
    """(key, image XObject) of the page's images that look like a scan of the whole
    page: its own, and those of a form XObject it draws (some scanners wrap the
    image in one; the key is then [form, image], as pypdf's ``page.images`` has it)."""
    found = []
    for name, xobj in _xobjects(page):
        if xobj.get("/Subtype") == "/Image":
            found.append((str(name), xobj))
        elif xobj.get("/Subtype") == "/Form":
            found += [([str(name), str(inner)], image) for inner, image in _xobjects(xobj)
                      if image.get("/Subtype") == "/Image"]  # fmt: skip
    return [(key, xobj) for key, xobj in found if _covers(xobj, width, height)]


def _xobjects(holder) -> list:
    resources = holder.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources else None
    entries = xobjects.get_object().items() if xobjects else []
    return [(name, ref.get_object()) for name, ref in entries]


def _covers(xobj, width: float, height: float) -> bool:
    """Whether an image has the page's shape (either way round) at a scan's resolution."""
    w, h = int(xobj.get("/Width", 0)), int(xobj.get("/Height", 0))
    if w <= 0 or h <= 0:
        return False
    long_px, short_px = max(w, h), min(w, h)
    long_pt, short_pt = max(width, height), min(width, height)
    same_shape = abs((long_px / short_px) / (long_pt / short_pt) - 1) <= _SHAPE_TOLERANCE
    return same_shape and long_px / (long_pt / 72) >= _MIN_DPI


def _jpeg(xobj, long_inches: float, max_pixels: int) -> Image.Image | None:
    """The JPEG (or JPEG 2000) image in grey; None when its own header says it is too large."""
    image = Image.open(io.BytesIO(xobj.get_data()))
    if image.width * image.height > max_pixels:
        return None
    dpi = max(image.size) / long_inches
    scale = 1
    while scale < 8 and dpi / (scale * 2) >= _WANTED_DPI:
        scale *= 2
    if image.format == "JPEG":
        image.draft("L", (image.width // scale, image.height // scale))
    grey = image.mode == "L"
    image = image.convert("L")
    if grey and [float(v) for v in xobj.get("/Decode", [])] == [1.0, 0.0]:
        image = ImageOps.invert(image)  # a grey image stored as its negative
    return image


def _mirrored(page, name: str) -> bool:
    """Whether the page draws its image mirrored (the matrix at ``Do`` turns it over).

    Any rotation is the reader's affair; only a mirror must be undone here.
    """
    contents = page.get_contents()  # a pypdf ContentStream, its streams joined
    if contents is None or len(contents.get_data()) > _MAX_CONTENT:
        return False
    matrix, stack = [1.0, 0.0, 0.0, 1.0], []
    for operands, operator in contents.operations:
        if operator == b"q":
            stack.append(matrix)
        elif operator == b"Q" and stack:
            matrix = stack.pop()
        elif operator == b"cm" and len(operands) == 6:
            a, b, c, d = (float(v) for v in operands[:4])
            m = matrix
            matrix = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
            ]
        elif operator == b"Do" and operands and operands[0] == name:
            return matrix[0] * matrix[3] - matrix[1] * matrix[2] < 0
    return False
