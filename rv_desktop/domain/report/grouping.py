"""Free texts grouped: texts that differ only in blanks, width or closing punctuation are one
text, each text goes to the first theme whose keywords it contains.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class TextGroup:
    """A theme of free texts: how many targets, and the texts behind it, most frequent
    first (each with its count)."""

    theme: str
    count: int
    texts: tuple[tuple[str, int], ...] = ()


_BLANKS = re.compile(r"\s+")
_END_PUNCT = "。．.，,；;、！!　 "


def _normal(text: str) -> str:
    """The key two texts share when they differ only in width, blanks or final punctuation."""
    key = unicodedata.normalize("NFKC", text)
    key = _BLANKS.sub("", key)
    return key.strip(_END_PUNCT)


def _tidy(text: str) -> str:
    """A text as shown: blanks collapsed, no punctuation at its end."""
    return _BLANKS.sub(" ", text.strip()).rstrip(_END_PUNCT)


def group_texts(
    counted: Iterable[tuple[str | None, int]],
    themes: Sequence[tuple[str, str, Sequence[str]]],
    other: str,
    unstated: str | None = None,
    texts: Mapping[str, str] | None = None,
    examples: int = 3,
) -> list[TextGroup]:
    """Group ``counted`` (text, number of targets) by theme; largest theme first.

    Empty texts go to ``unstated`` (or are dropped when it is None); texts
    matching no theme's keywords go to ``other``. ``texts`` may rename a
    theme by its key. Each group keeps its ``examples`` most frequent texts.
    """
    texts = texts or {}
    merged: dict[str, list] = {}  # normal key → [shown text, count, count of shown form]
    blank = 0
    for text, n in counted:
        if not text or not text.strip():
            blank += n
            continue
        key = _normal(text)
        if not key:
            blank += n
            continue
        entry = merged.setdefault(key, [_tidy(text), 0, 0])
        entry[1] += n
        if n > entry[2]:  # the most frequent spelling names the text
            entry[0], entry[2] = _tidy(text), n
    groups: dict[str, list[tuple[str, int]]] = {}
    order = [texts.get(key, label) for key, label, _words in themes] + [other]
    for key, (shown, n, _best) in merged.items():
        theme = other
        for theme_key, label, words in themes:
            if any(word in key for word in words):
                theme = texts.get(theme_key, label)
                break
        groups.setdefault(theme, []).append((shown, n))
    result = [
        TextGroup(
            theme,
            sum(n for _t, n in items),
            tuple(sorted(items, key=lambda item: (-item[1], item[0]))[:examples]),
        )
        for theme, items in groups.items()
    ]
    if blank and unstated is not None:
        result.append(TextGroup(unstated, blank))

    def rank(group: TextGroup):
        last = group.theme in (other, unstated)
        return (-group.count, last, order.index(group.theme) if group.theme in order else 99)

    result.sort(key=rank)
    return result
