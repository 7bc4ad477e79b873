"""Correcting a visit record: discard a draft, reopen a final record, review it."""

from __future__ import annotations

import datetime as dt

from .. import audit
from ..enums import RecordState, TaskStatus
from ..errors import QT_TRANSLATE_NOOP
from ..models import ContactAttempt, FollowUp, Target, VisitRecord, _now, db
from .finalise import _latest, _status_from_records
from .records import VisitForm, _record, _set_status, _state, load_visit
from .values import VisitError


def discard_draft(visit_id: int) -> str:
    """Delete a draft started by mistake (audited); returns the task's column afterwards.

    Only a draft that was never final (no reopen reason) and is the task's
    latest record can be discarded; the card goes back to where the other
    records put it (assigned, or unassigned without a visitor, when none is left).
    """
    with db.atomic():
        record = _record(visit_id)
        params = {"visit_no": record.visit_no, "case_no": record.target.case.case_no}
        latest = _latest(record.target_id)
        if (
            _state(record) != RecordState.DRAFT.value
            or record.reopen_reason
            or (latest is not None and latest.id != record.id)
        ):
            raise VisitError(
                "discard_not_draft",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Visit {visit_no} of case {case_no} has been final once; it can be "
                    "corrected but not discarded.",
                ),
                **params,
            )
        FollowUp.update(visit=None).where(FollowUp.visit == record.id).execute()
        ContactAttempt.delete().where(ContactAttempt.visit == record.id).execute()
        VisitRecord.delete().where(VisitRecord.id == record.id).execute()
        target = Target.get_by_id(record.target_id)
        status = _status_from_records(target)
        _set_status(target.id, status)
    return status


def reopen(visit_id: int, reason: str) -> VisitForm:
    """Make a final (or reviewed) record a draft again, with the reason; audited.

    Only the task's latest record can be reopened. The review, if any, is
    cleared: the corrected record needs a new one. The card moves back to
    the visited column.
    """
    reason = (reason or "").strip()
    with db.atomic():
        record = _record(visit_id)
        params = {"visit_no": record.visit_no, "case_no": record.target.case.case_no}
        if _state(record) == RecordState.DRAFT.value:
            raise VisitError(
                "visit_is_draft",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Visit {visit_no} of case {case_no} is still a draft; there is nothing to "
                    "reopen.",
                ),
                **params,
            )
        if not reason:
            raise VisitError(
                "reopen_reason_required",
                QT_TRANSLATE_NOOP(
                    "UserError", "Give the reason for reopening visit {visit_no} of case {case_no}."
                ),
                **params,
            )
        latest = _latest(record.target_id)
        if latest is not None and latest.id != record.id:
            raise VisitError(
                "reopen_not_latest",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Case {case_no} has a later visit record than visit {visit_no}; only the "
                    "latest can be reopened.",
                ),
                **params,
            )
        VisitRecord.update(
            state=RecordState.DRAFT.value,
            reopen_reason=reason,
            reviewed_by=None,
            reviewed_on=None,
            updated_at=_now(),
        ).where(VisitRecord.id == record.id).execute()
        audit.log_action(
            "reopen",
            "visit_record",
            record.id,
            {"case_no": params["case_no"], "visit_no": record.visit_no, "reason": reason},
        )
        _set_status(record.target_id, TaskStatus.VISITED.value)
    return load_visit(visit_id)


def review(visit_id: int, reviewer: str, today: dt.date | None = None) -> VisitForm:
    """The office lead's check of a final record: final → reviewed."""
    reviewer = (reviewer or "").strip()
    today = today or dt.date.today()
    with db.atomic():
        record = _record(visit_id)
        params = {"visit_no": record.visit_no, "case_no": record.target.case.case_no}
        state = _state(record)
        if state == RecordState.DRAFT.value:
            raise VisitError(
                "review_needs_final",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Visit {visit_no} of case {case_no} is a draft; finalise it before it is "
                    "reviewed.",
                ),
                **params,
            )
        if state == RecordState.REVIEWED.value:
            raise VisitError(
                "already_reviewed",
                QT_TRANSLATE_NOOP(
                    "UserError", "Visit {visit_no} of case {case_no} has already been reviewed."
                ),
                **params,
            )
        if not reviewer:
            raise VisitError(
                "reviewer_required",
                QT_TRANSLATE_NOOP("UserError", "Enter who reviews the record."),
            )
        VisitRecord.update(
            state=RecordState.REVIEWED.value,
            reviewed_by=reviewer,
            reviewed_on=today,
            updated_at=_now(),
        ).where(VisitRecord.id == record.id).execute()
    return load_visit(visit_id)
