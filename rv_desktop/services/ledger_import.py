"""Import a county ledger into the case register: plan, show, then apply at once.

``plan_import`` reads nothing but the table and the database: it decides for
every row whether it is new, an update (with the changes listed), unchanged,
or rejected, with every problem tied to its cell (``Sheet1!D12``). The clerk
(or ``--dry-run``) sees the plan; ``apply_plan`` then writes all accepted rows
in one transaction, or none (cancel and errors roll back). Importing the same
file twice finds every row unchanged.

Rules, from BRIEF.md and the county's ledgers:

- a row without a case number or a petitioner's name is rejected; a case
  number repeated within the file is rejected on its second row;
- a wrong ID number never reaches the database: the case is still imported
  with the ID left empty and a warning (or rejected, if the clerk chooses);
  a number Excel stored as a float lost its digits and is treated the same;
- a petitioner with the same ID number is the same person across cases; a
  petitioner without an ID is the same person as an existing one with the
  same name and a shared phone number;
- ``张三等12人`` is 张三 with 12 people involved; five or more people sets
  the many-people flag (涉众);
- source levels and channels are recognised from the words ledgers use.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import mul
from pathlib import Path
from typing import Any

from ..domain import audit, vocabulary
from ..domain.deferred_indexes import deferred_indexes
from ..domain.enums import Channel, SourceLevel
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.models import HOME_TOWN_ID, Case, HandlingUnit, ImportMapping, Petitioner, db
from ..domain.normalize import (
    _ID_PROVINCES,
    ERROR,
    INFO,
    clean_text,
    parse_date,
    parse_id_number,
    parse_int,
    parse_petitioner,
    parse_phones,
)
from ..domain.transactions import write_transaction
from .ledger_cells import CELL_REASONS, apply_limits, number_text, skipped_json
from .ledger_guard import GUARD_ERRORS
from .ledger_matching import (
    MATCHING_REASONS,
    holders_of,
    index_by_key,
    mark_repeats,
    other_spellings,
    register_match,
    settle_shared_ids,
)
from .ledger_reader import FIELDS, LedgerError, LedgerTable, column_letter, read_ledger
from .rejected_rows import audit_rejected, mask_rejected
from .xlsx_out import append, write_atomically

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

    @property
    def rejected(self) -> list[Issue]:
        return [i for r in self.rows for i in r.errors]

    @property
    def warnings(self) -> list[Issue]:
        return [i for r in self.rows if r.outcome != REJECTED for i in r.warnings]

    def summary(self, translate: Callable[[str], str] | None = None) -> dict:
        """The ``import-ledger --json`` object."""
        t = translate or (lambda s: s)
        return {
            "file": self.table.file,
            "sheet": self.table.sheet,
            "rows_read": len(self.rows),
            "new": self.count(NEW),
            "updated": self.count(UPDATED),
            "unchanged": self.count(UNCHANGED),
            "rejected": [i.as_json(t(i.template)) for i in self.rejected],
            "warnings": [i.as_json(t(i.template)) for i in self.warnings],
            "skipped": skipped_json(self.table.skipped, t),
        }


# --- reading ---------------------------------------------------------------


def _without_gc_passes(fn):
    """Run ``fn`` with Python's automatic cyclic garbage collection paused.

    Reading, planning and applying a 20,000-row ledger allocate about a
    million objects that all live until the import ends; the collector's
    passes over them find nothing and cost 0.2-0.3 s of a 2 s import. The
    program's window already collects on its own timer (``gui/garbage.py``),
    where this changes nothing; the command line gains the time."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper


@_without_gc_passes
def read_table(path: str | os.PathLike, sheet: str | None = None) -> LedgerTable:
    """Read the ledger, turning reader errors into messages for the clerk."""
    if not Path(path).is_file():
        raise LedgerImportError(
            "file_missing",
            QT_TRANSLATE_NOOP("UserError", "{file}: the file does not exist."),
            file=Path(path),
        )
    try:
        return read_ledger(path, sheet)
    except LedgerError as exc:
        raise LedgerImportError(
            exc.code,
            _READ_ERRORS.get(exc.code, _READ_ERRORS["not_a_spreadsheet"]),
            file=Path(exc.file).name,
            sheet=f"[{exc.sheet}]" if exc.sheet else "",
            detail=exc.detail,
        ) from exc


def remembered_mapping(table: LedgerTable) -> dict[str, int] | None:
    """The mapping a clerk confirmed for a file with the same headers, if any."""
    row = ImportMapping.get_or_none(ImportMapping.header_signature == table.header_signature)
    if row is None:
        return None
    mapping = {k: int(v) for k, v in json.loads(row.mapping).items() if k in FIELDS}
    return mapping if all(0 <= c < len(table.headers) for c in mapping.values()) else None


