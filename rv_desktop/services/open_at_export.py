"""What was still open when a town wrote its package, as the package records it.

Issue 14: "The package records what was still open, and the county sees it
when it merges." ``open_at_export`` gives, for the campaign being sent, the
four figures the export warns about (``domain.left_out.still_open``:
targets unassigned, not visited, with a draft form only, with overdue
items) and the case numbers of each list, sorted and cut at
``MAX_CASE_NOS``. ``write_package`` puts it into ``data.json`` as
``open_at_export``; the county checks it (``exchange_schema``), keeps it
with the merge (``PackageImport.open_at_export``), gives it in
``import-package --json`` and shows it on the Exchange page. A package of an
earlier version has none: the county shows nothing for it.
"""

from __future__ import annotations

import datetime as dt

from ..domain.left_out import nobody_left_out, still_open, still_open_targets
from ..domain.models import Campaign, Case

#: The four lists, in the order the warning names them.
KINDS = ("unassigned", "unvisited", "draft_only", "overdue")
#: The most case numbers a list records (the count is always whole).
MAX_CASE_NOS = 500


def _case_nos(query) -> list[str]:
    return [r[0] for r in query.select(Case.case_no).join(Case).order_by(Case.case_no).tuples()][
        :MAX_CASE_NOS
    ]


def open_at_export(campaign: Campaign, today: dt.date | None = None) -> dict:
    """``{"as_of": date, kind: {"count": n, "case_nos": [...]}, ...}`` for ``campaign``."""
    today = today or dt.date.today()
    figures = still_open(campaign, today)
    lists = {
        "unassigned": sorted({i.case_no for i in nobody_left_out(campaign, today).no_assignment})[
            :MAX_CASE_NOS
        ],
        **{
            kind: _case_nos(query)
            for kind, query in still_open_targets(campaign, today).items()
        },
    }
    return {
        "as_of": today.isoformat(),
        **{kind: {"count": figures[kind], "case_nos": lists[kind]} for kind in KINDS},
    }


def open_counts(record: dict | None) -> dict[str, int] | None:
    """The four counts of a recorded ``open_at_export`` (None: not recorded)."""
    if not record:
        return None
    return {kind: record[kind]["count"] for kind in KINDS}
