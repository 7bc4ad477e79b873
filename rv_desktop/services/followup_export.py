"""The list of open follow-up items (跟踪事项清单) as a styled Excel workbook, ready to print.

The clerk sends it to the handling units and the leaders: every open rework
item (督办整改), help item (帮扶事项) and follow-up visit (跟踪回访) of the
campaign, the overdue ones first, with the case, the unit, who is
responsible, the reason, the action and the due date; a status column says
"逾期 N 天" for the late ones. Written in the county's manner by the
statistics tables' writer (``statistics_export``): merged title, a line with
the office, the date and the counts, a two-row grouped header, thin borders,
A4 landscape fitted to the width, header rows on every page, page numbers.

Petitioners are named in full (the paper goes to the people who act on the
item, as the assignment table does); every export leaves an audit record.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..domain import vocabulary
from ..domain.campaigns import get_campaign
from ..domain.followups import FollowUpItem, followup_items
from ..domain.models import Campaign
from .statistics_export.layout import TableLayout, grouped_header, table_subtitle
from .statistics_export.xlsx import audit_export, write_table_xlsx

__all__ = ["COLUMNS", "DEFAULT_LABELS", "export_followups_xlsx", "followups_layout"]

#: The columns, in order, with their width in characters.
COLUMNS: list[tuple[str, float]] = [
    ("seq", 6),
    ("case_no", 15),
    ("petitioner", 9),
    ("village", 10),
    ("unit", 14),
    ("kind", 10),
    ("reason", 26),
    ("action", 24),
    ("assignee", 12),
    ("due_on", 13),
    ("status", 11),
]

#: The list's texts (data/vocabulary.toml, Chinese).
DEFAULT_LABELS: dict[str, str] = vocabulary.texts(
    "followups", codes={"followup_kind": "kind", "followup_state": "status"}
)

_GROUPS = [("group.case", "case_no", "unit"), ("group.item", "kind", "status")]


def followups_layout(
    campaign: str,
    items: Sequence[FollowUpItem],
    today: dt.date,
    labels: Mapping[str, str] | None = None,
) -> TableLayout:
    """The open items as a table (the xlsx writer's layout)."""
    text = {**DEFAULT_LABELS, **(labels or {})}
    keys = [k for k, _w in COLUMNS]
    header_rows, spans = grouped_header([text[f"col.{k}"] for k in keys], keys, _GROUPS, text)
    rows = []
    for seq, item in enumerate(items, start=1):
        if item.overdue and item.due_on is not None:
            status = text["status.overdue"].format(days=(today - item.due_on).days)
        else:
            status = text["status.open"]
        rows.append(
            [
                seq,
                item.case_no,
                item.petitioner,
                item.village,
                item.unit,
                text.get(f"kind.{item.kind}", item.kind),
                item.reason,
                item.action,
                item.assignee,
                item.due_on,
                status,
            ]
        )
    overdue = sum(1 for i in items if i.overdue)
    return TableLayout(
        title=text["title"].format(campaign=campaign),
        subtitle=table_subtitle(
            text, today, text["count"].format(open=len(items), overdue=overdue)
        ),
        sheet=text["sheet"],
        header_rows=header_rows,
        spans=spans,
        rows=rows,
        widths=[w for _k, w in COLUMNS],
        rate_columns=set(),
        footnote=None,
        has_total=False,
        wrapped={keys.index(k) for k in ("unit", "reason", "action", "assignee")},
    )


def export_followups_xlsx(
    out: str | os.PathLike,
    campaign: Campaign | int | str | None = None,
    *,
    kind: str | None = None,
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the open (and overdue) items of ``campaign`` (the current one by default),
    of one ``kind`` or all, to the xlsx ``out``; returns the path."""
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    items = followup_items(campaign, state="open", kind=kind, today=today)
    layout = followups_layout(campaign.name, items, today, labels)
    path = write_table_xlsx(layout, Path(out), text={**DEFAULT_LABELS, **(labels or {})})
    audit_export(path, "followups", campaign.name, len(items), "xlsx")
    return path
