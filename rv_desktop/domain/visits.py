"""One case, one form (一案一表): the return-visit registration form and its follow-ups.

A *visit record* (回访登记表) is typed in from a hand-filled paper form or
after a phone call. Its life: ``start_visit`` opens the next draft of a task
(``visit_no`` 1, 2, 3 … for re-visits; when the task already has a draft that
one is returned, and the earlier records stay read-only); ``save_draft``
stores whatever has been typed, complete or not; ``finalise`` checks the form
(``validate``) and, if nothing is missing, makes it final and moves the task on
the board; ``reopen`` (with a reason, audited) makes a final record a draft
again; ``review`` is the office lead's check (final → reviewed);
``discard_draft`` deletes a draft started by mistake (never one that was final).

**Form values.** ``VisitDraft`` mirrors the editable columns of
``VisitRecord``; ``ContactDraft`` one contact attempt. The functions accept
either those dataclasses or plain dicts whose keys are their field names (an
unknown key is refused). Enumerated values are the codes of ``enums.py``.
Empty strings are stored as NULL.

**Rules of a final record** (``validate``; each problem is a ``FieldProblem``
naming the field and the tab of the form, so the GUI can mark both):

- the visit date is given, not in the future and not before the case was
  concluded; the method is given;
- a visit whose petitioner was reached names the person met (``respondent``);
  a proxy respondent (relative, committee, other)
  needs a name and a relationship;
- the "petitioner away" path (``petitioner_away``, or the method
  ``former_residence``) needs the phone result, the people asked at the former
  residence and what they said;
- dissatisfied needs the reason; any follow-up marked as needed needs the
  action, the person and the date (not before the visit);
- the plan's own rules (the town visits in person, the five points, the
  contact's outcome, the three looks derived from the answers, explaining laws
  and policies, follow-up when not settled) are in ``plan_rules``;
- practical difficulties name who helps; the sign-off names who recorded it.

**What finalising does**, in one transaction with the audit triggers:

- a *rework item* (FollowUp ``rework``, 督办整改) for the case's handling unit
  when the petitioner is dissatisfied, a point (1) or (2) is answered "no" or
  "partly" (unless ``no_rework_reason`` says why not), or the three looks say
  "no" to lawful handling or to satisfaction (the third look, "opinions given", is not a
  fault: "no" only means the petitioner had none). Its reason is the
  dissatisfaction reason and the conclusion note; its deadline is
  ``REWORK_DAYS`` (15) days from ``today`` unless ``rework_due`` is given;
- a *help item* (``help``, 帮扶事项) when practical difficulties are recorded:
  who helps (``help_by``), by when (``help_due`` or ``HELP_DAYS`` after the visit);
- a *follow-up item* (``follow_up``, 跟踪回访) when a follow-up is needed:
  the next action, by whom, by when;
- the task moves to **done** when the petitioner is satisfied or basically
  satisfied and has settled (or has died: nothing more can be done), no
  follow-up is needed, no rework was raised and no rework or follow-up item
  of the task is still open; otherwise to **follow_up**.

Finalising a reopened record again reuses the open items it raised before
(updated to the corrected form) and deletes the open ones the correction no
longer calls for (the deletion is audited).

**Closing items** (``close_followup``): when the last open rework or follow-up
item of a task in the follow-up column is closed, and the task's latest record
is final (or reviewed), satisfied or basically satisfied and settled, the task
moves to done. A dissatisfied latest record keeps the task in follow-up: the
case needs a re-visit first (``start_visit`` then opens visit 2). Help items
never hold a task back.

Refusals raise ``VisitError`` (a ``UserError``) with a stable code and change
nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

from peewee import JOIN

from . import audit, plan_rules
from .campaigns import get_campaign
from .enums import (
    ConclusionView,
    ContactMeans,
    ContactOutcome,
    ContactResult,
    FollowUpKind,
    FollowUpState,
    RecordState,
    Respondent,
    Risk,
    Satisfaction,
    Signature,
    TaskStatus,
    VisitMethod,
    YesPartlyNo,
)
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import (
    Campaign,
    Case,
    ContactAttempt,
    FollowUp,
    HandlingUnit,
    Petitioner,
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    VisitRecord,
    _now,
    db,
)

__all__ = [
    "FIELD_LIMITS",
    "HELP_DAYS",
    "REWORK_DAYS",
    "TABS",
    "ContactDraft",
    "EarlierVisit",
    "FieldProblem",
    "FinaliseResult",
    "FollowUpRow",
    "VisitDraft",
    "VisitError",
    "VisitForm",
    "VisitRow",
    "close_followup",
    "discard_draft",
    "finalise",
    "followup_list",
    "load_visit",
    "reopen",
    "review",
    "save_draft",
    "start_visit",
    "validate",
    "VisitTargetRow",
    "form_for_task",
    "visit_list",
    "visit_targets",
]

#: Days a handling unit is given to rework a case (督办整改), by default.
REWORK_DAYS = 15
#: Days after the visit by which a help item is due, by default.
HELP_DAYS = 30

#: The tabs of the form, in their order.
TABS = (
    "case",
    "visit",
    "findings",
    "difficulties",
    "opinions",
    "three_looks",
    "follow_up",
    "sign_off",
)

_FINAL_STATES = (RecordState.FINAL.value, RecordState.REVIEWED.value)
_GOOD = (Satisfaction.SATISFIED.value, Satisfaction.BASICALLY_SATISFIED.value)
_BLOCKING = (FollowUpKind.REWORK.value, FollowUpKind.FOLLOW_UP.value)


class VisitError(UserError):
    """A visit record that cannot be saved, finalised, reopened or reviewed.

    ``problems`` lists the ``FieldProblem``s when finalising was refused.
    """

    def __init__(
        self, code: str, template: str, problems: Sequence[FieldProblem] = (), **params: Any
    ):
        self.problems = list(problems)
        super().__init__(code, template, **params)


# --- form values ------------------------------------------------------------------


@dataclass
class VisitDraft:
    """The editable values of the form; mirrors ``VisitRecord``'s columns."""

    # Visit
    visited_at: dt.datetime | None = None
    method: str | None = None
    visitors: str | None = None
    joining_units: str | None = None
    location: str | None = None
    respondent: str | None = None
    respondent_name: str | None = None
    respondent_relation: str | None = None
    petitioner_away: bool = False
    away_phone_result: str | None = None
    away_people_asked: str | None = None
    away_statement: str | None = None
    contact_result: str | None = None
    contact_note: str | None = None
    method_reason: str | None = None
    # Findings
    conclusion_reasonable: str | None = None
    conclusion_note: str | None = None
    conclusion_view: str | None = None
    demands_solved: str | None = None
    opinions_carried_out: str | None = None
    demands_note: str | None = None
    no_rework_reason: str | None = None
    satisfaction: str | None = None
    dissatisfaction_reason: str | None = None
    unit_rating: str | None = None
    settled: bool | None = None
    risk: str | None = None
    # Difficulties and help
    has_difficulties: bool | None = None
    difficulties: str | None = None
    help_given: str | None = None
    help_by: str | None = None
    # Opinions
    has_opinions: bool | None = None
    opinions: str | None = None
    # Three looks
    look_lawful: bool | None = None
    look_satisfied: bool | None = None
    look_opinions: bool | None = None
    looks_note: str | None = None
    # Follow-up
    followup_needed: bool = False
    explained: str | None = None
    next_action: str | None = None
    next_by: str | None = None
    next_due: dt.date | None = None
    # Sign-off
    recorded_by: str | None = None
    recorded_on: dt.date | None = None
    signed_visitors: bool = False
    signed_petitioner: str | None = None


