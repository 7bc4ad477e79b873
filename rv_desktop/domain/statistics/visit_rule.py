"""The plan's visit rule, callable from the statistics' SQL: one rule, one place.

The visit rate counts the targets "visited as the office's level requires"
(``plan_rules.visited_as_required``, the rule that refuses to finalise a town's
phone-only record). The aggregate query stays one query: the rule is registered
on the connection as the SQL function ``rv_visited_as_required(level, <the
fields the rule reads>)`` and called on each target's latest final record. A
record kept as it is after review (``rules_reviewed_note``) counts as visited as
required; one that breaks the rule and is still listed for review does not.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from .. import plan_rules
from ..models import db

#: The SQL function's name.
FUNCTION = "rv_visited_as_required"

#: The condition on the latest final record ``l``; ``{level}`` is the office's level.
CONDITION = (
    "l.id IS NOT NULL AND (l.rules_reviewed_note IS NOT NULL OR "
    + FUNCTION
    + "({level}, "
    + ", ".join(f"l.{name}" for name in plan_rules.TOWN_RULE_FIELDS)
    + "))"
)


@lru_cache(maxsize=4096)  # few distinct inputs (method, away, reason): one call each
def _visited_as_required(level: str, *values) -> int:
    record = dict(zip(plan_rules.TOWN_RULE_FIELDS, values, strict=True))
    record["petitioner_away"] = bool(record.get("petitioner_away"))
    return int(plan_rules.visited_as_required(record, level))


def register() -> None:
    """Make the rule callable on this thread's connection, once per connection.

    A connection refuses to (re)define a function while one of its statements is
    running, so the function is defined only when a probe finds it missing.
    """
    conn = db.connection()
    arity = 1 + len(plan_rules.TOWN_RULE_FIELDS)
    try:
        conn.execute(f"SELECT {FUNCTION}({', '.join('?' * arity)})", [None] * arity).fetchone()
    except sqlite3.OperationalError:
        conn.create_function(FUNCTION, arity, _visited_as_required, deterministic=True)