def remember_mapping(table: LedgerTable, mapping: dict[str, int]) -> None:
    with db.atomic():
        ImportMapping.insert(
            header_signature=table.header_signature,
            headers=json.dumps(table.headers, ensure_ascii=False),
            mapping=json.dumps(mapping, sort_keys=True),
            updated_at=dt.datetime.now().replace(microsecond=0),
        ).on_conflict(
            conflict_target=[ImportMapping.header_signature],
            preserve=[ImportMapping.headers, ImportMapping.mapping, ImportMapping.updated_at],
        ).execute()


# --- recognising words -----------------------------------------------------

_WORDS = vocabulary.data_file("ledger.toml")  # data/ledger.toml
_SOURCE_WORDS = [
    (SourceLevel(code), tuple(words)) for code, words in _WORDS["values"]["source_level"].items()
]
_SOURCE_CODES = {s.value: s for s in SourceLevel}

_CHANNEL_WORDS = [
    (Channel(code), tuple(words)) for code, words in _WORDS["values"]["channel"].items()
]


def recognise_source(text: str | None) -> SourceLevel | None:
    if not text:
        return None
    if text.lower() in _SOURCE_CODES:
        return _SOURCE_CODES[text.lower()]
    for level, words in _SOURCE_WORDS:
        if any(w in text for w in words):
            return level
    return None


def recognise_channel(text: str | None) -> Channel | None:
    if not text:
        return None
    lowered = text.lower()
    for channel in Channel:
        if lowered == channel.value:
            return channel
    for channel, words in _CHANNEL_WORDS:
        if any(w in text for w in words):
            return channel
    return None


_VILLAGE_RE = re.compile(_WORDS["address"]["village"])
_TOWN_SPLIT_RE = re.compile(_WORDS["address"]["town_split"])


def village_from_address(address: str | None) -> str | None:
    """石桥村 out of 某某县青山镇石桥村三组12号 (the last 村/社区 named)."""
    if not address:
        return None
    after_town = _TOWN_SPLIT_RE.split(address, maxsplit=1)[-1]
    found = _VILLAGE_RE.findall(after_town)
    return found[0] if found else None


# --- planning ----------------------------------------------------------------

_CASE_FIELDS = (
    "people_count",
    "channel",
    "source_level",
    "registered_on",
    "category",
    "demand",
    "leader",
    "concluded_on",
    "conclusion",
    "many_people",
)
_PETITIONER_FIELDS = ("name", "id_number", "phones", "address", "village")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and abs(value) >= 1e15:
        return f"{value:.5E}".replace("E+", "E+")  # as Excel shows a damaged number
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Memo:
    """Ledgers repeat the same units, sources, dates and conclusions thousands of
    times: each distinct cell value is normalised once per import."""

    def __init__(self):
        self.text: dict[Any, str | None] = {}
        self.date: dict[Any, Any] = {}
        self.village: dict[str | None, str | None] = {}
        self.births: dict[str, dt.date | None] = {}
        self.today = dt.date.today()

    def clean(self, value: Any) -> str | None:
        if value is None:
            return None
        key = (value.__class__, value)  # True and 1 are equal keys, not equal cells
        try:
            return self.text[key]
        except KeyError:
            result = self.text[key] = clean_text(value)
            return result
        except TypeError:  # unhashable: never from a spreadsheet, but never crash
            return clean_text(value)

    def parse_date(self, value: Any):
        key = (value.__class__, value)
        try:
            return self.date[key]
        except KeyError:
            result = self.date[key] = parse_date(value)
            return result
        except TypeError:
            return parse_date(value)

    def once(self, kind: str, value: Any, fn: Callable[[Any], Any]) -> Any:
        cache = self.__dict__.setdefault(kind, {})
        try:
            return cache[value]
        except KeyError:
            result = cache[value] = fn(value)
            return result

    def village_of(self, address: str | None) -> str | None:
        try:
            return self.village[address]
        except KeyError:
            result = self.village[address] = village_from_address(address)
            return result


_PLAIN_ID = re.compile(r"[0-9]{17}[0-9X]")  # ASCII only: \d takes any script's digits
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _plain_id(value: Any, memo: _Memo) -> bool:
    """The common case, a clean 18-character ID as text with a right check
    digit and a plausible birth date, recognised without the full parser.
    Anything unusual (False) goes through ``parse_id_number``."""
    if value.__class__ is not str or len(value) != 18 or not _PLAIN_ID.fullmatch(value):
        return False
    if value[:2] not in _ID_PROVINCES:
        return False
    # The digits' character codes times the weights, less 48 ("0") times the
    # sum of the weights (100): the weighted sum of the digits, in C.
    total = sum(map(mul, value.encode("ascii")[:17], _ID_WEIGHTS)) - 4800
    if "10X98765432"[total % 11] != value[17]:
        return False
    births = memo.births
    text = value[6:14]
    born = births.get(text, births)  # the dict itself: not seen yet
    if born is births:
        born = births[text] = _birth_date(text, memo.today)
    return born is not None


