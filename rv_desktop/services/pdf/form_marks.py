"""What identifies and aligns a printed form's page: its QR code and registration marks.

The QR code (error correction M, 8-bit bytes, never Kanji mode) carries the
page's payload (``services.form_payload``); four solid squares in the page's
corners let a scanned page be aligned whatever its rotation, scale or
offset. Their places are fixed (``qr_box``, ``mark_boxes``) and part of the
form's map.
"""

from __future__ import annotations

import itertools
from functools import cache
from itertools import zip_longest

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

from .form_style import MARK_INSET, MARK_SIZE, PAGE_H, PAGE_W, QR_SIZE, RIGHT, TOP, Box

__all__ = ["draw_marks", "draw_qr", "mark_boxes", "qr_box", "qr_modules"]

_QR_MASK = 2  # a fixed mask pattern: any is valid, choosing the best one costs 5 ms a code


@cache
def _generator_rows(ec_count: int) -> tuple[tuple[int, ...], ...]:
    """For each byte value f, f times the Reed-Solomon generator polynomial of
    ``ec_count`` codewords (its leading 1 left out), in GF(256)."""
    gen = qrencoder.QRUtil.getErrorCorrectPolynomial(ec_count).num[1:]
    return tuple(tuple(_gf_mul(g, f) for g in gen) for f in range(256))


def _gf_mul(a: int, b: int) -> int:
    if not a or not b:
        return 0
    return qrencoder.QRMath.gexp(qrencoder.QRMath.glog(a) + qrencoder.QRMath.glog(b))


def _create_bytes(buffer, rs_blocks):
    """reportlab's ``QRCode.createBytes`` with the same result, many times faster: the
    generator's multiples computed once per size and the remainder by the usual
    shift register instead of a recursive polynomial division. Every page of a
    form has its own QR code (two or more a form), so this is most of the time
    a batch of forms takes."""
    offset, dcdata, ecdata = 0, [], []
    for block in rs_blocks:
        dc_count = block.dataCount
        rows = _generator_rows(block.totalCount - dc_count)
        data = buffer.buffer[offset : offset + dc_count]
        dcdata.append(data)
        offset += dc_count
        rest = [0] * len(rows[0])
        for byte in data:
            factor = byte ^ rest[0]
            rest = [r ^ g for r, g in zip(rest[1:] + [0], rows[factor], strict=True)]
        ecdata.append(rest)
    return [d for dd in itertools.chain(zip_longest(*dcdata), zip_longest(*ecdata))
            for d in dd if d is not None]  # fmt: skip


_REPORTLAB_CREATE_BYTES = qrencoder.QRCode.createBytes  # kept: a test compares the two
qrencoder.QRCode.createBytes = staticmethod(_create_bytes)


def qr_box() -> Box:
    """Where the QR code is drawn (top right, beside the title)."""
    return Box(RIGHT - QR_SIZE, TOP - QR_SIZE, QR_SIZE, QR_SIZE)


def mark_boxes() -> list[Box]:
    """The four registration marks: top left, top right, bottom left, bottom right."""
    near, s = MARK_INSET, MARK_SIZE
    far_x, far_y = PAGE_W - MARK_INSET - s, PAGE_H - MARK_INSET - s
    return [Box(near, far_y, s, s), Box(far_x, far_y, s, s), Box(near, near, s, s),
            Box(far_x, near, s, s)]  # fmt: skip


def draw_marks(c: Canvas) -> None:
    c.saveState()
    c.setFillGray(0)
    for b in mark_boxes():
        c.rect(b.x, b.y, b.w, b.h, stroke=0, fill=1)
    c.restoreState()


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of ``text`` (error correction M) as rows of dark modules."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    if text.isascii():
        code.addData(text)
    else:  # never Kanji mode: scanners would type Japanese
        code.addData(qrencoder.QR8bitByte(text))
    code.version = code.calculate_version()
    code.makeImpl(False, _QR_MASK)
    return code.modules


def draw_qr(c: Canvas, text: str, box: Box | None = None) -> None:
    """The QR code as one filled path in module units (a few hundred bytes a page)."""
    box = box or qr_box()
    modules = qr_modules(text)
    n = len(modules)
    unit = box.w / n
    ops = [f"q 0 g {unit:.4f} 0 0 {unit:.4f} {box.x:.2f} {box.y:.2f} cm"]
    for r, row in enumerate(modules):
        start = None
        for col in range(n + 1):
            dark = col < n and row[col]
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{start} {n - 1 - r} {col - start} 1 re")
                start = None
    ops.append("f Q")
    c.addLiteral(" ".join(ops))