@dataclass
class ContactDraft:
    """One contact attempt (联系记录): when, by what means, with what outcome."""

    at: dt.datetime | None = None
    means: str | None = None
    outcome: str | None = None
    note: str | None = None


_DRAFT_FIELDS = tuple(f.name for f in fields(VisitDraft))
_CONTACT_FIELDS = tuple(f.name for f in fields(ContactDraft))

#: The tab of the form each field is on.
FIELD_TABS: dict[str, str] = {
    **dict.fromkeys(
        (
            "visited_at method visitors joining_units location respondent respondent_name "
            "respondent_relation petitioner_away away_phone_result away_people_asked "
            "away_statement contacts contact_result contact_note method_reason"
        ).split(),
        "visit",
    ),
    **dict.fromkeys(
        (
            "conclusion_reasonable conclusion_note conclusion_view demands_solved "
            "opinions_carried_out satisfaction dissatisfaction_reason unit_rating settled risk "
            "demands_note no_rework_reason"
        ).split(),
        "findings",
    ),
    **dict.fromkeys(("has_difficulties", "difficulties", "help_given", "help_by"), "difficulties"),
    **dict.fromkeys(("has_opinions", "opinions"), "opinions"),
    **dict.fromkeys(
        ("look_lawful", "look_satisfied", "look_opinions", "looks_note"), "three_looks"
    ),
    **dict.fromkeys(
        ("followup_needed", "explained", "next_action", "next_by", "next_due"), "follow_up"
    ),
    **dict.fromkeys(
        ("recorded_by", "recorded_on", "signed_visitors", "signed_petitioner"), "sign_off"
    ),
}

_ENUMS = {
    "method": VisitMethod,
    "contact_result": ContactResult,
    "respondent": Respondent,
    "conclusion_reasonable": YesPartlyNo,
    "conclusion_view": ConclusionView,
    "demands_solved": YesPartlyNo,
    "opinions_carried_out": YesPartlyNo,
    "satisfaction": Satisfaction,
    "unit_rating": Satisfaction,
    "risk": Risk,
    "signed_petitioner": Signature,
}
_NOT_NULL_BOOLS = ("petitioner_away", "followup_needed", "signed_visitors")
_NULL_BOOLS = (
    "settled",
    "look_lawful",
    "look_satisfied",
    "look_opinions",
    "has_difficulties",
    "has_opinions",
)
_DATES = ("next_due", "recorded_on")
#: Text columns of limited length (the schema's ``max_length``).
_LIMITS = {
    name: VisitRecord._meta.fields[name].max_length
    for name in _DRAFT_FIELDS
    if getattr(VisitRecord._meta.fields[name], "max_length", None) and name not in _ENUMS
}
_DATETIMES = ("visited_at",)
#: The longest text each limited field holds (the form stops typing there).
FIELD_LIMITS: dict[str, int] = dict(_LIMITS)


def _bad_value(name: str, value: Any) -> VisitError:
    return VisitError(
        "bad_value",
        QT_TRANSLATE_NOOP("UserError", '"{value}" is not a valid value for the field {field}.'),
        field=name,
        value=value,
    )


def _as_dict(values: Any, names: Sequence[str]) -> dict[str, Any]:
    if values is None:
        return {}
    if is_dataclass(values) and not isinstance(values, type):
        values = asdict(values)
    if not isinstance(values, Mapping):
        raise _bad_value("values", type(values).__name__)
    unknown = [k for k in values if k not in names]
    if unknown:
        raise VisitError(
            "unknown_field",
            QT_TRANSLATE_NOOP("UserError", "The form has no field {field}."),
            field=unknown[0],
        )
    return dict(values)


