"""The county's merge history, as its Exchange page lists it: each town's latest package.

``merged_towns`` gives, for every town and campaign, the package whose data
the county holds now (the last merged), with what was still open when the
town wrote it (``open_at_export``; None for packages of earlier versions).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from ..domain.models import Campaign, PackageImport, Town


@dataclass(frozen=True)
class MergedTown:
    """A town's latest merged package of a campaign."""

    town: str
    campaign: str
    file_name: str
    produced_at: dt.datetime
    imported_at: dt.datetime
    targets: int
    open_at_export: dict | None


def _when(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _open(text: str | None) -> dict | None:
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def merged_towns() -> list[MergedTown]:
    """The latest package merged of every town and campaign, by town and campaign."""
    rows: dict[tuple[str, str], MergedTown] = {}
    query = (
        PackageImport.select(  # not ``replaced``: a whole town's data per row
            Town.name,
            Campaign.name,
            PackageImport.file_name,
            PackageImport.produced_at,
            PackageImport.imported_at,
            PackageImport.targets,
            PackageImport.open_at_export,
        )
        .join(Town)
        .switch(PackageImport)
        .join(Campaign)
        .order_by(PackageImport.id)
        .tuples()
    )
    for town, campaign, file_name, produced, imported, targets, still_open in query:
        rows[(town, campaign)] = MergedTown(
            town, campaign, file_name, _when(produced), _when(imported), targets, _open(still_open)
        )
    return [rows[k] for k in sorted(rows)]
