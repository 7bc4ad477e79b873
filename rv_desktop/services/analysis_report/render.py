"""Rendering the report to a PDF file, replaced only when complete, with an audit record."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    SimpleDocTemplate,
)

from ...domain import audit
from ...domain.errors import QT_TRANSLATE_NOOP, UserError
from ...domain.models import db
from ...domain.report import (
    AnalysisReport,
    build_report,
)
from ..output import write_atomically
from ..pdf import FontSet, find_fonts
from .layout import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, AnalysisReportError, ReportResult
from .story import _story
from .writer import _Writer


def render_report(
    report: AnalysisReport,
    out: str | os.PathLike,
    *,
    fonts: FontSet | None = None,
    font_file: str | os.PathLike | None = None,
    labels: Mapping[str, str] | None = None,
    texts: Mapping[str, str] | None = None,
) -> ReportResult:
    """Write ``report`` to the PDF ``out`` (through a temporary file); no audit record."""
    out = Path(out)
    fonts = fonts or find_fonts(font_file)
    w = _Writer(fonts, labels or {}, texts or {})
    story = _story(w, report)
    title = w.t["title"].format(town=report.town, campaign=report.campaign)

    def page_number(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(fonts.body, 10.5)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, w.l["page"].format(n=doc.page))
        canvas.restoreState()

    pages = 0

    def write(tmp: Path) -> None:
        nonlocal pages
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=title, author=report.office or report.town,
            creator="rv_desktop", initialFontName=fonts.body,
        )  # fmt: skip
        doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
        pages = doc.page

    write_atomically(out, write, error=AnalysisReportError, code="report_write_failed")
    return ReportResult(out, pages, w.missing)


def export_analysis_report(
    out: str | os.PathLike,
    campaign=None,
    today: dt.date | None = None,
    *,
    font_file: str | os.PathLike | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportResult:
    """Build the report of ``campaign`` (the current one by default) and write it to ``out``.

    The clerk's saved conclusions and suggestions are printed in place of the
    drafted ones. Leaves an audit record of the printout.
    """
    from ..printing import _font_file

    steps = 3
    if progress:
        progress(0, steps)
    report = build_report(campaign, today)
    if progress:
        progress(1, steps)
    if cancelled and cancelled():
        raise UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))
    result = render_report(report, out, font_file=font_file or _font_file())
    if progress:
        progress(2, steps)
    with db.atomic():
        audit.log_action(
            "print",
            "campaign",
            report.campaign_id,
            {"what": "analysis_report", "file": result.path.name, "pages": result.pages},
        )
    if progress:
        progress(steps, steps)
    return result