def _to_date(name: str, value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise _bad_value(name, value) from None


def _to_datetime(name: str, value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    try:
        return dt.datetime.fromisoformat(str(value).strip()).replace(microsecond=0)
    except ValueError:
        raise _bad_value(name, value) from None


def _to_bool(name: str, value: Any, nullable: bool) -> bool | None:
    if value is None or value == "":
        return None if nullable else False
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    raise _bad_value(name, value)


def _to_enum(name: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    try:
        return _ENUMS[name](value).value
    except ValueError:
        raise _bad_value(name, value) from None


def _to_text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _clean_values(values: Any) -> dict[str, Any]:
    """The form's values, typed and normalised; every field present."""
    raw = _as_dict(values, _DRAFT_FIELDS)
    clean: dict[str, Any] = {}
    for name in _DRAFT_FIELDS:
        value = raw.get(name)
        if name in _ENUMS:
            clean[name] = _to_enum(name, value)
        elif name in _NOT_NULL_BOOLS:
            clean[name] = _to_bool(name, value, nullable=False)
        elif name in _NULL_BOOLS:
            clean[name] = _to_bool(name, value, nullable=True)
        elif name in _DATES:
            clean[name] = _to_date(name, value)
        elif name in _DATETIMES:
            clean[name] = _to_datetime(name, value)
        else:
            clean[name] = _to_text(value)
            limit = _LIMITS.get(name)
            if limit and clean[name] and len(clean[name]) > limit:
                raise VisitError(
                    "too_long",
                    QT_TRANSLATE_NOOP(
                        "UserError", "The field {field} holds at most {limit} characters."
                    ),
                    field=name,
                    limit=limit,
                )
    return clean


def _clean_contacts(contacts: Iterable[Any] | None) -> list[dict[str, Any]]:
    """Contact attempts, typed; a row left completely empty is dropped."""
    rows = []
    for n, contact in enumerate(contacts or (), start=1):
        raw = _as_dict(contact, _CONTACT_FIELDS)
        if not any(v not in (None, "") for v in raw.values()):
            continue
        at = _to_datetime("at", raw.get("at"))
        try:
            means = ContactMeans(raw["means"]).value if raw.get("means") else None
            outcome = ContactOutcome(raw["outcome"]).value if raw.get("outcome") else None
        except ValueError:
            raise _bad_value("contacts", raw.get("means") or raw.get("outcome")) from None
        if at is None or means is None or outcome is None:
            raise VisitError(
                "contact_incomplete",
                QT_TRANSLATE_NOOP(
                    "UserError", "Contact attempt {n} needs a time, a means and an outcome."
                ),
                n=n,
            )
        rows.append(
            {"at": at, "means": means, "outcome": outcome, "note": _to_text(raw.get("note"))}
        )
    return rows


# --- validation ----------------------------------------------------------------------


@dataclass(frozen=True)
class FieldProblem:
    """Something missing or wrong in one field of the form, on one tab."""

    field: str
    tab: str
    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(self, template: str | None = None) -> str:
        """Fill the (translated) template with the values."""
        try:
            return (template or self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template or self.template

    def __str__(self) -> str:
        return self.format()


def _problem(name: str, code: str, template: str, **params: Any) -> FieldProblem:
    return FieldProblem(name, FIELD_TABS[name], code, template, params)


def validate(
    values: Any,
    contacts: Iterable[Any] | None = None,
    today: dt.date | None = None,
    *,
    concluded_on: dt.date | None = None,
    level: str | None = None,
) -> list[FieldProblem]:
    """The problems that keep the form from being final (empty when it may be).

    ``level`` is the office's (``town`` or ``county``; the saved setting when
    not given): the plan's rules of ``plan_rules`` depend on it.

    ``values`` is a ``VisitDraft`` or a dict of its fields (a key left out
    counts as empty); ``concluded_on`` is the date the case was concluded: a
    visit may not be earlier. Values that are not even of the right kind (an unknown method
    code, a date that is no date) raise ``VisitError`` instead.
    """
    today = today or dt.date.today()
    v = _clean_values(values)
    attempts = _clean_contacts(contacts)
    problems: list[FieldProblem] = []
    add = problems.append

    # Visit
    visited = v["visited_at"]
    if visited is None:
        add(
            _problem(
                "visited_at",
                "visit_date_required",
                QT_TRANSLATE_NOOP("UserError", "Enter the date of the visit."),
            )
        )
    elif visited.date() > today:
        add(
            _problem(
                "visited_at",
                "visit_date_future",
                QT_TRANSLATE_NOOP("UserError", "The visit date {date} is in the future."),
                date=visited.date(),
            )
        )
    elif concluded_on is not None and visited.date() < concluded_on:
        add(
            _problem(
                "visited_at",
                "visit_before_conclusion",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The visit date {date} is before the case was concluded ({concluded}).",
                ),
                date=visited.date(),
                concluded=concluded_on,
            )
        )
    method = v["method"]
    if method is None:
        add(
            _problem(
                "method",
                "method_required",
                QT_TRANSLATE_NOOP("UserError", "Choose how the visit was made."),
            )
        )
    satisfaction = v["satisfaction"]
    reached = plan_rules.reached(v)
    respondent = v["respondent"]
    if respondent is None and reached:
        add(
            _problem(
                "respondent",
                "respondent_required",
                QT_TRANSLATE_NOOP(
                    "UserError", "Say who was met: the petitioner or a proxy (relative, committee)."
                ),
            )
        )
    if respondent is not None and respondent != Respondent.PETITIONER.value:
        if not v["respondent_name"]:
            add(
                _problem(
                    "respondent_name",
                    "respondent_name_required",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Enter the name of the proxy who answered for the petitioner."
                    ),
                )
            )
        if not v["respondent_relation"]:
            add(
                _problem(
                    "respondent_relation",
                    "respondent_relation_required",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Enter the proxy's relationship to the petitioner."
                    ),
                )
            )
    if v["petitioner_away"] or method == VisitMethod.FORMER_RESIDENCE.value:
        if not v["away_phone_result"]:
            add(
                _problem(
                    "away_phone_result",
                    "away_phone_result_required",
                    QT_TRANSLATE_NOOP(
                        "UserError", "The petitioner is away: enter the result of the phone call."
                    ),
                )
            )
        if not v["away_people_asked"]:
            add(
                _problem(
                    "away_people_asked",
                    "away_people_asked_required",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The petitioner is away: enter the relatives or the village or "
                        "community committee asked at the former residence.",
                    ),
                )
            )
        if not v["away_statement"]:
            add(
                _problem(
                    "away_statement",
                    "away_statement_required",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Enter what the people asked at the former residence said."
                    ),
                )
            )
    for n, attempt in enumerate(attempts, start=1):
        if attempt["at"].date() > today:
            add(
                _problem(
                    "contacts",
                    "contact_future",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Contact attempt {n} is dated in the future ({date})."
                    ),
                    n=n,
                    date=attempt["at"].date(),
                )
            )

    # Findings (the five points, satisfaction, settled: plan_rules)
    dissatisfied = satisfaction == Satisfaction.DISSATISFIED.value
    if dissatisfied:
        if not v["dissatisfaction_reason"]:
            add(
                _problem(
                    "dissatisfaction_reason",
                    "dissatisfaction_reason_required",
                    QT_TRANSLATE_NOOP("UserError", "Enter why the petitioner is dissatisfied."),
                )
            )
    if v["followup_needed"] or dissatisfied:
        if not v["next_action"]:
            add(
                _problem(
                    "next_action",
                    "next_action_required",
                    QT_TRANSLATE_NOOP("UserError", "Enter the next action of the follow-up."),
                )
            )
        if not v["next_by"]:
            add(
                _problem(
                    "next_by",
                    "next_by_required",
                    QT_TRANSLATE_NOOP("UserError", "Enter who carries out the follow-up."),
                )
            )
        if v["next_due"] is None:
            add(
                _problem(
                    "next_due",
                    "next_due_required",
                    QT_TRANSLATE_NOOP("UserError", "Enter the date by which the follow-up is due."),
                )
            )
        elif visited is not None and v["next_due"] < visited.date():
            add(
                _problem(
                    "next_due",
                    "next_due_before_visit",
                    QT_TRANSLATE_NOOP(
                        "UserError", "The follow-up is due on {due}, before the visit ({date})."
                    ),
                    due=v["next_due"],
                    date=visited.date(),
                )
            )

    # Difficulties
    if v["difficulties"] and not v["help_by"]:
        add(
            _problem(
                "help_by",
                "help_by_required",
                QT_TRANSLATE_NOOP(
                    "UserError", "Enter who helps with the practical difficulties found."
                ),
            )
        )

    # Sign-off
    if not v["recorded_by"]:
        add(
            _problem(
                "recorded_by",
                "recorded_by_required",
                QT_TRANSLATE_NOOP("UserError", "Enter who recorded the form."),
            )
        )
    if level is None:
        from .office import office_level

        level = office_level()
    for name, code, template, params in plan_rules.check(v, attempts, level):
        add(_problem(name, code, template, **params))
    return problems


# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EarlierVisit:
    """Another visit record of the same task, shown read-only beside the form."""

    id: int
    visit_no: int
    state: str
    visited_on: dt.date | None
    method: str | None
    satisfaction: str | None
    settled: bool | None


@dataclass
class VisitForm:
    """Everything the form shows: the record, its contacts, its case, its siblings."""

    id: int
    target_id: int
    visit_no: int
    state: str
    read_only: bool
    values: VisitDraft
    contacts: list[ContactDraft]
    case_no: str
    petitioner: str
    concluded_on: dt.date | None
    handling_unit: str | None
    conclusion: str | None
    reviewed_by: str | None = None
    reviewed_on: dt.date | None = None
    reopen_reason: str | None = None
    others: list[EarlierVisit] = field(default_factory=list)
    case_id: int = 0
    #: True when ``start_visit`` has just created this draft (nothing typed yet)
    created: bool = False


def _record(visit_id: int) -> VisitRecord:
    record = (
        VisitRecord.select(VisitRecord, Target, Case)
        .join(Target)
        .join(Case)
        .where(VisitRecord.id == visit_id)
        .first()
    )
    if record is None:
        raise VisitError(
            "visit_not_found",
            QT_TRANSLATE_NOOP("UserError", "There is no visit record {id}."),
            id=visit_id,
        )
    return record


def _draft_of(record: VisitRecord) -> VisitDraft:
    values = {}
    for name in _DRAFT_FIELDS:
        value = getattr(record, name)
        if name in _ENUMS and value is not None:
            value = str(value.value if hasattr(value, "value") else value)
        if name in _DATES:
            value = _to_date(name, value)
        if name in _DATETIMES:
            value = _to_datetime(name, value)
        if name in _NOT_NULL_BOOLS:
            value = bool(value)
        values[name] = value
    return VisitDraft(**values)


def _contacts_of(visit_id: int) -> list[ContactDraft]:
    return [
        ContactDraft(
            _to_datetime("at", c.at),
            c.means.value,
            c.outcome.value,
            c.note,
        )
        for c in ContactAttempt.select()
        .where(ContactAttempt.visit == visit_id)
        .order_by(ContactAttempt.at, ContactAttempt.id)
    ]


def _state(record: VisitRecord) -> str:
    return str(record.state.value if hasattr(record.state, "value") else record.state)


