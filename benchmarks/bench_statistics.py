"""Feedback statistics of the current campaign of the 100,000-case demo (~22,000 targets)."""

from __future__ import annotations

import datetime as dt

from common import Bench, Workspace

TODAY = dt.date(2026, 11, 28)  # the demo's today


def _open(work: Workspace):
    return work.current_campaign("statistics-bench.sqlite")


def by_source(work: Workspace):
    from rv_desktop.domain.statistics import feedback_statistics

    campaign = _open(work)

    def run():
        stats = feedback_statistics(campaign, "source", TODAY)
        assert stats.total.targets > 20_000 or work.quick, stats.total

    return run


def by_visitor(work: Workspace):
    from rv_desktop.domain.statistics import feedback_statistics

    campaign = _open(work)

    return lambda: feedback_statistics(campaign, "visitor", TODAY)


def drill(work: Workspace):
    from rv_desktop.domain.statistics import drill_down

    campaign = _open(work)

    return lambda: drill_down(campaign, "unit", None, "satisfaction_rate", TODAY)


def export_xlsx(work: Workspace):
    from rv_desktop.domain.statistics import feedback_statistics
    from rv_desktop.services.statistics_export import export_statistics_xlsx

    campaign = _open(work)
    out = work.folder / "statistics.xlsx"

    return lambda: export_statistics_xlsx(feedback_statistics(campaign, "unit", TODAY), out)


def summary(work: Workspace):
    from rv_desktop.domain.statistics import summary_rows

    campaign = _open(work)

    return lambda: summary_rows(campaign, TODAY)


def charts(work: Workspace):
    from rv_desktop.domain.statistics import (
        progress_by_day,
        satisfaction_breakdown,
        satisfaction_by_unit,
    )

    campaign = _open(work)

    def run():
        satisfaction_breakdown(campaign)
        progress_by_day(campaign)
        satisfaction_by_unit(campaign)

    return run


def breakdown(work: Workspace):
    from rv_desktop.domain.statistics import satisfaction_breakdown

    campaign = _open(work)
    return lambda: satisfaction_breakdown(campaign)


def progress(work: Workspace):
    from rv_desktop.domain.statistics import progress_by_day

    campaign = _open(work)
    return lambda: progress_by_day(campaign)


def by_unit(work: Workspace):
    from rv_desktop.domain.statistics import satisfaction_by_unit

    campaign = _open(work)
    return lambda: satisfaction_by_unit(campaign)


def drill_cases(work: Workspace):
    from rv_desktop.domain.statistics import drill_down_cases

    campaign = _open(work)

    return lambda: drill_down_cases(campaign, "unit", None, "targets", TODAY)


def history(work: Workspace):
    from rv_desktop.domain.statistics import unit_history

    _open(work)
    return lambda: unit_history(today=TODAY)


BENCHMARKS = [
    Bench("feedback_statistics by source, ~22,000 targets", "< 300 ms", by_source),
    Bench("feedback_statistics by visitor, ~22,000 targets", "< 300 ms", by_visitor),
    Bench("drill_down total satisfied, ~22,000 targets", "(report)", drill),
    Bench("statistics by unit + styled xlsx", "(report)", export_xlsx),
    Bench("summary_rows, ~22,000 targets", "(report)", summary, 3),
    Bench("chart data: satisfaction_breakdown, ~22,000 targets", "(report)", breakdown),
    Bench("chart data: progress_by_day, ~22,000 targets", "(report)", progress),
    Bench("chart data: satisfaction_by_unit, ~22,000 targets", "(report)", by_unit),
    Bench("chart data: all three, ~22,000 targets", "< 300 ms", charts),
    Bench("drill_down_cases total targets (~22,000 rows)", "(report)", drill_cases),
    Bench("unit_history, every campaign", "(report)", history, 3),
]
