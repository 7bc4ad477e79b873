"""The report's appendices: unsettled cases, the "nobody left out" lists, difficulties."""

from __future__ import annotations

from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    Paragraph,
)

from ...domain.report import (
    AnalysisReport,
    format_date,
)
from .layout import _cn, _day
from .writer import _Writer


def _followup_text(w: _Writer, case) -> str:
    lines = []
    for f in case.followups:
        line = w.l["followup.line"].format(
            kind=w.t.get(f"followup_kind.{f.kind}", f.kind), action=f.action or "—"
        )
        if f.assignee:
            line += w.l["followup.by"].format(who=f.assignee)
        if f.closed_on:
            line += w.l["followup.closed"].format(date=format_date(f.closed_on, w.t))
        elif f.due_on:
            line += w.l["followup.due"].format(date=format_date(f.due_on, w.t))
            if f.overdue:
                line += w.l["followup.overdue"]
        lines.append(line)
    if not lines and case.next_action:
        line = w.l["followup.next"].format(action=case.next_action)
        if case.next_due:
            line += w.l["followup.due"].format(date=format_date(case.next_due, w.t))
        lines.append(line)
    return "\n".join(lines) or w.l["followup.none"]


def _annex_head(w: _Writer, story: list, n: int, key: str) -> None:
    story.append(PageBreak())
    story.append(w.para(w.l["annex"].format(n=n), w.annex))
    story.append(w.para(w.l[f"annex.{key}"], w.title))


def _count_line(w: _Writer, count: int, shown: int) -> Paragraph:
    if not count:
        return w.para(w.l["annex.none"], w.body)
    text = w.l["annex.cut"] if shown < count else w.l["annex.count"]
    return w.para(text.format(n=count, shown=shown), w.note)


def _annexes(w: _Writer, report: AnalysisReport, story: list) -> None:
    t, lab = w.t, w.l
    # 1: unsettled cases and their follow-ups
    _annex_head(w, story, 1, "unsettled")
    story.append(_count_line(w, report.unsettled_count, len(report.unsettled)))
    if report.unsettled:
        rows = [
            [i, c.case_no, c.petitioner, c.handling_unit or "—",
             _day(c.visited_on),
             t.get(f"satisfaction.{c.satisfaction}", c.satisfaction or "—"),
             _followup_text(w, c)]
            for i, c in enumerate(report.unsettled, start=1)
        ]  # fmt: skip
        story.append(
            w.table([lab["col.seq"], lab["col.case_no"], lab["col.petitioner"], lab["col.unit"],
                     lab["col.visited_on"], lab["col.satisfaction"], lab["col.followups"]],
                    rows, left=(6,))
        )  # fmt: skip
    # 2: nobody left out
    _annex_head(w, story, 2, "left_out")
    counts = report.left_out_counts
    if not any(counts.values()):
        story.append(w.para(lab["left_out.none"], w.body))
    else:
        story.append(
            w.table([lab["col.item"], lab["col.count"]],
                    [[lab[f"left_out.{k}"], n] for k, n in counts.items()],
                    [3, 1], left=(0,))
        )  # fmt: skip
        for n, (key, count) in enumerate(counts.items(), start=1):
            if not count:
                continue
            items = getattr(report.left_out, key)
            story.append(CondPageBreak(80))
            story.append(w.para(f"（{_cn(n)}）{lab[f'left_out.{key}']}", w.h2))
            story.append(_count_line(w, count, len(items)))
            rows = [
                [i, it.case_no, it.petitioner, it.village or "—",
                 _day(it.due_on)]
                for i, it in enumerate(items, start=1)
            ]  # fmt: skip
            story.append(
                w.table([lab["col.seq"], lab["col.case_no"], lab["col.petitioner"],
                         lab["col.village"], lab["col.due_on"]], rows)
            )  # fmt: skip
    # 3: difficulties and help
    _annex_head(w, story, 3, "difficulties")
    story.append(_count_line(w, report.total.difficulties_found, len(report.difficulty_items)))
    if report.difficulty_items:
        rows = [
            [i, d.case_no, d.petitioner, d.village or "—", d.difficulty, d.help_given or "—",
             d.help_by or "—", lab[f"state.{d.state}"]]
            for i, d in enumerate(report.difficulty_items, start=1)
        ]  # fmt: skip
        story.append(
            w.table([lab["col.seq"], lab["col.case_no"], lab["col.petitioner"],
                     lab["col.village"], lab["col.difficulty"], lab["col.help"],
                     lab["col.help_by"], lab["col.state"]],
                    rows, left=(4, 5))
        )  # fmt: skip
