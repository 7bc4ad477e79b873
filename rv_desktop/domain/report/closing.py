"""The closing parts of the drafted analysis: what is wrong, the judgement and what comes
next (存在问题, 综合评价, 下一步工作和意见建议, 典型经验)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from .contents import AnalysisReport
from .figures import _numbered, format_date, format_rate, praised


def _problems(report: AnalysisReport, t: Mapping[str, str]) -> str:
    """存在问题: dissatisfaction, unsettled cases, the gaps, open help, not reached."""
    total = report.total
    sep = t["list_sep"]
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
    return problems


def _conclusions(report: AnalysisReport, t: Mapping[str, str]) -> str:
    """综合评价: the rates, a judgement, the effects; praise only when earned."""
    total = report.total
    rate = partial(format_rate, texts=t)
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
    return conclusions


def _suggestions(report: AnalysisReport, t: Mapping[str, str]) -> str:
    """下一步工作和意见建议: rework, unsettled cases, gaps by the deadline, help, opinions."""
    total = report.total
    sep = t["list_sep"]
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
    return suggestions


def _good_examples(report: AnalysisReport, t: Mapping[str, str]) -> str:
    """典型经验: the good examples the clerk chose."""
    # 典型经验: the plan's summary stage, "publicize good examples"; the clerk chooses
    if report.examples:
        lines = [
            t[f"examples.{why}"].format(case_no=no, category=category or t["theme.other"])
            for no, category, why in report.examples
        ]
        good_examples = t["examples.intro"] + "\n" + _numbered(lines, t, "\n")
    else:
        good_examples = t["examples.none"]
    return good_examples
