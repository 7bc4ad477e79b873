"""The task assignment table (回访任务分配表) as a styled Excel workbook, ready to print.

Step 3 of the campaign ends with this table: case by case, who is
responsible, who visits, which units join, by which method and by when. It
is printed for the leaders and sent on; ``export_assignment_table`` writes it
from the board's cards (all the campaign's targets, or the cards the clerk
filtered): a merged title row (the campaign's name and 回访任务分配表), a line
with the office, the date and the count, a two-row header whose upper row
groups the columns (案件信息 / 任务分配), thin borders on every cell, A4
landscape fitted to the page width, the header rows repeated on every printed
page, page numbers in the footer. Case numbers are text cells (``@``) so
Excel never turns them into numbers; due dates are real dates.

The table names petitioners in full (it goes to the people who visit them);
every export leaves an audit record. The workbook is written to a temporary
file in the target folder that replaces the target only when complete.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ..domain import audit, vocabulary
from ..domain.campaigns import get_campaign
from ..domain.errors import UserError
from ..domain.models import Campaign, Setting, db
from ..domain.tasks import TaskCard, board
from .output import write_atomically
from .xlsx_out import as_text, put
from .xlsx_stream import fill_frame, print_setup, row_xml

__all__ = [
    "COLUMNS",
    "DEFAULT_HEADERS",
    "DEFAULT_LABELS",
    "AssignmentTableError",
    "export_assignment_table",
]

#: The columns, in order, with their width in characters.
COLUMNS: list[tuple[str, float]] = [
    ("seq", 6),
    # the case (group.case)
    ("case_no", 16), ("petitioner", 10), ("village", 10), ("source_level", 10),
    ("category", 11), ("handling_unit", 14),
    # the task (group.task)
    ("leader", 10), ("visitors", 16), ("units", 16), ("method", 10), ("due_on", 13),
    ("status", 9),
]  # fmt: skip

#: Header texts when the caller passes none (data/vocabulary.toml, Chinese).
DEFAULT_HEADERS = vocabulary.headers("assignment")

#: Texts of the title, the groups of the header and coded values (data/vocabulary.toml).
DEFAULT_LABELS = vocabulary.texts(
    "assignment",
    codes={"source_level": "source_level", "method": "method", "task_status": "status"},
)

#: The header groups: (label key, first column key, last column key).
_GROUPS = [("group.case", "case_no", "handling_unit"), ("group.task", "leader", "status")]

_TITLE_ROW, _INFO_ROW, _GROUP_ROW, _HEADER_ROW, _DATA_ROW = 1, 2, 3, 4, 5
_CENTRED = {"seq", "village", "source_level", "leader", "method", "due_on", "status"}
_WRAPPED = {"visitors", "units", "handling_unit", "category"}


class AssignmentTableError(UserError):
    """The table could not be written; the target file was not changed."""


def _cards(campaign: Campaign, cards: Iterable[TaskCard] | None, today: dt.date) -> list[TaskCard]:
    if cards is None:
        cards = sorted(board(campaign, today=today), key=lambda c: c.case_no)
    seen: set[int] = set()
    unique = []
    for card in cards:  # grouped boards show a card once per visitor
        if card.target_id not in seen:
            seen.add(card.target_id)
            unique.append(card)
    return unique


def export_assignment_table(
    path: str | os.PathLike,
    campaign: Campaign | int | str | None = None,
    cards: Iterable[TaskCard] | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the assignment table of ``campaign`` (the current one by default) to ``path``.

    ``cards`` are the board's cards to list, in that order (default: every
    target of the campaign by case number). ``headers`` and ``labels``
    replace the Chinese texts (see ``DEFAULT_HEADERS``, ``DEFAULT_LABELS``).
    Returns the path written.
    """
    path = Path(path)
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    rows = _cards(campaign, cards, today)
    head = {**DEFAULT_HEADERS, **(headers or {})}
    text = {**DEFAULT_LABELS, **(labels or {})}
    office = Setting.get_or_none(Setting.key == "office_name")

    def write(tmp: Path) -> None:
        frame = tmp.with_name(tmp.name + ".frame")
        try:
            wb, style_ids = _workbook(
                campaign, rows, head, text, office.value if office else None, today
            )
            wb.save(frame)
            fill_frame(frame, tmp, _rows_xml(rows, style_ids, text), _DATA_ROW, len(COLUMNS))
        finally:
            frame.unlink(missing_ok=True)

    write_atomically(path, write, error=AssignmentTableError, code="export_failed")
    if progress is not None:
        progress(len(rows), len(rows))
    with db.atomic():
        audit.log_action(
            "export",
            "target",
            None,
            {
                "file": path.name,
                "what": "assignment_table",
                "campaign": campaign.name,
                "count": len(rows),
                "format": "xlsx",
            },
        )
    return path


def _values(card: TaskCard, seq: int, text: Mapping[str, str]) -> list:
    def label(kind: str, code: str | None) -> str | None:
        return text.get(f"{kind}.{code}", code) if code else None

    return [
        seq,
        card.case_no,
        card.petitioner,
        card.village,
        label("source_level", card.source_level),
        card.category,
        card.handling_unit,
        card.leader,
        text["list_separator"].join(card.visitors) or None,
        text["list_separator"].join(card.units) or None,
        label("method", card.method),
        card.due_on,
        label("status", card.status),
    ]


