"""The ledger's columns, normalised once per distinct value, with their issues."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from ...domain.normalize import (
    ERROR,
    INFO,
    clean_text,
    parse_date,
    parse_id_number,
    parse_int,
    parse_petitioner,
    parse_phones,
)
from ...domain.normalize.ids import _ID_PROVINCES
from ..ledger_cells import number_text
from ..ledger_reader import column_letter
from .model import MAX_PEOPLE, Issue
from .words import _WORDS, village_from_address

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


class _Tidied(dict):
    """``clean_text`` of each text, made on its first lookup."""

    def __missing__(self, text: str) -> str | None:
        result = self[text] = clean_text(text)
        return result


class _Memo:
    """Ledgers repeat the same units, sources, dates and conclusions thousands of
    times: each distinct cell value is normalised once per import."""

    def __init__(self):
        self.text: dict[Any, str | None] = {}
        self.tidy = _Tidied()  # text -> clean_text(text), for text cells
        self.date: dict[Any, Any] = {}
        self.village: dict[str | None, str | None] = {}
        self.last_days: dict[str, str] = {}  # "YYYYMM" -> "31" (``_plain_id``)
        self.today = dt.date.today()
        self.today_text = self.today.strftime("%Y%m%d")

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


_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_DIGIT_OR_X = frozenset("0123456789X")


def _plain_id(value: Any, memo: _Memo) -> bool:
    """The common case, a clean 18-character ID as text with a right check
    digit and a plausible birth date, recognised without the full parser.
    Anything unusual (False) goes through ``parse_id_number``."""
    if (
        value.__class__ is not str
        or len(value) != 18
        or not value.isascii()  # isdigit() alone takes any script's digits
        or not value[:17].isdigit()
        or value[17] not in _DIGIT_OR_X
        or value[:2] not in _ID_PROVINCES
    ):
        return False
    # The weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 are 2**(17-i) mod 11,
    # and 13 is 2 mod 11: the weighted sum is twice the first 17 digits read
    # as a number in base 13 (one call in C, not 17 multiplications).
    if "10X98765432"[2 * int(value[:17], 13) % 11] != value[17]:
        return False
    birth = value[6:14]
    last_day = memo.last_days.get(birth[:6])
    if last_day is None:
        last_day = memo.last_days[birth[:6]] = _last_day(birth[:6])
    # digits only, of one length: text compares as the dates do
    return "01" <= birth[6:] <= last_day and "19000101" <= birth <= memo.today_text


def _last_day(month: str) -> str:
    """The last day of a month ``YYYYMM`` as two digits; "" (below "01") for
    no month."""
    year, number = int(month[:4]), int(month[4:])
    if not 1 <= number <= 12 or year < 1:
        return ""
    if number == 12:
        return "31"
    return f"{(dt.date(year, number + 1, 1) - dt.timedelta(days=1)).day:02d}"


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
        tidied once (text cells, nearly all, found by a subscript in C)."""
        clean, tidy = self.memo.clean, self.memo.tidy
        return [
            tidy[v] if v.__class__ is str else None if v is None else clean(v)
            for v in self.column(key)
        ]

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
            people[i] = count if count and count > 1 else 1
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
        parse, known = self.memo.parse_date, self.memo.date
        for i, v in enumerate(self.column(key)):
            if v is None or (v.__class__ is str and not v):
                continue
            try:
                parsed = known[(v.__class__, v)]
            except (KeyError, TypeError):
                parsed = parse(v)
            if parsed.problems:
                self.problems(i, key, parsed, v)
            result[i] = parsed.value
        return result

    def recognised(self, key: str, recognise: Callable[[str | None], Any], unknown: str) -> list:
        result = []
        once = self.memo.once
        known = self.memo.__dict__.setdefault(key, {})

        def code(text: str | None) -> str | None:
            found = recognise(text)
            return found.value if found is not None else None

        for i, text in enumerate(self.texts(key)):
            found = known[text] if text in known else once(key, text, code)
            if text and found is None:
                self.issue(i, key, unknown, "warning", text)
            result.append(found)
        return result
