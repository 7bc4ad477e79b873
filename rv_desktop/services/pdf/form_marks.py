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
from .qr_fast import qr_rows

__all__ = ["draw_marks", "draw_qr", "mark_boxes", "qr_box", "qr_modules"]

_QR_MASK = 2  # a fixed mask pattern: any is valid, choosing the best one costs 5 ms a code


@cache
def _generator_rows(ec_count: int) -> tuple[int, ...]:
    """For each byte value f, f times the Reed-Solomon generator polynomial of
    ``ec_count`` codewords (its leading 1 left out), in GF(256), as one int
    (a byte per coefficient, the highest first)."""
    gen = qrencoder.QRUtil.getErrorCorrectPolynomial(ec_count).num[1:]
    return tuple(int.from_bytes(bytes(_gf_mul(g, f) for g in gen), "big") for f in range(256))


def _gf_mul(a: int, b: int) -> int:
    if not a or not b:
        return 0
    return qrencoder.QRMath.gexp(qrencoder.QRMath.glog(a) + qrencoder.QRMath.glog(b))


def _create_bytes(buffer, rs_blocks):
    """reportlab's ``QRCode.createBytes`` with the same result, many times faster: the
    generator's multiples computed once per size and the remainder by the usual
    shift register (on one int: a byte shift and one xor a data byte) instead of
    a recursive polynomial division. Every page of a form has its own QR code
    (two or more a form), so this was most of the time a batch of forms took."""
    offset, dcdata, ecdata = 0, [], []
    words = buffer.buffer
    for block in rs_blocks:
        dc_count = block.dataCount
        ec_count = block.totalCount - dc_count
        rows = _generator_rows(ec_count)
        data = words[offset : offset + dc_count]
        dcdata.append(data)
        offset += dc_count
        top, keep = 8 * (ec_count - 1), (1 << (8 * ec_count)) - 1
        rest = 0
        for byte in data:
            rest = ((rest << 8) & keep) ^ rows[byte ^ (rest >> top)]
        ecdata.append(list(rest.to_bytes(ec_count, "big")))
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
    return [[m == "1" for m in row] for row in qr_rows(text, _QR_MASK)]


def draw_qr(c: Canvas, text: str, box: Box | None = None) -> None:
    """The QR code as an inline 1-bit image mask, a module a sample (a few hundred
    bytes a page; a path of one rectangle per run of dark modules was four times
    that and most of a batch's size). Painted in black where a sample is 1;
    viewers and printers scale a mask by replicating its samples, the modules
    stay square and sharp."""
    box = box or qr_box()
    rows = qr_rows(text, _QR_MASK)
    n = len(rows)
    pad = "0" * (-n % 8)
    width = (n + 7) // 8 * 2  # hex digits a row
    data = "".join(format(int(row + pad, 2), f"0{width}x") for row in rows)
    c.addLiteral(f"q 0 g {box.w:.2f} 0 0 {box.h:.2f} {box.x:.2f} {box.y:.2f} cm "
                 f"BI /W {n} /H {n} /IM true /D [1 0] /F /AHx ID {data}> EI Q")  # fmt: skip
