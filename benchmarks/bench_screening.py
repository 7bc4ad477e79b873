"""Screening and the assignment board on the 100,000-case demo (~22,000 targets)."""

from __future__ import annotations

import datetime as dt

from common import Bench, Workspace

from rv_desktop.domain import db as dbmod

TODAY = dt.date(2026, 11, 28)  # the demo's today


def _open(work: Workspace):
    return work.current_campaign("screening-bench.sqlite")


def preview(work: Workspace):
    from rv_desktop.domain.screening import Criteria, criteria_of, preview_screening

    campaign = _open(work)
    criteria = criteria_of(campaign)
    flipped = Criteria(**{**criteria.__dict__, "exclude_settled": True})

    def run():
        preview_screening(campaign, criteria)
        preview_screening(campaign, flipped)  # the clerk ticks a box: the counts again

    return run


def run_screening_copy(work: Workspace):
    """A full run that adds a new campaign's targets (fresh copy each time)."""
    from rv_desktop.domain.campaigns import CampaignPlan, create_campaign
    from rv_desktop.domain.screening import Criteria, run_screening

    state = {}

    def fresh_copy():
        dbmod.close_database()
        target = work.big_copy("screen-target.sqlite")
        dbmod.open_database(target, actor="bench")
        state["campaign"] = create_campaign(CampaignPlan(name="2027年回访"))

    def run():
        counts = run_screening(state["campaign"], Criteria())
        assert counts.added > 20_000 or work.quick, counts

    return fresh_copy, run


def board(work: Workspace):
    from rv_desktop.domain.tasks import board as make_board
    from rv_desktop.domain.tasks import column_counts

    campaign = _open(work)

    def run():
        cards = make_board(campaign, today=TODAY)
        column_counts(cards)

    return run


def board_by_visitor(work: Workspace):
    from rv_desktop.domain.tasks import BoardFilter
    from rv_desktop.domain.tasks import board as make_board

    campaign = _open(work)

    def run():
        make_board(campaign, group_by="visitor", today=TODAY)
        make_board(campaign, filter=BoardFilter(visitor_ids=(9,)), today=TODAY)

    return run


def left_out(work: Workspace):
    from rv_desktop.domain.tasks import nobody_left_out

    campaign = _open(work)

    return lambda: nobody_left_out(campaign, TODAY)


def export_table(work: Workspace):
    from rv_desktop.services.assignment_table import export_assignment_table

    campaign = _open(work)
    out = work.folder / "assignments.xlsx"

    return lambda: export_assignment_table(out, campaign, today=TODAY)


BENCHMARKS = [
    Bench("preview_screening x2, 100,000 cases", "< 0.3 s (live counts)", preview),
    Bench("run_screening of a new campaign, 100,000 cases", "(report)", run_screening_copy, 3),
    Bench("board() all ~22,000 cards + counts", "< 0.5 s (responsive)", board),
    Bench("board() grouped by visitor + one visitor", "(report)", board_by_visitor),
    Bench("nobody_left_out, ~22,000 targets", "< 0.3 s", left_out),
    Bench("assignment table xlsx, ~22,000 tasks", "(report)", export_table, 3),
]
