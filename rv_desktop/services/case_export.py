"""The case list as a styled Excel workbook, ready to print on A4.

``export_cases`` writes the rows the clerk filtered (100,000 of them if need
be) into an xlsx: a merged title row (信访事项台账) with the export time, a
bold, bordered header that stays frozen on screen and repeats on every
printed page, A4 landscape fitted to the page width, page numbers in the
footer. ID numbers and phones are text cells (``@``), so Excel never turns
them into numbers and loses digits; dates are real dates shown as
yyyy-mm-dd. Personal data is masked unless the clerk asked to reveal it, and
every export leaves an audit record saying whether it was revealed.

The header names are the ones the ledger import recognises, so an exported
list can be imported again. openpyxl writes the styled frame (title, header,
print setup, one styled empty row); the data rows are streamed as the same
XML straight into a copy of its zip (``_fill_frame``), a temporary file that
replaces the target only when complete.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from pathlib import Path

from ..domain import audit, vocabulary
from ..domain.cases import CaseRow
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.models import db
from ..domain.normalize.masking import mask_address, mask_id, mask_phone
from .output import write_atomically
from .xlsx_out import as_text, put
from .xlsx_stream import LINE_HEIGHT, fill_frame, print_setup, row_xml, wrapped_lines

__all__ = ["COLUMNS", "DEFAULT_HEADERS", "DEFAULT_LABELS", "CaseExportError", "export_cases"]

#: The exported columns, in order, with their width in characters.
COLUMNS: list[tuple[str, float]] = [
    ("case_no", 16),
    # the petitioner
    ("petitioner", 10), ("id_number", 21), ("phones", 15), ("address", 26), ("village", 10),
    # the case as registered
    ("source_level", 10), ("channel", 9), ("registered_on", 12), ("category", 12),
    ("demand", 36),
    # its handling and conclusion
    ("handling_unit", 14), ("leader", 10), ("concluded_on", 12), ("conclusion", 36),
    ("people_count", 6), ("settled", 9),
]  # fmt: skip

#: Header texts when the caller passes none (data/vocabulary.toml: the words
#: the import recognises).
DEFAULT_HEADERS = vocabulary.headers("cases")

#: Texts of coded values, title and footer when the caller passes none (data/vocabulary.toml).
DEFAULT_LABELS = vocabulary.texts(
    "cases", codes={"source_level": "source_level", "channel": "channel", "yes_no": ""}
)

_DATE_COLUMNS = {"registered_on", "concluded_on"}
_TEXT_COLUMNS = {"case_no", "id_number", "phones"}
_WRAP_COLUMNS = {"demand", "conclusion", "address"}
_CENTRED_COLUMNS = {"source_level", "channel", "people_count", "settled", "village"}


class CaseExportError(UserError):
    """The workbook could not be written; the target file was not changed."""


def _cancelled() -> CaseExportError:
    return CaseExportError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))


def export_cases(
    rows: Iterable[CaseRow],
    path: str | os.PathLike,
    reveal: bool,
    progress: Callable[[int, int], None] | None = None,
    *,
    total: int | None = None,
    headers: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    columns: Sequence[str] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write ``rows`` to the xlsx at ``path`` and return the path.

    ``reveal`` writes ID numbers, phones and addresses in full (else masked);
    ``headers`` maps column keys to header texts and ``labels`` gives the
    texts of source levels, channels, yes/no and the title (both default to
    Chinese); ``columns`` picks and orders the columns (default: all of
    ``COLUMNS``). ``total`` (the number of rows, if ``rows`` has no length)
    is shown under the title and passed to ``progress(done, total)``;
    ``cancelled()`` returning True stops with a ``CaseExportError`` coded
    ``cancelled``, leaving no file behind.
    """
    path = Path(path)
    if total is None and isinstance(rows, Sized):
        total = len(rows)
    head = {**DEFAULT_HEADERS, **(headers or {})}
    text = {**DEFAULT_LABELS, **(labels or {})}
    widths = dict(COLUMNS)
    keys = [k for k in (columns or [k for k, _ in COLUMNS]) if k in widths]
    if not keys:
        raise ValueError("no known column to export")
    now = now or dt.datetime.now().replace(microsecond=0)

    counter = _Counter(progress, cancelled, total)

    def write(tmp: Path) -> None:
        frame = tmp.with_name(tmp.name + ".frame")
        try:
            styles = _write_frame(frame, keys, head, text, widths, reveal, total, now)
            wrapped = {k: widths[k] for k in keys if k in _WRAP_COLUMNS}
            rows_xml = _rows_xml(rows, keys, styles, reveal, text, wrapped)
            fill_frame(frame, tmp, counter.over(rows_xml), _DATA_ROW, len(keys))
        finally:
            frame.unlink(missing_ok=True)

    write_atomically(path, write, error=CaseExportError, code="export_failed")
    done = counter.done
    if progress is not None:
        progress(done, total or done)
    with db.atomic():
        audit.log_action(
            "export",
            "case",
            None,
            {"file": path.name, "count": done, "revealed": bool(reveal), "format": "xlsx"},
        )
    return path


