"""The registration form's map: where a scanner finds every box of a layout version.

The same ``Layout`` that draws the form yields, per page, the position of
every tick box (field, value), every handwriting area (field), the four
registration marks and the QR code, in points from the page's top-left
corner with y downwards (as a scanned image is addressed). Positions never
depend on the font (``form_style.em_width``), so every form of a version has
the same map.

The map of each printed version is kept in ``data/form-map-N.json``:
a form printed before a layout change is read with its own version's map
(``form_map(version)``). ``python -m rv_desktop.services.pdf.form_map``
prints the current layout's map, to store when ``LAYOUT`` is raised; a test
checks that the stored map of the current version is the layout's.
"""

from __future__ import annotations

import json
from typing import Any

from ...domain import vocabulary
from .form_blocks import ContactsTable, Signature
from .form_cells import Ticks, VisitArea, VisitValue
from .form_layout import LAYOUT, Layout
from .form_marks import mark_boxes, qr_box
from .form_style import PAGE_H, PAGE_W, Box

__all__ = ["build_map", "dumps", "form_map", "stored_map"]


def _rect(b: Box) -> list[float]:
    """[x, y, w, h] from the top left, y downwards, in points."""
    return [round(b.x, 2), round(PAGE_H - b.top, 2), round(b.w, 2), round(b.h, 2)]


def _areas(cell) -> list[dict[str, Any]]:
    if isinstance(cell, ContactsTable):
        return [{"field": "contacts", "row": n, "box": _rect(row)}
                for n, row in enumerate(cell.row_boxes(), start=1)]  # fmt: skip
    if isinstance(cell, Signature):
        return [{"field": f"signature.{cell.who}", "box": _rect(cell.sign_box())}]
    if isinstance(cell, VisitArea | VisitValue) and cell.key:
        return [{"field": cell.key, "box": _rect(cell.box)}]
    return []


def build_map() -> dict[str, Any]:
    """The map of the current layout (``LAYOUT``), built from the code that draws it."""
    pages = []
    for number, grid in enumerate(Layout().grids, start=1):
        ticks, areas = [], []
        for cell in grid.cells:
            if isinstance(cell, Ticks):
                ticks += [{"field": cell.key, "value": value, "box": _rect(box)}
                          for value, _text, box, _x, _size in cell.slots()]  # fmt: skip
            areas += _areas(cell)
        pages.append({
            "page": number,
            "marks": [_rect(b) for b in mark_boxes()],
            "qr": _rect(qr_box()),
            "ticks": ticks,
            "areas": areas,
        })  # fmt: skip
    return {
        "layout": LAYOUT,
        "units": "pt from the page's top left, y downwards",
        "page_size": [round(PAGE_W, 2), round(PAGE_H, 2)],
        "pages": pages,
    }


def stored_map(version: int) -> dict[str, Any]:
    """The map kept in ``data/`` for layout ``version``; KeyError if none."""
    path = vocabulary.data_dir() / f"form-map-{int(version)}.json"
    if not path.is_file():
        raise KeyError(version)
    return json.loads(path.read_text(encoding="utf-8"))


def form_map(version: int = LAYOUT) -> dict[str, Any]:
    """The map of layout ``version``: the current layout's, or a stored one."""
    return build_map() if version == LAYOUT else stored_map(version)


def dumps(the_map: dict[str, Any]) -> str:
    """The map as stored: JSON, one box a line (reviewable in a diff)."""
    out = ["{"]
    head = {k: v for k, v in the_map.items() if k != "pages"}
    out += [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    out.append(' "pages": [')
    for i, page in enumerate(the_map["pages"]):
        out.append("  {")
        items = list(page.items())
        for j, (key, value) in enumerate(items):
            comma = "," if j < len(items) - 1 else ""
            if isinstance(value, list) and value and isinstance(value[0], dict):
                rows = [f"    {json.dumps(v, ensure_ascii=False)}" for v in value]
                out.append(f"   {json.dumps(key)}: [\n" + ",\n".join(rows) + f"\n   ]{comma}")
            else:
                out.append(f"   {json.dumps(key)}: {json.dumps(value)}{comma}")
        out.append("  }" + ("," if i < len(the_map["pages"]) - 1 else ""))
    out += [" ]", "}"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":  # pragma: no cover - prints the map to store
    print(dumps(build_map()), end="")
