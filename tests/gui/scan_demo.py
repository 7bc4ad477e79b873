"""Scanned forms for the form window's tests, its screen test and its screenshots.

``scan_forms(work, count, doubtful)`` prints the demo campaign's forms, picks
``count`` forms nobody has typed into, ticks them as a visitor would (the
satisfaction "satisfied", the risk "low"), writes a note by hand in the
opinions area of the ``doubtful`` ones, and makes those doubtful: the
satisfaction ticked twice and the risk ticked faintly. The pages are scanned
into drafts (``scan_files``) as the copier's PDF would be.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import ImageDraw, ImageFont

from rv_desktop.services.printing import print_forms
from rv_desktop.services.scan.forms import ScanResult, scan_files
from tests.services.scan_tools import as_pdf, page_map_of, render, tick

#: a font to write by hand with (any CJK font the machine has; a line if none)
HAND_FONTS = ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "C:/Windows/Fonts/simkai.ttf")
NOTES = {
    "opinions": "希望村里的路灯早日修好，谢谢回访。",
    "contact_note": "本人在家，当面交谈。",
    "conclusion_note": "对处理结果认可。",
}


def _write(page, box: list[float], text: str, dpi: int) -> None:
    """Handwriting in an area of the map (points) of the unrotated page."""
    x, y, w, h = (v * dpi / 72 for v in box)
    draw = ImageDraw.Draw(page)
    for path in HAND_FONTS:
        if Path(path).exists():
            font = ImageFont.truetype(path, round(min(h * 0.45, 13 * dpi / 72)))
            draw.text((x + 12, y + h * 0.25), text, fill=10, font=font)
            return
    draw.line([(x + 20, y + h / 2), (x + w / 2, y + h / 2 + 6)], fill=0, width=3)


def _fresh_forms(printed: Path, work: Path, count: int, dpi: int) -> tuple[list, list[int]]:
    """The first ``count`` printed forms nobody has typed into, and the index of
    each one's first page in ``printed``: the pages are scanned (untouched) a
    few at a time and read in a dry run, which says which drafts it could fill."""
    fresh, starts, first = [], [], 0
    while len(fresh) < count:
        batch = render(printed, dpi, first=first, count=20)
        assert batch, "not enough forms nobody has typed into"
        would = scan_files([as_pdf(batch, work / "probe.pdf", dpi)], dry_run=True).forms
        for form in would:
            if form.reason == "a dry run: nothing was stored" and len(fresh) < count:
                fresh.append(form)
                starts.append(first + form.pages[0] - 1)
        first += len(batch)
    (work / "probe.pdf").unlink()
    return fresh, starts


def scan_forms(work: Path, count: int = 3, doubtful: tuple[int, ...] = (1,),
               dpi: int = 150) -> tuple[ScanResult, list]:  # fmt: skip
    """Scan ``count`` fresh forms of the open database's campaign; (result, forms printed)."""
    printed = print_forms(work / "forms.pdf").path
    fresh, starts = _fresh_forms(printed, work, count, dpi)
    pages = []
    rng = random.Random(5)
    for n, start in enumerate(starts):
        for page in render(printed, dpi, first=start, count=2):
            pmap = page_map_of(page)
            for area in pmap["areas"]:
                if n in doubtful and area["field"] in NOTES:
                    _write(page, area["box"], NOTES[area["field"]], dpi)
            for t in pmap["ticks"]:
                if t["field"] == "satisfaction" and t["value"] in ("satisfied", "dissatisfied"):
                    if t["value"] == "satisfied" or n in doubtful:  # two boxes ticked
                        tick(page, t["box"], dpi, "check", rng)
                if t["field"] == "risk" and t["value"] == "low":
                    tick(page, t["box"], dpi, "faint" if n in doubtful else "check", rng)
                if t["field"] in ("method", "respondent") and t["value"] in ("home_visit",
                                                                            "petitioner"):
                    tick(page, t["box"], dpi, "check", rng)
            pages.append(page)
    result = scan_files([as_pdf(pages, work / "scans.pdf", dpi)])
    assert [f.saved for f in result.forms] == ["draft"] * count
    return result, fresh
