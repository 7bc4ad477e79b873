"""What the assign dialog says about the cards it assigns: which cases, and the
leader, visitors, method and due date they have now (one value, or "differ")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from ...domain.tasks import TaskCard
from ..formatting import date_text
from ..models.board_model import method_label

translate = QCoreApplication.translate
#: case numbers named before "and N more"
NAMED = 4


def cases_text(cards: Sequence[TaskCard]) -> str:
    """ "QS2019-00003 杨杰华" for one card; the first numbers and how many for several."""
    if not cards:
        return ""
    if len(cards) == 1:
        return f"{cards[0].case_no}  {cards[0].petitioner}"
    named = "、".join(c.case_no for c in cards[:NAMED])
    if len(cards) > NAMED:
        more = len(cards) - NAMED
        text = QCoreApplication.translate("AssignDialog", "{named} and %n more", None, more)
        return text.format(named=named)
    return named


def _common(cards: Sequence[TaskCard], value: Callable[[TaskCard], str]) -> str:
    values = {value(c) for c in cards}
    if len(values) > 1:
        return translate("AssignDialog", "differ")
    return values.pop() or "—"


def current_text(cards: Sequence[TaskCard]) -> str:
    """The values the cards have now, one line."""
    if not cards:
        return ""
    return translate(
        "AssignDialog", "Now: leader {leader}; visitors {visitors}; method {method}; due {due}"
    ).format(
        leader=_common(cards, lambda c: c.leader or ""),
        visitors=_common(cards, lambda c: "、".join(c.visitors)),
        method=_common(cards, lambda c: method_label(c.method) if c.method else ""),
        due=_common(cards, lambda c: date_text(c.due_on)),
    )
