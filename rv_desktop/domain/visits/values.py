"""The form's values: ``VisitDraft`` and ``ContactDraft``, the tab of each field,
and turning what the form (or a dict) holds into typed, normalised values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import TYPE_CHECKING, Any

from .. import visit_fields, vocabulary
from ..enums import ContactMeans, ContactOutcome, FollowUpKind, RecordState, Satisfaction
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..models import EnumField, VisitRecord
from ..rows import as_date

if TYPE_CHECKING:
    from .rules import FieldProblem

#: Days a handling unit is given to rework a case (督办整改), by default.
REWORK_DAYS = 15
#: Days after the visit by which a help item is due, by default.
HELP_DAYS = 30

#: The tabs of the form, in their order (``data/visit_record.toml``).
TABS = visit_fields.tabs()

#: How stored lists (visitors, joining units) and reasons are joined: the county's
#: typography, whatever the language of the screen (the text is data).
_LIST_SEPARATOR = vocabulary.table("common", "zh")["list_separator"]
_ITEM_SEPARATOR = vocabulary.table("common", "zh")["item_separator"]

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

#: The tab of the form each field is on (``data/visit_record.toml``).
FIELD_TABS: dict[str, str] = {f.key: f.tab for f in visit_fields.fields()}

#: The Python enum of each choice field (its codes; the labels are the file's), as
#: the column of ``VisitRecord`` takes it.
_ENUMS = {
    f.name: f.enum
    for f in VisitRecord._meta.sorted_fields
    if isinstance(f, EnumField) and f.name in _DRAFT_FIELDS
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
#: Text fields and the most characters each holds (``max_len`` of the data file).
_LIMITS = {f.key: f.max_len for f in visit_fields.fields() if f.max_len}
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
    try:
        return as_date(value)
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
                        "UserError",
                        "{label} holds at most {limit} characters; the text typed has {length}.",
                    ),
                    field=name,
                    label=visit_fields.field_label(name),
                    limit=limit,
                    length=len(clean[name]),
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