def load_visit(visit_id: int) -> VisitForm:
    """The form of one visit record, with the task's other records (read-only)."""
    record = _record(visit_id)
    case = record.target.case
    petitioner = Petitioner.get_by_id(case.petitioner_id)
    unit = HandlingUnit.get_or_none(HandlingUnit.id == case.handling_unit_id)
    others = [
        EarlierVisit(
            r.id,
            r.visit_no,
            _state(r),
            _to_date("visited_at", r.visited_at),
            r.method.value if r.method else None,
            r.satisfaction.value if r.satisfaction else None,
            r.settled,
        )
        for r in VisitRecord.select()
        .where((VisitRecord.target == record.target_id) & (VisitRecord.id != record.id))
        .order_by(VisitRecord.visit_no)
    ]
    state = _state(record)
    return VisitForm(
        id=record.id,
        target_id=record.target_id,
        visit_no=record.visit_no,
        state=state,
        read_only=state != RecordState.DRAFT.value,
        values=_draft_of(record),
        contacts=_contacts_of(record.id),
        case_no=case.case_no,
        petitioner=petitioner.name,
        concluded_on=_to_date("concluded_on", case.concluded_on),
        handling_unit=unit.name if unit else None,
        conclusion=case.conclusion,
        reviewed_by=record.reviewed_by,
        reviewed_on=_to_date("reviewed_on", record.reviewed_on),
        reopen_reason=record.reopen_reason,
        others=others,
        case_id=case.id,
    )


# --- writing ---------------------------------------------------------------------------


def _set_status(target_id: int, status: str) -> None:
    Target.update(status=status, updated_at=_now()).where(
        (Target.id == target_id) & (Target.status != status)
    ).execute()


def start_visit(target_id: int) -> VisitForm:
    """Open the next visit record of a task: its draft if it has one, else a new draft.

    The new draft's ``visit_no`` follows the highest one (1 for the first
    visit); it starts with the task's planned method, visitors and joining
    units. The card moves to the visited column (a form is in progress).
    """
    with db.atomic():
        target = Target.select(Target, Case).join(Case).where(Target.id == target_id).first()
        if target is None:
            raise VisitError(
                "task_not_found",
                QT_TRANSLATE_NOOP(
                    "UserError", "The task {id} no longer exists; it may have been removed."
                ),
                id=target_id,
            )
        if not target.included:
            raise VisitError(
                "task_excluded",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Case {case_no} is excluded from the campaign and gets no visit record.",
                ),
                case_no=target.case.case_no,
            )
        draft = (
            VisitRecord.select(VisitRecord.id)
            .where(
                (VisitRecord.target == target.id) & (VisitRecord.state == RecordState.DRAFT.value)
            )
            .order_by(VisitRecord.visit_no.desc())
            .first()
        )
        if draft is not None:
            return load_visit(draft.id)
        last = (
            VisitRecord.select(VisitRecord.visit_no)
            .where(VisitRecord.target == target.id)
            .order_by(VisitRecord.visit_no.desc())
            .scalar()
        )
        visitors = [
            name
            for (name,) in Staff.select(Staff.name)
            .join(TaskVisitor)
            .where(TaskVisitor.target == target.id)
            .order_by(Staff.name)
            .tuples()
        ]
        units = [
            name
            for (name,) in HandlingUnit.select(HandlingUnit.name)
            .join(TaskUnit)
            .where(TaskUnit.target == target.id)
            .order_by(HandlingUnit.name)
            .tuples()
        ]
        record = VisitRecord.create(
            target=target.id,
            visit_no=(last or 0) + 1,
            state=RecordState.DRAFT.value,
            method=target.planned_method,
            visitors="、".join(visitors) or None,
            joining_units="、".join(units) or None,
        )
        _set_status(target.id, TaskStatus.VISITED.value)
    form = load_visit(record.id)
    form.created = True
    return form


def form_for_task(target_id: int) -> VisitForm:
    """The form a task opens on: its latest record (draft, final or reviewed), or a
    new first draft (``start_visit``) when it has none.

    A final record opens read-only; a re-visit is started explicitly with
    ``start_visit``.
    """
    latest = (
        VisitRecord.select(VisitRecord.id)
        .where(VisitRecord.target == target_id)
        .order_by(VisitRecord.visit_no.desc())
        .first()
    )
    if latest is not None:
        return load_visit(latest.id)
    return start_visit(target_id)


def _read_only(record: VisitRecord) -> VisitError:
    return VisitError(
        "visit_read_only",
        QT_TRANSLATE_NOOP(
            "UserError",
            "Visit {visit_no} of case {case_no} is final and read-only. Reopen it, with a "
            "reason, to change it.",
        ),
        visit_no=record.visit_no,
        case_no=record.target.case.case_no,
    )


def _merged(record: VisitRecord, values: Any) -> dict[str, Any]:
    """The stored form with ``values`` laid over it (a key left out keeps its value)."""
    raw = _as_dict(values, _DRAFT_FIELDS)
    return _clean_values({**asdict(_draft_of(record)), **raw})


def _write(
    record: VisitRecord, values: dict[str, Any], contacts: list[dict[str, Any]] | None
) -> None:
    changed = {name: value for name, value in values.items() if _stored(record, name) != value}
    if changed:
        VisitRecord.update({**changed, "updated_at": _now()}).where(
            VisitRecord.id == record.id
        ).execute()
    present = [
        {"at": c.at, "means": c.means.value, "outcome": c.outcome.value, "note": c.note}
        for c in ContactAttempt.select()
        .where(ContactAttempt.visit == record.id)
        .order_by(ContactAttempt.at, ContactAttempt.id)
    ]
    if contacts is None:
        return
    for row in present:
        row["at"] = _to_datetime("at", row["at"])
    wanted = sorted(contacts, key=lambda c: c["at"])
    if present != wanted:  # only rewrite the attempts when they changed (the audit stays short)
        ContactAttempt.delete().where(ContactAttempt.visit == record.id).execute()
        for row in wanted:
            ContactAttempt.create(visit=record.id, **row)


