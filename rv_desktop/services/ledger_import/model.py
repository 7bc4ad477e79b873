"""What an import plan is made of: the rows' outcomes, their issues and the reasons' words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from ...domain.errors import QT_TRANSLATE_NOOP, UserError
from ..ledger_cells import CELL_REASONS, skipped_json
from ..ledger_guard import GUARD_ERRORS
from ..ledger_matching import (
    MATCHING_REASONS,
)
from ..ledger_reader import LedgerTable

MANY_PEOPLE_THRESHOLD = 5
MAX_PEOPLE = 100_000  # beyond this a "number of people" is a typing error

NEW, UPDATED, UNCHANGED, REJECTED = "new", "updated", "unchanged", "rejected"


class LedgerImportError(UserError):
    """The ledger cannot be imported at all; the database is unchanged."""


_READ_ERRORS = {
    "not_a_spreadsheet": QT_TRANSLATE_NOOP(
        "UserError",
        "{file}: not a spreadsheet this program can read (xlsx, xls, ods or csv), or the "
        "file is damaged or protected by a password.",
    ),
    "empty": QT_TRANSLATE_NOOP("UserError", "{file} {sheet}: the sheet holds no cases."),
    "no_columns": QT_TRANSLATE_NOOP(
        "UserError",
        "{file} {sheet}: no column of a case ledger was recognised (such as 编号, 信访人, "
        "身份证号). Check that this is the county's ledger.",
    ),
    "encoding": QT_TRANSLATE_NOOP(
        "UserError",
        "{file}: the CSV file is in an unknown text encoding. Save it from Excel as "
        '"CSV UTF-8" and import it again.',
    ),
    "sheet_not_found": QT_TRANSLATE_NOOP("UserError", "{file}: there is no sheet named {sheet}."),
    **GUARD_ERRORS,
}

#: Row problems: code -> English template (translated by the presenter).
REASONS = {
    "case_no_missing": QT_TRANSLATE_NOOP("UserError", "the case number is missing"),
    "case_no_repeated": QT_TRANSLATE_NOOP(
        "UserError", "the case number {value} already appears in row {first}"
    ),
    "petitioner_missing": QT_TRANSLATE_NOOP("UserError", "the petitioner's name is missing"),
    "petitioner_invalid": QT_TRANSLATE_NOOP("UserError", "the petitioner's name is not readable"),
    "petitioner_count": QT_TRANSLATE_NOOP(
        "UserError", 'the number of people in "{value}" is not clear'
    ),
    "id_excel_number": QT_TRANSLATE_NOOP(
        "UserError",
        "the ID number was stored by Excel as a number and lost digits ({value}); "
        "it was left empty",
    ),
    "id_chars": QT_TRANSLATE_NOOP(
        "UserError", "the ID number {value} contains characters other than digits and X"
    ),
    "id_length": QT_TRANSLATE_NOOP(
        "UserError", "the ID number {value} has neither 18 nor 15 digits"
    ),
    "id_birth_date": QT_TRANSLATE_NOOP(
        "UserError", "the ID number {value} holds an impossible birth date"
    ),
    "id_check_digit": QT_TRANSLATE_NOOP("UserError", "the ID number {value} check digit is wrong"),
    "id_invalid": QT_TRANSLATE_NOOP("UserError", "the ID number {value} is not valid"),
    "id_region": QT_TRANSLATE_NOOP(
        "UserError", "the ID number {value} has an unknown region code (kept)"
    ),
    "id_converted_15": QT_TRANSLATE_NOOP(
        "UserError", "the 15-digit ID number {value} was converted to 18 digits"
    ),
    "id_left_empty": QT_TRANSLATE_NOOP(
        "UserError", "the case was imported with its ID number left empty"
    ),
    "phone_invalid": QT_TRANSLATE_NOOP("UserError", '"{value}" is not a phone number'),
    "phone_lost_zero": QT_TRANSLATE_NOOP(
        "UserError", "the phone number {value} seems to have lost its leading 0"
    ),
    "date_unparsed": QT_TRANSLATE_NOOP("UserError", '"{value}" is not a date'),
    "date_implausible": QT_TRANSLATE_NOOP("UserError", "the date {value} is not plausible"),
    "int_unparsed": QT_TRANSLATE_NOOP("UserError", '"{value}" is not a number'),
    "int_not_whole": QT_TRANSLATE_NOOP("UserError", '"{value}" is not a whole number'),
    "int_negative": QT_TRANSLATE_NOOP("UserError", '"{value}" is negative'),
    "people_implausible": QT_TRANSLATE_NOOP(
        "UserError", "{value} is not a plausible number of people; it was not used"
    ),
    "source_unknown": QT_TRANSLATE_NOOP(
        "UserError", 'the source level "{value}" is not recognised; it was left empty'
    ),
    "channel_unknown": QT_TRANSLATE_NOOP(
        "UserError", 'the channel "{value}" is not recognised; it was left empty'
    ),
    "concluded_before_registered": QT_TRANSLATE_NOOP(
        "UserError", "the conclusion date is before the registration date"
    ),
    "many_people": QT_TRANSLATE_NOOP(
        "UserError", "{value} people are involved: marked as a many-people case"
    ),
    **MATCHING_REASONS,
    **CELL_REASONS,
}


@dataclass(frozen=True)
class Issue:
    """A problem with one cell (or row) of the ledger."""

    row: int
    cell: str  # "D12", or "" for the row as a whole
    code: str
    value: str = ""
    first: int = 0
    other: str = ""
    name: str = ""

    @property
    def template(self) -> str:
        return REASONS.get(self.code, self.code)

    def reason(self, template: str | None = None) -> str:
        return (template or self.template).format(
            value=self.value, first=self.first, other=self.other, name=self.name
        )

    def as_json(self, template: str | None = None) -> dict:
        return {
            "row": self.row,
            "cell": self.cell,
            "code": self.code,
            "reason": self.reason(template),
        }


@dataclass
class RowPlan:
    row: int
    outcome: str
    case_no: str | None = None
    case: dict[str, Any] = field(default_factory=dict)
    petitioner: dict[str, Any] = field(default_factory=dict)
    unit: str | None = None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    case_id: int | None = None
    petitioner_id: int | None = None
    key: str = ""  # the case number's matching form (domain.case_numbers)


@dataclass
class ImportPlan:
    table: LedgerTable
    mapping: dict[str, int]
    rows: list[RowPlan]

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    # (the rows without issues, nearly all, are passed over without starting
    # an inner loop: 20,000 rows cost a few ms, not 10)
    @property
    def rejected(self) -> list[Issue]:
        return [i for r in self.rows if r.errors for i in r.errors]

    @property
    def warnings(self) -> list[Issue]:
        return [i for r in self.rows if r.warnings and r.outcome != REJECTED for i in r.warnings]

    def summary(self, translate: Callable[[str], str] | None = None) -> dict:
        """The ``import-ledger --json`` object."""
        t = translate or (lambda s: s)
        counts = Counter(map(attrgetter("outcome"), self.rows))  # one pass, in C
        return {
            "file": self.table.file,
            "sheet": self.table.sheet,
            "rows_read": len(self.rows),
            "new": counts[NEW],
            "updated": counts[UPDATED],
            "unchanged": counts[UNCHANGED],
            "rejected": [i.as_json(t(i.template)) for i in self.rejected],
            "warnings": [i.as_json(t(i.template)) for i in self.warnings],
            "skipped": skipped_json(self.table.skipped, t),
        }