def _workbook(
    campaign: Campaign,
    cards: list[TaskCard],
    head: Mapping[str, str],
    text: Mapping[str, str],
    office: str | None,
    today: dt.date,
):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side
    from openpyxl.utils import get_column_letter

    keys = [k for k, _ in COLUMNS]
    letters = {k: get_column_letter(i) for i, k in enumerate(keys, start=1)}
    wb = Workbook()
    ws = wb.active
    ws.title = text["sheet"][:31]
    for key, width in COLUMNS:
        ws.column_dimensions[letters[key]].width = width

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    styles = _body_styles(wb, keys, text, border, centre)
    _title_rows(ws, campaign, len(cards), text, office, today, letters[keys[-1]])
    _header_rows(ws, keys, letters, head, text, border, centre)

    # One styled, empty template row: the data rows take its cells' style ids
    # (see ``xlsx_stream.fill_frame``).
    for column, key in enumerate(keys, start=1):
        ws.cell(_DATA_ROW, column).style = styles[key]
    style_ids = [ws.cell(_DATA_ROW, column).style_id for column in range(1, len(keys) + 1)]

    ws.freeze_panes = f"C{_DATA_ROW}"
    print_setup(ws, f"{_GROUP_ROW}:{_HEADER_ROW}", text["footer"])
    return wb, style_ids


def _body_styles(wb, keys: list[str], text: Mapping[str, str], border, centre) -> dict[str, str]:
    """One named style per kind of body cell: openpyxl then shares one style
    record between all of them instead of building one per cell."""
    from openpyxl.styles import Alignment, Font, NamedStyle

    styles = {}
    for key in keys:
        style = NamedStyle(name=f"rv_{key}")
        style.font = Font(name="SimSun", size=10)
        style.border = border
        if key in _CENTRED:
            style.alignment = centre
        else:
            style.alignment = Alignment(
                horizontal="left", vertical="center", wrap_text=key in _WRAPPED
            )
        if key == "due_on":
            style.number_format = text["date_format"]
        elif key == "case_no":
            style.number_format = "@"
        wb.add_named_style(style)
        styles[key] = style.name
    return styles


def _title_rows(
    ws,
    campaign: Campaign,
    count: int,
    text: Mapping[str, str],
    office: str | None,
    today: dt.date,
    last: str,
) -> None:
    from openpyxl.styles import Alignment, Font

    title = put(ws, _TITLE_ROW, 1, text["title"].format(campaign=campaign.name))
    title.font = Font(name="SimHei", size=16, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[_TITLE_ROW].height = 34
    ws.merge_cells(f"A{_TITLE_ROW}:{last}{_TITLE_ROW}")

    info = []
    if office:
        info.append(text["office"].format(office=office))
    day = text["day"].format(year=today.year, month=today.month, day=today.day)
    info.append(text["date"].format(date=day))
    info.append(text["count"].format(count=count))
    cell = put(ws, _INFO_ROW, 1, "    ".join(info))
    cell.font = Font(name="SimSun", size=10)
    cell.alignment = Alignment(horizontal="right", vertical="center")
    ws.merge_cells(f"A{_INFO_ROW}:{last}{_INFO_ROW}")


def _header_rows(ws, keys, letters, head, text, border, centre) -> None:
    from openpyxl.styles import Font, PatternFill

    header_font = Font(name="SimHei", size=10, bold=True)
    fill = PatternFill("solid", fgColor="D9D9D9")

    def header_cell(row: int, column: int, value: str | None):
        c = put(ws, row, column, value)
        c.font, c.alignment, c.border, c.fill = header_font, centre, border, fill

    for i, key in enumerate(keys, start=1):  # borders on every cell of merged ranges too
        header_cell(_GROUP_ROW, i, None)
        header_cell(_HEADER_ROW, i, head[key])
    put(ws, _GROUP_ROW, 1, head["seq"])
    ws.merge_cells(f"A{_GROUP_ROW}:A{_HEADER_ROW}")
    for label, first, end in _GROUPS:
        as_text(ws[f"{letters[first]}{_GROUP_ROW}"], text[label])
        ws.merge_cells(f"{letters[first]}{_GROUP_ROW}:{letters[end]}{_GROUP_ROW}")
    ws.row_dimensions[_GROUP_ROW].height = 20
    ws.row_dimensions[_HEADER_ROW].height = 22


# --- the data rows ----------------------------------------------------------------
#
# openpyxl builds an element per cell and serialises it in pure Python (no
# lxml here): about 0.5 ms a row, ten seconds for the 22,000 targets of a big
# town. The rows are plain, so they are written as the XML openpyxl would
# write in place of the template row, straight into the zip (``xlsx_stream``).


def _rows_xml(cards: list[TaskCard], style_ids: list[int], text: Mapping[str, str]):
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(i) for i in range(1, len(style_ids) + 1)]
    for seq, card in enumerate(cards, start=1):
        yield row_xml(_DATA_ROW + seq - 1, letters, style_ids, _values(card, seq, text))
