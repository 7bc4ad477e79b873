"""Petitioners: 张三等12人 is 张三 with 12 people involved."""

from __future__ import annotations

import re
from typing import Any

from .. import vocabulary
from .dates import _cn_int
from .results import ERROR, WARNING, PetitionerResult, Problem
from .text import _is_cjk_text, clean_text

_NAMES = vocabulary.data_file("ledger.toml")["names"]  # data/ledger.toml
_COUNT_RE = re.compile(_NAMES["count"])  # 张三等12人
_MANY_RE = re.compile(_NAMES["many"])  # 张三等
_NAME_SPLIT_RE = re.compile(_NAMES["split"])
_LETTER_RE = re.compile(r"[A-Za-z\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def parse_petitioner(value: Any) -> PetitionerResult:
    """The petitioner's name and how many people the cell speaks for.

    ``张三等12人`` gives 张三 and 12; ``张三等人`` / ``张三等`` give 张三, no
    count and ``many_people_hint``; ``张三、李四`` gives 张三 and 2; a plain
    name gives a count of 1. Spaces typed inside a Chinese name are removed.
    A cell without any letter or Chinese character gives ``petitioner_invalid``.
    """
    try:
        return _parse_petitioner(value)
    except Exception:
        return PetitionerResult(problems=(Problem("petitioner_invalid", "not a name", ERROR),))


def _parse_petitioner(value: Any) -> PetitionerResult:
    text = clean_text(value)
    if text is None:
        return PetitionerResult()
    count: int | None = None
    unnumbered_many = False
    m = _COUNT_RE.match(text)
    if m:
        head = m[1]
        count = int(m[2]) if m[2].isdigit() else _cn_int(m[2])
    else:
        m = _MANY_RE.match(text)
        if m:
            head = m[1]
            unnumbered_many = True
        else:
            head = text
    names = [n.strip() for n in _NAME_SPLIT_RE.split(head) if n.strip()]
    if len(names) == 1:
        words = names[0].split()
        if len(words) > 1 and all(_is_cjk_text(w) for w in words):
            if all(len(w) >= 2 for w in words):
                # "张三 李四": two names separated by a blank.
                names = words
            else:
                # "张 三" / "欧阳 修": one name typed with a blank (a part of
                # one character cannot be a name on its own).
                names = ["".join(words)]
    if not names or not _LETTER_RE.search(names[0]):
        return PetitionerResult(
            problems=(Problem("petitioner_invalid", f"{text} is not a name", ERROR, text),)
        )
    problems: list[Problem] = []
    if count == 0:
        problems.append(Problem("petitioner_count", f"{text}: a count of 0 people", WARNING, text))
        count = None
        unnumbered_many = len(names) > 1
    elif count is None and not unnumbered_many:
        count = len(names)
    elif count is not None and count < len(names):
        # "张三、李四、王五等2人": the list of names outranks a count too small.
        problems.append(
            Problem(
                "petitioner_count",
                f"{text}: the count is smaller than the names listed",
                WARNING,
                text,
            )
        )
        count = len(names)
    many = unnumbered_many or (count is not None and count > 1)
    return PetitionerResult(names[0], count, many, tuple(problems))
