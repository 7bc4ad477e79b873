"""reportlab's QR encoder, with the per-symbol work that never changes done once.

Every page of a form has its own QR code (2,000 codes for 1,000 forms), and
reportlab builds each one from scratch: the finder, timing and alignment
patterns, the format and version bits, the zigzag order of the data modules
and the mask, all the same for a given version and mask, and a bit buffer
that appends one bit per Python call. Here a version's fixed modules, its
data positions and its mask are computed once (``_Template``); a code is its
codewords (reportlab's segments and Reed-Solomon step) placed with one
``itemgetter`` call. The symbols are reportlab's, module for module
(tests/services/test_form_map.py compares them).
"""

from __future__ import annotations

from functools import cache
from operator import itemgetter

from reportlab.graphics.barcode import qrencoder

__all__ = ["qr_rows"]

_LEVEL = qrencoder.QRErrorCorrectLevel.M


class _Bits:
    """reportlab's ``QRBitBuffer`` interface on one Python int (``put`` is one shift)."""

    __slots__ = ("length", "value")

    def __init__(self):
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit) -> None:  # noqa: N802 - reportlab's name
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # noqa: N802 - reportlab's name
        return self.length

    @property
    def buffer(self) -> list[int]:
        pad = -self.length % 8
        return list((self.value << pad).to_bytes((self.length + pad) // 8, "big"))


class _Template:
    """A version's fixed modules and where (and under which mask bit) its data goes."""

    def __init__(self, version: int, mask: int):
        code = qrencoder.QRCode(version, _LEVEL)
        n = code.moduleCount = version * 4 + 17
        code.modules = [[False] * n for _ in range(n)]
        code.setupPositionProbePattern(0, 0)
        code.setupPositionProbePattern(n - 7, 0)
        code.setupPositionProbePattern(0, n - 7)
        code.setupPositionAdjustPattern()
        code.setupTimingPattern()
        code.setupTypeInfo(False, mask)
        if version >= 7:
            code.setupTypeNumber(False)
        positions = code.dataPosIterator()  # (col, row) in reportlab's order
        masked = qrencoder.QRUtil.getMask(mask)
        self.n = n
        self.rs_blocks = qrencoder.QRRSBlock.getRSBlocks(version, _LEVEL)
        self.data_bytes = sum(b.dataCount for b in self.rs_blocks)
        self.count = len(positions)
        self.mask = int("".join("1" if masked(r, c) else "0" for c, r in positions), 2)
        fixed = "".join("1" if m else "0" for row in code.modules for m in row)
        # each module: its fixed value, or the k-th data bit (found after the fixed ones)
        source = list(range(n * n))
        for k, (c, r) in enumerate(positions):
            source[r * n + c] = n * n + k
        self.fixed = fixed
        self.pick = itemgetter(*source)


@cache
def _template(version: int, mask: int) -> _Template:
    return _Template(version, mask)


def _codewords(code, t: _Template) -> list[int]:
    """reportlab's ``QRCode.createData``, on the fast bit buffer."""
    bits = _Bits()
    for data in code.dataList:
        data.write(bits, code.version)
    room = t.data_bytes * 8
    if bits.length > room:
        raise ValueError(f"code length overflow. ({bits.length} > {room})")
    if bits.length + 4 <= room:
        bits.put(0, 4)
    bits.put(0, -bits.length % 8)
    pads = (qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)
    i = 0
    while bits.length < room:
        bits.put(pads[i % 2], 8)
        i += 1
    return qrencoder.QRCode.createBytes(bits, t.rs_blocks)


def qr_rows(text: str, mask: int) -> list[str]:
    """The QR code of ``text`` (error correction M, the given mask) as rows of "0"/"1"."""
    code = qrencoder.QRCode(None, _LEVEL)
    if text.isascii():
        code.addData(text)
    else:  # never Kanji mode: scanners would type Japanese
        code.addData(qrencoder.QR8bitByte(text))
    code.version = code.calculate_version()
    t = _template(code.version, mask)
    words = _codewords(code, t)
    # the remainder bits after the codewords are 0, as in reportlab's mapData
    value = int.from_bytes(bytes(words), "big") << (t.count - len(words) * 8)
    data = format(value ^ t.mask, f"0{t.count}b")
    flat = "".join(t.pick(t.fixed + data))
    n = t.n
    return [flat[i : i + n] for i in range(0, n * n, n)]
