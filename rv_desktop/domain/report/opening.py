"""The opening parts of the drafted analysis: what was done and what was found
(基本情况, 主要做法, 回访结果)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial

from ..enums import ExclusionReason
from ..statistics import UnitSatisfaction
from .contents import AnalysisReport
from .figures import _numbered, format_date, format_rate


def _background(report: AnalysisReport, t: Mapping[str, str]) -> str:
    """基本情况: the basis, the period, the group, the targets by source, key and excluded cases."""
    total = report.total
    sep = t["list_sep"]
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
    return background


def _measures(report: AnalysisReport, t: Mapping[str, str]) -> str:
    """主要做法: assignment, the forms of the visits, the follow-up of rework and help."""
    total = report.total
    sep = t["list_sep"]
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
    return measures


def _results(report: AnalysisReport, t: Mapping[str, str]) -> str:
    """回访结果: the visits, the satisfaction breakdown, the findings, by source and by unit."""
    total = report.total
    sep = t["list_sep"]
    rate = partial(format_rate, texts=t)
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
            as_required=total.visited_as_required,
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
        results += _unit_ranking(report, t)
        if total.opinions_collected or total.difficulties_found:
            results += t["results.collected"].format(
                opinions=total.opinions_collected, difficulties=total.difficulties_found
            )
    return results


def _unit_ranking(report: AnalysisReport, t: Mapping[str, str]) -> str:
    """The best and the worst handling units by satisfaction rate (when there are two or more)."""
    sep = t["list_sep"]
    rate = partial(format_rate, texts=t)
    ranked = sorted(
        (u for u in report.units if u.visited and u.unit),
        key=lambda u: (-(u.satisfaction_rate or 0), -u.visited, u.unit),
    )
    if len(ranked) >= 2:
        n = min(2, len(ranked) // 2)

        def names(units: Iterable[UnitSatisfaction]) -> str:
            return sep.join(
                t["results.unit"].format(unit=u.unit, rate=rate(u.satisfaction_rate)) for u in units
            )

        return t["results.units"].format(best=names(ranked[:n]), worst=names(reversed(ranked[-n:])))
    return ""
