"""The analysis report (专题分析): its figures, lists and drafted paragraphs.

``build_report`` gathers what the leaders read about a campaign, from the same
aggregate queries as the feedback statistics (every figure counts targets by
their latest final visit record): the figures by source level, the
satisfaction breakdown, satisfaction by handling unit and progress against
the plan (the charts), the main reasons for dissatisfaction, the practical
difficulties found and helped, the opinions collected, the cases still
unsettled with their follow-ups, and the gaps (the "nobody left out" lists).

**Texts grouped.** Reasons, difficulties and opinions are free text. Texts
that differ only in blanks, width or closing punctuation are one text; each
text goes to the first theme whose keywords it contains (``REASON_THEMES``
...), the rest to "other". A theme's count is the number of targets, and it
keeps its most frequent texts as examples.

**Drafted paragraphs.** ``draft_paragraphs`` writes the six parts of an
official analysis from the figures, in Chinese (the report is a Chinese
document, like the printed forms): background (基本情况), measures (主要做法),
results (回访结果), problems (存在问题), conclusions (综合评价) and
suggestions (下一步工作和意见建议). Sentences about things that did not
happen are left out, never printed as "0 件". The templates are ``TEXTS``;
``texts`` replaces any of them (as ``labels`` does for the statistics
export).

**The clerk's text.** The conclusions and suggestions paragraphs are the
clerk's to edit. ``save_report_text`` keeps them with the campaign in
``setting`` rows (``report.<campaign id>.conclusions`` / ``.suggestions``),
in one transaction with an audit record (the setting table has no audit
triggers); saving an empty paragraph goes back to the drafted one.
"""

from __future__ import annotations

from .building import build_report, good_example_candidates
from .clerk_text import report_text, save_report_text, source_label
from .contents import AnalysisReport, DifficultyItem, FollowUpLine, ReportText, UnsettledCase
from .contents import _fingerprint as _fingerprint
from .drafting import draft_paragraphs
from .figures import (
    PRAISE_SATISFACTION_RATE,
    PRAISE_VISIT_RATE,
    format_date,
    format_rate,
    praised,
)
from .grouping import TextGroup, group_texts
from .texts import (
    DIFFICULTY_THEMES,
    EDITABLE,
    MAX_TEXT,
    OPINION_THEMES,
    PARAGRAPHS,
    REASON_THEMES,
    TEXTS,
    ReportError,
)

__all__ = [
    "DIFFICULTY_THEMES",
    "EDITABLE",
    "MAX_TEXT",
    "OPINION_THEMES",
    "PARAGRAPHS",
    "PRAISE_SATISFACTION_RATE",
    "PRAISE_VISIT_RATE",
    "REASON_THEMES",
    "TEXTS",
    "AnalysisReport",
    "DifficultyItem",
    "FollowUpLine",
    "ReportError",
    "ReportText",
    "TextGroup",
    "UnsettledCase",
    "build_report",
    "draft_paragraphs",
    "format_date",
    "format_rate",
    "good_example_candidates",
    "group_texts",
    "praised",
    "report_text",
    "save_report_text",
    "source_label",
]
