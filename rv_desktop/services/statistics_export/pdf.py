"""Writing a table layout as PDF (A4 landscape, header repeated)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ...domain import vocabulary
from ...domain.statistics import Statistics, SummaryRow
from .layout import TableLayout, statistics_layout
from .summary import summary_layout
from .xlsx import audit_export


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
    audit_export(Path(out), "statistics", stats.campaign, len(stats.rows), "pdf", stats.by)
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
    audit_export(Path(out), "summary", campaign, len(rows), "pdf")
    return result


def render_layout_pdf(layout: TableLayout, out: str | os.PathLike, **kwargs):
    """Write ``layout`` as a landscape PDF with ``render_table``; its TableResult.

    ``kwargs`` go to ``render_table`` (``font_file``, ``fonts``, ``allow_missing``).
    """
    from ..pdf import find_fonts, render_table
    from ..pdf.text import Pen

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
