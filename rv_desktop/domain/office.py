"""The office the program works for: the town, the office and the clerk.

Rows of the ``setting`` table (``town_name``, ``office_name``,
``clerk_name``, and ``office_phone``, printed in the sign-off block of the
county's tables), written on the first run (the welcome) and read wherever the
office's name is printed: forms (``services/forms_data.office_names``), the
assignment table, the statistics. ``check_office_names`` validates what the
clerk typed and ``save_office_names`` writes it in one transaction, with an
audit record of the change.

The office's *level* (``office_level``: ``town`` or ``county``, default
town) is one more row of the same table. It decides the plan's visit rule
("The town must meet the petitioner in the form of a visit"; the county may
phone), which county-only features are shown, and it travels in the exchange
package. Everything that differs between town and county reads
``office_level()``; ``set_office_level`` writes it, audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import vocabulary
from .audit import log_action
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import Setting, db

KEYS = ("town_name", "office_name", "clerk_name", "office_phone")
MAX_LENGTH = 40


class OfficeNameError(UserError):
    def __init__(self, code: str, template: str, field: str, **params):
        super().__init__(code, template, **params)
        self.field = field


@dataclass(frozen=True)
class OfficeNames:
    town: str = ""
    office: str = ""
    clerk: str = ""
    phone: str = ""  # the office's phone, as the clerk wrote it (联系电话)

    def as_settings(self) -> dict[str, str]:
        return {
            "town_name": self.town,
            "office_name": self.office,
            "clerk_name": self.clerk,
            "office_phone": self.phone,
        }


def suggested_office(town: str) -> str:
    """The usual name of a town's petition office: 青山镇 → 青山镇信访办."""
    town = " ".join(town.split())
    return vocabulary.table("common")["office.default"].format(town=town) if town else ""


def check_office_names(town: str, office: str, clerk: str, phone: str = "") -> OfficeNames:
    """What the clerk typed, tidied; ``OfficeNameError`` names the first wrong field."""
    names = OfficeNames(
        *(" ".join((value or "").split()) for value in (town, office, clerk, phone))
    )
    if not names.town:
        raise OfficeNameError(
            "town_missing",
            QT_TRANSLATE_NOOP("UserError", "Enter the name of the town (for example 青山镇)."),
            field="town",
        )
    if not names.office:
        raise OfficeNameError(
            "office_missing",
            QT_TRANSLATE_NOOP(
                "UserError", "Enter the name of the office (for example 青山镇信访办)."
            ),
            field="office",
        )
    for field, value in (("town", names.town), ("office", names.office), ("clerk", names.clerk)):
        if len(value) > MAX_LENGTH:
            raise OfficeNameError(
                "name_too_long",
                QT_TRANSLATE_NOOP(
                    "UserError", "“{value}” is too long: at most {limit} characters."
                ),
                field=field,
                value=value,
                limit=MAX_LENGTH,
            )
    if names.phone:
        check_office_phone(names.phone)
    return names


def check_office_phone(phone: str) -> None:
    """One phone number (a landline with its area code, or a mobile), else ``OfficeNameError``."""
    from .normalize import parse_phones

    parsed = parse_phones(phone)
    if len(parsed.phones) != 1 or any(p.code == "phone_invalid" for p in parsed.problems):
        raise OfficeNameError(
            "phone_invalid",
            QT_TRANSLATE_NOOP(
                "UserError",
                "“{value}” is not a phone number: write one number, a landline with its "
                "area code (0792-1234567) or a mobile.",
            ),
            field="phone",
            value=phone,
        )


def office_names() -> OfficeNames:
    """The office's names as saved; empty strings where nothing was saved."""
    values = dict(Setting.select(Setting.key, Setting.value).where(Setting.key.in_(KEYS)).tuples())
    return OfficeNames(
        town=values.get("town_name") or "",
        office=values.get("office_name") or "",
        clerk=values.get("clerk_name") or "",
        phone=values.get("office_phone") or "",
    )


def office_or_town() -> str | None:
    """The office's name as a table or a receipt prints it, else the town's; None
    when neither is saved."""
    names = office_names()
    return names.office or names.town or None


def save_office_names(names: OfficeNames) -> None:
    """Write the three settings in one transaction and leave an audit record."""
    names = check_office_names(names.town, names.office, names.clerk, names.phone)
    with db.atomic():
        for key, value in names.as_settings().items():
            (
                Setting.insert(key=key, value=value)
                .on_conflict(conflict_target=[Setting.key], update={Setting.value: value})
                .execute()
            )
        log_action("settings", "setting", note=names.as_settings())


#: The setting that says whether this database is a town's or the county's.
LEVEL_KEY = "office_level"
TOWN = "town"
COUNTY = "county"
LEVELS = (TOWN, COUNTY)


def office_level() -> str:
    """``"town"`` or ``"county"``: the level of this office (town when never set)."""
    value = Setting.select(Setting.value).where(Setting.key == LEVEL_KEY).scalar()
    return value if value in LEVELS else TOWN


def set_office_level(level: str) -> None:
    """Save the office's level (``town`` or ``county``) in one audited transaction."""
    level = (level or "").strip().lower()
    if level not in LEVELS:
        raise OfficeNameError(
            "bad_office_level",
            QT_TRANSLATE_NOOP(
                "UserError", "“{value}” is not an office level: choose town or county."
            ),
            field="level",
            value=level,
        )
    with db.atomic():
        (
            Setting.insert(key=LEVEL_KEY, value=level)
            .on_conflict(conflict_target=[Setting.key], update={Setting.value: level})
            .execute()
        )
        log_action("settings", "setting", note={LEVEL_KEY: level})
