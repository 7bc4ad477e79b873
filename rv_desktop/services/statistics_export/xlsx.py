"""Writing a table layout as xlsx, and the audit record of an export."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from copy import copy
from pathlib import Path
from types import SimpleNamespace

from ...domain import audit
from ...domain.models import db
from ...domain.statistics import Statistics, SummaryRow
from ..output import write_atomically
from ..signoff import write_signoff_xlsx
from ..xlsx_out import put
from ..xlsx_stream import LINE_HEIGHT, print_setup, wrapped_lines
from .layout import StatisticsExportError, TableLayout, _texts, statistics_layout
from .summary import summary_layout


def export_statistics_xlsx(
    stats: Statistics,
    out: str | os.PathLike,
    *,
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the feedback statistics to the xlsx ``out``; returns the path."""
    layout = statistics_layout(stats, labels, today)
    path = write_table_xlsx(layout, Path(out), text=_texts(labels))
    audit_export(path, "statistics", stats.campaign, len(stats.rows), "xlsx", stats.by)
    return path


def export_summary_xlsx(
    rows: Sequence[SummaryRow],
    out: str | os.PathLike,
    campaign: str = "",
    *,
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the summary table of ``rows`` (``summary_rows``) to the xlsx ``out``."""
    layout = summary_layout(campaign, rows, labels, today)
    path = write_table_xlsx(layout, Path(out), text=_texts(labels))
    audit_export(path, "summary", campaign, len(rows), "xlsx")
    return path


def write_layout_xlsx(
    layout: TableLayout, out: str | os.PathLike, labels: Mapping[str, str] | None = None
) -> Path:
    """Write ``layout`` to the xlsx ``out`` without an audit record (for callers,
    such as the exchange package, that record the whole of what they write)."""
    return write_table_xlsx(layout, Path(out), text=_texts(labels))


def audit_export(path: Path, what: str, campaign: str, count: int, fmt: str, by: str | None = None):
    note = {"file": path.name, "what": what, "campaign": campaign, "count": count, "format": fmt}
    if by:
        note["by"] = by
    with db.atomic():
        audit.log_action("export", "target", None, note)


_TITLE_ROW, _INFO_ROW, _HEAD_ROW = 1, 2, 3


def _styles() -> SimpleNamespace:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    return SimpleNamespace(
        border=Border(left=thin, right=thin, top=thin, bottom=thin),
        centre=Alignment(horizontal="center", vertical="center", wrap_text=True),
        left=Alignment(horizontal="left", vertical="center", wrap_text=True),
        body_font=Font(name="SimSun", size=10),
        bold_font=Font(name="SimSun", size=10, bold=True),
        header_font=Font(name="SimHei", size=10, bold=True),
        fill=PatternFill("solid", fgColor="D9D9D9"),
    )


def write_table_xlsx(layout: TableLayout, path: Path, text: Mapping[str, str]) -> Path:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    width = len(layout.widths)
    wb = Workbook()
    ws = wb.active
    ws.title = layout.sheet[:31]
    for i, w in enumerate(layout.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    st = _styles()
    _write_title(ws, layout, get_column_letter(width), st)
    _write_header(ws, layout, st)
    first_body = _HEAD_ROW + len(layout.header_rows)
    _write_body(ws, layout, text, first_body, st)
    end = first_body + len(layout.rows)
    if layout.footnote:
        from openpyxl.styles import Alignment, Font

        note = put(ws, end, 1, layout.footnote)
        note.font = Font(name="SimSun", size=9)
        note.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=width)
        ws.row_dimensions[end].height = 48
        end += 1
    if layout.signoff:
        write_signoff_xlsx(ws, end, width, layout.signoff)
    ws.freeze_panes = ws.cell(first_body, 2).coordinate
    print_setup(ws, f"{_HEAD_ROW}:{first_body - 1}", text["footer"])
    return write_atomically(path, wb.save, error=StatisticsExportError, code="export_failed")


def _write_title(ws, layout: TableLayout, last: str, st: SimpleNamespace) -> None:
    from openpyxl.styles import Alignment, Font

    title = put(ws, _TITLE_ROW, 1, layout.title)
    title.font = Font(name="SimHei", size=16, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[_TITLE_ROW].height = 34
    ws.merge_cells(f"A{_TITLE_ROW}:{last}{_TITLE_ROW}")
    info = put(ws, _INFO_ROW, 1, layout.subtitle)
    info.font = st.body_font
    info.alignment = Alignment(horizontal="right", vertical="center")
    ws.merge_cells(f"A{_INFO_ROW}:{last}{_INFO_ROW}")


def _write_header(ws, layout: TableLayout, st: SimpleNamespace) -> None:
    for r, values in enumerate(layout.header_rows):
        for c, value in enumerate(values):
            cell = put(ws, _HEAD_ROW + r, c + 1, value or None)
            cell.font, cell.alignment, cell.border, cell.fill = (
                st.header_font,
                st.centre,
                st.border,
                st.fill,
            )
        ws.row_dimensions[_HEAD_ROW + r].height = 30
    for (c1, r1), (c2, r2) in layout.spans:
        # the merged range keeps only its first cell's text
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    ws.cell(_HEAD_ROW + r, c + 1).value = None
        ws.merge_cells(
            start_row=_HEAD_ROW + r1,
            start_column=c1 + 1,
            end_row=_HEAD_ROW + r2,
            end_column=c2 + 1,
        )


def _write_body(
    ws, layout: TableLayout, text: Mapping[str, str], first_body: int, st: SimpleNamespace
) -> None:
    # openpyxl registers a cell's style objects anew for every cell (hashing them):
    # a 5,000-row summary spent seconds on it. Each combination is made once and its
    # style indexes copied to the other cells.
    made: dict[tuple, object] = {}
    for i, values in enumerate(layout.rows):
        r = first_body + i
        lines = max(
            (
                wrapped_lines(v, layout.widths[c])
                for c, v in enumerate(values)
                if c in layout.wrapped
            ),
            default=1,
        )
        if lines > 1:  # wrapped text: rows as high as it needs (Excel and WPS do not grow them)
            ws.row_dimensions[r].height = min(LINE_HEIGHT * lines + 2, 409)
        is_total = layout.has_total and i == len(layout.rows) - 1
        for c, value in enumerate(values):
            if c in layout.rate_columns and value is None:
                value = text["no_rate"]
            cell = put(ws, r, c + 1, value)
            wide = isinstance(value, str) and c != 0 and (c in layout.wrapped or len(value) > 12)
            number_format = _number_format(layout, c, value, text)
            key = (is_total, wide, number_format)
            if key in made:
                cell._style = copy(made[key])  # noqa: SLF001 - openpyxl's style indexes
                continue
            cell.border = st.border
            cell.font = st.bold_font if is_total else st.body_font
            cell.alignment = st.left if wide else st.centre
            if number_format:
                cell.number_format = number_format
            made[key] = copy(cell._style)  # noqa: SLF001


def _number_format(layout: TableLayout, c: int, value, text: Mapping[str, str]) -> str | None:
    if c in layout.rate_columns and isinstance(value, float):
        return "0.0%"
    if isinstance(value, dt.date):
        return text["date_format"]
    if c == 1 and not layout.has_total:
        return "@"  # case numbers stay text
    return None
