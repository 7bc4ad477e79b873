"""The scanned pages kept beside their visit records (table ``visit_scan``).

A scan shows names, phones and handwriting: its pages live only in the
database (backed up with it, never written to disk in clear, never put into
an exchange package). A page drawn upright, greyscale JPEG at 180 dpi, adds
about 150 KB to the database and to every backup; the clerk drops the scans
of reviewed records once they are no longer needed (``reviewed_scans`` says
how many pages and bytes, ``drop_reviewed`` drops them, audited, and gives
the space back to the file system with a VACUUM when asked).
"""

from __future__ import annotations

from peewee import OperationalError, fn

from ...domain import audit
from ...domain.campaigns import get_campaign
from ...domain.db import db
from ...domain.enums import RecordState
from ...domain.models import Target, VisitRecord, VisitScan
from .reader import PageReading

__all__ = ["drop_reviewed", "keep_scans", "reviewed_scans", "scans_of"]


def keep_scans(visit_id: int, readings: list[PageReading]) -> int:
    """Keep the readings' upright pages with the record (inside the caller's transaction);
    a page scanned again replaces the earlier scan of it."""
    kept = 0
    for r in readings:
        if r.upright is None:
            continue
        VisitScan.delete().where((VisitScan.visit == visit_id)
                                 & (VisitScan.page == r.payload.page)).execute()  # fmt: skip
        VisitScan.create(visit=visit_id, page=r.payload.page, source=f"{r.file}#{r.page}"[-300:],
                         layout=r.payload.layout, image=r.upright)  # fmt: skip
        kept += 1
    return kept


def scans_of(visit_id: int) -> list[tuple[int, int, bytes]]:
    """(page, layout, JPEG) of a record's scanned pages, by page."""
    query = VisitScan.select().where(VisitScan.visit == visit_id).order_by(VisitScan.page)
    return [(s.page, s.layout, bytes(s.image)) for s in query]


def _reviewed(campaign_id: int):
    return (VisitRecord.select(VisitRecord.id).join(Target)
            .where((Target.campaign == campaign_id)
                   & (VisitRecord.state == RecordState.REVIEWED.value)))  # fmt: skip


def reviewed_scans(campaign: str | None = None) -> tuple[int, int, int]:
    """(records, pages, bytes) of the scans the campaign's reviewed records keep: what
    ``drop_reviewed`` would drop."""
    c = get_campaign(campaign)
    row = (VisitScan.select(fn.COUNT(fn.DISTINCT(VisitScan.visit)), fn.COUNT(VisitScan.id),
                            fn.COALESCE(fn.SUM(fn.LENGTH(VisitScan.image)), 0))
           .where(VisitScan.visit.in_(_reviewed(c.id))).tuples().first())  # fmt: skip
    return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)


def drop_reviewed(campaign: str | None = None, compact: bool = False) -> int:
    """Drop the scans of the campaign's reviewed records; how many pages went (audited).

    With ``compact`` the database file is then compacted (VACUUM), so the file and
    its backups shrink; if another connection is busy the space is only reused later.
    """
    c = get_campaign(campaign)
    with db.atomic():
        ids = [v.id for v in _reviewed(c.id)]
        dropped = VisitScan.delete().where(VisitScan.visit.in_(ids)).execute() if ids else 0
        if dropped:
            audit.log_action("scans_dropped", "visit_scan", None,
                             {"campaign": c.name, "pages": dropped})  # fmt: skip
    if compact and dropped:
        try:
            db.execute_sql("VACUUM")
        except OperationalError:
            pass  # another connection reads: the free pages are reused by later writes
    return dropped
