"""The tables' texts, columns and layout, and the statistics table's rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ...domain import vocabulary
from ...domain.errors import UserError
from ...domain.office import office_or_town
from ...domain.statistics import Statistics, StatRow
from ..signoff import signoff_items

#: The texts of both tables (data/vocabulary.toml, Chinese): titles, headers,
#: notes, and the labels of source levels, methods and satisfaction levels.
DEFAULT_LABELS: dict[str, str] = vocabulary.texts(
    "statistics",
    codes={
        "source_level": "source_level",
        "method": "method",
        "satisfaction": "satisfaction",
        "stats_by": "by",
        "yes_no": "",
    },
)

#: The statistics columns, grouped as the county's table groups them:
#: (group label key or None for a single column, [columns]).
STAT_GROUPS: list[tuple[str | None, list[str]]] = [
    (None, ["targets"]),
    ("group.visits", ["visited", "visited_as_required", "visit_rate"]),
    ("group.method", ["home_visit", "phone", "former_residence", "other_method"]),
    (
        "group.satisfaction",
        [
            "satisfied",
            "basically_satisfied",
            "dissatisfied",
            "not_reached",
            "rated",
            "reached",
            "satisfaction_rate",
        ],
    ),
    (
        "group.conclusion",
        ["conclusion_reasonable_yes", "conclusion_reasonable_partly", "conclusion_reasonable_no"],
    ),
    ("group.demands", ["demands_solved_yes", "demands_solved_partly", "demands_solved_no"]),
    (
        "group.carried",
        ["opinions_carried_out", "opinions_carried_out_partly", "opinions_carried_out_no"],
    ),
    ("group.proxy", ["proxy_relative", "proxy_committee"]),
    ("group.difficulties", ["difficulties_found", "difficulties_none", "difficulties_helped"]),
    ("group.opinions", ["opinions_collected", "opinions_none"]),
    ("group.look_lawful", ["look_lawful_yes", "look_lawful_no"]),
    ("group.look_satisfied", ["look_satisfied_yes", "look_satisfied_no"]),
    ("group.look_opinions", ["look_opinions_yes", "look_opinions_no"]),
    (None, ["settled"]),
    ("group.rework", ["rework_sent", "rework_closed", "rework_overdue"]),
    ("group.followups", ["followups_open", "followups_overdue"]),
]
STAT_COLUMNS = [c for _g, cols in STAT_GROUPS for c in cols]
_RATES = {"visit_rate", "satisfaction_rate"}

SUMMARY_COLUMNS: list[tuple[str, float]] = [
    ("seq", 6),
    ("case_no", 15),
    ("petitioner", 9),
    ("source_level", 9),
    ("handling_unit", 13),
    ("visited_on", 12),
    ("method", 10),
    ("visitors", 14),
    ("satisfaction", 9),
    ("settled", 8),
    ("checks", 16),
    ("difficulties", 24),
    ("opinions", 22),
    ("followup", 20),
]
_SUMMARY_GROUPS = [
    ("sum.group.case", "case_no", "handling_unit"),
    ("sum.group.visit", "visited_on", "followup"),
]


class StatisticsExportError(UserError):
    """The table could not be written; the target file was not changed."""


@dataclass
class TableLayout:
    """A table ready for xlsx or PDF: header rows with merged cells, body, footnote.

    ``spans`` are ((first col, first row), (last col, last row)) in table
    coordinates, header rows first (as reportlab's SPAN). Body values are
    numbers, rates (floats 0..1, or None), dates or texts; ``rate_columns``
    names the columns holding rates. The last body row is the total row when
    ``has_total``.
    """

    title: str
    subtitle: str
    sheet: str
    header_rows: list[list[str]]
    spans: list[tuple[tuple[int, int], tuple[int, int]]]
    rows: list[list]
    widths: list[float]  # in characters
    rate_columns: set[int]
    footnote: str | None
    has_total: bool
    wrapped: set[int]
    #: the sign-off block under the table, (label, value) (services/signoff.py)
    signoff: list[tuple[str, str]] = field(default_factory=list)


def _texts(labels: Mapping[str, str] | None) -> dict[str, str]:
    return {**DEFAULT_LABELS, **(labels or {})}


def _day(d: dt.date) -> str:
    return vocabulary.day_text(d)


def table_subtitle(text: Mapping[str, str], today: dt.date, extra: str) -> str:
    parts = []
    office = office_or_town()
    if office:
        parts.append(text["office"].format(office=office))
    parts.append(text["date"].format(date=_day(today)))
    parts.append(extra)
    return "    ".join(parts)


def grouped_header(
    heads: list[str], keys: list[str], groups, text: Mapping[str, str]
) -> tuple[list[list[str]], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """The two header rows of a table whose upper row groups columns, and their
    spans: ``heads`` are the column headers, ``keys`` the column keys, ``groups``
    (label key, first column key, last column key); the first column spans both rows."""
    group_row = [""] * len(keys)
    spans = []
    for label, first, last in groups:
        a, b = keys.index(first), keys.index(last)
        group_row[a] = text[label]
        spans.append(((a, 0), (b, 0)))
    group_row[0] = heads[0]
    spans.append(((0, 0), (0, 1)))
    return [group_row, heads], spans


def group_label(stats_by: str, key: str | None, text: Mapping[str, str]) -> str:
    """The printed label of a row key (the total row's key is None)."""
    if key is None:
        return text["total"]
    if key == "":
        return text[f"none.{stats_by}"]
    if stats_by == "source":
        return text.get(f"source_level.{key}", key)
    return key


def statistics_layout(
    stats: Statistics, labels: Mapping[str, str] | None = None, today: dt.date | None = None
) -> TableLayout:
    """The feedback statistics as a table (shared by the xlsx and the PDF)."""
    text = _texts(labels)
    today = today or stats.today or dt.date.today()
    width = 1 + len(STAT_COLUMNS)
    group_row = [""] * width
    head_row = [""] * width
    spans = []
    group_row[0] = text[f"by.{stats.by}"]
    spans.append(((0, 0), (0, 1)))
    col = 1
    for group, columns in STAT_GROUPS:
        for i, name in enumerate(columns):
            head_row[col + i] = text[f"col.{name}"]
        if group is None:  # one column: its header fills both rows
            group_row[col] = head_row[col]
            spans.append(((col, 0), (col, 1)))
        else:
            group_row[col] = text[group]
            spans.append(((col, 0), (col + len(columns) - 1, 0)))
        col += len(columns)

    def values(row: StatRow) -> list:
        return [group_label(stats.by, row.key, text)] + [row.value(c) for c in STAT_COLUMNS]

    rows = [values(r) for r in stats.rows] + [values(stats.total)]
    note = text["note.definitions"] + (text["note.visitor"] if stats.by == "visitor" else "")
    first = max([len(str(r[0])) for r in rows] + [6]) * 1.6 + 2
    return TableLayout(
        title=text["statistics.title"].format(campaign=stats.campaign),
        subtitle=table_subtitle(text, today, text["count"].format(count=stats.total.targets)),
        sheet=text["statistics.sheet"],
        header_rows=[group_row, head_row],
        spans=spans,
        rows=rows,
        # 41 figures across A4 landscape: narrow figure columns, the names kept readable
        widths=[min(max(first, 14), 24)] + [10 if c in _RATES else 5.0 for c in STAT_COLUMNS],
        rate_columns={1 + STAT_COLUMNS.index(c) for c in _RATES},
        footnote=note,
        has_total=True,
        wrapped=set(),
        signoff=signoff_items(today, text),
    )