_EARLIEST_BIRTH = dt.date(1900, 1, 1)


def _birth_date(text: str, today: dt.date) -> dt.date | None:
    try:
        born = dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return born if _EARLIEST_BIRTH <= born <= today else None


_NEEDS_CLEANING = re.compile(r"[\s\x00-\x1f\x7f\uff01-\uff5e\u3000\u200b-\u200d\u2060\ufeff]")
_PLAIN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_SEVERAL = _WORDS["names"]["several"]


def _clean(value: Any) -> str | None:
    """``clean_text`` with a fast path for text that needs nothing done."""
    if value.__class__ is str and value and not _NEEDS_CLEANING.search(value):
        return value
    return clean_text(value)


class _Columns:
    """Reading the ledger's rows into normalised values and issues, one field
    (column) at a time.

    A row at a time, a 20,000-row ledger spent most of its planning on
    per-row bookkeeping (an object, a dict of raw cells, a method call per
    cell); a column at a time each field is one tight loop with its fast path
    inline, and the full parsers of ``domain.normalize`` run only for the
    cells that are not plain. The fields are read in a fixed order, so every
    row's issues come in the order of its cells' meaning (case number,
    petitioner, people, ID, phones, dates, source, channel).
    """

    def __init__(self, rows: list, mapping: dict[str, int], memo: _Memo):
        self.mapping, self.memo = mapping, memo
        self.n = len(rows)
        self.numbers = [r.row_number for r in rows]
        #: the issues of row i, made only for the rows that have some
        self.errors: dict[int, list[Issue]] = {}
        self.warnings: dict[int, list[Issue]] = {}
        self.letters = {key: column_letter(col) for key, col in mapping.items()}
        values = [r.values for r in rows]
        width = max(mapping.values(), default=-1) + 1
        if all(len(v) >= width for v in values):
            self.cells = list(zip(*values, strict=False))  # the sheet, column-wise
        else:  # never from the reader, which pads its rows; but never fail
            self.cells = [tuple(v[c] if c < len(v) else None for v in values) for c in range(width)]

    def column(self, key: str) -> Sequence[Any]:
        """The raw cells of a field, None where it is not mapped."""
        col = self.mapping.get(key)
        if col is None or col >= len(self.cells):
            return [None] * self.n
        return self.cells[col]

    def issue(self, i: int, key: str, code: str, level: str, value: Any = "", **extra) -> None:
        row = self.numbers[i]
        letter = self.letters.get(key)
        item = Issue(row, f"{letter}{row}" if letter else "", code, _text(value), **extra)
        (self.errors if level == ERROR else self.warnings).setdefault(i, []).append(item)

    def problems(self, i: int, key: str, result, value: Any, as_warning: bool = True) -> None:
        for p in result.problems:
            if p.level == INFO and p.code != "id_converted_15":
                continue
            level = "warning" if as_warning or p.level != ERROR else ERROR
            shown = value if isinstance(value, float) else (p.fragment or value)
            self.issue(i, key, p.code, level, shown)

    def texts(self, key: str) -> list[str | None]:
        """A short-text field (unit, category, leader ...), each distinct cell
        tidied once."""
        clean = self.memo.clean
        return [None if v is None else clean(v) for v in self.column(key)]

    # --- the fields, in the order their issues are reported -----------------

    def case_numbers(self) -> list[str | None]:
        result = []
        for i, v in enumerate(self.column("case_no")):
            if v.__class__ is float or v.__class__ is int:
                # 201707000123.0 is the case number 201707000123; past 15
                # digits Excel has already lost some and no reader gets them back
                case_no, damaged = number_text(v)
                if damaged:
                    self.issue(i, "case_no", "case_no_excel_number", ERROR, v)
            else:
                case_no = _clean(v)
            if not case_no:
                self.issue(i, "case_no", "case_no_missing", ERROR)
            result.append(case_no)
        return result

    def petitioners(self) -> tuple[list[str | None], list[int]]:
        names: list[str | None] = []
        people: list[int | None] = []
        for i, v in enumerate(self.column("petitioner")):
            if v.__class__ is str and _PLAIN_NAME.fullmatch(v) and _SEVERAL not in v:
                names.append(v)
                people.append(1)
                continue
            who = parse_petitioner(v)
            if not who.name:
                self.issue(i, "petitioner", "petitioner_missing", ERROR)
            elif who.problems:
                self.problems(i, "petitioner", who, v)
            names.append(who.name)
            people.append(who.people_count)
        if "people_count" in self.mapping:
            for i, v in enumerate(self.column("people_count")):
                if v is None or v == "":
                    continue
                counted = parse_int(v)
                self.problems(i, "people_count", counted, v)
                if counted.value and counted.value > MAX_PEOPLE:
                    self.issue(i, "people_count", "people_implausible", "warning", v)
                elif counted.value:
                    people[i] = counted.value
        for i, count in enumerate(people):
            if count and count > MAX_PEOPLE:
                self.issue(i, "petitioner", "people_implausible", "warning", count)
                count = None
            people[i] = max(count or 1, 1)
        return names, people

    def id_numbers(self, reject_bad_ids: bool) -> list[str | None]:
        result: list[str | None] = [None] * self.n
        memo = self.memo
        mapped = "id_number" in self.mapping
        for i, v in enumerate(self.column("id_number")):
            if v is None or v == "" or (v.__class__ is str and not v.strip()):
                if mapped:  # the repeat-petitioner link and the masking need one
                    self.issue(i, "id_number", "id_missing", "warning")
                continue
            if _plain_id(v, memo):
                result[i] = v
                continue
            parsed = parse_id_number(v)
            if parsed.ok:
                result[i] = parsed.value
                self.problems(i, "id_number", parsed, v)
            elif reject_bad_ids:
                self.problems(i, "id_number", parsed, v, as_warning=False)
            else:
                self.problems(i, "id_number", parsed, v)
                self.issue(i, "id_number", "id_left_empty", "warning")
        return result

    def phones(self) -> list[str | None]:
        result = []
        for i, v in enumerate(self.column("phones")):
            if v.__class__ is str and len(v) == 11 and _PLAIN_MOBILE.fullmatch(v):
                result.append(v)
                continue
            phones = parse_phones(v)
            if phones.problems:
                self.problems(i, "phones", phones, v)
            result.append(",".join(phones.value) or None)
        return result

    def dates(self, key: str) -> list[dt.date | None]:
        result: list[dt.date | None] = [None] * self.n
        parse = self.memo.parse_date
        for i, v in enumerate(self.column(key)):
            if v is None or v == "":
                continue
            parsed = parse(v)
            if parsed.problems:
                self.problems(i, key, parsed, v)
            result[i] = parsed.value
        return result

    def recognised(self, key: str, recognise: Callable[[str | None], Any], unknown: str) -> list:
        result = []
        once = self.memo.once

        def code(text: str | None) -> str | None:
            found = recognise(text)
            return found.value if found is not None else None

        for i, text in enumerate(self.texts(key)):
            found = once(key, text, code)
            if text and found is None:
                self.issue(i, key, unknown, "warning", text)
            result.append(found)
        return result


