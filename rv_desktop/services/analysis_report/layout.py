"""The report's page: its labels, margins, widths, and what an export gives back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ...domain import vocabulary
from ...domain.errors import UserError

#: The printed labels (Chinese, like every printed document; data/report.toml);
#: ``labels`` replaces any.
LABELS: dict[str, str] = dict(vocabulary.data_file("report.toml")["labels"])

_GREY = colors.Color(0.9, 0.9, 0.9)
MARGIN_X = 25 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
WIDTH = A4[0] - 2 * MARGIN_X
BODY = 12.0  # 小四
TABLE = 9.5
_PAD = 3.0


#: no table column takes more than this share of the width; a cell at most these lines
_MAX_COLUMN, _MAX_CELL_LINES = 0.45, 10


class AnalysisReportError(UserError):
    """The report could not be written; the target file was not changed."""


@dataclass
class ReportResult:
    """What ``render_report`` wrote; ``missing_characters``: text → characters the font
    lacks (printed as ＿)."""

    path: Path
    pages: int
    missing_characters: dict[str, set[str]] = field(default_factory=dict)


def _day(day: dt.date | None) -> str:
    """A date in a table cell, written as in the report's text (one date style)."""
    return vocabulary.day_text(day) if day else "—"


def _cn(n: int) -> str:
    numbers = vocabulary.data_file("report.toml")["numbers"]["chinese"]
    return numbers[n - 1] if 1 <= n <= len(numbers) else str(n)
