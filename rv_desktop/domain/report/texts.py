"""The report's words (data/report.toml): the parts, the templates and the themes."""

from __future__ import annotations

from collections.abc import Mapping

from .. import vocabulary
from ..errors import UserError
from ..models import Setting

#: The drafted parts of the report, in order.
PARAGRAPHS = ("background", "measures", "results", "problems", "conclusions", "suggestions")
#: The parts the clerk edits and the program keeps with the campaign.
EDITABLE = ("conclusions", "suggestions", "good_examples")
#: The longest paragraph the clerk may save (characters).
MAX_TEXT = 5000

#: The report's words (data/report.toml): templates, themes.
_REPORT = vocabulary.data_file("report.toml")

#: Chinese templates and labels of the report; ``texts`` arguments replace any of them.
TEXTS: dict[str, str] = dict(_REPORT["texts"])


def _themes(name: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return tuple((t["key"], t["label"], tuple(t["keywords"])) for t in _REPORT[name])


#: Themes of the reasons for dissatisfaction: (key of the label in TEXTS, label, keywords).
REASON_THEMES = _themes("reason_themes")
#: Themes of the practical difficulties.
DIFFICULTY_THEMES = _themes("difficulty_themes")
#: Themes of the opinions and suggestions on petition work.
OPINION_THEMES = _themes("opinion_themes")


class ReportError(UserError):
    """The report text cannot be saved as given; nothing was changed."""


def _texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    return {**TEXTS, **(texts or {})}


def _settings(*keys: str) -> dict[str, str]:
    return dict(
        Setting.select(Setting.key, Setting.value).where(Setting.key.in_(list(keys))).tuples()
    )