def _read_rows(
    rows: list,
    mapping: dict[str, int],
    reject_bad_ids: bool,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[RowPlan]:
    """Every row's normalised values, issues and first outcome (new or rejected)."""
    cols = _Columns(rows, mapping, _Memo())
    n = cols.n
    steps = iter(range(1, 12))

    def step() -> None:
        if cancelled and cancelled():
            raise _cancelled()
        if progress:
            progress(n * next(steps) // 12, n * 2)

    case_nos = cols.case_numbers()
    step()
    names, people = cols.petitioners()
    step()
    id_numbers = cols.id_numbers(reject_bad_ids)
    step()
    phones = cols.phones()
    step()
    memo = cols.memo
    addresses = [_clean(v) for v in cols.column("address")]
    village_of = memo.village_of
    villages = [
        given or village_of(address)
        for given, address in zip(cols.texts("village"), addresses, strict=True)
    ]
    step()
    registered = cols.dates("registered_on")
    step()
    concluded = cols.dates("concluded_on")
    for i, (start, end) in enumerate(zip(registered, concluded, strict=True)):
        if start and end and end < start:
            cols.issue(i, "concluded_on", "concluded_before_registered", "warning")
    step()
    sources = cols.recognised("source_level", recognise_source, "source_unknown")
    channels = cols.recognised("channel", recognise_channel, "channel_unknown")
    for i, count in enumerate(people):
        if count >= MANY_PEOPLE_THRESHOLD:
            cols.issue(i, "petitioner", "many_people", "warning", count)
    step()
    categories = cols.texts("category")
    leaders = cols.texts("leader")
    units = cols.texts("handling_unit")
    demands = [_long_text(v) for v in cols.column("demand")]
    step()
    conclusions = [_long_text(v) for v in cols.column("conclusion")]
    apply_limits(
        cols.issue,
        {
            "case_no": case_nos,
            "petitioner": names,
            "phones": phones,
            "address": addresses,
            "village": villages,
            "category": categories,
            "leader": leaders,
            "handling_unit": units,
            "demand": demands,
            "conclusion": conclusions,
        },
    )
    step()
    plans = []
    errors, warnings = cols.errors, cols.warnings
    for i, values in enumerate(
        zip(
            cols.numbers,
            case_nos,
            names,
            id_numbers,
            phones,
            addresses,
            villages,
            people,
            channels,
            sources,
            registered,
            categories,
            demands,
            leaders,
            concluded,
            conclusions,
            units,
            strict=True,
        )
    ):
        count = values[7]
        row_errors = errors.get(i)
        plans.append(
            RowPlan(
                values[0],
                REJECTED if row_errors else NEW,
                values[1],
                {
                    "people_count": count,
                    "channel": values[8],
                    "source_level": values[9],
                    "registered_on": values[10],
                    "category": values[11],
                    "demand": values[12],
                    "leader": values[13],
                    "concluded_on": values[14],
                    "conclusion": values[15],
                    "many_people": count >= MANY_PEOPLE_THRESHOLD,
                },
                {
                    "name": values[2],
                    "id_number": values[3],
                    "phones": values[4],
                    "address": values[5],
                    "village": values[6],
                },
                values[16],
                row_errors or [],
                warnings.get(i) or [],
                {},
            )
        )
    step()
    return plans


def _long_text(value: Any) -> str | None:
    """Demand and conclusion keep their paragraphs; only the edges are trimmed."""
    if value.__class__ is str:
        return value.replace("\r\n", "\n").strip() or None
    if value is None:
        return None
    text = _text(value).replace("\r\n", "\n").strip()
    return text or None


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start : start + size]


@_without_gc_passes
def plan_import(
    table: LedgerTable,
    mapping: dict[str, int] | None = None,
    reject_bad_ids: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Decide every row's outcome against the database; writes nothing."""
    mapping = dict(table.mapping if mapping is None else mapping)
    plans = _read_rows(table.rows, mapping, reject_bad_ids, progress, cancelled)
    mark_repeats(plans, _issue_adder(mapping), REJECTED)
    _compare_with_register(plans, mapping)
    if progress:
        progress(len(plans) * 2, len(plans) * 2)
    return ImportPlan(table=table, mapping=mapping, rows=plans)


def _cell(mapping: dict[str, int], key: str, row: int) -> str:
    col = mapping.get(key)
    return f"{column_letter(col)}{row}" if col is not None else ""


def _issue_adder(mapping: dict[str, int]):
    def add(plan: RowPlan, key: str, code: str, value: Any = "", error=False, **extra) -> None:
        item = Issue(plan.row, _cell(mapping, key, plan.row), code, _text(value), **extra)
        (plan.errors if error else plan.warnings).append(item)

    return add


def _compare_with_register(plans: list[RowPlan], mapping: dict[str, int]) -> None:
    """Find existing cases and petitioners; mark updates and unchanged rows."""
    accepted = [p for p in plans if p.outcome != REJECTED]
    keys = {p.key for p in accepted}
    wanted = keys.union([p.case_no for p in accepted], other_spellings(keys))
    existing = index_by_key(_existing_cases(list(wanted)))
    by_id = holders_of(p.petitioner["id_number"] for p in accepted if p.petitioner["id_number"])
    add_issue = _issue_adder(mapping)
    settle_shared_ids(accepted, by_id, add_issue)
    for plan in accepted:
        person = plan.petitioner
        holder = by_id.get(person["id_number"]) if person["id_number"] else None
        old = register_match(existing, plan.case_no, plan.key)
        if old is None:
            plan.outcome = NEW
            plan.petitioner_id = holder["id"] if holder else None
            continue
        if old["case_no"] != plan.case_no:
            add_issue(plan, "case_no", "case_no_matched", plan.case_no, other=old["case_no"])
        plan.case_id = old["id"]
        if person.get("id_conflict") and old["id_number"] == person["id_conflict"]:
            # Linked to the ID's owner by an import before this rule: the case
            # gets a person of its own, found or made like a row without an ID.
            plan.petitioner_id = None
            plan.changes = {"petitioner": (old["petitioner"], None)}
            plan.outcome = UPDATED
            continue
        plan.petitioner_id = holder["id"] if holder else old["petitioner"]
        changes: dict[str, tuple[Any, Any]] = {}
        for key in _CASE_FIELDS:
            before = _plain(old[key])
            after = _plain(plan.case[key])
            if key not in _mapped_case_fields(mapping) and key not in ("many_people",):
                continue
            if key == "many_people" and (after is False or before == after):
                continue  # the ledger sets the flag, never clears one set by hand
            if before != after:
                changes[key] = (before, after)
        if (old["unit_name"] or None) != plan.unit and "handling_unit" in mapping:
            changes["handling_unit"] = (old["unit_name"], plan.unit)
        for key in _PETITIONER_FIELDS:
            ledger_key = {"name": "petitioner", "phones": "phones"}.get(key, key)
            if key == "village" and "village" not in mapping and "address" in mapping:
                ledger_key = "address"
            if ledger_key not in mapping:
                continue
            if key == "id_number" and person[key] is None:
                continue  # a bad or missing ID never erases a good one
            if old[key] != person[key]:
                changes[f"petitioner.{key}"] = (old[key], person[key])
        if holder is None and old["petitioner"] and person["id_number"] is None:
            plan.petitioner_id = old["petitioner"]
        if holder and holder["id"] != old["petitioner"]:
            changes["petitioner"] = (old["petitioner"], holder["id"])
        plan.changes = changes
        plan.outcome = UPDATED if changes else UNCHANGED


_EXISTING_SQL = (
    "SELECT c.id, c.case_no, c.petitioner_id, "
    + ", ".join(f"c.{k}" for k in _CASE_FIELDS)
    + ", "
    + ", ".join(f"p.{k}" for k in _PETITIONER_FIELDS)
    + ', u.name FROM "case" c JOIN petitioner p ON p.id = c.petitioner_id'
    " LEFT JOIN handling_unit u ON u.id = c.handling_unit_id"
    f" WHERE c.town_id = {HOME_TOWN_ID} AND c.case_no IN (SELECT value FROM json_each(?))"
)
_DATE_FIELDS = ("registered_on", "concluded_on")


def _existing_cases(case_nos: list[str]) -> list[dict]:
    """The register's rows for these case numbers, as plain Python values."""
    names = ["id", "case_no", "petitioner", *_CASE_FIELDS, *_PETITIONER_FIELDS, "unit_name"]
    rows = []
    for values in db.execute_sql(_EXISTING_SQL, (json.dumps(case_nos, ensure_ascii=False),)):
        row = dict(zip(names, values, strict=True))
        for key in _DATE_FIELDS:
            if row[key]:
                row[key] = dt.date.fromisoformat(str(row[key])[:10])
        row["many_people"] = bool(row["many_people"])
        rows.append(row)
    return rows


def _mapped_case_fields(mapping: dict[str, int]) -> set[str]:
    fields = {k for k in mapping}
    if "petitioner" in mapping:
        fields.add("people_count")
    return fields


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if hasattr(value, "value") and not isinstance(value, (str, int)):
        return value.value
    return value.value if isinstance(value, (SourceLevel, Channel)) else value


def _cancelled() -> UserError:
    return UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))


