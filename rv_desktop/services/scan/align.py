"""Where a scanned page's form lies: its QR code, its registration marks, one affine.

The QR code (zxing-cpp reads it at any rotation and gives its four corners)
tells which form the page is and roughly where the page lies; the four
solid corner marks, searched near where that first guess puts them, give
the precise fit: an affine from the map's points (pt, from the top left, y
down) to the scan's pixels, by least squares over the four mark centres.
A copier's scan is affine (rotation, scale, offset, a little shear); a page
whose marks do not fit one (a photo at an angle, a crumpled sheet) is
refused rather than read wrongly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageFilter

__all__ = ["Affine", "Located", "fit_affine", "find_qr", "find_marks", "ink_levels"]

Point = tuple[float, float]

#: how far from where the QR code puts it a mark is searched (pt, each side)
SEARCH = 10.0
#: the largest distance (pt) between a mark and the fitted affine's place for it
MAX_RESIDUAL = 2.0


@dataclass(frozen=True)
class Affine:
    """x' = a x + b y + c, y' = d x + e y + f (map points to scan pixels)."""

    a: float
    b: float
    c: float
    d: float
    e: float
    f: float

    def __call__(self, x: float, y: float) -> Point:
        return (self.a * x + self.b * y + self.c, self.d * x + self.e * y + self.f)

    @property
    def scale(self) -> float:
        """Pixels per point (the mean of the two axes' scales)."""
        return ((self.a**2 + self.d**2) ** 0.5 + (self.b**2 + self.e**2) ** 0.5) / 2


def _solve3(m: list[list[float]], v: list[float]) -> list[float] | None:
    """Solve the 3×3 system m·x = v (Cramer's rule); None when singular."""

    def det(a):
        return (
            a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
            - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
        )

    d = det(m)
    if abs(d) < 1e-9:
        return None
    out = []
    for col in range(3):
        mc = [row[:] for row in m]
        for r in range(3):
            mc[r][col] = v[r]
        out.append(det(mc) / d)
    return out


def fit_affine(src: Sequence[Point], dst: Sequence[Point]) -> Affine | None:
    """The least-squares affine taking ``src`` to ``dst`` (three points or more)."""
    if len(src) < 3:
        return None
    sxx = sum(x * x for x, _ in src)
    sxy = sum(x * y for x, y in src)
    syy = sum(y * y for _, y in src)
    sx = sum(x for x, _ in src)
    sy = sum(y for _, y in src)
    n = float(len(src))
    m = [[sxx, sxy, sx], [sxy, syy, sy], [sx, sy, n]]
    row_x = _solve3(m, [sum(x * u for (x, _), (u, _) in zip(src, dst, strict=True)),
                        sum(y * u for (_, y), (u, _) in zip(src, dst, strict=True)),
                        sum(u for u, _ in dst)])  # fmt: skip
    row_y = _solve3(m, [sum(x * v for (x, _), (_, v) in zip(src, dst, strict=True)),
                        sum(y * v for (_, y), (_, v) in zip(src, dst, strict=True)),
                        sum(v for _, v in dst)])  # fmt: skip
    if row_x is None or row_y is None:
        return None
    return Affine(*row_x, *row_y)


@dataclass(frozen=True)
class QrFound:
    text: str
    corners: tuple[
        Point, Point, Point, Point
    ]  # the code's top left, top right, bottom right, bottom left


def find_qr(image: Image.Image) -> list[QrFound]:
    """The QR codes zxing-cpp finds on the page (any rotation), with their corners."""
    import zxingcpp

    found = []
    for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        if not code.valid:
            continue
        p = code.position
        corners = tuple((float(q.x), float(q.y)) for q in
                        (p.top_left, p.top_right, p.bottom_right, p.bottom_left))  # fmt: skip
        found.append(QrFound(code.text, corners))  # type: ignore[arg-type]
    return found


def ink_levels(image: Image.Image) -> tuple[int, int]:
    """(paper, threshold): the page's paper grey and the grey below which a pixel is ink."""
    hist = image.histogram()
    total = sum(hist)
    seen, paper = 0, 255
    for level in range(255, -1, -1):  # the paper: the level 70 % of the pixels are lighter than
        seen += hist[level]
        if seen >= total * 0.3:
            paper = level
            break
    return paper, max(40, int(paper * 0.55))


def _rect_corners(box: Sequence[float]) -> list[Point]:
    x, y, w, h = box
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]


