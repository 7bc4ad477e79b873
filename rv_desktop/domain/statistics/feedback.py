"""``feedback_statistics``: the figures grouped by a dimension, in one aggregate query."""

from __future__ import annotations

import datetime as dt
import re

from .. import vocabulary
from ..campaigns import get_campaign
from ..enums import SourceLevel
from ..errors import QT_TRANSLATE_NOOP
from ..models import Campaign, db
from ..office import office_level
from . import visit_rule
from .columns import (
    _CONDITIONS,
    _CONDITIONS_EXTRA,
    _GROUP_JOINS,
    _GROUP_KEY,
    COLUMNS,
    DIMENSIONS,
    RATE_COLUMNS,
    StatisticsError,
    targets_with_latest_final,
)
from .rows import Statistics, StatRow


def _check_by(by: str) -> str:
    if by not in DIMENSIONS:
        raise StatisticsError(
            "bad_statistics_dimension",
            QT_TRANSLATE_NOOP(
                "UserError",
                '"{by}" is not a way to group the statistics (source, unit, village, '
                "category, visitor, town).",
            ),
            by=by,
        )
    return by


def _query_parts(
    campaign_id: int, by: str | None, today: dt.date, joins: str = ""
) -> tuple[str, list]:
    """The FROM ... WHERE of every target of the campaign with its latest final
    record ``l`` and follow-up flags ``f`` (one row per target, or per target
    and visitor when grouped by visitor), and its parameters."""
    p = db.param
    group_joins = joins or (_GROUP_JOINS.get(by, "") if by else "")
    sql = targets_with_latest_final(group_joins) + f"""
        LEFT JOIN (
            SELECT fu.target_id,
                SUM(CASE WHEN fu.kind = 'help' THEN 1 ELSE 0 END) AS help_items,
                SUM(CASE WHEN fu.kind = 'help' AND fu.state = 'open' THEN 1 ELSE 0 END)
                    AS help_open,
                SUM(CASE WHEN fu.kind = 'rework' THEN 1 ELSE 0 END) AS rework_items,
                SUM(CASE WHEN fu.kind = 'rework' AND fu.state = 'open' THEN 1 ELSE 0 END)
                    AS rework_open,
                SUM(CASE WHEN fu.kind = 'rework' AND fu.state = 'open' AND fu.due_on < {p}
                    THEN 1 ELSE 0 END) AS rework_overdue,
                SUM(CASE WHEN fu.kind <> 'help' AND fu.state = 'open' THEN 1 ELSE 0 END)
                    AS open_items,
                SUM(CASE WHEN fu.kind <> 'help' AND fu.state = 'open' AND fu.due_on < {p}
                    THEN 1 ELSE 0 END) AS overdue_items
            FROM follow_up fu JOIN target tf ON tf.id = fu.target_id
            WHERE tf.campaign_id = {p}
            GROUP BY fu.target_id
        ) f ON f.target_id = t.id
        WHERE t.campaign_id = {p} AND t.included = {p}
    """
    day = today.isoformat()
    return sql, [day, day, campaign_id, campaign_id, True]


def _condition(column: str) -> str:
    found = _CONDITIONS.get(column) or _CONDITIONS_EXTRA.get(column)
    if found is None and column in RATE_COLUMNS:
        found = _condition(RATE_COLUMNS[column])
    if found is None:
        raise StatisticsError(
            "bad_statistics_column",
            QT_TRANSLATE_NOOP("UserError", '"{column}" is not a figure of the statistics.'),
            column=column,
        )
    if "{level}" in found:
        visit_rule.register()
    return (
        found.replace("{true}", db.param).replace("{false}", db.param).replace("{level}", db.param)
    )


def _true_params(column: str) -> list:
    """The values of a condition's placeholders, in order: ``{true}``/``{false}`` and
    ``{level}`` (the office's level)."""
    found = _CONDITIONS.get(column, "")
    marks = re.findall(r"\{true\}|\{false\}|\{level\}", found)
    level = office_level() if "{level}" in marks else None
    return [level if m == "{level}" else m == "{true}" for m in marks]


