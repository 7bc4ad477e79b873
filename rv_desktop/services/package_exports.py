"""The packages this office wrote, as the Exchange page and ``exports`` list them.

``list_exports`` and ``export_rows`` give the export records, newest first;
``export_status`` says where a campaign stands with the county (deadline,
last package, changes since). Moved out of ``package.py``, which re-exports
them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..domain.models import PackageExport


def list_exports(campaign_id: int | None = None) -> list[PackageExport]:
    """The packages this office wrote, newest first (all campaigns, or one)."""
    query = PackageExport.select().order_by(
        PackageExport.produced_at.desc(), PackageExport.id.desc()
    )
    if campaign_id is not None:
        query = query.where(PackageExport.campaign == campaign_id)
    return list(query)


@dataclass(frozen=True)
class ExportRow:
    """One package written, as the Exchange page lists it."""

    produced_at: dt.datetime
    produced_by: str
    campaign: str
    path: Path
    sha256: str
    encrypted: bool
    targets: int
    visit_records: int
    received_at: dt.datetime | None
    received_by: str | None


def _when(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def export_rows() -> list[ExportRow]:
    """Every package written, newest first."""
    return [
        ExportRow(
            _when(r.produced_at),
            r.produced_by,
            r.campaign_name,
            Path(r.folder) / r.file_name,
            r.sha256,
            bool(r.encrypted),
            r.targets,
            r.visit_records,
            _when(r.received_at),
            r.received_by,
        )
        for r in list_exports()
    ]


@dataclass(frozen=True)
class ExportStatus:
    """Where a campaign stands with the county: deadline, last package, changes since."""

    deadline: dt.date | None
    days_left: int | None  # negative: overdue
    last_export: dt.datetime | None
    received: bool
    last_change: dt.datetime | None

    @property
    def stale(self) -> bool:
        """True when the data changed after the last package was written."""
        return bool(self.last_export and self.last_change and self.last_change > self.last_export)


def export_status(campaign_id: int, today: dt.date | None = None) -> ExportStatus:
    """The report deadline of a campaign, its last package and the last change of any data."""
    from ..domain.models import AuditRecord, Campaign

    today = today or dt.date.today()
    campaign = Campaign.get_by_id(campaign_id)
    deadline = campaign.report_deadline
    last = list_exports(campaign_id)[:1]
    changed = (
        AuditRecord.select(AuditRecord.at)
        .where(AuditRecord.action.in_(["insert", "update", "delete"]))
        .order_by(AuditRecord.at.desc())
        .limit(1)
        .scalar()
    )
    return ExportStatus(
        deadline,
        (deadline - today).days if deadline else None,
        _when(last[0].produced_at) if last else None,
        bool(last and last[0].received_at),
        _when(changed),
    )
