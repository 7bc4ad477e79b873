"""The drafted paragraphs: the six parts of an official analysis, written from the figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from ..enums import ExclusionReason
from ..statistics import (
    UnitSatisfaction,
)
from .contents import AnalysisReport
from .texts import _texts


def format_date(day: dt.date | None, texts: Mapping[str, str] | None = None) -> str:
    """2026年11月28日 ('' for None)."""
    if day is None:
        return ""
    return _texts(texts)["date"].format(y=day.year, m=day.month, d=day.day)


def format_rate(rate: float | None, texts: Mapping[str, str] | None = None) -> str:
    """92.3% (one decimal), "—" when there is no rate."""
    return _texts(texts)["rate_none"] if rate is None else f"{rate * 100:.1f}%"


def _numbered(items: list[str], text: Mapping[str, str], sep: str = "") -> str:
    """一是……。二是……。 (one item: as it is), joined by ``sep``."""
    if len(items) == 1:
        return items[0]
    marks = text["numbered"].split("|")
    return sep.join(f"{marks[i] if i < len(marks) else ''}{item}" for i, item in enumerate(items))


def draft_paragraphs(
    report: AnalysisReport, texts: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The six parts of the analysis (``PARAGRAPHS``), drafted from the figures.

    Paragraphs of several points put each on its own line (``\\n``).
    """
    t = _texts(texts)
    total = report.total
    sep = t["list_sep"]

    def rate(value: float | None) -> str:
        return format_rate(value, t)

    # 基本情况
    basis = (
        t["background.basis"].format(county_office=report.county_office)
        if report.county_office
        else t["background.basis_none"]
    )
    period = ""
    if report.prep_start and report.summary_end:
        span = t["period"].format(
            start=format_date(report.prep_start, t), end=format_date(report.summary_end, t)
        )
        period = t["background.period"].format(period=span)
    background = t["background.open"].format(
        basis=basis, town=report.town, period=period, campaign=report.campaign
    )
    if report.group_leader:
        background += t["background.group"].format(
            leader=report.group_leader, office=report.office_in_charge or report.office
        )
    else:
        background += t["background.group_no_leader"]
    sources = sep.join(
        t.get(f"source_level.{row.key}", row.key or "")
        + t["count"].format(n=row.targets)
        for row in report.statistics.rows
        if row.targets
    )  # fmt: skip
    background += t["background.targets"].format(targets=total.targets, sources=sources or "—")
    if report.key_cases:
        background += t["background.key"].format(key=report.key_cases)
    if report.excluded:
        order = [r.value for r in ExclusionReason]
        reasons = sep.join(
            t.get(f"exclusion.{k}", k)
            for k in sorted(report.excluded, key=lambda k: order.index(k) if k in order else 99)
        )
        background += t["background.excluded"].format(
            excluded=sum(report.excluded.values()), reasons=reasons
        )
    background += t["background.end"]

    # 主要做法
    methods = sep.join(
        t[f"method.{m}"].format(n=getattr(total, m))
        for m in ("home_visit", "phone", "former_residence", "other_method")
        if getattr(total, m)
    )
    # "逐案明确包案领导" only when every target has one; otherwise the number without
    every = total.targets and report.with_leader == total.targets
    points = [
        t["measures.assign" if every else "measures.assign_partly"].format(
            assigned=report.assigned, visitors=report.visitors, with_leader=report.with_leader
        ),
        t["measures.forms"].format(methods=methods or t["method.default"], visited=total.visited)
        + (
            t["measures.proxy"].format(proxy=total.proxy_relative + total.proxy_committee)
            if total.proxy_relative + total.proxy_committee
            else ""
        ),
        t["measures.follow"].format(
            rework=(
                t["measures.rework"].format(sent=total.rework_sent, closed=total.rework_closed)
                if total.rework_sent
                else t["measures.rework_none"]
            ),
            help=(
                t["measures.help"].format(
                    found=total.difficulties_found, helped=total.difficulties_helped
                )
                if total.difficulties_found
                else t["measures.help_none"]
            ),
        ),
    ]
    measures = _numbered(points, t)

    # 回访结果
    today = format_date(report.today, t)
    if not total.visited:
        results = t["results.none"].format(today=today, targets=total.targets)
    else:
        b = report.breakdown
        breakdown = sep.join(
            t[f"satisfaction.{code}"] + t["count"].format(n=n) for code, n in b.slices() if n
        )
        results = t["results.overall"].format(
            today=today, targets=total.targets, visited=total.visited,
            visit_rate=rate(total.visit_rate), breakdown=breakdown,
            satisfaction_rate=rate(total.satisfaction_rate),
        )  # fmt: skip
        partly = (
            t["results.partly"].format(n=total.demands_solved_partly)
            if total.demands_solved_partly
            else ""
        )
        results += t["results.findings"].format(
            reasonable=total.conclusion_reasonable_yes, solved=total.demands_solved_yes,
            partly=partly, settled=total.settled,
            settled_rate=rate(total.settled / total.visited),
        )  # fmt: skip
        by_source = [
            t["results.source"].format(
                source=t.get(f"source_level.{row.key}", row.key or ""),
                rate=rate(row.satisfaction_rate),
            )
            for row in report.statistics.rows
            if row.visited
        ]
        if len(by_source) > 1:
            results += t["results.sources"].format(sources="，".join(by_source))
        ranked = sorted(
            (u for u in report.units if u.visited and u.unit),
            key=lambda u: (-(u.satisfaction_rate or 0), -u.visited, u.unit),
        )
        if len(ranked) >= 2:
            n = min(2, len(ranked) // 2)

            def names(units: Iterable[UnitSatisfaction]) -> str:
                return sep.join(
                    t["results.unit"].format(unit=u.unit, rate=rate(u.satisfaction_rate))
                    for u in units
                )

            results += t["results.units"].format(
                best=names(ranked[:n]), worst=names(reversed(ranked[-n:]))
            )
        if total.opinions_collected or total.difficulties_found:
            results += t["results.collected"].format(
                opinions=total.opinions_collected, difficulties=total.difficulties_found
            )

    # 存在问题
    points = []
    if total.dissatisfied:
        named = [g for g in report.reasons if g.theme != t["theme.unstated"]][:3]
        reasons = sep.join(
            t["problems.reason"].format(theme=g.theme, n=g.count) for g in named
        ) or t["theme.unstated"]  # fmt: skip
        points.append(t["problems.dissatisfied"].format(n=total.dissatisfied, reasons=reasons))
    if report.unsettled_count:
        overdue_items = report.left_out_counts.get("followups_overdue", 0)
        if total.followups_open and overdue_items:  # the items of annex 2, counted alike
            followups = t["problems.followups"].format(
                open=total.followups_open, overdue=overdue_items
            )
        elif total.followups_open:
            followups = t["problems.followups_no_overdue"].format(open=total.followups_open)
        else:
            followups = t["problems.followups_none"]
        points.append(t["problems.unsettled"].format(n=report.unsettled_count, followups=followups))
    gaps = sep.join(
        t[f"gap.{name}"].format(n=n)
        for name, n in report.left_out_counts.items()
        if n and name != "followups_overdue"
    )
    if gaps:
        points.append(t["problems.gaps"].format(gaps=gaps))
    if report.help_open:
        points.append(t["problems.help_open"].format(n=report.help_open))
    if total.not_reached:
        points.append(t["problems.not_reached"].format(n=total.not_reached))
    problems = _numbered(points, t) if points else t["problems.none"]

    # 综合评价
    if not total.visited:
        conclusions = t["conclusions.none"]
    else:
        sat = total.satisfaction_rate or 0.0
        judgement = t[
            "judgement.high"
            if sat >= 0.9
            else "judgement.middle"
            if sat >= 0.8
            else "judgement.low"
        ]
        effects = [
            t[f"effect.{name}"].format(n=n)
            for name, n in (
                ("settled", total.settled),
                ("helped", total.difficulties_helped),
                ("opinions", total.opinions_collected),
            )
            if n
        ]
        conclusions = t["conclusions.text" if praised(report) else "conclusions.plain"].format(
            visit_rate=rate(total.visit_rate),
            satisfaction_rate=rate(total.satisfaction_rate),
            judgement=judgement,
            effects=t["conclusions.effects"].format(effects="，".join(effects)) if effects else "",
        )

    # 下一步工作和意见建议
    points = []
    if total.dissatisfied:
        units = sep.join(name for name, _n in report.dissatisfied_units[:3] if name)
        template = "suggestions.rework" if units else "suggestions.rework_no_unit"
        points.append(t[template].format(n=total.dissatisfied, units=units))
    if report.unsettled_count:
        points.append(t["suggestions.unsettled"].format(n=report.unsettled_count))
    missing = (
        report.left_out_counts.get("no_assignment", 0)
        + report.left_out_counts.get("not_visited", 0)
        + report.left_out_counts.get("no_final_form", 0)
    )
    if missing:
        deadline = (
            t["suggestions.deadline"].format(date=format_date(report.report_deadline, t))
            if report.report_deadline and report.report_deadline >= report.today
            else t["suggestions.deadline_none"]
        )
        points.append(t["suggestions.gaps"].format(n=missing, deadline=deadline))
    if report.help_open:
        points.append(t["suggestions.help"].format(n=report.help_open))
    if total.opinions_collected:
        points.append(t["suggestions.opinions"].format(n=total.opinions_collected))
    points.append(t["suggestions.routine"])
    suggestions = _numbered(points, t, "\n")
    # 典型经验: the plan's summary stage, "publicize good examples"; the clerk chooses
    if report.examples:
        lines = [
            t[f"examples.{why}"].format(case_no=no, category=category or t["theme.other"])
            for no, category, why in report.examples
        ]
        good_examples = t["examples.intro"] + "\n" + _numbered(lines, t, "\n")
    else:
        good_examples = t["examples.none"]
    return {
        "background": background,
        "measures": measures,
        "results": results,
        "problems": problems,
        "conclusions": conclusions,
        "suggestions": suggestions,
        "good_examples": good_examples,
    }


#: "组织有力、推进有序" is written only when the campaign earns it (docs/report.md):
#: visit rate and satisfaction rate at least these, and nobody left out.
PRAISE_VISIT_RATE = 0.9
PRAISE_SATISFACTION_RATE = 0.9


def praised(report: AnalysisReport) -> bool:
    """The figures earn "组织有力、推进有序" (thresholds in docs/report.md)."""
    total = report.total
    gaps = sum(
        report.left_out_counts.get(name, 0)
        for name in ("no_assignment", "no_leader", "not_visited", "followup_nothing_open")
    )
    return (
        (total.visit_rate or 0.0) >= PRAISE_VISIT_RATE
        and (total.satisfaction_rate or 0.0) >= PRAISE_SATISFACTION_RATE
        and gaps == 0
    )
