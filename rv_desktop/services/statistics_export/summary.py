"""The summary table's rows (汇总表)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from ...domain.statistics import SummaryRow
from ..signoff import signoff_items
from .layout import (
    _SUMMARY_GROUPS,
    SUMMARY_COLUMNS,
    TableLayout,
    _day,
    _texts,
    grouped_header,
    table_subtitle,
)


def _checks(row: SummaryRow, text: Mapping[str, str]) -> str | None:
    """Points (1) and (2) and the three looks in a few characters:
    结论是 诉求部分 … 三看是/是/否."""
    parts = [
        text[key].format(answer=text.get(f"answer.{value}", value))
        for key, value in (
            ("checks.conclusion", row.conclusion_reasonable),
            ("checks.demands", row.demands_solved),
            ("checks.carried", row.opinions_carried_out),
        )
        if value
    ]
    looks = (row.look_lawful, row.look_satisfied, row.look_opinions)
    if any(v is not None for v in looks):
        parts.append(
            text["checks.looks"].format(
                looks="/".join("—" if v is None else text["yes" if v else "no"] for v in looks)
            )
        )
    return "；".join(parts) or None


def _summary_values(seq: int, row: SummaryRow, text: Mapping[str, str]) -> list:
    def code(kind: str, value: str | None) -> str | None:
        return text.get(f"{kind}.{value}", value) if value else None

    difficulties = row.difficulties or ""
    if row.help_given:
        sep = text["item_separator"] if difficulties else ""
        difficulties += sep + text["help"].format(help=row.help_given)
    followup = ""
    if row.followups_open:
        followup = text["followup.open"].format(open=row.followups_open)
        if row.followups_overdue:
            followup += text["followup.overdue"].format(overdue=row.followups_overdue)
    if row.next_action:
        followup += (text["item_separator"] if followup else "") + row.next_action
        if row.next_due:
            followup += text["followup.due"].format(date=_day(row.next_due))
    if row.visited_on is None and row.satisfaction is None:
        satisfaction = text["not_visited"]
    else:
        satisfaction = code("satisfaction", row.satisfaction)
    return [
        seq,
        row.case_no,
        row.petitioner,
        code("source_level", row.source_level),
        row.handling_unit,
        row.visited_on,
        code("method", row.method),
        row.visitors,
        satisfaction,
        None if row.settled is None else text["yes" if row.settled else "no"],
        _checks(row, text),
        difficulties or None,
        row.opinions,
        followup or None,
    ]


def summary_layout(
    campaign: str,
    rows: Sequence[SummaryRow],
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> TableLayout:
    """The summary table (one row per target) as a table."""
    text = _texts(labels)
    today = today or dt.date.today()
    keys = [k for k, _w in SUMMARY_COLUMNS]
    titles = [text[f"sum.{k}"] for k in keys]
    header_rows, spans = grouped_header(titles, keys, _SUMMARY_GROUPS, text)
    return TableLayout(
        title=text["summary.title"].format(campaign=campaign),
        subtitle=table_subtitle(text, today, text["count"].format(count=len(rows))),
        sheet=text["summary.sheet"],
        header_rows=header_rows,
        spans=spans,
        rows=[_summary_values(i, r, text) for i, r in enumerate(rows, start=1)],
        widths=[w for _k, w in SUMMARY_COLUMNS],
        rate_columns=set(),
        footnote=None,
        has_total=False,
        wrapped={
            keys.index(k)
            for k in ("handling_unit", "visitors", "checks", "difficulties", "opinions", "followup")
        },
        signoff=signoff_items(today, text),
    )