def _stored(record: VisitRecord, name: str) -> Any:
    value = getattr(record, name)
    if name in _ENUMS and value is not None:
        return str(value.value if hasattr(value, "value") else value)
    if name in _DATES:
        return _to_date(name, value)
    if name in _DATETIMES:
        return _to_datetime(name, value)
    if name in _NOT_NULL_BOOLS:
        return bool(value)
    return value


def save_draft(visit_id: int, values: Any, contacts: Iterable[Any] | None = None) -> VisitForm:
    """Store the form as it is, complete or not; only a draft can be saved.

    ``values`` (a ``VisitDraft`` or a dict) is laid over what is stored: a
    dict key left out keeps its stored value, a key given as ``None`` or ""
    empties the field. ``contacts`` replaces the contact attempts (``None``
    keeps them; rows left completely empty are ignored; a row partly filled
    is refused: the table needs time, means and outcome). Only fields that
    changed are written, so the audit shows what really changed. Returns the
    form as stored.
    """
    attempts = None if contacts is None else _clean_contacts(contacts)
    with db.atomic():
        record = _record(visit_id)
        if _state(record) != RecordState.DRAFT.value:
            raise _read_only(record)
        _write(record, _merged(record, values), attempts)
    return load_visit(visit_id)


@dataclass(frozen=True)
class FinaliseResult:
    """What finalising did: the task's new column and the items raised."""

    visit_id: int
    task_status: str
    rework_id: int | None = None
    help_id: int | None = None
    followup_id: int | None = None


def _open_items(target_id: int, kinds: Sequence[str]) -> int:
    return (
        FollowUp.select()
        .where(
            (FollowUp.target == target_id)
            & (FollowUp.state == FollowUpState.OPEN.value)
            & FollowUp.kind.in_(list(kinds))
        )
        .count()
    )


def _raise_item(record: VisitRecord, kind: str, wanted: dict[str, Any] | None) -> int | None:
    """Create or update the open item of ``kind`` raised by ``record``, or drop it."""
    existing = (
        FollowUp.select()
        .where(
            (FollowUp.visit == record.id)
            & (FollowUp.kind == kind)
            & (FollowUp.state == FollowUpState.OPEN.value)
        )
        .order_by(FollowUp.id)
        .first()
    )
    if wanted is None:
        if existing is not None:  # raised before a correction that no longer calls for it
            FollowUp.delete().where(FollowUp.id == existing.id).execute()
        return None
    if existing is None:
        return FollowUp.create(target=record.target_id, visit=record.id, kind=kind, **wanted).id
    stored = {**existing.__data__, "due_on": _to_date("due_on", existing.due_on)}
    changed = {k: v for k, v in wanted.items() if stored.get(k) != v}
    if changed:
        FollowUp.update(changed).where(FollowUp.id == existing.id).execute()
    return existing.id


def finalise(
    visit_id: int,
    values: Any = None,
    contacts: Iterable[Any] | None = None,
    today: dt.date | None = None,
    *,
    rework_due: dt.date | None = None,
    help_due: dt.date | None = None,
    level: str | None = None,
) -> FinaliseResult:
    """Check the form and make it final; raise the items it calls for; move the task.

    ``values`` is laid over what is stored, as in ``save_draft``;
    ``contacts`` of ``None`` takes the stored attempts. Refused with a
    ``VisitError`` (code ``visit_incomplete``, ``problems`` listing every
    ``FieldProblem``) while anything is missing; nothing is saved then, not
    even as a draft.
    """
    today = today or dt.date.today()
    with db.atomic():
        record = _record(visit_id)
        if _state(record) != RecordState.DRAFT.value:
            raise _read_only(record)
        case = record.target.case
        clean = plan_rules.complete(_merged(record, values))
        attempts = _clean_contacts(_contacts_of(record.id) if contacts is None else contacts)
        concluded_on = _to_date("concluded_on", case.concluded_on)
        problems = validate(clean, attempts, today, concluded_on=concluded_on, level=level)
        if problems:
            raise VisitError(
                "visit_incomplete",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Visit {visit_no} of case {case_no} cannot be final yet: {count} fields "
                    "still need attention.",
                ),
                problems=problems,
                visit_no=record.visit_no,
                case_no=case.case_no,
                count=len(problems),
            )
        if clean["recorded_on"] is None:
            clean["recorded_on"] = today
        _write(record, clean, attempts)
        VisitRecord.update(state=RecordState.FINAL.value, updated_at=_now()).where(
            VisitRecord.id == record.id
        ).execute()

        visited_on = clean["visited_at"].date()
        satisfaction = clean["satisfaction"]
        dissatisfied = satisfaction == Satisfaction.DISSATISFIED.value
        rework = None
        # a "no"/"partly" to point (1) or (2), or to lawful handling, goes back to the
        # handling unit unless the clerk recorded why not
        points = plan_rules.needs_point_rework(clean) or (
            clean["look_lawful"] is False and not clean["no_rework_reason"]
        )
        if dissatisfied or points or clean["look_satisfied"] is False:
            unit = HandlingUnit.get_or_none(HandlingUnit.id == case.handling_unit_id)
            reasons = [clean["dissatisfaction_reason"]]
            if points:
                reasons += [clean["conclusion_note"], clean["demands_note"]]
            rework = {
                "reason": "；".join(dict.fromkeys(r for r in reasons if r)) or None,
                "action": clean["next_action"],
                "assignee": unit.name if unit else None,
                "unit": unit.id if unit else None,
                "due_on": rework_due or today + dt.timedelta(days=REWORK_DAYS),
            }
        help_item = None
        if clean["difficulties"]:
            help_item = {
                "reason": clean["difficulties"],
                "action": clean["help_given"],
                "assignee": clean["help_by"],
                "due_on": help_due or visited_on + dt.timedelta(days=HELP_DAYS),
            }
        follow = None
        if clean["followup_needed"]:
            follow = {
                "reason": clean["dissatisfaction_reason"] or clean["explained"],
                "action": clean["next_action"],
                "assignee": clean["next_by"],
                "due_on": clean["next_due"],
            }
        rework_id = _raise_item(record, FollowUpKind.REWORK.value, rework)
        help_id = _raise_item(record, FollowUpKind.HELP.value, help_item)
        followup_id = _raise_item(record, FollowUpKind.FOLLOW_UP.value, follow)

        done = (
            (
                plan_rules.closes_without_answers(clean)
                or (satisfaction in _GOOD and clean["settled"] is True)
            )
            and not clean["followup_needed"]
            and rework is None
            and not _open_items(record.target_id, _BLOCKING)
        )
        status = TaskStatus.DONE.value if done else TaskStatus.FOLLOW_UP.value
        _set_status(record.target_id, status)
    return FinaliseResult(record.id, status, rework_id, help_id, followup_id)


