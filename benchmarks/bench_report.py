"""The analysis report of the current campaign of the 100,000-case demo (~22,000 targets)."""

from __future__ import annotations

from bench_statistics import TODAY, _open
from common import Bench, Workspace


def content(work: Workspace):
    from rv_desktop.domain.report import build_report

    campaign = _open(work)

    def run():
        report = build_report(campaign, TODAY)
        assert report.total.targets > 20_000 or work.quick, report.total

    return run


def pdf(work: Workspace):
    from rv_desktop.services.analysis_report import export_analysis_report

    campaign = _open(work)
    out = work.folder / "analysis-report.pdf"

    def run():
        export_analysis_report(out, campaign.id, TODAY)

    return run


BENCHMARKS = [
    Bench("analysis report content (build_report), ~22,000 targets", "(report)", content),
    Bench("analysis report PDF with charts, ~22,000 targets", "(report)", pdf, 3),
]
