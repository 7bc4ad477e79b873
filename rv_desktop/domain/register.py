"""Changes to the case register made by hand: edit a case or a petitioner, reveal data.

The clerk corrects what the county's ledger got wrong (a mistyped ID number,
a phone that changed, a conclusion date) in the case dialog. Every value is
validated with the same rules as the import (``normalize``); a value that
cannot be trusted refuses the whole save with a ``RegisterError`` naming the
field, and nothing is written. Accepted changes are written in one
transaction; the audit triggers record them with the actor, and
``updated_at`` is bumped. Showing personal data unmasked leaves an audit
record too (``reveal_personal_data``).

``history_changes`` turns an audit record's before/after JSON into the list
of fields that changed, for the case dialog's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from peewee import IntegrityError

from . import audit
from .enums import Channel, SourceLevel
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import CASE_FACTS, Case, HandlingUnit, Petitioner, db
from .normalize import (
    ERROR,
    clean_text,
    parse_date,
    parse_id_number,
    parse_int,
    parse_phones,
)
from .register_history import FieldChange, history_changes

__all__ = [
    "CASE_FIELDS",
    "PETITIONER_FIELDS",
    "FieldChange",
    "RegisterError",
    "history_changes",
    "reveal_personal_data",
    "save_case",
    "update_case",
    "update_petitioner",
]

#: Fields of a case the clerk may change: its facts and its handling unit (``case_no``
#: is shown, never changed).
CASE_FIELDS = (*CASE_FACTS, "handling_unit")
#: Fields of a petitioner the clerk may change.
PETITIONER_FIELDS = ("name", "id_number", "phones", "address", "village")

#: Longest text each short field takes (the column sizes of the schema).
_MAX_LENGTH = {
    "category": 64,
    "handling_unit": 128,
    "leader": 64,
    "name": 64,
    "address": 256,
    "village": 64,
}

_MAX_PEOPLE = 100_000


class RegisterError(UserError):
    """A value typed into the case dialog that cannot be saved.

    ``field`` names the field (a key of ``CASE_FIELDS`` / ``PETITIONER_FIELDS``
    or ``case_no``) so the dialog can show the message next to it. The same
    class carries the warnings ``update_case`` returns (saved, worth a look).
    """

    def __init__(self, code: str, template: str, field: str | None = None, **params: Any):
        self.field = field
        super().__init__(code, template, **params)


_ID_TEMPLATES = {
    "id_chars": QT_TRANSLATE_NOOP(
        "UserError", "ID number: {value} may only hold digits and a final X."
    ),
    "id_length": QT_TRANSLATE_NOOP(
        "UserError", "ID number: {value} has {length} characters; an ID number has 18."
    ),
    "id_birth_date": QT_TRANSLATE_NOOP(
        "UserError", "ID number: {value} holds a birth date that cannot be."
    ),
    "id_check_digit": QT_TRANSLATE_NOOP(
        "UserError",
        "ID number: the check digit of {value} is wrong. Check the digits against the ID card.",
    ),
    "id_excel_number": QT_TRANSLATE_NOOP(
        "UserError",
        "ID number: {value} was shortened by Excel to a number. Type all 18 characters.",
    ),
}
_ID_INVALID = QT_TRANSLATE_NOOP("UserError", "ID number: {value} is not a valid ID number.")
_ID_WARNINGS = {
    "id_region": QT_TRANSLATE_NOOP(
        "UserError", "ID number: {value} has an unknown region code; it was saved all the same."
    ),
    "id_converted_15": QT_TRANSLATE_NOOP(
        "UserError", "ID number: the 15-digit number was converted to 18 characters ({value})."
    ),
}
_DATE_TEMPLATES = {
    "registered_on": QT_TRANSLATE_NOOP(
        "UserError",
        'Registered on: "{value}" is not a date between 1990 and 2100 (write it as 2017-07-03).',
    ),
    "concluded_on": QT_TRANSLATE_NOOP(
        "UserError",
        'Concluded on: "{value}" is not a date between 1990 and 2100 (write it as 2017-07-03).',
    ),
}
_TOO_LONG = {
    "category": QT_TRANSLATE_NOOP("UserError", "Category: at most {limit} characters."),
    "handling_unit": QT_TRANSLATE_NOOP("UserError", "Handling unit: at most {limit} characters."),
    "leader": QT_TRANSLATE_NOOP("UserError", "Responsible leader: at most {limit} characters."),
    "name": QT_TRANSLATE_NOOP("UserError", "Name: at most {limit} characters."),
    "address": QT_TRANSLATE_NOOP("UserError", "Address: at most {limit} characters."),
    "village": QT_TRANSLATE_NOOP("UserError", "Village: at most {limit} characters."),
}


def _error(code: str, template: str, field: str | None = None, **params: Any) -> RegisterError:
    return RegisterError(code, template, field, **params)


# --- validation ----------------------------------------------------------------


def _short_text(field: str, value: Any) -> str | None:
    text = clean_text(value)
    limit = _MAX_LENGTH.get(field)
    if text is not None and limit is not None and len(text) > limit:
        raise _error("text_too_long", _TOO_LONG[field], field, limit=limit)
    return text


def _long_text(value: Any) -> str | None:
    """Demands and conclusions keep their line breaks; blanks around go."""
    if value is None:
        return None
    text = "\n".join(line.rstrip() for line in str(value).strip().splitlines())
    return text or None


def _date(field: str, value: Any) -> dt.date | None:
    parsed = parse_date(value)
    if not parsed.ok:
        raise _error("invalid_date", _DATE_TEMPLATES[field], field, value=_shown(value))
    return parsed.value


def _shown(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _enum(field: str, enum: type, value: Any) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    try:
        return enum(text).value
    except ValueError:
        template = (
            QT_TRANSLATE_NOOP("UserError", 'Channel: "{value}" is not a channel.')
            if field == "channel"
            else QT_TRANSLATE_NOOP("UserError", 'Source level: "{value}" is not a source level.')
        )
        raise _error("invalid_choice", template, field, value=text) from None


def _people(value: Any) -> int:
    parsed = parse_int(value)
    if not parsed.ok or parsed.value is None or not 1 <= parsed.value <= _MAX_PEOPLE:
        raise _error(
            "invalid_count",
            QT_TRANSLATE_NOOP(
                "UserError",
                'Number of people: "{value}" is not a whole number from 1 to 100,000.',
            ),
            "people_count",
            value=_shown(value),
        )
    return parsed.value


def _id_number(value: Any, petitioner_id: int) -> tuple[str | None, list[RegisterError]]:
    raw = _shown(value)
    parsed = parse_id_number(value)
    if not parsed.ok:
        code = parsed.code or "id_invalid"
        template = _ID_TEMPLATES.get(code, _ID_INVALID)
        length = len(raw.replace(" ", ""))
        raise _error("invalid_id", template, "id_number", value=raw, length=length)
    if parsed.value is None:
        return None, []
    town = Petitioner.select(Petitioner.town).where(Petitioner.id == petitioner_id)
    other = (  # ID numbers are unique within a town (a county database holds several)
        Petitioner.select()
        .where(
            (Petitioner.id_number == parsed.value)
            & (Petitioner.id != petitioner_id)
            & (Petitioner.town == town)
        )
        .first()
    )
    if other is not None:
        raise _id_taken(parsed.value, other)
    warnings = [
        _error(p.code, _ID_WARNINGS[p.code], "id_number", value=p.fragment or parsed.value)
        for p in parsed.problems
        if p.code in _ID_WARNINGS
    ]
    return parsed.value, warnings


def _id_taken(id_number: str, other: Petitioner) -> RegisterError:
    case_no = (
        Case.select(Case.case_no).where(Case.petitioner == other.id).order_by(Case.case_no).scalar()
    )
    return _error(
        "id_taken",
        QT_TRANSLATE_NOOP(
            "UserError",
            "ID number: {value} already belongs to {other} (case {case_no}). "
            "One person has one ID number: check the number, or open that case.",
        ),
        "id_number",
        value=id_number,
        other=other.name,
        case_no=case_no or "—",
    )


def _phones(value: Any) -> tuple[str | None, list[RegisterError]]:
    if isinstance(value, (list, tuple)):
        value = ",".join(str(v) for v in value if v)
    parsed = parse_phones(value)
    for problem in parsed.problems:
        if problem.level == ERROR:
            raise _error(
                "invalid_phone",
                QT_TRANSLATE_NOOP("UserError", 'Phone: "{value}" is not a phone number.'),
                "phones",
                value=problem.fragment or _shown(value),
            )
    warnings = [
        _error(
            p.code,
            QT_TRANSLATE_NOOP(
                "UserError", "Phone: {value} seems to have lost its leading 0; check it."
            ),
            "phones",
            value=p.fragment or "",
        )
        for p in parsed.problems
        if p.code == "phone_lost_zero"
    ]
    return (",".join(parsed.value) or None), warnings


def _unknown(field: str) -> RegisterError:
    return _error(
        "unknown_field",
        QT_TRANSLATE_NOOP("UserError", "{name} cannot be changed here."),
        field,
        name=field,
    )


def _prepare_case(case: Case, changes: Mapping[str, Any]) -> tuple[dict, list[RegisterError]]:
    """The column values that differ from ``case``, validated, and the warnings."""
    values: dict[str, Any] = {}
    warnings: list[RegisterError] = []
    for field, value in changes.items():
        if field == "case_no":
            if _shown(value) != case.case_no:
                raise _error(
                    "case_no_read_only",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Case number: the case number cannot be changed."
                    ),
                    "case_no",
                )
            continue
        if field not in CASE_FIELDS:
            raise _unknown(field)
        if field == "channel":
            values[field] = _enum(field, Channel, value)
        elif field == "source_level":
            values[field] = _enum(field, SourceLevel, value)
        elif field in ("registered_on", "concluded_on"):
            values[field] = _date(field, value)
        elif field in ("demand", "conclusion"):
            values[field] = _long_text(value)
        elif field in ("category", "leader", "handling_unit"):
            values[field] = _short_text(field, value)
        elif field == "people_count":
            values[field] = _people(value)
        else:  # the flags
            values[field] = bool(value)
    current = {
        "channel": case.channel.value if case.channel else None,
        "source_level": case.source_level.value if case.source_level else None,
        "handling_unit": case.handling_unit.name if case.handling_unit_id else None,
    }
    changed = {k: v for k, v in values.items() if v != current.get(k, getattr(case, k, None))}
    registered = changed.get("registered_on", case.registered_on)
    concluded = changed.get("concluded_on", case.concluded_on)
    if (
        ("registered_on" in changed or "concluded_on" in changed)
        and registered
        and concluded
        and concluded < registered
    ):
        warnings.append(
            _error(
                "concluded_before_registered",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Concluded on: the conclusion date is before the registration date.",
                ),
                "concluded_on",
            )
        )
    return changed, warnings


def _prepare_petitioner(
    petitioner: Petitioner, changes: Mapping[str, Any]
) -> tuple[dict, list[RegisterError]]:
    values: dict[str, Any] = {}
    warnings: list[RegisterError] = []
    for field, value in changes.items():
        if field not in PETITIONER_FIELDS:
            raise _unknown(field)
        if field == "name":
            name = _short_text(field, value)
            if not name:
                raise _error(
                    "name_missing",
                    QT_TRANSLATE_NOOP("UserError", "Name: the petitioner's name cannot be empty."),
                    "name",
                )
            values[field] = name
        elif field == "id_number":
            values[field], found = _id_number(value, petitioner.id)
            warnings += found
        elif field == "phones":
            values[field], found = _phones(value)
            warnings += found
        else:
            values[field] = _short_text(field, value)
    changed = {k: v for k, v in values.items() if v != getattr(petitioner, k)}
    warnings = [w for w in warnings if w.field in changed]
    return changed, warnings


def _not_found(what: str) -> RegisterError:
    if what == "case":
        template = QT_TRANSLATE_NOOP("UserError", "The case no longer exists in the register.")
    else:
        template = QT_TRANSLATE_NOOP(
            "UserError", "The petitioner no longer exists in the register."
        )
    return _error("not_found", template)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _write_case(case_id: int, values: dict) -> None:
    if not values:
        return
    values = dict(values)
    if "handling_unit" in values:
        name = values.pop("handling_unit")
        unit = None
        if name:
            unit, _ = HandlingUnit.get_or_create(name=name)
        values["handling_unit"] = unit
    values["updated_at"] = _now()
    Case.update(values).where(Case.id == case_id).execute()


def _write_petitioner(petitioner_id: int, values: dict) -> None:
    if not values:
        return
    try:
        with db.atomic():
            Petitioner.update({**values, "updated_at": _now()}).where(
                Petitioner.id == petitioner_id
            ).execute()
    except IntegrityError:
        # Someone gave the number to another petitioner since we checked.
        town = Petitioner.select(Petitioner.town).where(Petitioner.id == petitioner_id)
        other = Petitioner.get(
            (Petitioner.id_number == values.get("id_number")) & (Petitioner.town == town)
        )
        raise _id_taken(values["id_number"], other) from None


# --- the public functions ------------------------------------------------------


def update_case(case_id: int, changes: Mapping[str, Any]) -> list[RegisterError]:
    """Save the clerk's changes to one case; return warnings (the save happened).

    Raises ``RegisterError`` (nothing written) when a value cannot be saved.
    Fields left as they are write nothing; no change at all writes nothing.
    """
    return save_case(case_id, changes, {})


def update_petitioner(petitioner_id: int, changes: Mapping[str, Any]) -> list[RegisterError]:
    """Save changes to a petitioner (name, ID number, phones, address, village).

    An invalid ID number, an ID number that belongs to another petitioner or
    a text that is not a phone number raises ``RegisterError``; nothing is
    written then. Phones are stored as digits joined by commas.
    """
    petitioner = Petitioner.get_or_none(Petitioner.id == petitioner_id)
    if petitioner is None:
        raise _not_found("petitioner")
    values, warnings = _prepare_petitioner(petitioner, changes)
    with db.atomic():
        _write_petitioner(petitioner_id, values)
    return warnings


def save_case(
    case_id: int,
    case_changes: Mapping[str, Any],
    petitioner_changes: Mapping[str, Any],
) -> list[RegisterError]:
    """Save a case and its petitioner together, as the case dialog does: all or nothing."""
    case = Case.select(Case, Petitioner).join(Petitioner).where(Case.id == case_id).first()
    if case is None:
        raise _not_found("case")
    case_values, warnings = _prepare_case(case, case_changes)
    person_values, person_warnings = _prepare_petitioner(case.petitioner, petitioner_changes)
    with db.atomic():
        _write_case(case_id, case_values)
        _write_petitioner(case.petitioner.id, person_values)
    return person_warnings + warnings


def reveal_personal_data(
    scope: str, case_ids: list[int] | None, note: Mapping[str, Any] | None = None
) -> None:
    """Record that the clerk had ID numbers, phones and addresses shown unmasked.

    ``scope`` says where ("case_list", "case"); ``case_ids`` the cases shown,
    or None for a whole list (``note`` may then describe the filter and count).
    A single case is recorded against that case, so its history shows it.
    """
    details: dict[str, Any] = {"scope": scope, **(note or {})}
    if case_ids is not None:
        details["cases"] = list(case_ids)[:1000]
        details["count"] = len(case_ids)
    row_id = case_ids[0] if case_ids is not None and len(case_ids) == 1 else None
    with db.atomic():
        audit.log_action("reveal", "case", row_id, details)
