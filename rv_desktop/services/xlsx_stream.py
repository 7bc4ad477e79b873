"""The workbooks' print setup, and data rows streamed into an openpyxl frame.

Every table the program writes for paper (the case export, the assignment
table, the statistics and summary tables, the follow-up list) is printed the
same way: A4 landscape fitted to the page width, the header rows repeated on
every page, centred, page numbers in the footer (``print_setup``).

The long tables (the case export: 100,000 cases; the assignment table: the
22,000 targets of a big town) are written in two parts. openpyxl builds an
element per cell and serialises it in pure Python (no lxml here): about
0.5 ms a row. So openpyxl saves a *frame*, the styled workbook with one
empty, styled template row where the data goes, and ``fill_frame`` copies
the frame's zip with the data rows in place of that row, written as the XML
openpyxl would write (``row_xml``: inline strings, numbers, date serials,
the template row's style ids). Inline strings are never formulas: a text that
starts with ``=`` stays text (see ``xlsx_out``).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

__all__ = ["LINE_HEIGHT", "fill_frame", "print_setup", "row_xml", "wrapped_lines"]

_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
_EPOCH = dt.date(1899, 12, 30)
_DIMENSION = re.compile(r'<dimension ref="[^"]*"\s*/>')


LINE_HEIGHT = 13.5  # points per line of 10 pt SimSun


def wrapped_lines(value, width: float) -> int:
    """Lines ``value`` takes in a wrapped column ``width`` characters wide."""
    if not value or not isinstance(value, str):
        return 1
    per_line = max(width - 1, 1)
    total = 0
    for part in value.split("\n"):
        # a Chinese character is two character widths of Excel's unit
        size = sum(2 if ord(ch) > 0x2E7F else 1 for ch in part)
        total += max(1, -(-size // per_line))
    return int(total)


def print_setup(ws, title_rows: str, footer: str) -> None:
    """A4 landscape, fitted to the page width, ``title_rows`` (``"3:4"``) on every page."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.print_title_rows = title_rows
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.size = 9


@lru_cache(maxsize=8192)  # villages, units, categories repeat row after row
def _xml_text(value: str) -> str:
    return f'<t xml:space="preserve">{escape(_ILLEGAL.sub("", value))}</t>'


def row_xml(
    r: int,
    letters: Sequence[str],
    styles: Sequence[int],
    values: Iterable[Any],
    height: float | None = None,
) -> str:
    """Row ``r`` as SpreadsheetML: text inline, dates as serials, numbers whole."""
    if height:
        parts = [f'<row r="{r}" ht="{height:g}" customHeight="1">']
    else:
        parts = [f'<row r="{r}">']
    for letter, style, v in zip(letters, styles, values, strict=True):
        ref = f'r="{letter}{r}" s="{style}"'
        if v is None or v == "":
            parts.append(f"<c {ref}/>")
        elif isinstance(v, str):
            parts.append(f'<c {ref} t="inlineStr"><is>{_xml_text(v)}</is></c>')
        elif isinstance(v, dt.date):
            parts.append(f'<c {ref} t="n"><v>{(v - _EPOCH).days}</v></c>')
        else:
            parts.append(f'<c {ref} t="n"><v>{int(v)}</v></c>')
    parts.append("</row>")
    return "".join(parts)


def fill_frame(frame: Path, out: Path, rows_xml: Iterable[str], data_row: int, width: int) -> None:
    """Copy the frame's zip to ``out``, the data rows in place of template row ``data_row``."""
    from openpyxl.utils import get_column_letter

    template = re.compile(rf'<row r="{data_row}"[^>]*?(?:/>|>.*?</row>)', re.DOTALL)
    # The rows go to a spool first: the sheet's <dimension> comes before them
    # and must give the last row (read-only readers size the sheet by it).
    last_row = data_row - 1
    with tempfile.SpooledTemporaryFile(max_size=32 << 20, dir=out.parent) as spool:
        buffer: list[str] = []
        size = 0
        for chunk in rows_xml:
            buffer.append(chunk)
            size += len(chunk)
            last_row += 1
            if size > 1 << 20:
                spool.write("".join(buffer).encode("utf-8"))
                buffer, size = [], 0
        spool.write("".join(buffer).encode("utf-8"))
        spool.seek(0)
        with zipfile.ZipFile(frame) as zin:
            names = zin.namelist()
            sheet = next(n for n in names if n.startswith("xl/worksheets/sheet"))
            xml = zin.read(sheet).decode("utf-8")
            found = template.search(xml)
            if found is None:  # pragma: no cover - openpyxl always writes the styled row
                raise RuntimeError("the workbook frame has no template row")
            dimension = f'<dimension ref="A1:{get_column_letter(width)}{last_row}"/>'
            before = _DIMENSION.sub(dimension, xml[: found.start()], count=1)
            after = xml[found.end() :]
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
                for name in names:
                    if name != sheet:
                        zout.writestr(zin.getinfo(name), zin.read(name))
                with zout.open(sheet, "w", force_zip64=True) as stream:
                    stream.write(before.encode("utf-8"))
                    shutil.copyfileobj(spool, stream, 1 << 20)
                    stream.write(after.encode("utf-8"))
