"""Fields a record must have, as tables: one ``Required`` row a rule, checked by ``missing``.

The form's rules (``visits/rules.py``) and the plan's (``plan_rules.py``) say
many times "when this holds, that field must be given"; each says it as a row
(the field, its message, when it applies) instead of an ``if`` and a problem
built by hand. A field is missing when it is ``None`` or an empty text: a
"no" (``False``) is an answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

Values = dict[str, Any]


def always(v: Values) -> bool:
    return True


@dataclass(frozen=True)
class Required:
    """``field`` must be given when ``when(v)`` holds, else ``template`` (code
    ``<field>_required`` unless ``code`` says otherwise)."""

    field: str
    template: str
    when: Callable[[Values], bool] = always
    code: str = ""

    def is_missing(self, v: Values) -> bool:
        return v.get(self.field) in (None, "") and self.when(v)


def missing(rules: Iterable[Required], v: Values) -> list[tuple[str, str, str]]:
    """``(field, code, template)`` of each rule of ``rules`` that ``v`` breaks, in order."""
    return [
        (r.field, r.code or f"{r.field}_required", r.template) for r in rules if r.is_missing(v)
    ]


def required_when(when: Callable[[Values], bool], *rows: tuple[str, str]) -> list[Required]:
    """A ``Required`` for each ``(field, template)`` of ``rows``, all under one ``when``."""
    return [Required(field, template, when) for field, template in rows]