def _latest(target_id: int) -> VisitRecord | None:
    return (
        VisitRecord.select()
        .where(VisitRecord.target == target_id)
        .order_by(VisitRecord.visit_no.desc())
        .first()
    )


def _status_from_records(target: Target) -> str:
    """The board column a task's visit records call for (after a draft is discarded)."""
    latest = _latest(target.id)
    if latest is None:
        has_visitor = TaskVisitor.select().where(TaskVisitor.target == target.id).exists()
        return TaskStatus.ASSIGNED.value if has_visitor else TaskStatus.UNASSIGNED.value
    if _state(latest) == RecordState.DRAFT.value:
        return TaskStatus.VISITED.value
    deceased = latest.contact_result is not None and latest.contact_result.value in (
        plan_rules.FINAL_OUTCOMES
    )
    good = (
        (deceased or (latest.satisfaction is not None and latest.satisfaction.value in _GOOD))
        and (deceased or latest.settled is True)
        and not latest.followup_needed
        and not _open_items(target.id, _BLOCKING)
    )
    return TaskStatus.DONE.value if good else TaskStatus.FOLLOW_UP.value


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


# --- follow-up items -------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up, rework or help item of a task."""

    id: int
    target_id: int
    visit_id: int | None
    kind: str
    reason: str | None
    action: str | None
    assignee: str | None
    due_on: dt.date | None
    state: str
    closed_on: dt.date | None
    result: str | None


def followup_list(target_id: int) -> list[FollowUpRow]:
    """The items of a task, open ones first, by due date."""
    return [
        FollowUpRow(
            f.id,
            f.target_id,
            f.visit_id,
            f.kind.value,
            f.reason,
            f.action,
            f.assignee,
            _to_date("due_on", f.due_on),
            f.state.value,
            _to_date("closed_on", f.closed_on),
            f.result,
        )
        for f in FollowUp.select()
        .where(FollowUp.target == target_id)
        .order_by(FollowUp.state.desc(), FollowUp.due_on, FollowUp.id)
    ]


def close_followup(
    followup_id: int,
    result: str,
    closed_on: dt.date | None = None,
    today: dt.date | None = None,
) -> str:
    """Close an item with its result; returns the task's board column afterwards.

    The task moves from follow_up to done when this was its last open rework
    or follow-up item and its latest record is final, satisfied or basically
    satisfied, and settled (see the module).
    """
    today = today or dt.date.today()
    closed_on = closed_on or today
    result = (result or "").strip()
    with db.atomic():
        item = FollowUp.get_or_none(FollowUp.id == followup_id)
        if item is None:
            raise VisitError(
                "followup_not_found",
                QT_TRANSLATE_NOOP("UserError", "There is no follow-up item {id}."),
                id=followup_id,
            )
        if item.state.value != FollowUpState.OPEN.value:
            raise VisitError(
                "followup_closed",
                QT_TRANSLATE_NOOP("UserError", "The follow-up item {id} is already closed."),
                id=followup_id,
            )
        if not result:
            raise VisitError(
                "followup_result_required",
                QT_TRANSLATE_NOOP(
                    "UserError", "Enter the result before closing the follow-up item {id}."
                ),
                id=followup_id,
            )
        if closed_on > today:
            raise VisitError(
                "followup_closed_future",
                QT_TRANSLATE_NOOP("UserError", "The closing date {date} is in the future."),
                date=closed_on,
            )
        raised = VisitRecord.get_or_none(VisitRecord.id == item.visit_id)
        visited_on = _to_date("visited_at", raised.visited_at) if raised else None
        if visited_on is not None and closed_on < visited_on:
            raise VisitError(
                "followup_closed_early",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The closing date {date} is before the visit that raised the item ({visited}).",
                ),
                date=closed_on,
                visited=visited_on,
            )
        FollowUp.update(state=FollowUpState.CLOSED.value, closed_on=closed_on, result=result).where(
            FollowUp.id == item.id
        ).execute()
        target = Target.get_by_id(item.target_id)
        status = target.status.value
        if status == TaskStatus.FOLLOW_UP.value and not _open_items(target.id, _BLOCKING):
            latest = _latest(target.id)
            if (
                latest is not None
                and _state(latest) in _FINAL_STATES
                and latest.satisfaction is not None
                and latest.satisfaction.value in _GOOD
                and latest.settled is True
            ):
                status = TaskStatus.DONE.value
                _set_status(target.id, status)
    return status


