"""Records finalised under earlier rules that break the plan's rules now.

An office upgrading keeps its records: nothing final is rewritten silently.
``records_to_review`` lists the final (or reviewed) visit records that break
a rule of ``plan_rules`` (a town phone-only visit, unanswered points,
contradicting looks, a record not reached with a satisfaction level ...), with
what each lacks. The clerk either reopens the record (``visits.reopen``, with
a reason, audited) and completes it, or keeps it as it is with a note
(``mark_rules_reviewed``, audited): a record with that note is not listed
again. ``rv-desktop check`` and the Visit records page show the list.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from . import audit, plan_rules
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import Case, ContactAttempt, Target, VisitRecord, _now, db
from .office import office_level
from .visits import _draft_of

_FINAL = ("final", "reviewed")


@dataclass(frozen=True)
class RuleProblem:
    """One rule a record breaks: the field, a stable code, the English template."""

    field: str
    code: str
    template: str


@dataclass(frozen=True)
class ReviewItem:
    """A final record to review, and the rules it breaks."""

    visit_id: int
    target_id: int
    case_no: str
    visit_no: int
    problems: tuple[RuleProblem, ...]

    def as_json(self) -> dict:
        return {
            "visit_id": self.visit_id,
            "case_no": self.case_no,
            "visit_no": self.visit_no,
            "problems": [{"field": p.field, "code": p.code} for p in self.problems],
        }


def records_to_review(level: str | None = None) -> list[ReviewItem]:
    """The final records that break the plan's rules and were not yet kept with a note."""
    level = level or office_level()
    records = list(
        VisitRecord.select(VisitRecord, Target.id, Case.case_no)
        .join(Target)
        .join(Case)
        .where(VisitRecord.state.in_(_FINAL) & VisitRecord.rules_reviewed_note.is_null())
        .order_by(Case.case_no, VisitRecord.visit_no)
    )
    attempts: dict[int, list[dict]] = {}
    for visit, outcome in (
        ContactAttempt.select(ContactAttempt.visit, ContactAttempt.outcome)
        .join(VisitRecord)
        .where(VisitRecord.state.in_(_FINAL))
        .tuples()
    ):
        code = outcome.value if hasattr(outcome, "value") else outcome
        attempts.setdefault(visit, []).append({"outcome": code})
    items = []
    for record in records:
        values = asdict(_draft_of(record))
        found = plan_rules.check(values, attempts.get(record.id, []), level)
        if found:
            items.append(
                ReviewItem(
                    record.id,
                    record.target.id,
                    record.target.case.case_no,
                    record.visit_no,
                    tuple(RuleProblem(f, code, template) for f, code, template, _ in found),
                )
            )
    return items


def mark_rules_reviewed(visit_id: int, note: str) -> None:
    """Keep a final record as it is, with the clerk's note; audited."""
    note = (note or "").strip()
    if not note:
        raise UserError(
            "rules_review_note_required",
            QT_TRANSLATE_NOOP(
                "UserError", "Say why the record is kept as it is (the note goes in the audit)."
            ),
        )
    with db.atomic():
        record = VisitRecord.get_or_none(VisitRecord.id == visit_id)
        if record is None or (record.state.value if record.state else None) not in _FINAL:
            raise UserError(
                "rules_review_not_final",
                QT_TRANSLATE_NOOP("UserError", "There is no final visit record {id}."),
                id=visit_id,
            )
        VisitRecord.update(rules_reviewed_note=note, updated_at=_now()).where(
            VisitRecord.id == visit_id
        ).execute()
        audit.log_action("rules_reviewed", "visit_record", visit_id, {"note": note})
