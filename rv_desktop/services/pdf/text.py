"""Line breaking and drawing of Chinese text on a reportlab canvas.

Forms are laid out at the canvas level (a platypus build per form is far too
slow for a batch of 1,000), so the wrapping lives here: greedy, by tokens
(one CJK character, or a run of Latin letters and digits kept together),
with the usual Chinese rules: closing punctuation (，。、）》 ...) never starts a
line and opening punctuation (（《“ ...) never ends one. ``wrap_spans`` gives
index spans into the text, so a caller can cut it where a box is full and
carry the rest to a continuation page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics

__all__ = ["NO_END", "NO_START", "Pen", "wrap_spans"]

# Characters that may not begin a line.
NO_START = frozenset("，。、；：？！）》」』】〉〕”’…—·,.;:?!)]}%％～")
# Characters that may not end a line.
NO_END = frozenset("（《「『【〈〔“‘([{")

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:/%\-+_@#&'°]*|[ \t\u3000]+|.", re.S)


def wrap_spans(
    text: str, max_width: float, measure: Callable[[str], float]
) -> list[tuple[int, int]]:
    """Break ``text`` into lines no wider than ``max_width``; (start, end) per line.

    ``measure(s)`` gives the width of a string. Hard line breaks (``\\n``)
    are kept; blanks where a line breaks are dropped; a Latin word or number
    wider than a whole line is split between characters.
    """
    lines: list[tuple[int, int]] = []
    start = 0
    for para in text.split("\n"):
        end = start + len(para)
        lines.extend(_wrap_paragraph(text, start, end, max_width, measure))
        start = end + 1
    return lines


def _wrap_paragraph(text, start, end, max_width, measure):
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    if not tokens:
        return [(start, start)]
    lines: list[tuple[int, int]] = []
    line_start = tokens[0][0]
    width = 0.0
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        token = text[s:e]
        if s == line_start and token.isspace() and lines:
            line_start = e  # no blanks at the start of a wrapped line
            i += 1
            continue
        w = measure(token)
        if width + w <= max_width:
            width += w
            i += 1
            continue
        if token.isspace():  # break at the blank, drop it
            lines.append((line_start, s))
            line_start, width = e, 0.0
            i += 1
            continue
        if s == line_start:  # a single token wider than the line: split it
            cut = s + 1
            while cut < e and measure(text[s : cut + 1]) <= max_width:
                cut += 1
            lines.append((s, cut))
            tokens[i] = (cut, e)
            line_start, width = cut, 0.0
            continue
        brk = s
        if token[0] in NO_START:
            # push the previous character down with the punctuation
            j = i - 1
            while j > 0 and tokens[j][0] > line_start and text[tokens[j][0]] in NO_START:
                j -= 1
            if tokens[j][0] > line_start:
                brk = tokens[j][0]
        if brk > line_start and text[brk - 1] in NO_END and brk - 1 > line_start:
            brk -= 1  # an opening bracket goes down with what it opens
        lines.append((line_start, brk))
        line_start, width = brk, 0.0
        # restart measuring from the token that begins the new line
        i = next(k for k, (ts, _te) in enumerate(tokens) if ts >= brk)
    if line_start < end or not lines:
        lines.append((line_start, end))
    return [(a, _rstrip(text, a, b)) for a, b in lines]


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " \t\u3000":
        b -= 1
    return b


# PDF string escapes of the bytes a font subset uses (see ``Pen.text``).
_ESCAPES = {b: chr(b) for b in range(32, 127)}
_ESCAPES.update({b: f"\\{b:03o}" for b in (*range(32), *range(127, 256))})
_ESCAPES.update({b: "\\" + chr(b) for b in b"()\\"})


def _f(v: float) -> str:
    """A coordinate as PDF wants it: two decimals, no trailing zeros."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


class Pen:
    """Text helpers bound to a canvas and two fonts (body and title).

    ``bold_title`` thickens the title font's strokes (text render mode 2)
    when there is no real 黑体 and the title uses the body face.

    Text is written as PDF operators directly (``BT ... Tj ET`` through
    ``addLiteral``), using reportlab's own font subsetting: a batch of 1,000
    forms draws some 40,000 strings, and ``canvas.drawString`` spends most of
    its time formatting numbers in pure Python. Every string is a complete
    text object wrapped in ``q ... Q``, so nothing leaks into the canvas's
    idea of the graphics state.
    """

    def __init__(self, canvas, body: str, title: str, bold_title: bool = False):
        self.c = canvas
        self.body = body
        self.title = title
        self.bold_title = bold_title
        font = pdfmetrics.getFont(body)
        self._widths = font.face.charWidths
        self._default = font.face.defaultWidth
        self._cache: dict[str, float] = {}
        self._fonts = {body: font, title: pdfmetrics.getFont(title)}

    # -- measuring ------------------------------------------------------------------

    def em(self, text: str) -> float:
        """Width of ``text`` in the body font at size 1."""
        w = self._cache.get(text)
        if w is None:
            try:
                w = sum(map(self._widths.__getitem__, map(ord, text))) / 1000.0
            except KeyError:
                widths, default = self._widths, self._default
                w = sum(widths.get(ord(ch), default) for ch in text) / 1000.0
            if len(text) < 8:
                self._cache[text] = w
        return w

    def has(self, ch: str) -> bool:
        """Whether the body font has a glyph for ``ch``."""
        return ord(ch) in self._widths

    def width(self, text: str, size: float, font: str | None = None) -> float:
        if font is None or font == self.body:
            return self.em(text) * size
        return pdfmetrics.stringWidth(text, font, size)

    def fit_size(self, text: str, max_width: float, size: float, smallest: float = 6.5) -> float:
        """The largest size up to ``size`` at which ``text`` fits in one line."""
        natural = self.em(text)
        if natural * size <= max_width or natural == 0:
            return size
        return max(smallest, max_width / natural)

    def wrap(self, text: str, max_width: float, size: float) -> list[tuple[int, int]]:
        return wrap_spans(text, max_width / size, self.em)

    # -- drawing --------------------------------------------------------------------

    def text(self, x: float, y: float, text: str, size: float, font: str | None = None,
             align: str = "left", bold: bool = False) -> None:  # fmt: skip
        if not text:
            return
        font = font or self.body
        if align != "left":
            w = self.width(text, size, font)
            x -= w if align == "right" else w / 2
        face = self._fonts[font]
        doc = self.c._doc
        size_s = _f(size)
        ops = []
        for subset, data in face.splitString(text, doc):
            name = face.getSubsetInternalName(subset, doc)
            ops.append(f"{name} {size_s} Tf ({data.decode('latin-1').translate(_ESCAPES)}) Tj")
        stroke = ""
        if bold or (font == self.title and self.bold_title):
            stroke = f"{_f(size * 0.035)} w 2 Tr "
        self.c.addLiteral(f"q BT {stroke}1 0 0 1 {_f(x)} {_f(y)} Tm {' '.join(ops)} ET Q")

    def title_text(self, x: float, y: float, text: str, size: float, align: str = "centre") -> None:
        self.text(x, y, text, size, font=self.title, align=align)

    def rect(self, x: float, y: float, w: float, h: float, line_width: float = 0.5) -> None:
        """An outlined rectangle, black."""
        self.c.addLiteral(f"q {_f(line_width)} w 0 G {_f(x)} {_f(y)} {_f(w)} {_f(h)} re S Q")
