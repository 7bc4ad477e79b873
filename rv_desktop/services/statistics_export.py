"""The feedback statistics (回访情况反馈统计表) and the summary table (汇总表), as xlsx and PDF.

Both go to the county in its manner: a merged title row (the campaign's name
and the table's), a line with the office, the date and the dimension, a
two-row header whose upper row groups the columns (回访方式 over the methods,
满意度 over the satisfaction levels, ...), thin borders on every cell,
percentages as real numbers formatted ``0.0%``, a total row (合计) whose
numbers agree with the rows, the definition of the rates printed under the
table, A4 landscape fitted to the page width with the header rows repeated
on every printed page and page numbers in the footer.

The tables are small (one row per group; a summary of a few thousand rows at
most), so plain openpyxl writes them. Files are written to a temporary file
in the target folder that replaces the target only when complete, and every
export leaves an audit record. Texts are Chinese by default; ``labels``
replaces any of them (see ``DEFAULT_LABELS``).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path

from ..domain import audit, vocabulary
from ..domain.errors import QT_TRANSLATE_NOOP, UserError, system_reason
from ..domain.models import Setting, db
from ..domain.statistics import Statistics, StatRow, SummaryRow
from .case_export import _LINE_HEIGHT, _lines
from .signoff import signoff_items, write_signoff_xlsx
from .xlsx_out import put

__all__ = [
    "DEFAULT_LABELS",
    "STAT_GROUPS",
    "StatisticsExportError",
    "TableLayout",
    "export_statistics_pdf",
    "export_statistics_xlsx",
    "export_summary_pdf",
    "export_summary_xlsx",
    "group_label",
    "render_layout_pdf",
    "statistics_layout",
    "summary_layout",
    "write_layout_xlsx",
]

#: The texts of both tables (data/vocabulary.toml, Chinese): titles, headers,
#: notes, and the labels of source levels, methods and satisfaction levels.
DEFAULT_LABELS: dict[str, str] = vocabulary.texts(
    "statistics",
    codes={
        "source_level": "source_level",
        "method": "method",
        "satisfaction": "satisfaction",
        "stats_by": "by",
        "yes_no": "",
    },
)

#: The statistics columns, grouped as the county's table groups them:
#: (group label key or None for a single column, [columns]).
STAT_GROUPS: list[tuple[str | None, list[str]]] = [
    (None, ["targets"]),
    ("group.visits", ["visited", "visited_as_required", "visit_rate"]),
    ("group.method", ["home_visit", "phone", "former_residence", "other_method"]),
    (
        "group.satisfaction",
        [
            "satisfied",
            "basically_satisfied",
            "dissatisfied",
            "not_reached",
            "rated",
            "reached",
            "satisfaction_rate",
        ],
    ),
    (
        "group.conclusion",
        ["conclusion_reasonable_yes", "conclusion_reasonable_partly", "conclusion_reasonable_no"],
    ),
    ("group.demands", ["demands_solved_yes", "demands_solved_partly", "demands_solved_no"]),
    (
        "group.carried",
        ["opinions_carried_out", "opinions_carried_out_partly", "opinions_carried_out_no"],
    ),
    ("group.proxy", ["proxy_relative", "proxy_committee"]),
    ("group.difficulties", ["difficulties_found", "difficulties_none", "difficulties_helped"]),
    ("group.opinions", ["opinions_collected", "opinions_none"]),
    ("group.look_lawful", ["look_lawful_yes", "look_lawful_no"]),
    ("group.look_satisfied", ["look_satisfied_yes", "look_satisfied_no"]),
    ("group.look_opinions", ["look_opinions_yes", "look_opinions_no"]),
    (None, ["settled"]),
    ("group.rework", ["rework_sent", "rework_closed", "rework_overdue"]),
    ("group.followups", ["followups_open", "followups_overdue"]),
]
STAT_COLUMNS = [c for _g, cols in STAT_GROUPS for c in cols]
_RATES = {"visit_rate", "satisfaction_rate"}

SUMMARY_COLUMNS: list[tuple[str, float]] = [
    ("seq", 6),
    ("case_no", 15),
    ("petitioner", 9),
    ("source_level", 9),
    ("handling_unit", 13),
    ("visited_on", 12),
    ("method", 10),
    ("visitors", 14),
    ("satisfaction", 9),
    ("settled", 8),
    ("checks", 16),
    ("difficulties", 24),
    ("opinions", 22),
    ("followup", 20),
]
_SUMMARY_GROUPS = [
    ("sum.group.case", "case_no", "handling_unit"),
    ("sum.group.visit", "visited_on", "followup"),
]


class StatisticsExportError(UserError):
    """The table could not be written; the target file was not changed."""


@dataclass
class TableLayout:
    """A table ready for xlsx or PDF: header rows with merged cells, body, footnote.

    ``spans`` are ((first col, first row), (last col, last row)) in table
    coordinates, header rows first (as reportlab's SPAN). Body values are
    numbers, rates (floats 0..1, or None), dates or texts; ``rate_columns``
    names the columns holding rates. The last body row is the total row when
    ``has_total``.
    """

    title: str
    subtitle: str
    sheet: str
    header_rows: list[list[str]]
    spans: list[tuple[tuple[int, int], tuple[int, int]]]
    rows: list[list]
    widths: list[float]  # in characters
    rate_columns: set[int]
    footnote: str | None
    has_total: bool
    wrapped: set[int]
    #: the sign-off block under the table, (label, value) (services/signoff.py)
    signoff: list[tuple[str, str]] = field(default_factory=list)


def _texts(labels: Mapping[str, str] | None) -> dict[str, str]:
    return {**DEFAULT_LABELS, **(labels or {})}


def _office() -> str | None:
    for key in ("office_name", "town_name"):
        row = Setting.get_or_none(Setting.key == key)
        if row is not None and row.value:
            return row.value
    return None


def _day(d: dt.date) -> str:
    return vocabulary.day_text(d)


def _subtitle(text: Mapping[str, str], today: dt.date, extra: str) -> str:
    parts = []
    office = _office()
    if office:
        parts.append(text["office"].format(office=office))
    parts.append(text["date"].format(date=_day(today)))
    parts.append(extra)
    return "    ".join(parts)


def group_label(stats_by: str, key: str | None, text: Mapping[str, str]) -> str:
    """The printed label of a row key (the total row's key is None)."""
    if key is None:
        return text["total"]
    if key == "":
        return text[f"none.{stats_by}"]
    if stats_by == "source":
        return text.get(f"source_level.{key}", key)
    return key


def statistics_layout(
    stats: Statistics, labels: Mapping[str, str] | None = None, today: dt.date | None = None
) -> TableLayout:
    """The feedback statistics as a table (shared by the xlsx and the PDF)."""
    text = _texts(labels)
    today = today or stats.today or dt.date.today()
    width = 1 + len(STAT_COLUMNS)
    group_row = [""] * width
    head_row = [""] * width
    spans = []
    group_row[0] = text[f"by.{stats.by}"]
    spans.append(((0, 0), (0, 1)))
    col = 1
    for group, columns in STAT_GROUPS:
        for i, name in enumerate(columns):
            head_row[col + i] = text[f"col.{name}"]
        if group is None:  # one column: its header fills both rows
            group_row[col] = head_row[col]
            spans.append(((col, 0), (col, 1)))
        else:
            group_row[col] = text[group]
            spans.append(((col, 0), (col + len(columns) - 1, 0)))
        col += len(columns)

    def values(row: StatRow) -> list:
        return [group_label(stats.by, row.key, text)] + [row.value(c) for c in STAT_COLUMNS]

    rows = [values(r) for r in stats.rows] + [values(stats.total)]
    note = text["note.definitions"] + (text["note.visitor"] if stats.by == "visitor" else "")
    first = max([len(str(r[0])) for r in rows] + [6]) * 1.6 + 2
    return TableLayout(
        title=text["statistics.title"].format(campaign=stats.campaign),
        subtitle=_subtitle(text, today, text["count"].format(count=stats.total.targets)),
        sheet=text["statistics.sheet"],
        header_rows=[group_row, head_row],
        spans=spans,
        rows=rows,
        # 41 figures across A4 landscape: narrow figure columns, the names kept readable
        widths=[min(max(first, 14), 24)] + [10 if c in _RATES else 5.0 for c in STAT_COLUMNS],
        rate_columns={1 + STAT_COLUMNS.index(c) for c in _RATES},
        footnote=note,
        has_total=True,
        wrapped=set(),
        signoff=signoff_items(today, text),
    )


def _checks(row: SummaryRow, text: Mapping[str, str]) -> str | None:
    """Points (1) and (2) and the three looks in a few characters:
    结论是 诉求部分 … 三看是/是/否."""
    parts = [
        text[key].format(answer=text.get(f"answer.{value}", value))
        for key, value in (
            ("checks.conclusion", row.conclusion_reasonable),
            ("checks.demands", row.demands_solved),
            ("checks.carried", row.opinions_carried_out),
        )
        if value
    ]
    looks = (row.look_lawful, row.look_satisfied, row.look_opinions)
    if any(v is not None for v in looks):
        parts.append(
            text["checks.looks"].format(
                looks="/".join("—" if v is None else text["yes" if v else "no"] for v in looks)
            )
        )
    return "；".join(parts) or None


def _summary_values(seq: int, row: SummaryRow, text: Mapping[str, str]) -> list:
    def code(kind: str, value: str | None) -> str | None:
        return text.get(f"{kind}.{value}", value) if value else None

    difficulties = row.difficulties or ""
    if row.help_given:
        sep = text["item_separator"] if difficulties else ""
        difficulties += sep + text["help"].format(help=row.help_given)
    followup = ""
    if row.followups_open:
        followup = text["followup.open"].format(open=row.followups_open)
        if row.followups_overdue:
            followup += text["followup.overdue"].format(overdue=row.followups_overdue)
    if row.next_action:
        followup += (text["item_separator"] if followup else "") + row.next_action
        if row.next_due:
            followup += text["followup.due"].format(date=_day(row.next_due))
    if row.visited_on is None and row.satisfaction is None:
        satisfaction = text["not_visited"]
    else:
        satisfaction = code("satisfaction", row.satisfaction)
    return [
        seq,
        row.case_no,
        row.petitioner,
        code("source_level", row.source_level),
        row.handling_unit,
        row.visited_on,
        code("method", row.method),
        row.visitors,
        satisfaction,
        None if row.settled is None else text["yes" if row.settled else "no"],
        _checks(row, text),
        difficulties or None,
        row.opinions,
        followup or None,
    ]


def summary_layout(
    campaign: str,
    rows: Sequence[SummaryRow],
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> TableLayout:
    """The summary table (one row per target) as a table."""
    text = _texts(labels)
    today = today or dt.date.today()
    keys = [k for k, _w in SUMMARY_COLUMNS]
    head_row = [text[f"sum.{k}"] for k in keys]
    group_row = [""] * len(keys)
    spans = []
    for label, first, last in _SUMMARY_GROUPS:
        a, b = keys.index(first), keys.index(last)
        group_row[a] = text[label]
        spans.append(((a, 0), (b, 0)))
    group_row[0] = head_row[0]
    spans.append(((0, 0), (0, 1)))
    return TableLayout(
        title=text["summary.title"].format(campaign=campaign),
        subtitle=_subtitle(text, today, text["count"].format(count=len(rows))),
        sheet=text["summary.sheet"],
        header_rows=[group_row, head_row],
        spans=spans,
        rows=[_summary_values(i, r, text) for i, r in enumerate(rows, start=1)],
        widths=[w for _k, w in SUMMARY_COLUMNS],
        rate_columns=set(),
        footnote=None,
        has_total=False,
        wrapped={
            keys.index(k)
            for k in ("handling_unit", "visitors", "checks", "difficulties", "opinions", "followup")
        },
        signoff=signoff_items(today, text),
    )


# --- xlsx -----------------------------------------------------------------------------


def export_statistics_xlsx(
    stats: Statistics,
    out: str | os.PathLike,
    *,
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the feedback statistics to the xlsx ``out``; returns the path."""
    layout = statistics_layout(stats, labels, today)
    path = _write_xlsx(layout, Path(out), text=_texts(labels))
    _audit(path, "statistics", stats.campaign, len(stats.rows), "xlsx", stats.by)
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
    path = _write_xlsx(layout, Path(out), text=_texts(labels))
    _audit(path, "summary", campaign, len(rows), "xlsx")
    return path


def write_layout_xlsx(
    layout: TableLayout, out: str | os.PathLike, labels: Mapping[str, str] | None = None
) -> Path:
    """Write ``layout`` to the xlsx ``out`` without an audit record (for callers,
    such as the exchange package, that record the whole of what they write)."""
    return _write_xlsx(layout, Path(out), text=_texts(labels))


def _audit(path: Path, what: str, campaign: str, count: int, fmt: str, by: str | None = None):
    note = {"file": path.name, "what": what, "campaign": campaign, "count": count, "format": fmt}
    if by:
        note["by"] = by
    with db.atomic():
        audit.log_action("export", "target", None, note)


def _write_error(path: Path, exc: OSError) -> StatisticsExportError:
    return StatisticsExportError(
        "export_failed",
        QT_TRANSLATE_NOOP("UserError", "{path} could not be written: {reason}"),
        path=path,
        reason=system_reason(exc),
    )


_TITLE_ROW, _INFO_ROW, _HEAD_ROW = 1, 2, 3


def _write_xlsx(layout: TableLayout, path: Path, text: Mapping[str, str]) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    width = len(layout.widths)
    last = get_column_letter(width)
    wb = Workbook()
    ws = wb.active
    ws.title = layout.sheet[:31]
    for i, w in enumerate(layout.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    body_font = Font(name="SimSun", size=10)
    bold_font = Font(name="SimSun", size=10, bold=True)
    header_font = Font(name="SimHei", size=10, bold=True)
    fill = PatternFill("solid", fgColor="D9D9D9")

    title = put(ws, _TITLE_ROW, 1, layout.title)
    title.font = Font(name="SimHei", size=16, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[_TITLE_ROW].height = 34
    ws.merge_cells(f"A{_TITLE_ROW}:{last}{_TITLE_ROW}")
    info = put(ws, _INFO_ROW, 1, layout.subtitle)
    info.font = body_font
    info.alignment = Alignment(horizontal="right", vertical="center")
    ws.merge_cells(f"A{_INFO_ROW}:{last}{_INFO_ROW}")

    n_head = len(layout.header_rows)
    for r, values in enumerate(layout.header_rows):
        for c, value in enumerate(values):
            cell = put(ws, _HEAD_ROW + r, c + 1, value or None)
            cell.font, cell.alignment, cell.border, cell.fill = header_font, centre, border, fill
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

    first_body = _HEAD_ROW + n_head
    # openpyxl registers a cell's style objects anew for every cell (hashing them):
    # a 5,000-row summary spent seconds on it. Each combination is made once and its
    # style indexes copied to the other cells.
    made: dict[tuple, object] = {}
    for i, values in enumerate(layout.rows):
        r = first_body + i
        lines = max(
            (_lines(v, layout.widths[c]) for c, v in enumerate(values) if c in layout.wrapped),
            default=1,
        )
        if lines > 1:  # wrapped text: rows as high as it needs (Excel and WPS do not grow them)
            ws.row_dimensions[r].height = min(_LINE_HEIGHT * lines + 2, 409)
        is_total = layout.has_total and i == len(layout.rows) - 1
        for c, value in enumerate(values):
            if c in layout.rate_columns and value is None:
                value = text["no_rate"]
            cell = put(ws, r, c + 1, value)
            wide = isinstance(value, str) and c != 0 and (c in layout.wrapped or len(value) > 12)
            if c in layout.rate_columns and isinstance(value, float):
                number_format = "0.0%"
            elif isinstance(value, dt.date):
                number_format = text["date_format"]
            elif c == 1 and not layout.has_total:
                number_format = "@"  # case numbers stay text
            else:
                number_format = None
            key = (is_total, wide, number_format)
            if key in made:
                cell._style = copy(made[key])  # noqa: SLF001 - openpyxl's style indexes
                continue
            cell.border = border
            cell.font = bold_font if is_total else body_font
            cell.alignment = left if wide else centre
            if number_format:
                cell.number_format = number_format
            made[key] = copy(cell._style)  # noqa: SLF001
    end = first_body + len(layout.rows)
    if layout.footnote:
        note = put(ws, end, 1, layout.footnote)
        note.font = Font(name="SimSun", size=9)
        note.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=width)
        ws.row_dimensions[end].height = 48
        end += 1
    if layout.signoff:
        write_signoff_xlsx(ws, end, width, layout.signoff)

    ws.freeze_panes = ws.cell(first_body, 2).coordinate
    ws.print_title_rows = f"{_HEAD_ROW}:{first_body - 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = text["footer"]
    ws.oddFooter.center.size = 9

    folder = path.parent
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(suffix=".xlsx", prefix=".statistics-", dir=folder)
        os.close(fd)
        wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return path


# --- PDF ------------------------------------------------------------------------------


def export_statistics_pdf(
    stats: Statistics,
    out: str | os.PathLike,
    *,
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
    **kwargs,
):
    """The feedback statistics as a landscape PDF (header on every page); its TableResult.

    ``kwargs`` go to ``render_table`` (``font_file``, ``allow_missing`` ...).
    """
    result = render_layout_pdf(statistics_layout(stats, labels, today), out, **kwargs)
    _audit(Path(out), "statistics", stats.campaign, len(stats.rows), "pdf", stats.by)
    return result


def export_summary_pdf(
    rows: Sequence[SummaryRow],
    out: str | os.PathLike,
    campaign: str = "",
    *,
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
    **kwargs,
):
    """The summary table as a landscape PDF; its TableResult."""
    result = render_layout_pdf(summary_layout(campaign, rows, labels, today), out, **kwargs)
    _audit(Path(out), "summary", campaign, len(rows), "pdf")
    return result


def render_layout_pdf(layout: TableLayout, out: str | os.PathLike, **kwargs):
    """Write ``layout`` as a landscape PDF with ``render_table``; its TableResult.

    ``kwargs`` go to ``render_table`` (``font_file``, ``fonts``, ``allow_missing``).
    """
    from .pdf import find_fonts, render_table
    from .pdf.text import Pen

    fonts = kwargs.pop("fonts", None) or find_fonts(kwargs.pop("font_file", None))
    kwargs.pop("font_file", None)
    rows = []
    for values in layout.rows:
        cells = []
        for c, v in enumerate(values):
            if c in layout.rate_columns:
                cells.append("—" if v is None else f"{v * 100:.1f}%")
            elif isinstance(v, dt.date):
                cells.append(vocabulary.day_text(v))  # one date style on the page
            else:
                cells.append("" if v is None else v)
        rows.append(cells)
    pen = Pen(None, fonts.body, fonts.title)  # measures only
    widths = _pdf_widths(layout, rows, measure=lambda text, size: pen.width(text, size))
    return render_table(
        layout.title,
        layout.subtitle,
        layout.header_rows,
        layout.spans,
        rows,
        Path(out),
        landscape=True,
        col_widths=widths,
        footnote=layout.footnote,
        signoff=layout.signoff,
        # many narrow figure columns: a smaller header keeps two characters a line
        header_size=8.5 if len(layout.widths) > 20 else 9.5,
        align=["left" if c in layout.wrapped else "centre" for c in range(len(layout.widths))],
        fonts=fonts,
        **kwargs,
    )


def _text_width(text: str, size: float) -> float:
    """A close estimate of printed width: CJK characters a full em, others about half."""
    return sum(size if ord(ch) > 0x2E80 or ch == "%" else size * 0.66 for ch in text)


def _pdf_widths(
    layout: TableLayout,
    rows: list[list],
    available: float = 770.0,
    measure: Callable[[str, float], float] = _text_width,
) -> list[float]:
    """Column widths in points: figures never wrap (their headers wrap instead);
    texts and free text take the rest of the page width, wrapping if they must."""
    natural, figure = [], []
    for c, chars in enumerate(layout.widths):
        body = max((measure(str(r[c]), 9.0) for r in rows if c < len(r)), default=0.0)
        sample = next((r[c] for r in layout.rows if c < len(r) and r[c] is not None), None)
        is_figure = c in layout.rate_columns or isinstance(sample, int | float)
        # fixed: all but the free text (or, without free text, the label column)
        figure.append(c not in layout.wrapped and (c != 0 or bool(layout.wrapped)))
        if c in layout.wrapped:  # free text: as wide as its share of the characters
            natural.append(max(chars * 4.8, 2 * 9.5) + 8.0)
        elif is_figure and c != 0:
            natural.append(max(body, 1.2 * 9.5) + 4.0)  # 41 figures across the page
        else:
            head = min((measure(h[c], 9.5) for h in layout.header_rows[-1:]), default=0.0)
            natural.append(min(max(body, min(head, 4 * 9.5), 2 * 9.5) + 8.0, 95.0))
    fixed = sum(w for w, f in zip(natural, figure, strict=True) if f)
    others = sum(w for w, f in zip(natural, figure, strict=True) if not f)
    if not layout.wrapped and fixed + others <= available:  # room to spare: every column
        extra = (available - fixed - others) / len(natural)
        return [w + extra for w in natural]
    if others and fixed + 27.0 * figure.count(False) <= available:
        scale = (available - fixed) / others  # texts share the rest, wider or narrower
        return [w if f else w * scale for w, f in zip(natural, figure, strict=True)]
    return [w * available / sum(natural) for w in natural]