# --- applying ----------------------------------------------------------------


@dataclass
class ImportResult:
    new: int
    updated: int
    unchanged: int
    rejected: int


@_without_gc_passes
def apply_plan(
    plan: ImportPlan,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write every accepted row in one transaction; nothing on error or cancel."""
    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    source_file = Path(plan.table.file).name
    todo = [r for r in plan.rows if r.outcome in (NEW, UPDATED)]
    with write_transaction():  # IMMEDIATE: a second import waits, then says "busy"
        units = {
            name: uid
            for uid, name in HandlingUnit.select(HandlingUnit.id, HandlingUnit.name).tuples()
        }
        for name in sorted({r.unit for r in todo if r.unit and r.unit not in units}):
            units[name] = HandlingUnit.insert(name=name).execute()
        adding = sum(1 for r in todo if r.outcome == NEW)
        with (
            audit.bulk_inserts(Petitioner, Case),
            deferred_indexes({"case": adding, "petitioner": adding}),
        ):
            petitioners, new_petitioners = _petitioner_ids(todo, now)
            next_case = (Case.select(Case.id).order_by(Case.id.desc()).scalar() or 0) + 1
            first_case = next_case
            new_cases = []
            for i, r in enumerate(todo):
                if cancelled and i % 1000 == 0 and cancelled():
                    raise _cancelled()
                if progress and i % 1000 == 0:
                    progress(i, len(todo))
                pid = petitioners[id(r)]
                unit_id = units.get(r.unit) if r.unit else None
                if r.outcome == NEW:
                    case = r.case
                    new_cases.append(
                        (
                            next_case,
                            r.case_no,
                            pid,
                            unit_id,
                            source_file,
                            now,
                            now,
                            case["people_count"],
                            case["channel"],
                            case["source_level"],
                            registered.isoformat()
                            if (registered := case["registered_on"])
                            else None,
                            case["category"],
                            case["demand"],
                            case["leader"],
                            concluded.isoformat() if (concluded := case["concluded_on"]) else None,
                            case["conclusion"],
                            int(case["many_people"]),
                            0,
                            0,
                            0,
                        )
                    )
                    next_case += 1
                else:
                    _update_case(r, pid, unit_id, now)
            _check_new_cases(new_cases)
            for _n, chunk in enumerate(_chunks(new_cases, 2000)):
                if cancelled and cancelled():
                    raise _cancelled()
                _insert_rows("case", _NEW_CASE_COLUMNS, chunk, checked=True)
        if cancelled and cancelled():  # the last chance: nothing is committed yet
            raise _cancelled()
        counts = Counter(r.outcome for r in plan.rows)
        note = {
            "file": plan.table.file,
            "sheet": plan.table.sheet,
            "new": counts[NEW],
            "updated": counts[UPDATED],
            "rejected": counts[REJECTED],
        }
        # the rows inserted without an audit record each: this record names them
        if next_case > first_case:
            note["case_ids"] = [first_case, next_case - 1]
        if new_petitioners:
            note["petitioner_ids"] = list(new_petitioners)
        audit.log_action("import", "case", note=note)
    if progress:
        progress(len(todo), len(todo))
    return ImportResult(counts[NEW], counts[UPDATED], counts[UNCHANGED], counts[REJECTED])


def _update_case(r: RowPlan, pid: int, unit_id: int | None, now: str) -> None:
    values: dict[str, Any] = {"updated_at": now}
    for key, (_before, after) in r.changes.items():
        if key == "handling_unit":
            values["handling_unit"] = unit_id
        elif key == "petitioner":
            values["petitioner"] = pid
        elif not key.startswith("petitioner."):
            values[key] = after
    if len(values) > 1:
        Case.update(values).where(Case.id == r.case_id).execute()
    person = {
        k.split(".", 1)[1]: after
        for k, (_b, after) in r.changes.items()
        if k.startswith("petitioner.")
    }
    if person:
        person["updated_at"] = now
        Petitioner.update(person).where(Petitioner.id == pid).execute()


def _petitioner_ids(todo: list[RowPlan], now: str) -> tuple[dict[int, int], tuple[int, int] | None]:
    """The petitioner of every row: found by ID number, by name and phone, or new;
    and the first and last id of the new ones (consecutive), if any."""
    result: dict[int, int] = {}
    next_id = (Petitioner.select(Petitioner.id).order_by(Petitioner.id.desc()).scalar() or 0) + 1
    by_id_number: dict[str, int] = {}
    by_name: dict[str, list[tuple[int, set[str]]]] = {}
    names = sorted(
        {
            r.petitioner["name"]
            for r in todo
            if not r.petitioner["id_number"] and r.petitioner_id is None
        }
    )
    for chunk in _chunks(names):
        for pid, name, phones in (
            Petitioner.select(Petitioner.id, Petitioner.name, Petitioner.phones)
            .where(Petitioner.name.in_(chunk))
            .tuples()
        ):
            by_name.setdefault(name, []).append((pid, set((phones or "").split(",")) - {""}))
    rows = []
    for r in todo:
        person = r.petitioner
        if r.petitioner_id is not None:
            result[id(r)] = r.petitioner_id
            if person["id_number"]:
                by_id_number.setdefault(person["id_number"], r.petitioner_id)
            continue
        if person["id_number"] and person["id_number"] in by_id_number:
            result[id(r)] = by_id_number[person["id_number"]]
            continue
        phones = set() if person["id_number"] else set((person["phones"] or "").split(",")) - {""}
        if phones:
            match = next(
                (pid for pid, known in by_name.get(person["name"], []) if known & phones), None
            )
            if match is not None:
                result[id(r)] = match
                continue
        pid = next_id
        next_id += 1
        rows.append(
            (
                pid,
                now,
                now,
                person["name"],
                person["id_number"],
                person["phones"],
                person["address"],
                person["village"],
            )
        )
        result[id(r)] = pid
        if person["id_number"]:
            by_id_number[person["id_number"]] = pid
        else:
            by_name.setdefault(person["name"], []).append((pid, phones))
    _insert_rows("petitioner", _NEW_PETITIONER_COLUMNS, rows)
    return result, ((rows[0][0], rows[-1][0]) if rows else None)


_NEW_CASE_COLUMNS = (
    "id",
    "case_no",
    "petitioner_id",
    "handling_unit_id",
    "source_file",
    "created_at",
    "updated_at",
    "people_count",
    "channel",
    "source_level",
    "registered_on",
    "category",
    "demand",
    "leader",
    "concluded_on",
    "conclusion",
    "many_people",
    "policy",
    "rebound",
    "settled",
)
_NEW_PETITIONER_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "name",
    "id_number",
    "phones",
    "address",
    "village",
)


_CHANNELS = frozenset(c.value for c in Channel) | {None}
_SOURCE_LEVELS = frozenset(s.value for s in SourceLevel) | {None}
_PEOPLE_AT = _NEW_CASE_COLUMNS.index("people_count")
_CHANNEL_AT = _NEW_CASE_COLUMNS.index("channel")
_SOURCE_AT = _NEW_CASE_COLUMNS.index("source_level")


def _check_new_cases(rows: list[tuple]) -> None:
    """The case table's CHECK constraints, checked here for the whole import
    (see ``_insert_rows``). The values come from the enums and the
    normalisers, so a failure is a bug: the import stops and rolls back."""
    for row in rows:
        if not (
            row[_PEOPLE_AT] >= 1
            and row[_CHANNEL_AT] in _CHANNELS
            and row[_SOURCE_AT] in _SOURCE_LEVELS
        ):
            raise RuntimeError(f"case {row[1]!r} breaks the case table's constraints: {row!r}")


def _insert_rows(
    table: str, columns: tuple[str, ...], rows: list[tuple], checked: bool = False
) -> None:
    """executemany straight on the connection, values already as peewee stores
    them: building SQL per row in peewee costs ~0.2 ms a row, most of a
    20,000-row import. Every NOT NULL column must be given: peewee's defaults
    are Python-side, not in the schema.

    ``checked``: the caller has checked the rows against the table's CHECK
    constraints, so SQLite skips them for this statement. Its ``IN (...)``
    checks cost ~10 us a row: 0.2 s of a 20,000-row import. NOT NULL, UNIQUE
    and foreign keys are still enforced by SQLite."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    con = db.connection()
    if checked:
        con.execute("PRAGMA ignore_check_constraints = ON")
    try:
        con.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    finally:
        if checked:
            con.execute("PRAGMA ignore_check_constraints = OFF")


# --- the whole import, and the rejected rows -----------------------------------


@_without_gc_passes
def import_ledger(
    path: str | os.PathLike,
    sheet: str | None = None,
    dry_run: bool = False,
    mapping: dict[str, int] | None = None,
    reject_bad_ids: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Read, plan and (unless ``dry_run``) apply; the plan says what happened."""
    table = read_table(path, sheet)
    if mapping is None:
        mapping = remembered_mapping(table)
    plan = plan_import(table, mapping, reject_bad_ids, progress=None, cancelled=cancelled)
    if not dry_run:
        apply_plan(plan, progress=progress, cancelled=cancelled)
    return plan


def save_rejected(
    plan: ImportPlan,
    out: str | os.PathLike,
    reason_header: str | None = None,
    translate: Callable[[str], str] | None = None,
    reveal: bool = False,
) -> Path:
    """The rejected rows as an xlsx: the original header and row, plus the reasons.

    ID numbers and phones are masked unless ``reveal``; the export is audited.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    t = translate or (lambda s: s)
    out = Path(out)
    wb = Workbook()
    ws = wb.active
    ws.title = (plan.table.sheet or "Sheet1")[:31]
    reason_header = reason_header or vocabulary.table("rejected")["reason"]
    append(ws, [*plan.table.headers, reason_header])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    by_row = {r.row: r for r in plan.rows if r.outcome == REJECTED}
    width = len(plan.table.headers)
    for row in plan.table.rows:
        r = by_row.get(row.row_number)
        if r is None:
            continue
        values = [_cell_value(v) for v in (row.values + [None] * width)[:width]]
        if not reveal:
            values = mask_rejected(values, plan.mapping)
        reasons = "；".join(f"{i.cell}: {i.reason(t(i.template))}" for i in r.errors)
        append(ws, [*values, reasons])
        ws.cell(ws.max_row, width + 1).fill = PatternFill("solid", fgColor="FFF2CC")
        ws.cell(ws.max_row, width + 1).alignment = Alignment(wrap_text=True)
    for col in ws.iter_cols(min_row=1, max_row=ws.max_row):
        for cell in col:
            if isinstance(cell.value, str) and cell.value.isdigit() and len(cell.value) >= 11:
                cell.number_format = "@"
    ws.column_dimensions[column_letter(width)].width = 60
    ws.freeze_panes = "A2"
    write_atomically(out, wb.save)
    audit_rejected(out, len(by_row), reveal)
    return out


def _cell_value(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v
