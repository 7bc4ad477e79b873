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

The package: ``layout`` (texts, columns, the statistics table), ``summary``
(the summary table), ``xlsx`` and ``pdf`` (the two formats).
"""

from .layout import (
    DEFAULT_LABELS,
    STAT_COLUMNS,
    STAT_GROUPS,
    SUMMARY_COLUMNS,
    StatisticsExportError,
    TableLayout,
    group_label,
    statistics_layout,
)
from .pdf import export_statistics_pdf, export_summary_pdf, render_layout_pdf
from .summary import summary_layout
from .xlsx import export_statistics_xlsx, export_summary_xlsx, write_layout_xlsx

__all__ = [
    "DEFAULT_LABELS",
    "STAT_COLUMNS",
    "STAT_GROUPS",
    "SUMMARY_COLUMNS",
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
