"""The ink in each tick box, and what each field says, with a doubt band.

A box's reading is the share of ink pixels inside it, the box shrunk by a
margin so that its own printed border (and a tick's stroke just touching
it) does not count. The box's border itself is the blank reference: where
the map puts a box, a ring of ink must be found, or the page is not where
the map says and the field is only a guess. A share below ``EMPTY`` is an
empty box, above ``TICKED`` a ticked one, between the two a doubt; a field
is sure only when every one of its boxes is clearly empty or clearly ticked
and at most one is ticked. A wrong reading must never be marked sure: the
thresholds are wide apart, and everything between them is left to the
clerk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PIL import Image

__all__ = ["EMPTY", "PAD", "TICKED", "FieldReading", "box_ink", "decide"]

#: below: an empty box (noise, a speck, a blurred border)
EMPTY = 0.035
#: above: a ticked box (the smallest ✓ people draw covers ~10 % of the box)
TICKED = 0.085
#: how far inside its border a box is measured (pt)
MARGIN = 2.4
#: a share of faint marks above this makes an otherwise empty box doubtful
FAINT = 0.07
#: the ring around the border that must hold ink (the box is where the map says)
RING_MIN = 0.2


@dataclass
class FieldReading:
    """What a field's tick boxes say."""

    field: str
    value: Any  # the ticked choice's code (True/False for yes-no), None when none
    sure: bool
    confidence: float  # 0..1: how far the boxes are from the doubt band
    inks: dict[str, float] = field(default_factory=dict)  # choice → share of ink
    why: str = ""  # "", "two ticked", "faint mark", "box not found"


def _dark(image: Image.Image, box: tuple[int, int, int, int], threshold: int) -> tuple[int, int]:
    """(ink pixels, all pixels) of ``box`` in the aligned page."""
    hist = image.crop(box).histogram()
    return sum(hist[:threshold]), max(1, sum(hist))


#: how much around a box is drawn upright to measure it (pt, each side)
PAD = 2.0


def box_ink(
    crop: Image.Image, box: list[float], scale: float, threshold: int, faint: int
) -> tuple[float, float, float]:
    """(ink share inside the box, ink share of its border's ring, share of faint marks
    inside: darker than ``faint``); ``crop`` is the box drawn upright with ``PAD``
    around it, at ``scale`` px/pt."""
    w, h = box[2] * scale, box[3] * scale
    x = y = PAD * scale
    m = MARGIN * scale
    inner = (round(x + m), round(y + m), round(x + w - m), round(y + h - m))
    ink_in, all_in = _dark(crop, inner, threshold)
    light, _ = _dark(crop, inner, faint)
    r = 1.0 * scale
    outer = (round(x - r), round(y - r), round(x + w + r), round(y + h + r))
    hole = (round(x + r), round(y + r), round(x + w - r), round(y + h - r))
    ring_level = (threshold + faint) // 2  # a thin border blurred to grey still counts
    ink_out, all_out = _dark(crop, outer, ring_level)
    ink_hole, all_hole = _dark(crop, hole, ring_level)
    ring = (ink_out - ink_hole) / max(1, all_out - all_hole)
    return ink_in / all_in, ring, light / all_in


#: a label's zone with more ink than this above or below it has been circled
STRAY = 0.08
#: the strips above and below a label, clear of the box row's printing (pt)
_STRIP = (1.0, 3.0)


def label_zone(box: list[float], after: list[float] | None) -> list[float]:
    """Where a circle around the box's label would cross: the label's width, from
    3 pt above the box's top to 3 pt below its bottom."""
    x, y, w, h = box
    start = x + w + 6.0  # clear of a tick that runs over the box's edge
    end = start + 24.0
    if after is not None and abs(after[1] - y) < 1 and after[0] > x:
        end = min(end, after[0] - 4.0)
    return [start, y - _STRIP[1], max(4.0, end - start), h + 2 * _STRIP[1]]


def strip_ink(crop: Image.Image, scale: float, threshold: int) -> float:
    """The ink share of the strips above and below the label (``crop``: its zone upright)."""
    top = round((_STRIP[1] - _STRIP[0]) * scale)
    bottom = crop.height - top
    above, n1 = _dark(crop, (0, 0, crop.width, top), threshold)
    below, n2 = _dark(crop, (0, bottom, crop.width, crop.height), threshold)
    return max(above / n1, below / n2)


def _margin(ink: float) -> float:
    """How far a share is from the doubt band, 0 (in it) to 1 (far)."""
    if ink <= EMPTY:
        return min(1.0, (EMPTY - ink) / EMPTY)
    if ink >= TICKED:
        return min(1.0, (ink - TICKED) / TICKED)
    return 0.0


def decide(
    name: str, measured: list[tuple[Any, float, float, float]], circled: list[Any] | None = None
) -> FieldReading:
    """The field's reading from its boxes: (value, ink, ring, faint share) each;
    ``circled``: the choices whose label seems circled (marks above and below it),
    which make the field uncertain.

    A box with faint marks (a light pencil tick, a washed-out copy) but little
    ink counts as in the doubt band, never as surely empty.
    """
    boxes = [(v, max(ink, (EMPTY + TICKED) / 2) if ink <= EMPTY and light > FAINT else ink, ring)
             for v, ink, ring, light in measured]  # fmt: skip
    inks = {_key(v): round(ink, 3) for v, ink, _, _ in measured}
    if any(ring < RING_MIN for _, _, ring in boxes):
        best = max(boxes, key=lambda b: b[1])
        return FieldReading(name, best[0] if best[1] >= TICKED else None, False, 0.0, inks,
                            "box not found")  # fmt: skip
    ticked = [b for b in boxes if b[1] >= TICKED]
    doubtful = [b for b in boxes if EMPTY < b[1] < TICKED]
    confidence = round(min(_margin(ink) for _, ink, _ in boxes), 2)
    if len(ticked) > 1:
        best = max(ticked, key=lambda b: b[1])
        return FieldReading(name, best[0], False, 0.0, inks, "several ticked")
    if doubtful:
        value = ticked[0][0] if ticked else None
        return FieldReading(name, value, False, 0.0, inks, "faint mark")
    value = ticked[0][0] if ticked else None
    if circled:
        guess = value if value is not None or len(circled) > 1 else circled[0]
        return FieldReading(name, guess, False, 0.0, inks, "marks outside the boxes")
    return FieldReading(name, value, True, confidence, inks)


def _key(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)
