"""What the office prints, assembled from the register: forms, tables, the plan.

One function per document, used alike by the command line (``print-forms``,
``print --document``) and the GUI. Each writes a PDF through
``services.pdf`` (an embedded Chinese font, a temporary file renamed when
complete) and leaves an audit record naming who printed what: printed
documents carry personal data unmasked.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from ..domain import audit, vocabulary
from ..domain.campaigns import get_campaign
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.models import Staff, db
from .assignment_table import _GROUPS as _ASSIGNMENT_GROUPS
from .assignment_table import COLUMNS, DEFAULT_HEADERS, DEFAULT_LABELS, _cards, _values
from .forms_data import (
    blank_forms,
    form_data_for_targets,
    office_names,
    record_forms_printed,
    targets_in_route_order,
)
from .pdf import RenderResult, TableResult, render_forms, render_table
from .statistics_export.layout import grouped_header


class PrintError(UserError):
    pass


def _font_file() -> str | None:
    from ..domain.models import Setting

    row = Setting.get_or_none(Setting.key == "font_file")
    return row.value if row and row.value else None


def _visitor_id(name: str) -> int:
    staff = Staff.get_or_none((Staff.name == name) & (Staff.role == "visitor"))
    if staff is None:
        raise PrintError(
            "no_visitor",
            QT_TRANSLATE_NOOP("UserError", "There is no visitor named {name}."),
            name=name,
        )
    return staff.id


def print_forms(
    out: str | os.PathLike,
    campaign: str | None = None,
    visitor: str | None = None,
    village: str | None = None,
    blank: int | None = None,
    filled: bool = False,
    allow_missing: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RenderResult:
    """Registration forms: one per target in route order, or ``blank`` empty ones."""
    town, office = office_names()
    if blank:
        forms, mode = blank_forms(blank), "blank"
    else:
        c = get_campaign(campaign)
        ids = targets_in_route_order(
            c.id, _visitor_id(visitor) if visitor else None, village or None
        )
        forms, mode = form_data_for_targets(ids, filled=filled), "filled" if filled else "prefilled"
    result = render_forms(
        forms,
        Path(out),
        mode=mode,
        town=town,
        office=office,
        progress=progress,
        cancelled=cancelled,
        font_file=_font_file(),
        allow_missing=allow_missing,
    )
    record_forms_printed(forms, Path(out).name, mode, True)
    return result


def print_assignment_table(out: str | os.PathLike, campaign: str | None = None) -> TableResult:
    """The task assignment table (回访任务分配表), landscape, header on every page."""
    c = get_campaign(campaign)
    cards = _cards(c, None, dt.date.today())
    keys = [k for k, _w in COLUMNS]
    headers = [DEFAULT_HEADERS[k] for k in keys]
    header_rows, spans = grouped_header(headers, keys, _ASSIGNMENT_GROUPS, DEFAULT_LABELS)
    rows = []
    for seq, card in enumerate(cards, start=1):
        values = _values(card, seq, DEFAULT_LABELS)
        rows.append(
            [
                "" if v is None else (vocabulary.day_text(v) if isinstance(v, dt.date) else v)
                for v in values
            ]
        )
    town, office = office_names()
    subtitle = "    ".join(
        [
            DEFAULT_LABELS["office"].format(office=office or town),
            DEFAULT_LABELS["date"].format(date=vocabulary.day_text(dt.date.today())),
            DEFAULT_LABELS["count"].format(count=len(rows)),
        ]
    )
    title = DEFAULT_LABELS["title"].format(campaign=c.name)
    result = _landscape_table(out, title, subtitle, header_rows, spans, rows, COLUMNS)
    _record(out, "assignment_table", len(rows))
    return result


def print_plan(out: str | os.PathLike, campaign: str | None = None) -> TableResult:
    """The campaign plan (实施方案) as a document: the seed plan's headings and
    standard texts (data/plan.toml) filled from the campaign (domain/plan.py)."""
    from ..domain.plan import plan_document
    from .pdf.document import render_document

    plan = plan_document(campaign)
    result = render_document(
        plan.title, [(b.kind, b.text) for b in plan.blocks], Path(out), font_file=_font_file()
    )
    _record(out, "plan", len(plan.blocks))
    return result


#: The route sheet's columns, with their relative widths; 回访日期 stays empty
#: for the visitor to write in.
ROUTE_COLUMNS = [
    ("seq", 4), ("case_no", 13), ("petitioner", 7), ("village", 9), ("address", 21),
    ("phones", 14), ("method", 8), ("due_on", 11), ("leader", 7), ("visited_on", 11),
]  # fmt: skip


def print_route_sheet(
    out: str | os.PathLike, visitor: str, campaign: str | None = None
) -> TableResult:
    """A visitor's route sheet (回访路线单): the open tasks by village and address,
    with phones and addresses in full for the road (audited), key cases starred."""
    from ..domain.tasks import record_route_sheet_printed, route_sheet

    c = get_campaign(campaign)
    visitor_id = _visitor_id(visitor)
    stops = route_sheet(visitor_id, c)
    text = vocabulary.texts("route", codes={"method": "method"})
    sep = text["list_separator"]
    rows = [
        [
            seq,
            (text["key_case"] if s.key_case else "") + s.case_no,
            s.petitioner,
            s.village or "",
            s.address or "",
            sep.join(s.phones),
            text.get(f"method.{s.method}", s.method or ""),
            vocabulary.day_text(s.due_on),
            s.leader or "",
            "",
        ]
        for seq, s in enumerate(stops, start=1)
    ]
    title = text["title"].format(visitor=visitor)
    subtitle = text["subtitle"].format(
        campaign=c.name, date=vocabulary.day_text(dt.date.today()), count=len(rows)
    )
    header = [text[f"col.{k}"] for k, _w in ROUTE_COLUMNS]
    result = _landscape_table(out, title, subtitle, [header], [], rows, ROUTE_COLUMNS)
    record_route_sheet_printed(visitor_id, len(rows))
    return result


def _landscape_table(
    out: str | os.PathLike, title: str, subtitle: str, header_rows, spans, rows, columns
) -> TableResult:
    """A table on landscape A4, its ``columns`` (key, relative width) filling the page."""
    return render_table(
        title,
        subtitle,
        header_rows,
        spans,
        rows,
        Path(out),
        landscape=True,
        col_widths=_points([w for _k, w in columns], 770),
        font_file=_font_file(),
        allow_missing=True,
    )


def _points(widths: list[float], total: float) -> list[float]:
    """Relative widths scaled to fill ``total`` points (A4 less margins)."""
    scale = total / sum(widths)
    return [w * scale for w in widths]


def _record(out: str | os.PathLike, what: str, count: int) -> None:
    with db.atomic():
        audit.log_action(
            "print", "campaign", None, {"what": what, "file": Path(out).name, "count": count}
        )


def print_statistics(
    out: str | os.PathLike, campaign: str | None = None, by: str = "source"
) -> TableResult:
    """The feedback statistics (回访情况反馈统计表) by ``by``, landscape, header on every page."""
    from ..domain.statistics import feedback_statistics
    from .statistics_export import render_layout_pdf, statistics_layout

    stats = feedback_statistics(get_campaign(campaign), by)
    result = render_layout_pdf(
        statistics_layout(stats), out, font_file=_font_file(), allow_missing=True
    )
    _record(out, "statistics", len(stats.rows))
    return result


def print_summary(out: str | os.PathLike, campaign: str | None = None) -> TableResult:
    """The summary table (回访情况汇总表): one row per target, landscape."""
    from ..domain.statistics import summary_rows
    from .statistics_export import render_layout_pdf, summary_layout

    c = get_campaign(campaign)
    rows = summary_rows(c)
    result = render_layout_pdf(
        summary_layout(c.name, rows), out, font_file=_font_file(), allow_missing=True
    )
    _record(out, "summary", len(rows))
    return result


DOCUMENTS = {
    "assignment": print_assignment_table,
    "plan": print_plan,
    "statistics": print_statistics,
    "summary": print_summary,
}
