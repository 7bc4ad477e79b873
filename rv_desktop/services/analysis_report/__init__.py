"""The analysis report (专题分析报告) as an A4 PDF for the leaders, with its charts.

``export_analysis_report`` gathers the report (``domain.report.build_report``),
with the clerk's saved conclusions and suggestions, and writes it as a town
office sends such a paper upward: a title in 黑体, the office and the date,
numbered sections (一、基本情况 … 六、下一步工作和意见建议) in 宋体 with
first-line indents, numbered tables and figures with captions, the office and
date at the end, then the appendices (the unsettled cases with their
follow-ups, the "nobody left out" lists, the difficulties and the help), and
"— n —" at the foot of every page.

The three charts are drawn with reportlab graphics in the colours of
``services.palette``, the same as the program's on-screen charts: the
satisfaction breakdown (pie), the satisfaction rate by handling unit (bars),
and progress over time (visited targets against the plan).

The font is embedded (``pdf.find_fonts``), Chinese wraps by CJK rules, and a
character the font lacks prints as a gap ＿ (reported in the result), never
as a box. The PDF is written to a temporary file that replaces ``out`` only
when complete, and printing it leaves an audit record (the appendices name
petitioners).
"""

from __future__ import annotations

from .layout import (
    BODY,
    LABELS,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    TABLE,
    WIDTH,
    AnalysisReportError,
    ReportResult,
)
from .render import export_analysis_report, render_report

__all__ = [
    "BODY",
    "LABELS",
    "MARGIN_BOTTOM",
    "MARGIN_TOP",
    "MARGIN_X",
    "TABLE",
    "WIDTH",
    "AnalysisReportError",
    "ReportResult",
    "export_analysis_report",
    "render_report",
]