@dataclass(frozen=True)
class Located:
    """A page laid on its map: the affine (map → scan) and how well the marks fit."""

    affine: Affine
    marks_found: int
    residual: float  # pt


def find_marks(image: Image.Image, qr: QrFound, page_map: dict, threshold: int) -> Located | str:
    """The affine from the map to the scan, fitted on the four marks; a reason if none."""
    from ...domain.errors import QT_TRANSLATE_NOOP

    guess = fit_affine(_rect_corners(page_map["qr"]), list(qr.corners))
    if guess is None or guess.scale < 0.5:
        return QT_TRANSLATE_NOOP("scan", "the QR code is too small or damaged to place the page")
    src, dst = [], []
    for box in page_map["marks"]:
        x, y, w, h = box
        centre = found_centre(image, guess, (x + w / 2, y + h / 2), w, threshold)
        if centre is not None:
            src.append((x + w / 2, y + h / 2))
            dst.append(centre)
    if len(src) < 3:
        return QT_TRANSLATE_NOOP(
            "scan", "the corner marks were not found (page cut off or folded?)"
        )
    affine = fit_affine(src, dst)
    if affine is None:
        return QT_TRANSLATE_NOOP(
            "scan", "the corner marks were not found (page cut off or folded?)"
        )
    scale = affine.scale
    residual = max(((affine(*s)[0] - d[0]) ** 2 + (affine(*s)[1] - d[1]) ** 2) ** 0.5 / scale
                   for s, d in zip(src, dst, strict=True))  # fmt: skip
    if residual > MAX_RESIDUAL or abs(scale / guess.scale - 1) > 0.08:
        return QT_TRANSLATE_NOOP("scan", "the page is warped (the corner marks do not line up)")
    return Located(affine, len(src), residual)


def found_centre(image: Image.Image, guess: Affine, centre: Point, size: float,
                 threshold: int) -> Point | None:  # fmt: skip
    """The centre (px) of the solid mark of ``size`` pt the guess puts at ``centre``."""
    s = guess.scale
    cx, cy = guess(*centre)
    half = (size / 2 + SEARCH) * s
    left, top = int(cx - half), int(cy - half)
    right, bottom = int(cx + half), int(cy + half)
    if left < 0 or top < 0 or right > image.width or bottom > image.height:
        left, top = max(0, left), max(0, top)
        right, bottom = min(image.width, right), min(image.height, bottom)
        if right - left < size * s or bottom - top < size * s:
            return None
    window = image.crop((left, top, right, bottom)).filter(ImageFilter.MaxFilter(3))
    window = window.filter(ImageFilter.MinFilter(3))  # specks and thin lines go, squares stay
    ink = window.point(lambda p: 255 if p < threshold else 0)
    bbox = ink.getbbox()
    if bbox is None:
        return None
    bw, bh = bbox[2] - bbox[0], bbox[3] - bbox[1]
    side = size * s
    # a rotated square's bounding box is up to √2 larger
    if not (0.7 * side <= bw <= 1.6 * side and 0.7 * side <= bh <= 1.6 * side):
        return None
    dark = ink.crop(bbox).histogram()[255]
    if dark < 0.6 * side * side:  # a solid square, not a frame or a letter
        return None
    return (left + (bbox[0] + bbox[2]) / 2, top + (bbox[1] + bbox[3]) / 2)
