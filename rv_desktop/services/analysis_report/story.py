"""The report's body: the numbered sections with their tables and figures."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Spacer,
)

from ...domain.report import (
    AnalysisReport,
    TextGroup,
    format_date,
    format_rate,
    source_label,
)
from .annexes import _annexes
from .charts import _pie, _progress, _unit_bars
from .writer import _Writer


def _group_rows(w: _Writer, groups: Sequence[TextGroup], whole: int) -> list[list]:
    rows = []
    for i, g in enumerate(groups, start=1):
        examples = "；".join(
            f"{text}（{n}）" if n > 1 else text for text, n in g.texts
        )  # fmt: skip
        rows.append([i, g.theme, g.count, format_rate(g.count / whole if whole else None, w.t),
                     examples or "—"])  # fmt: skip
    return rows


def _section(w: _Writer, story: list, key: str, text: str | None = None) -> None:
    """A numbered section's heading, and its paragraphs when given.

    A heading never stays alone at the foot of a page: it moves on with room for
    three lines of its text, or with the whole chart or table that follows it.
    """
    story.append(CondPageBreak(100))
    story.append(w.para(w.l[f"section.{key}"], w.h1))
    if text is not None:
        story.extend(w.paragraphs(text))


def _sub(w: _Writer, story: list, key: str, *keep) -> None:
    """A sub-heading, kept together with ``keep`` when given."""
    head = w.para(w.l[f"sub.{key}"], w.h2)
    if keep:
        story.append(KeepTogether([head, *keep]))
    else:
        story.append(CondPageBreak(90))
        story.append(head)


def _overall(w: _Writer, story: list, report: AnalysisReport) -> None:
    """(一) overall: the paragraph, the table by source, the pie."""
    t, lab = w.t, w.l
    total = report.total
    _sub(w, story, "overall")
    story.extend(w.paragraphs(report.text("results")))
    cols = ["targets", "visited", "visited_as_required", "visit_rate", "satisfied",
            "basically_satisfied", "dissatisfied", "not_reached", "satisfaction_rate",
            "settled"]  # fmt: skip

    def figures(row) -> list:
        return [
            format_rate(row.value(c) if c.endswith("rate") else None, t)
            if c.endswith("rate")
            else row.value(c)
            for c in cols
        ]

    rows = [[source_label(r.key, t)] + figures(r) for r in report.statistics.rows]
    rows.append([lab["total"]] + figures(total))
    story.append(
        KeepTogether(
            [
                w.caption_of("table", lab["table.sources"]),
                w.table(
                    [lab["col.source"]] + [lab[f"col.{c}"] for c in cols],
                    rows,
                    total=True,
                ),
                w.para(lab["rate_note"], w.note),
            ]
        )  # fmt: skip
    )
    if report.breakdown.visited:
        story.append(KeepTogether([_pie(w, report), w.caption_of("figure", lab["figure.pie"])]))
    else:
        story.append(w.para(lab["no_visits"], w.body))


def _by_unit(w: _Writer, story: list, report: AnalysisReport) -> None:
    """(二) by handling unit: the bars and the table."""
    t, lab = w.t, w.l
    if any(u.visited for u in report.units):
        bars, cut = _unit_bars(w, report)
        parts = [bars, w.caption_of("figure", lab["figure.units"])]
        if cut:
            parts.append(w.para(lab["units.more"].format(n=20), w.note))
        _sub(w, story, "units", *parts)
    else:
        _sub(w, story, "units")
    unit_cols = ["targets", "visited", "satisfied", "basically_satisfied", "dissatisfied",
                 "not_reached", "satisfaction_rate"]  # fmt: skip
    unit_rows = [
        [u.unit or t["unit.none"], u.targets, u.visited, u.satisfied, u.basically_satisfied,
         u.dissatisfied, u.not_reached, format_rate(u.satisfaction_rate, t)]
        for u in report.units
    ]  # fmt: skip
    b = report.breakdown
    unit_rows.append([lab["total"], b.targets, b.visited, b.satisfied, b.basically_satisfied,
                      b.dissatisfied, b.not_reached,
                      format_rate(b.satisfaction_rate, t)])  # fmt: skip
    story.append(
        KeepTogether([
            w.caption_of("table", lab["table.units"]),
            w.table([lab["col.unit"]] + [lab[f"col.{c}"] for c in unit_cols], unit_rows,
                    left=(0,), free=(), total=True),
        ])
    )  # fmt: skip


def _themes(
    w: _Writer, story: list, key: str, groups: list[TextGroup], whole: int, intro: str, count: str
) -> None:
    """A sentence and the table of themes (reasons, difficulties or opinions)."""
    lab = w.l
    if not whole:
        _sub(w, story, key, w.para(lab[f"no_{key}"], w.body))
        return
    header = [lab["col.seq"], lab["col.theme"], lab[count], lab["col.share"],
              lab["col.examples"]]  # fmt: skip
    table = w.table(header, _group_rows(w, groups, whole), [0, 1, 0, 0, 2.2], left=(1, 4))
    caption = w.caption_of("table", lab[f"table.{key}"])
    _sub(w, story, key, w.para(intro, w.body), caption, table)


def _all_themes(w: _Writer, story: list, report: AnalysisReport) -> None:
    """(四) reasons, (五) difficulties, (六) opinions: a sentence and the themes."""
    lab = w.l
    total = report.total
    reasons = lab["reasons.text"].format(n=total.dissatisfied)
    _themes(w, story, "reasons", report.reasons, total.dissatisfied, reasons, "col.count")
    difficulties = lab["difficulties.text"].format(
        found=total.difficulties_found, helped=total.difficulties_helped, open=report.help_open
    )
    found = total.difficulties_found
    _themes(w, story, "difficulties", report.difficulties, found, difficulties, "col.count")
    opinions = lab["opinions.text"].format(n=total.opinions_collected)
    collected = total.opinions_collected
    _themes(w, story, "opinions", report.opinions, collected, opinions, "col.opinion_count")


def _story(w: _Writer, report: AnalysisReport) -> list:
    t, lab = w.t, w.l
    title = t["title"].format(town=report.town, campaign=report.campaign)
    byline = "　　".join(
        x for x in (report.office or report.town, format_date(report.today, t)) if x
    )
    story: list = [w.para(title, w.title), w.para(byline, w.byline)]
    _section(w, story, "background", report.text("background"))
    _section(w, story, "measures", report.text("measures"))
    _section(w, story, "results")
    _overall(w, story, report)
    _by_unit(w, story, report)
    # (三) progress
    if report.progress:
        caption = w.caption_of("figure", lab["figure.progress"])
        _sub(w, story, "progress", _progress(w, report), caption)
    else:
        _sub(w, story, "progress", w.para(lab["no_progress"], w.body))

    _all_themes(w, story, report)

    _section(w, story, "problems", report.text("problems"))
    _section(w, story, "conclusions", report.text("conclusions"))
    # the plan's summary stage: "sum up experience, publicize good examples"
    story.append(w.para(lab["sub.good_examples"], w.h2))
    story.extend(w.paragraphs(report.text("good_examples")))
    _section(w, story, "suggestions", report.text("suggestions"))
    story.append(Spacer(1, 8 * mm))
    story.append(
        KeepTogether(
            [
                w.para(report.office or report.town, w.sign),
                w.para(format_date(report.today, t), w.sign),
            ]
        )  # fmt: skip
    )
    _annexes(w, report, story)
    return story
