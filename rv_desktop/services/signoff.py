"""The sign-off block under a table the county files (填报单位（盖章）, 单位负责人 ...).

A government table carries, under its grid, who reports it and who answers
for it: the reporting unit (with its seal), the head of the unit, the
reviewer, the person who filled it in, a phone number and the date. The
feedback statistics and the summary table print it, in the xlsx and the PDF
alike: the office, the clerk, the office's phone (``domain/office.py``) and
the day are filled in; the head and the reviewer sign by hand. The words
come from the county's vocabulary (``tables.common`` in data/vocabulary.toml).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from ..domain import vocabulary
from ..domain.office import office_names

__all__ = ["SIGNOFF_KEYS", "signoff_items", "write_signoff_xlsx"]

#: The block's items in reading order, three to a line.
SIGNOFF_KEYS = ("unit", "head", "reviewer", "preparer", "phone", "date")
PER_LINE = 3


def signoff_items(today: dt.date, text: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(label, value) of the block, values filled where the program knows them."""
    text = text or vocabulary.table("common")
    names = office_names()
    values = {
        "unit": names.office or names.town,
        "preparer": names.clerk,
        "phone": names.phone,
        "date": vocabulary.day_text(today),
    }
    return [(text[f"signoff.{key}"], values.get(key, "")) for key in SIGNOFF_KEYS]


def lines(items: Sequence[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    return [list(items[i : i + PER_LINE]) for i in range(0, len(items), PER_LINE)]


def write_signoff_xlsx(ws, first_row: int, width: int, items: Sequence[tuple[str, str]]) -> int:
    """Write the block from ``first_row`` (one blank row first) over ``width`` columns,
    a third of them per item; return the next free row."""
    from openpyxl.styles import Alignment, Font

    font = Font(name="SimSun", size=10)
    row = first_row + 1
    bounds = [round(i * width / PER_LINE) for i in range(PER_LINE + 1)]
    for line in lines(items):
        for i, (label, value) in enumerate(line):
            start, end = bounds[i] + 1, max(bounds[i + 1], bounds[i] + 1)
            cell = ws.cell(row, start, f"{label}{value}")
            cell.font = font
            cell.alignment = Alignment(horizontal="left", vertical="center")
            if end > start:
                ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=end)
        ws.row_dimensions[row].height = 22
        row += 1
    return row
