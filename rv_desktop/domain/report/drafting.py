"""The drafted paragraphs: the six parts of an official analysis, written from the figures,
one function per part (``opening``: background, measures, results; ``closing``: problems,
conclusions, suggestions, good examples)."""

from __future__ import annotations

from collections.abc import Mapping

from .closing import _conclusions, _good_examples, _problems, _suggestions
from .contents import AnalysisReport
from .opening import _background, _measures, _results
from .texts import _texts


def draft_paragraphs(
    report: AnalysisReport, texts: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The six parts of the analysis (``PARAGRAPHS``), drafted from the figures, and the
    good examples.

    Paragraphs of several points put each on its own line (``\\n``).
    """
    t = _texts(texts)
    return {
        "background": _background(report, t),
        "measures": _measures(report, t),
        "results": _results(report, t),
        "problems": _problems(report, t),
        "conclusions": _conclusions(report, t),
        "suggestions": _suggestions(report, t),
        "good_examples": _good_examples(report, t),
    }
