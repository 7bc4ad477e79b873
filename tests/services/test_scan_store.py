"""The scans kept beside the visit records (table visit_scan): kept in the database,
dropped for reviewed records on request, audited (issue 19)."""

from __future__ import annotations

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.enums import RecordState
from rv_desktop.domain.models import AuditRecord, VisitRecord, VisitScan
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.scan.store import drop_reviewed, scans_of


def test_scans_of_reviewed_records_are_dropped_and_audited(tmp_path):
    """ "the clerk can drop the scans of reviewed records (audited)"."""
    db = create_demo_database(tmp_path / "demo.sqlite", cases=60).path
    dbmod.open_database(db, actor="tester")
    try:
        records = list(VisitRecord.select().order_by(VisitRecord.id).limit(2))
        reviewed, draft = records
        VisitRecord.update(state=RecordState.REVIEWED.value).where(
            VisitRecord.id == reviewed.id
        ).execute()
        VisitRecord.update(state=RecordState.DRAFT.value).where(
            VisitRecord.id == draft.id
        ).execute()
        for record in records:
            for page in (1, 2):
                VisitScan.create(visit=record.id, page=page, source="stack.pdf#1", layout=2,
                                 image=b"\xff\xd8jpeg")  # fmt: skip
        assert [p for p, _, _ in scans_of(reviewed.id)] == [1, 2]
        assert drop_reviewed() == 2
        assert scans_of(reviewed.id) == [] and len(scans_of(draft.id)) == 2
        assert AuditRecord.get(AuditRecord.action == "scans_dropped").note.endswith('"pages": 2}')
        assert drop_reviewed() == 0  # nothing left to drop: no audit entry
        assert AuditRecord.select().where(AuditRecord.action == "scans_dropped").count() == 1
    finally:
        dbmod.close_database()
