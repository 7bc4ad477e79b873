"""How the drafted report writes its figures: dates, rates, numbered points, and when the
figures earn praise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .contents import AnalysisReport
from .texts import _texts


def format_date(day: dt.date | None, texts: Mapping[str, str] | None = None) -> str:
    """2026年11月28日 ('' for None)."""
    if day is None:
        return ""
    return _texts(texts)["date"].format(y=day.year, m=day.month, d=day.day)


def format_rate(rate: float | None, texts: Mapping[str, str] | None = None) -> str:
    """92.3% (one decimal), "—" when there is no rate."""
    return _texts(texts)["rate_none"] if rate is None else f"{rate * 100:.1f}%"


def _numbered(items: list[str], text: Mapping[str, str], sep: str = "") -> str:
    """一是……。二是……。 (one item: as it is), joined by ``sep``."""
    if len(items) == 1:
        return items[0]
    marks = text["numbered"].split("|")
    return sep.join(f"{marks[i] if i < len(marks) else ''}{item}" for i, item in enumerate(items))


#: "组织有力、推进有序" is written only when the campaign earns it (docs/report.md):
#: visit rate and satisfaction rate at least these, and nobody left out.
PRAISE_VISIT_RATE = 0.9
PRAISE_SATISFACTION_RATE = 0.9


def praised(report: AnalysisReport) -> bool:
    """The figures earn "组织有力、推进有序" (thresholds in docs/report.md)."""
    total = report.total
    gaps = sum(
        report.left_out_counts.get(name, 0)
        for name in ("no_assignment", "no_leader", "not_visited", "followup_nothing_open")
    )
    return (
        (total.visit_rate or 0.0) >= PRAISE_VISIT_RATE
        and (total.satisfaction_rate or 0.0) >= PRAISE_SATISFACTION_RATE
        and gaps == 0
    )