class _Counter:
    """Counts the rows written; every 1,000 says how far and asks whether to stop."""

    def __init__(self, progress, cancelled, total: int | None):
        self.progress, self.cancelled, self.total = progress, cancelled, total
        self.done = 0

    def over(self, chunks: Iterable[str]) -> Iterator[str]:
        for chunk in chunks:
            self.done += 1
            if self.done % 1000 == 0:
                if self.cancelled is not None and self.cancelled():
                    raise _cancelled()
                if self.progress is not None:
                    self.progress(self.done, self.total or self.done)
            yield chunk


# --- the frame: everything but the data rows, by openpyxl -----------------------

_DATA_ROW = 4  # title, export line, header, then the data


def _write_frame(
    frame: Path,
    keys: list[str],
    head: Mapping[str, str],
    text: Mapping[str, str],
    widths: Mapping[str, float],
    reveal: bool,
    total: int | None,
    now: dt.datetime,
) -> list[int]:
    """Save the styled workbook without data; return each column's cell style id.

    Row 4 holds one empty, styled cell per column: its style ids are what the
    data rows use, and ``_fill_frame`` replaces that row by the data.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = text["title"][:31]
    last = get_column_letter(len(keys))
    for i, key in enumerate(keys, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths[key]

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    body_font = Font(name="SimSun", size=10)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center")
    wrap = Alignment(horizontal="left", vertical="center", wrap_text=True)

    _title_rows(ws, text, last, reveal, total, now)
    header_font = Font(name="SimHei", size=10, bold=True)
    header_fill = PatternFill("solid", fgColor="D9E1F2")
    ws.row_dimensions[3].height = 24
    styles = []
    for i, key in enumerate(keys, start=1):
        c = put(ws, 3, i, head[key])
        c.font, c.alignment, c.border, c.fill = header_font, centre, border, header_fill
        d = ws.cell(_DATA_ROW, i)
        d.font, d.border = body_font, border
        d.alignment = centre if key in _CENTRED_COLUMNS else wrap if key in _WRAP_COLUMNS else left
        if key in _DATE_COLUMNS:
            d.number_format = "yyyy-mm-dd"
        elif key in _TEXT_COLUMNS:
            d.number_format = "@"
        styles.append(d.style_id)

    ws.freeze_panes = f"A{_DATA_ROW}"
    print_setup(ws, "3:3", text["footer"])
    wb.save(frame)
    return styles


def _title_rows(ws, text, last: str, reveal: bool, total: int | None, now: dt.datetime) -> None:
    """The title, and the line saying when, how many and whether masked."""
    from openpyxl.styles import Alignment, Font

    as_text(ws["A1"], text["title"])
    ws["A1"].font = Font(name="SimSun", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 32
    ws.merge_cells(f"A1:{last}1")
    subtitle = text["exported_at"].format(time=now.strftime("%Y-%m-%d %H:%M"))
    if total is not None:
        subtitle += "    " + text["count"].format(count=total)
    if not reveal:
        subtitle += "    " + text["masked"]
    as_text(ws["A2"], subtitle)
    ws["A2"].font = Font(name="SimSun", size=9)
    ws["A2"].alignment = Alignment(horizontal="right", vertical="center")
    ws.merge_cells(f"A2:{last}2")


# --- the data rows, streamed --------------------------------------------------
#
# openpyxl builds an element per cell and, without lxml, serialises it in pure
# Python: about 0.6 ms a row here, a minute for 100,000 cases. The rows are
# plain, so they are written as SpreadsheetML straight into the frame's zip
# (``xlsx_stream``).


def _rows_xml(
    rows: Iterable[CaseRow],
    keys: list[str],
    styles: list[int],
    reveal: bool,
    text: Mapping[str, str],
    wrapped: Mapping[str, float],
) -> Iterator[str]:
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(i) for i in range(1, len(keys) + 1)]
    r = _DATA_ROW
    for row in rows:
        values = _values(row, reveal, text)
        lines = max((wrapped_lines(values[k], w) for k, w in wrapped.items()), default=1)
        # Wrapped text gets the height it needs: Excel and WPS keep a row
        # without a height at one line, and the print would cut the text.
        height = min(LINE_HEIGHT * lines + 2, 409) if lines > 1 else None
        yield row_xml(r, letters, styles, [values[k] for k in keys], height)
        r += 1


def _values(row: CaseRow, reveal: bool, text: Mapping[str, str]) -> dict:
    phones = row.phones if reveal else [mask_phone(p) for p in row.phones]
    return {
        "case_no": row.case_no,
        "petitioner": row.petitioner,
        "id_number": row.id_number if reveal else mask_id(row.id_number),
        "phones": "、".join(p for p in phones if p) or None,
        "address": row.address if reveal else mask_address(row.address),
        "village": row.village,
        "source_level": text.get(f"source_level.{row.source_level}", row.source_level)
        if row.source_level
        else None,
        "channel": text.get(f"channel.{row.channel}", row.channel) if row.channel else None,
        "registered_on": row.registered_on,
        "category": row.category,
        "demand": row.demand,
        "handling_unit": row.handling_unit,
        "leader": row.leader,
        "concluded_on": row.concluded_on,
        "conclusion": row.conclusion,
        "people_count": row.people_count,
        "settled": text["yes"] if row.settled else text["no"],
    }
