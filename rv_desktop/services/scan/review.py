"""The clerk's review of a scanned form: the doubtful fields confirmed into the draft.

``review_rows`` orders the forms for review, doubtful first. ``confirm_fields``
is the one place a doubt is settled, from the review window and from the
registration form window alike: it writes what the clerk chose into the draft
(through ``visits.save_draft``, one transaction) with an audit entry
``scan_confirmed`` saying, field by field, what the scan said and what the
clerk chose. ``doubts_of`` tells, from the record's history, which fields
the latest reading of its scan doubted and the clerk has not confirmed yet,
with what the scan said: the form window highlights them.
"""

from __future__ import annotations

import json
from typing import Any

from ...domain import audit, visits
from ...domain.db import db
from ...domain.models import AuditRecord
from .forms import FormResult

__all__ = ["confirm", "confirm_fields", "doubts_of", "review_rows", "target_of"]

_TABLE = "visit_record"


def review_rows(forms: list[FormResult]) -> list[FormResult]:
    """The forms in review order: the most doubtful first, then by case number."""
    return sorted(forms, key=lambda f: (-len(f.uncertain), f.case_no, f.visit_no or 0))


def _history(visit_id: int) -> list[tuple[str, dict[str, Any]]]:
    """The record's scan readings and confirmations, oldest first, from the latest reading."""
    rows = (AuditRecord.select(AuditRecord.action, AuditRecord.note)
            .where((AuditRecord.table_name == _TABLE) & (AuditRecord.row_id == visit_id)
                   & AuditRecord.action.in_(("scan_read", "scan_confirmed")))
            .order_by(AuditRecord.id))  # fmt: skip
    entries: list[tuple[str, dict[str, Any]]] = []
    for row in rows:
        try:
            note = json.loads(row.note or "{}")
        except ValueError:
            continue
        if row.action == "scan_read":
            entries = []  # a new reading of the form: its doubts are the ones that count
        entries.append((row.action, note))
    return entries


def doubts_of(visit_id: int) -> dict[str, Any]:
    """The fields the latest scan of the record doubted and the clerk has not confirmed,
    each with what the scan said (``None``: nothing sure). Empty without a scan."""
    from ...domain.models import VisitRecord

    record = VisitRecord.get_or_none(VisitRecord.id == visit_id)
    if record is None or str(getattr(record.state, "value", record.state)) != "draft":
        return {}  # finalised: the clerk checked the form as its rules ask
    entries = _history(visit_id)
    if not entries or entries[0][0] != "scan_read":
        return {}
    read = entries[0][1].get("read") or {}
    doubts = {name: read.get(name) for name in entries[0][1].get("uncertain") or []}
    for _action, note in entries[1:]:
        for name in note:
            doubts.pop(name, None)
    return doubts


def confirm_fields(visit_id: int, chosen: dict[str, Any],
                   scan: dict[str, Any] | None = None) -> visits.VisitForm:  # fmt: skip
    """Write the clerk's ``chosen`` values of scanned fields into the draft, with what the
    scan said (``scan``; by default from the record's latest reading), audited."""
    if scan is None:
        entries = _history(visit_id)
        scan = entries[0][1].get("read") or {} if entries else {}
    with db.atomic():
        result = visits.save_draft(visit_id, chosen)
        audit.log_action("scan_confirmed", _TABLE, visit_id, {
            name: {"scan": scan.get(name), "clerk": value}
            for name, value in chosen.items()})  # fmt: skip
    return result


def confirm(form: FormResult, chosen: dict[str, Any]) -> visits.VisitForm:
    """Write the clerk's ``chosen`` values of a reviewed form's doubtful fields into its draft."""
    assert form.visit_id is not None
    result = confirm_fields(form.visit_id, chosen, form.fields)
    for name in chosen:
        if name in form.uncertain:
            form.uncertain.remove(name)
    return result


def target_of(visit_id: int) -> int:
    """The task (target) a visit record belongs to: the registration form opens on it."""
    return visits.load_visit(visit_id).target_id