# --- the list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitRow:
    """One visit record in the campaign's list (and in ``rv-desktop visits --json``)."""

    id: int
    target_id: int
    case_no: str
    visit_no: int
    state: str  # draft / final (a reviewed record is final, with ``reviewed``)
    reviewed: bool
    method: str | None
    satisfaction: str | None
    settled: bool | None
    visited_on: dt.date | None
    task_status: str
    #: the petitioner was reached (in person or through a proxy); None while undecided
    reached: bool | None = None
    #: the away path was followed (phone, and the former residence visited)
    petitioner_away: bool = False
    #: the contact's outcome (reached, not_reached, refused, deceased, in_custody, moved_no_trace)
    contact_result: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "target_id": self.target_id,
            "case_no": self.case_no,
            "visit_no": self.visit_no,
            "state": self.state,
            "reviewed": self.reviewed,
            "method": self.method,
            "satisfaction": self.satisfaction,
            "settled": self.settled,
            "visited_on": self.visited_on.isoformat() if self.visited_on else None,
            "task_status": self.task_status,
            "reached": self.reached,
            "petitioner_away": self.petitioner_away,
            "contact_result": self.contact_result,
        }


def visit_list(campaign: Campaign | int | str | None = None) -> list[VisitRow]:
    """The visit records of a campaign (the current one by default), by case and number."""
    campaign = get_campaign(campaign)
    query = (
        VisitRecord.select(
            VisitRecord.id,
            Target.id,
            Case.case_no,
            VisitRecord.visit_no,
            VisitRecord.state,
            VisitRecord.method,
            VisitRecord.satisfaction,
            VisitRecord.settled,
            VisitRecord.visited_at,
            Target.status,
            VisitRecord.contact_result,
            VisitRecord.petitioner_away,
        )
        .join(Target, JOIN.INNER)
        .join(Case)
        .where(Target.campaign == campaign.id)
        .order_by(Case.case_no, VisitRecord.visit_no)
    )
    rows = []
    for r in db.execute(query).fetchall():
        state = r[4]
        rows.append(
            VisitRow(
                id=r[0],
                target_id=r[1],
                case_no=r[2],
                visit_no=r[3],
                state=RecordState.DRAFT.value
                if state == RecordState.DRAFT.value
                else RecordState.FINAL.value,
                reviewed=state == RecordState.REVIEWED.value,
                method=r[5],
                satisfaction=r[6],
                settled=None if r[7] is None else bool(r[7]),
                visited_on=_to_date("visited_at", r[8]),
                task_status=r[9],
                **_contact_of(r[10], r[6], r[11]),
            )
        )
    return rows


def _contact_of(result: str | None, satisfaction: str | None, away: Any) -> dict[str, Any]:
    """The contact's outcome of a listed record (older records: read from satisfaction)."""
    result = plan_rules.contact_result({"contact_result": result, "satisfaction": satisfaction})
    return {
        "reached": None if result is None else result == ContactResult.REACHED.value,
        "petitioner_away": bool(away),
        "contact_result": result,
    }


@dataclass(frozen=True)
class VisitTargetRow:
    """A target of the campaign with the state of its latest visit record (none yet:
    ``visit_id`` is None), for the visit-record list."""

    target_id: int
    case_id: int
    case_no: str
    petitioner: str
    village: str | None
    visitors: str  # the task's visitors, joined by "、"
    visitor_ids: tuple[int, ...]
    planned_method: str | None
    task_status: str
    visit_id: int | None
    visit_no: int | None
    state: str | None  # draft / final / reviewed, None without a record
    method: str | None
    satisfaction: str | None
    settled: bool | None
    visited_on: dt.date | None


def visit_targets(campaign: Campaign | int | str | None = None) -> list[VisitTargetRow]:
    """The included targets of a campaign (the current one by default) with their latest
    visit record, by case number. Four queries, whatever the size of the campaign."""
    campaign = get_campaign(campaign)
    targets = db.execute_sql(
        "SELECT t.id, c.id, c.case_no, p.name, p.village, t.planned_method, t.status "
        'FROM target t JOIN "case" c ON c.id = t.case_id '
        "JOIN petitioner p ON p.id = c.petitioner_id "
        "WHERE t.campaign_id = ? AND t.included = 1 ORDER BY c.case_no",
        (campaign.id,),
    ).fetchall()
    latest = {
        r[0]: r[1:]
        for r in db.execute_sql(
            "SELECT v.target_id, v.id, v.visit_no, v.state, v.method, v.satisfaction, v.settled, "
            "v.visited_at FROM visit_record v JOIN target t ON t.id = v.target_id "
            "WHERE t.campaign_id = ? ORDER BY v.target_id, v.visit_no",
            (campaign.id,),
        ).fetchall()
    }  # the last row of a target wins: its highest visit_no
    visitors: dict[int, list[tuple[int, str]]] = {}
    for target_id, staff_id, name in db.execute_sql(
        "SELECT tv.target_id, s.id, s.name FROM task_visitor tv JOIN staff s ON s.id = tv.staff_id "
        "JOIN target t ON t.id = tv.target_id WHERE t.campaign_id = ? ORDER BY s.name",
        (campaign.id,),
    ).fetchall():
        visitors.setdefault(target_id, []).append((staff_id, name))
    rows = []
    for tid, case_id, case_no, name, village, planned, status in targets:
        v = latest.get(tid)
        people = visitors.get(tid, [])
        rows.append(
            VisitTargetRow(
                target_id=tid,
                case_id=case_id,
                case_no=case_no,
                petitioner=name,
                village=village,
                visitors="、".join(n for _, n in people),
                visitor_ids=tuple(i for i, _ in people),
                planned_method=planned,
                task_status=status,
                visit_id=v[0] if v else None,
                visit_no=v[1] if v else None,
                state=v[2] if v else None,
                method=v[3] if v else None,
                satisfaction=v[4] if v else None,
                settled=None if not v or v[5] is None else bool(v[5]),
                visited_on=_to_date("visited_at", v[6]) if v else None,
            )
        )
    return rows
