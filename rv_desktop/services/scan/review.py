"""The clerk's review of a scanned form: the doubtful fields confirmed into the draft.

``review_rows`` orders the forms for review, doubtful first; ``confirm``
writes what the clerk chose for the uncertain fields into the draft (through
``visits.save_draft``, one transaction) with an audit entry ``scan_confirmed``
saying, field by field, what the scan said and what the clerk chose.
"""

from __future__ import annotations

from typing import Any

from ...domain import audit, visits
from ...domain.db import db
from .forms import FormResult

__all__ = ["confirm", "review_rows", "target_of"]


def review_rows(forms: list[FormResult]) -> list[FormResult]:
    """The forms in review order: the most doubtful first, then by case number."""
    return sorted(forms, key=lambda f: (-len(f.uncertain), f.case_no, f.visit_no or 0))


def confirm(form: FormResult, chosen: dict[str, Any]) -> visits.VisitForm:
    """Write the clerk's ``chosen`` values of doubtful fields into the form's draft."""
    assert form.visit_id is not None
    with db.atomic():
        result = visits.save_draft(form.visit_id, chosen)
        audit.log_action("scan_confirmed", "visit_record", form.visit_id, {
            name: {"scan": form.fields.get(name), "clerk": value}
            for name, value in chosen.items()})  # fmt: skip
    for name in chosen:
        if name in form.uncertain:
            form.uncertain.remove(name)
    return result


def target_of(visit_id: int) -> int:
    """The task (target) a visit record belongs to: the registration form opens on it."""
    return visits.load_visit(visit_id).target_id