def _aggregate(campaign_id: int, by: str | None, today: dt.date) -> list[tuple]:
    from_sql, params = _query_parts(campaign_id, by, today)
    sums, sum_params = [], []
    for column in COLUMNS:
        sums.append(f"SUM(CASE WHEN {_condition(column)} THEN 1 ELSE 0 END)")
        sum_params += _true_params(column)
    if by is None:
        sql = f"SELECT NULL, {', '.join(sums)} {from_sql}"
    else:
        key = _GROUP_KEY[by]
        group = f"s.id, {key}" if by == "visitor" else key
        sql = f"SELECT {key}, {', '.join(sums)} {from_sql} GROUP BY {group}"
    return list(db.execute_sql(sql, sum_params + params).fetchall())


def _aggregate_by_visitor(campaign_id: int, today: dt.date) -> tuple[list[tuple], tuple]:
    """The rows by visitor and the total (each target once), from one pass over
    the targets: their 0/1 figures are worked out once, then summed twice."""
    from_sql, params = _query_parts(campaign_id, None, today)
    flags, flag_params = [], []
    for i, column in enumerate(COLUMNS):
        flags.append(f"CASE WHEN {_condition(column)} THEN 1 ELSE 0 END AS x{i}")
        flag_params += _true_params(column)
    sums = ", ".join(f"SUM(x{i})" for i in range(len(COLUMNS)))
    sql = f"""
        WITH facts AS (SELECT t.id AS tid, {", ".join(flags)} {from_sql})
        SELECT 0, COALESCE(s.name, ''), {sums} FROM facts
        LEFT JOIN task_visitor tv ON tv.target_id = facts.tid
        LEFT JOIN staff s ON s.id = tv.staff_id
        GROUP BY s.id, s.name
        UNION ALL
        SELECT 1, NULL, {sums} FROM facts
    """
    rows, total = [], None
    for is_total, *values in db.execute_sql(sql, flag_params + params).fetchall():
        if is_total:
            total = tuple(values)
        else:
            rows.append(tuple(values))
    return rows, total


def _row(values: tuple) -> StatRow:
    key, *counts = values
    return StatRow(key, *(int(n or 0) for n in counts))


#: Catch-all labels (其他 "other") that a table lists after the named ones.
_CATCH_ALL = tuple(text for _code, text in vocabulary.choices("catch_all"))
_LIST_SEPARATOR = vocabulary.table("common")["list_separator"]
_SOURCE_ORDER = {level.value: i for i, level in enumerate(SourceLevel)}


def _order(by: str, key: str, targets: int) -> tuple:
    """Where a group's row goes: the source levels in the plan's order, towns by
    name; units, categories, villages and visitors with the most targets first
    (the leader reads the biggest first; ties by name); a catch-all "其他" after
    them and the targets with no value ("") last."""
    if key == "":
        return (3, 0, "")
    if by == "source":
        return (0, _SOURCE_ORDER.get(key, len(_SOURCE_ORDER)), key)
    if by == "town":
        return (1, 0, key)
    return (2 if key.startswith(_CATCH_ALL) else 1, -targets, key)


def _sort_key(by: str):
    return lambda row: _order(by, row.key, row.targets)


def feedback_statistics(
    campaign: Campaign | int | str | None = None,
    by: str = "source",
    today: dt.date | None = None,
) -> Statistics:
    """The feedback statistics of ``campaign`` (the current one by default) by ``by``.

    ``today`` decides what is overdue (default: the clock's date).
    """
    by = _check_by(by)
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    if by == "visitor":
        values, total_values = _aggregate_by_visitor(campaign.id, today)
    else:
        values, total_values = _aggregate(campaign.id, by, today), None
    rows = [_row(v) for v in values]
    if by == "visitor":  # two visitors of the same name are one row
        merged: dict[str, StatRow] = {}
        for row in rows:
            if row.key in merged:
                old = merged[row.key]
                row = StatRow(row.key, *(old.value(c) + row.value(c) for c in COLUMNS))
            merged[row.key] = row
        rows = list(merged.values())
    rows.sort(key=_sort_key(by))
    if total_values is not None:  # by visitor: a target of two visitors is in two rows
        total = _row(total_values)
    else:  # every target is in exactly one row
        total = StatRow(None, *(sum(row.value(c) for row in rows) for c in COLUMNS))
    return Statistics(campaign.name, by, rows, total, today)
