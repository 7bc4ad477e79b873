"""Draw the program's icon: ``resources/icons/rv_desktop.png`` (256 px) and ``.ico``.

A blue rounded square with a white registration form and a red check mark:
one case, one form. Drawn with QPainter (no font needed, so it looks the same
on every machine); the .ico carries 16-256 px sizes (Pillow) for Windows
Explorer, the taskbar and the installer.

    python tools/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f5fa8"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    # the form
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(58 * s, 40 * s, 140 * s, 176 * s), 10 * s, 10 * s)
    # its title bar and ruled lines
    p.setBrush(QColor("#1f5fa8"))
    p.drawRect(QRectF(80 * s, 62 * s, 96 * s, 14 * s))
    p.setBrush(QColor("#9db6d6"))
    for y in (96, 118, 140):
        p.drawRect(QRectF(80 * s, y * s, 96 * s, 8 * s))
    # the check mark
    pen = QPen(QColor("#d93025"), 22 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(104 * s, 176 * s))
    path.lineTo(QPointF(132 * s, 200 * s))
    path.lineTo(QPointF(214 * s, 134 * s))
    p.drawPath(path)
    p.end()
    return image


def main() -> int:
    from PIL import Image

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    png = ICONS / "rv_desktop.png"
    if not draw(256).save(str(png)):
        raise SystemExit(f"could not write {png}")
    Image.open(png).save(ICONS / "rv_desktop.ico", sizes=[(n, n) for n in ICO_SIZES])
    print(png, ICONS / "rv_desktop.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
