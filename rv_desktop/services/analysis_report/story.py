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


def _story(w: _Writer, report: AnalysisReport) -> list:
    t, lab = w.t, w.l
    total = report.total
    title = t["title"].format(town=report.town, campaign=report.campaign)
    byline = "　　".join(
        x for x in (report.office or report.town, format_date(report.today, t)) if x
    )
    story: list = [w.para(title, w.title), w.para(byline, w.byline)]

    # a heading never stays alone at the foot of a page: it moves on with room for
    # three lines of its text, or with the whole chart or table that follows it
    def section(key: str, text: str | None = None):
        story.append(CondPageBreak(100))
        story.append(w.para(lab[f"section.{key}"], w.h1))
        if text is not None:
            story.extend(w.paragraphs(text))

    def sub(key: str, *keep) -> None:
        head = w.para(lab[f"sub.{key}"], w.h2)
        if keep:
            story.append(KeepTogether([head, *keep]))
        else:
            story.append(CondPageBreak(90))
            story.append(head)

    section("background", report.text("background"))
    section("measures", report.text("measures"))
    section("results")

    # (一) overall: the paragraph, the table by source, the pie
    sub("overall")
    story.extend(w.paragraphs(report.text("results")))
    cols = ["targets", "visited", "visit_rate", "satisfied", "basically_satisfied",
            "dissatisfied", "not_reached", "satisfaction_rate", "settled"]  # fmt: skip

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

    # (二) by handling unit: the bars and the table
    if any(u.visited for u in report.units):
        bars, cut = _unit_bars(w, report)
        parts = [bars, w.caption_of("figure", lab["figure.units"])]
        if cut:
            parts.append(w.para(lab["units.more"].format(n=20), w.note))
        sub("units", *parts)
    else:
        sub("units")
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

    # (三) progress
    if report.progress:
        sub("progress", _progress(w, report), w.caption_of("figure", lab["figure.progress"]))
    else:
        sub("progress", w.para(lab["no_progress"], w.body))

    # (四) reasons, (五) difficulties, (六) opinions: a sentence and the themes
    def themes(key: str, groups: list[TextGroup], whole: int, intro: str, count: str) -> None:
        if not whole:
            sub(key, w.para(lab[f"no_{key}"], w.body))
            return
        header = [lab["col.seq"], lab["col.theme"], lab[count], lab["col.share"],
                  lab["col.examples"]]  # fmt: skip
        table = w.table(header, _group_rows(w, groups, whole), [0, 1, 0, 0, 2.2], left=(1, 4))
        caption = w.caption_of("table", lab[f"table.{key}"])
        sub(key, w.para(intro, w.body), caption, table)

    themes("reasons", report.reasons, total.dissatisfied,
           lab["reasons.text"].format(n=total.dissatisfied), "col.count")  # fmt: skip
    themes("difficulties", report.difficulties, total.difficulties_found,
           lab["difficulties.text"].format(found=total.difficulties_found,
                                           helped=total.difficulties_helped,
                                           open=report.help_open), "col.count")  # fmt: skip
    opinions = lab["opinions.text"].format(n=total.opinions_collected)
    themes("opinions", report.opinions, total.opinions_collected, opinions, "col.opinion_count")

    section("problems", report.text("problems"))
    section("conclusions", report.text("conclusions"))
    # the plan's summary stage: "sum up experience, publicize good examples"
    story.append(w.para(lab["sub.good_examples"], w.h2))
    story.extend(w.paragraphs(report.text("good_examples")))
    section("suggestions", report.text("suggestions"))
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
