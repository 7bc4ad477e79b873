"""Paper forms: 1,000 prefilled registration forms into one PDF, from the big demo database.

Timed from the target ids to the finished file: the batch load of the forms'
data (``form_data_for_targets``) and the rendering (``render_forms``). The
PDF's size is printed too (goal: under 3 MB, the font embedded as a subset).
"""

from __future__ import annotations

import sys

from common import Bench, Workspace

from rv_desktop.domain import db as dbmod

FORMS = 1000


def prefilled_forms(work: Workspace):
    from rv_desktop.domain.models import Campaign
    from rv_desktop.services.forms_data import form_data_for_targets, targets_in_route_order
    from rv_desktop.services.pdf import find_fonts, render_forms

    dbmod.close_database()
    dbmod.open_database(work.big_database(), actor="bench")
    campaign = Campaign.get(Campaign.is_current == True)  # noqa: E712
    ids = targets_in_route_order(campaign.id)[:FORMS]
    assert len(ids) == FORMS, f"the demo database has only {len(ids)} targets"
    fonts = find_fonts()  # once per program run, not per batch
    out = work.folder / "forms-1000.pdf"

    def run():
        forms = form_data_for_targets(ids)
        result = render_forms(forms, out, "prefilled", "青山镇", "青山镇信访办", fonts=fonts,
                              allow_missing=True)  # fmt: skip
        size = out.stat().st_size / 1e6
        print(f"    {result.forms} forms, {result.pages} pages, {size:.2f} MB", file=sys.stderr)

    return run


BENCHMARKS = [
    Bench("1,000 prefilled forms into one PDF (load + render)", "< 5 s, < 3 MB", prefilled_forms),
]
