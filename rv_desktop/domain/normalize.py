"""Pure normalisation and validation of the values found in a ledger cell.

The county's ledgers are typed by hand in Excel or WPS, so one column holds ID
numbers stored as text, as numbers, with a lower-case ``x``; dates as real
dates, Excel serials or text in half a dozen styles; several phone numbers in
one cell. Each ``parse_*`` function here takes whatever a spreadsheet reader
gives (``str``, ``int``, ``float``, ``date``, ``datetime``, ``bool``, ``None``
or anything else) and returns a small frozen result object carrying the
normalised value and the problems found, each with a stable machine ``code``
and a short English message (the GUI translates by code; the message is for
logs and the command line).

Rules that hold for every function here:

- it never raises, whatever it is given (the import must be able to explain a
  row, not crash on it);
- an empty cell (``None``, ``""``, blanks) is not a problem: the value is
  ``None`` and there are no problems; whether a field is required is the
  importer's business;
- a value that cannot be trusted is returned as ``None`` with an error, never
  "repaired" by guessing (an ID number that went through an Excel number cell
  has lost its last digits and cannot be recovered).

No database, no Qt: this module is imported by the importer, the CLI and the
GUI alike.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

__all__ = [
    "ERROR",
    "WARNING",
    "INFO",
    "Problem",
    "Parsed",
    "IdResult",
    "PhonesResult",
    "PetitionerResult",
    "clean_text",
    "parse_id_number",
    "id_check_char",
    "birth_date_from_id",
    "parse_phones",
    "parse_date",
    "excel_serial_to_date",
    "parse_petitioner",
    "parse_int",
    "mask_id",
    "mask_phone",
    "mask_name",
    "mask_address",
]

T = TypeVar("T")

#: Problem levels. An ``error`` means the value is unusable (``value`` is
#: ``None`` or must not be stored); a ``warning`` means the value is kept but a
#: person should look at it; ``info`` only reports a harmless conversion.
ERROR = "error"
WARNING = "warning"
INFO = "info"

_LEVEL_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth saying) about a value.

    ``code`` is stable and meant for programs and translations; ``message`` is
    a short English sentence; ``fragment`` is the offending piece of input
    when the value held several (a phone cell with one bad number).
    """

    code: str
    message: str
    level: str = ERROR
    fragment: str | None = None


class _HasProblems:
    """Convenience accessors shared by every result type."""

    __slots__ = ()
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """True when no problem is an error (warnings and notes are fine)."""
        return not any(p.level == ERROR for p in self.problems)

    @property
    def problem(self) -> Problem | None:
        """The most severe problem, or None."""
        return self.problems[0] if self.problems else None

    @property
    def code(self) -> str | None:
        """Code of the most severe problem, or None."""
        return self.problems[0].code if self.problems else None

    @property
    def message(self) -> str | None:
        """English message of the most severe problem, or None."""
        return self.problems[0].message if self.problems else None


@dataclass(frozen=True, slots=True)
class Parsed(_HasProblems, Generic[T]):
    """A normalised value and the problems found on the way."""

    value: T | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class IdResult(_HasProblems):
    """Result of :func:`parse_id_number`.

    ``value`` is the 18-character ID (upper-case ``X``) or None. ``birth_date``
    and ``sex`` (``"M"``/``"F"``, from the parity of the 17th digit) are filled
    whenever the number is valid.
    """

    value: str | None = None
    problems: tuple[Problem, ...] = ()
    birth_date: date | None = None
    sex: str | None = None
    converted_from_15: bool = False


@dataclass(frozen=True, slots=True)
class PhonesResult(_HasProblems):
    """Result of :func:`parse_phones`: every usable number, as digits."""

    value: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def phones(self) -> list[str]:
        return list(self.value)


@dataclass(frozen=True, slots=True)
class PetitionerResult(_HasProblems):
    """Result of :func:`parse_petitioner`.

    ``people_count`` is None when the cell says "several people" without a
    number (``张三等人``) or is empty; ``many_people_hint`` is True whenever
    the cell shows more than one person (an explicit count above 1, a list of
    names, or an unnumbered ``等``), which the screening step uses to suggest
    the "many people" (涉众) exclusion.
    """

    name: str | None = None
    people_count: int | None = None
    many_people_hint: bool = False
    problems: tuple[Problem, ...] = ()

    @property
    def value(self) -> str | None:
        return self.name


def _sorted(problems: list[Problem]) -> tuple[Problem, ...]:
    # Most severe first, so ``result.code`` is the one worth showing.
    return tuple(sorted(problems, key=lambda p: _LEVEL_ORDER.get(p.level, 9)))


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------

# Full-width forms to fold to ASCII. Not NFKC: NFKC would also turn the
# Chinese comma, colon, semicolon, ! ? and parentheses (which live in the same
# full-width block) into ASCII, and Chinese prose with ASCII commas looks wrong
# in a printed form. It would also turn ① into 1 and … into ...
_KEEP_CJK_PUNCT = set("，：；！？（）")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_CJK_PUNCT}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_FULLWIDTH[0x00A0] = 0x20  # no-break space (from web pages and WPS)
# Invisible characters that break matching and sorting: zero-width
# space/joiners, word joiner and the BOM that some exports leave in cells.
for _cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
    _FULLWIDTH[_cp] = None  # type: ignore[assignment]
_WS_RE = re.compile(r"[\s\x00-\x1f\x7f]+")


def _to_str(value: Any) -> str | None:
    """Render any cell value as text the way a person sees it in Excel."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        # Integral floats are how xlsx stores every number: show 12, not 12.0.
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    try:
        return str(value)
    except Exception:  # an object whose __str__ fails is not worth a crash
        return None


def _fold(text: str) -> str:
    return _WS_RE.sub(" ", text.translate(_FULLWIDTH)).strip()


def clean_text(value: Any) -> str | None:
    """Tidy a cell for storage: full-width ASCII to half-width, whitespace
    (line breaks, tabs, ideographic spaces) collapsed to one space, stripped.

    Chinese punctuation (，：；！？（）。、) is kept. Returns None for an empty
    cell. Unlike the ``parse_*`` functions this returns the text itself: tidying
    text cannot fail.
    """
    try:
        text = _to_str(value)
        if text is None:
            return None
        text = _fold(text)
        return text or None
    except Exception:
        return None


_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _is_cjk_text(text: str) -> bool:
    return bool(text) and all(_CJK_RE.match(ch) or ch == "·" for ch in text)


# ---------------------------------------------------------------------------
# Resident identity numbers (GB 11643-1999)
# ---------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# Province-level prefixes in use (incl. 71 Taiwan, 81/82 HK/Macao residence
# permits, 83 Taiwan residence permits). Only ever a warning: counties are
# renamed and old cards stay valid, so finer checks would reject real people.
_ID_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
_SCI_RE = re.compile(r"^[+-]?\d+(?:\.\d*)?[eE][+-]?\d+$", re.ASCII)
_DECIMAL_RE = re.compile(r"^\d{15,18}\.\d*$", re.ASCII)


def id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits of an ID.

    Raises ValueError unless ``first17`` is exactly 17 ASCII digits (a helper
    for callers that already validated; :func:`parse_id_number` never raises).
    """
    if not (
        isinstance(first17, str) and len(first17) == 17 and first17.isascii() and first17.isdigit()
    ):
        raise ValueError("expected 17 digits")
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def birth_date_from_id(id18: str) -> date:
    """Birth date encoded in an 18-character ID (characters 7-14, YYYYMMDD).

    Raises ValueError when the digits are not a real calendar date.
    """
    if not (
        isinstance(id18, str) and len(id18) >= 14 and id18[6:14].isascii() and id18[6:14].isdigit()
    ):
        raise ValueError("expected an 18-character ID number")
    return date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))


def _id_error(code: str, message: str) -> IdResult:
    return IdResult(value=None, problems=(Problem(code, message, ERROR),))


def parse_id_number(value: Any, *, today: date | None = None) -> IdResult:
    """Validate and normalise a resident ID number.

    Accepts 18-character IDs (a lower-case ``x`` becomes ``X``) and 15-digit
    first-generation IDs, which are converted to 18 characters with an
    ``id_converted_15`` note. Hard errors: ``id_excel_number`` (the cell went
    through an Excel number: a float, or text in scientific notation; its last
    digits are gone), ``id_chars``, ``id_length``, ``id_birth_date`` (not a
    calendar date, before 1900 or after ``today``), ``id_check_digit``.
    ``id_region`` (unknown province prefix) is only a warning.
    """
    try:
        return _parse_id_number(value, today or date.today())
    except Exception:  # defensive: the contract is "never raises"
        return _id_error("id_invalid", "not a valid ID number")


def _parse_id_number(value: Any, today: date) -> IdResult:
    if value is None:
        return IdResult()
    if isinstance(value, bool):
        return _id_error("id_chars", "an ID number must be digits")
    if isinstance(value, float) and value.is_integer() and 0 < value < 1e15:
        # Up to 15 digits a number cell holds the exact integer (a
        # first-generation ID typed as a number survives).
        value = int(value)
    if isinstance(value, float):
        # Excel keeps 15 significant digits, so an 18-digit number typed into
        # a number cell is already damaged: it is never repaired.
        return _id_error(
            "id_excel_number",
            "the ID number was stored by Excel as a number and has lost its last digits; "
            "retype it as text",
        )
    if isinstance(value, int):
        if value < 0:
            return _id_error("id_chars", "an ID number must be digits")
        text = str(value)
        if len(text) not in (15, 18):
            return _id_error("id_length", f"an ID number has 18 characters, not {len(text)}")
    elif isinstance(value, (date, time, timedelta)):
        return _id_error("id_chars", "an ID number must be digits")
    else:
        raw = clean_text(value)
        if raw is None:
            return IdResult()
        # People type a leading apostrophe to force text in Excel, and some
        # systems print IDs in groups (3604 2619 9101 0100 71).
        text = raw.lstrip("'‘’`").replace(" ", "")
        if not text:
            return IdResult()
        if _SCI_RE.match(text) or _DECIMAL_RE.match(text):
            return _id_error(
                "id_excel_number",
                "the ID number was stored by Excel as a number and has lost its last digits; "
                "retype it as text",
            )
        text = text.upper()

    if len(text) == 18:
        body, check = text[:17], text[17]
        if not (body.isascii() and body.isdigit()) or check not in "0123456789X":
            return _id_error("id_chars", "an ID number is 17 digits followed by a digit or X")
        converted = False
    elif len(text) == 15:
        if not (text.isascii() and text.isdigit()):
            return _id_error("id_chars", "a 15-digit ID number must be all digits")
        # First-generation IDs: the year has 2 digits and there is no check digit.
        body = text[:6] + "19" + text[6:]
        check = ""
        converted = True
    else:
        if not all(ch.isascii() and (ch.isdigit() or ch == "X") for ch in text):
            return _id_error("id_chars", "an ID number must be digits (and a final X)")
        return _id_error("id_length", f"an ID number has 18 characters, not {len(text)}")

    try:
        born = date(int(body[6:10]), int(body[10:12]), int(body[12:14]))
    except ValueError:
        return _id_error(
            "id_birth_date", f"the birth date {body[6:14]} in the ID number is not a real date"
        )
    if born > today or born.year < 1900:
        return _id_error(
            "id_birth_date", f"the birth date {born.isoformat()} in the ID number is impossible"
        )

    expected = id_check_char(body)
    problems: list[Problem] = []
    if converted:
        check = expected
        problems.append(
            Problem(
                "id_converted_15", f"15-digit ID number {text} converted to 18 digits", INFO, text
            )
        )
    elif check != expected:
        return _id_error(
            "id_check_digit", "the ID number's check digit is wrong (a mistyped digit?)"
        )
    if body[:2] not in _ID_PROVINCES:
        problems.append(Problem("id_region", f"unknown region code {body[:6]}", WARNING, body[:6]))
    return IdResult(
        value=body + check,
        problems=_sorted(problems),
        birth_date=born,
        sex="M" if int(body[16]) % 2 else "F",
        converted_from_15=converted,
    )


# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------

_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
# Area codes: 010 and 02x are followed by 8 digits; 0[3-9]xx by 7 or 8.
_LANDLINE_RE = re.compile(r"^0(?:10|2\d)\d{8}$|^0[3-9]\d{2}\d{7,8}$", re.ASCII)
_LOCAL_RE = re.compile(r"^[2-9]\d{6,7}$", re.ASCII)
_AREA_RE = re.compile(r"^0\d{2,3}$", re.ASCII)
# Strong separators between numbers. Not blanks and dashes: "0792 1234567"
# and "138-1234-5678" are one number each; blanks are tried as a fallback.
_PHONE_SPLIT_RE = re.compile(r"[,，、;；/／|\n\r]+|或|和|及")
# Anything that is not part of a number (labels such as 手机 / 本人 / 儿子:)
_PHONE_NOISE_RE = re.compile(r"[^\d+\-() ]+", re.ASCII)


def _classify_phone(digits: str) -> str | None:
    if _MOBILE_RE.match(digits):
        return "mobile"
    if _LANDLINE_RE.match(digits):
        return "landline"
    if _LOCAL_RE.match(digits):
        return "local"
    return None


def _strip_country(digits: str) -> str:
    for prefix in ("0086", "86"):
        if digits.startswith(prefix):
            rest = digits[len(prefix) :]
            if _MOBILE_RE.match(rest) or _LANDLINE_RE.match(rest):
                return rest
            # International form drops the area code's 0: +86 792 1234567.
            if rest[:1] not in ("0", "1") and _LANDLINE_RE.match("0" + rest):
                return "0" + rest
    return digits


def parse_phones(value: Any) -> PhonesResult:
    """Every phone number in one cell, as strings of digits.

    Mobiles (``1[3-9]`` + 9 digits), landlines with their area code and
    leading 0 (``0792-1234567`` and ``(0792)1234567`` give ``07921234567``)
    and 7/8-digit local numbers are accepted; ``+86``/``0086`` is removed.
    Separators: blanks, commas of both widths, 、 ; / line breaks and 或.
    A fragment that is no phone number gives ``phone_invalid`` (with the
    fragment); digits that are a landline missing its leading 0, as a number
    cell leaves them, are kept with a ``phone_lost_zero`` warning.
    """
    try:
        return _parse_phones(value)
    except Exception:
        return PhonesResult((), (Problem("phone_invalid", "not a phone number", ERROR),))


def _parse_phones(value: Any) -> PhonesResult:
    if value is None or isinstance(value, bool) or isinstance(value, (date, time, timedelta)):
        if value is None:
            return PhonesResult()
        text = _to_str(value) or ""
        return PhonesResult(
            (), (Problem("phone_invalid", f"not a phone number: {text}", ERROR, text),)
        )
    if isinstance(value, float):
        if not (math.isfinite(value) and value.is_integer() and 0 < value < 1e15):
            text = _to_str(value) or ""
            return PhonesResult(
                (), (Problem("phone_invalid", f"not a phone number: {text}", ERROR, text),)
            )
        value = int(value)
    if isinstance(value, int):
        chunks = [str(value)]
    else:
        text = clean_text(value)
        if text is None:
            return PhonesResult()
        chunks = [c for c in _PHONE_SPLIT_RE.split(text) if c and c.strip()]

    phones: list[str] = []
    problems: list[Problem] = []

    def accept(digits: str, fragment: str) -> bool:
        digits = _strip_country(digits)
        if _classify_phone(digits):
            if digits not in phones:
                phones.append(digits)
            return True
        if digits[:1] not in ("0", "") and _LANDLINE_RE.match("0" + digits):
            if digits not in phones:
                phones.append(digits)
            problems.append(
                Problem(
                    "phone_lost_zero",
                    f"{digits} looks like a landline that lost its leading 0 in a number cell",
                    WARNING,
                    fragment,
                )
            )
            return True
        return False

    for chunk in chunks:
        fragment = chunk.strip()
        bare = _PHONE_NOISE_RE.sub(" ", chunk)
        digits = re.sub(r"[^0-9]", "", bare)
        if not digits:
            problems.append(
                Problem("phone_invalid", f"not a phone number: {fragment}", ERROR, fragment)
            )
            continue
        if accept(digits, fragment):
            continue
        # Several numbers separated by blanks, or a label between them: try
        # the blank-separated parts, joining an area code with the number
        # that follows it ("0792 1234567").
        parts = [re.sub(r"[^0-9]", "", p) for p in bare.split()]
        parts = [p for p in parts if p]
        i = 0
        while i < len(parts):
            part = parts[i]
            if _AREA_RE.match(part) and i + 1 < len(parts) and _classify_phone(part + parts[i + 1]):
                part = part + parts[i + 1]
                i += 1
            if not accept(part, part):
                problems.append(
                    Problem("phone_invalid", f"not a phone number: {part}", ERROR, part)
                )
            i += 1
    return PhonesResult(tuple(phones), _sorted(problems))


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_MIN_YEAR = 1990
_MAX_YEAR = 2100
_MAX_SERIAL = 2958465  # 9999-12-31 in Excel's 1900 date system
_EXCEL_BASE = date(1899, 12, 30)

_DATE_RE = re.compile(
    r"^(\d{4})\s*(?:[./\-]|年)\s*(\d{1,2})\s*(?:[./\-]|月)\s*(\d{1,2})\s*[日号]?\.?"
    # An optional time of day, which is dropped: 2017-07-03 10:20:00, 2017/7/3 0:00
    r"(?:\s*T?\s*\d{1,2}\s*[:时点]\s*\d{1,2}(?:\s*[:分]\s*\d{1,2}(?:\.\d+)?\s*秒?)?\s*分?)?$",
    re.ASCII,
)
_YMD_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$", re.ASCII)
_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?$", re.ASCII)
_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_DATE_RE = re.compile(
    r"^([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]$"
)


def _cn_int(text: str) -> int | None:
    """Value of a small Chinese numeral (十二, 二十, 一百零五, 三千); None if not one."""
    if not text:
        return None
    total = 0
    current = None
    units = {"十": 10, "百": 100, "千": 1000}
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in units:
            total += (1 if current is None else current) * units[ch]
            current = None
        else:
            return None
    return total + (current or 0)


def excel_serial_to_date(serial: float) -> date | None:
    """Date of an Excel serial number (1900 date system), or None.

    Excel counts 1900-01-01 as 1 and believes 1900 was a leap year, so
    serial 60 is a 1900-02-29 that never was; from 61 on the days count
    from 1899-12-30. The time of day (fraction) is dropped.
    """
    try:
        if isinstance(serial, bool) or not math.isfinite(serial):
            return None
        whole = int(math.floor(serial))
        if whole < 1 or whole > _MAX_SERIAL or whole == 60:
            return None
        if whole < 60:
            return date(1899, 12, 31) + timedelta(days=whole)
        return _EXCEL_BASE + timedelta(days=whole)
    except Exception:
        return None


def _date_problem(code: str, message: str, fragment: str | None = None) -> Parsed[date]:
    return Parsed(None, (Problem(code, message, ERROR, fragment),))


def _checked(d: date, fragment: str) -> Parsed[date]:
    if d.year < _MIN_YEAR or d.year > _MAX_YEAR:
        return _date_problem(
            "date_implausible",
            f"the date {d.isoformat()} is implausible for a petition case",
            fragment,
        )
    return Parsed(d)


def parse_date(value: Any) -> Parsed[date]:
    """A calendar date from whatever a ledger cell holds.

    Accepts ``date``/``datetime`` (the time is dropped), Excel serial numbers,
    8-digit ``20170703`` numbers and text such as ``2017.07.03``, ``2017.7.3``,
    ``2017/7/3``, ``2017-07-03``, ``2017年7月3日``, ``2017-07-03 10:20:00``,
    ``二〇一七年七月三日``, full-width digits included. Problems:
    ``date_unparsed`` and ``date_implausible`` (before 1990 or after 2100);
    in both cases the value is None.
    """
    try:
        return _parse_date(value)
    except Exception:
        return _date_problem("date_unparsed", "not a date")


def _from_number(number: float, fragment: str) -> Parsed[date]:
    if number.is_integer() and 10_000_000 <= number <= 99_999_999:
        # 20170703 typed as a number: a date written without separators.
        m = _YMD_RE.match(str(int(number)))
        if m:
            try:
                return _checked(date(int(m[1]), int(m[2]), int(m[3])), fragment)
            except ValueError:
                return _date_problem("date_unparsed", f"{fragment} is not a real date", fragment)
    d = excel_serial_to_date(number)
    if d is None:
        return _date_problem("date_unparsed", f"{fragment} is not a date", fragment)
    return _checked(d, fragment)


def _parse_date(value: Any) -> Parsed[date]:
    if value is None:
        return Parsed()
    if isinstance(value, datetime):
        return _checked(value.date(), value.isoformat(sep=" "))
    if isinstance(value, date):
        return _checked(value, value.isoformat())
    if isinstance(value, bool) or isinstance(value, (time, timedelta)):
        fragment = _to_str(value) or ""
        return _date_problem("date_unparsed", f"{fragment} is not a date", fragment)
    if isinstance(value, (int, float)):
        number = float(value)
        if not math.isfinite(number):
            return _date_problem("date_unparsed", "not a date")
        return _from_number(number, _to_str(value) or "")
    text = clean_text(value)
    if text is None:
        return Parsed()
    m = _DATE_RE.match(text) or _YMD_RE.match(text)
    if m:
        try:
            return _checked(date(int(m[1]), int(m[2]), int(m[3])), text)
        except ValueError:
            return _date_problem("date_unparsed", f"{text} is not a real date", text)
    m = _CN_DATE_RE.match(text.replace(" ", ""))
    if m:
        year = int("".join(str(_CN_DIGITS[ch]) for ch in m[1]))
        month, day = _cn_int(m[2]), _cn_int(m[3])
        try:
            return _checked(date(year, month or 0, day or 0), text)
        except ValueError:
            return _date_problem("date_unparsed", f"{text} is not a real date", text)
    if _NUMBER_RE.match(text) and len(text) <= 12:
        # A serial that reached us as text (a CSV of a date column formatted
        # "General"), or 20170703.
        return _from_number(float(text), text)
    return _date_problem("date_unparsed", f"{text} is not a date", text)


# ---------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------

_INT_TEXT_RE = re.compile(r"^([+-]?\d+)(?:\.0*)?\s*(?:人|名|户|个|件|次)?$", re.ASCII)
_CN_INT_TEXT_RE = re.compile(r"^([〇零一二两三四五六七八九十百千]+)\s*(?:人|名|户|个|件|次)?$")


def parse_int(value: Any) -> Parsed[int]:
    """A whole, non-negative count: 12, 12.0, "12", "１２", "12人", "十二人".

    Problems: ``int_unparsed``, ``int_not_whole`` (3.5), ``int_negative``.
    """
    try:
        return _parse_int(value)
    except Exception:
        return Parsed(None, (Problem("int_unparsed", "not a whole number", ERROR),))


def _parse_int(value: Any) -> Parsed[int]:
    if value is None:
        return Parsed()
    fragment = _to_str(value) or ""
    number: int | None = None
    if isinstance(value, bool) or isinstance(value, (date, time, timedelta)):
        return Parsed(
            None, (Problem("int_unparsed", f"{fragment} is not a number", ERROR, fragment),)
        )
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value):
            return Parsed(None, (Problem("int_unparsed", "not a number", ERROR, fragment),))
        if not value.is_integer():
            return Parsed(
                None,
                (Problem("int_not_whole", f"{fragment} is not a whole number", ERROR, fragment),),
            )
        number = int(value)
    else:
        text = clean_text(value)
        if text is None:
            return Parsed()
        m = _INT_TEXT_RE.match(text)
        if m:
            number = int(m[1])
        else:
            m = _CN_INT_TEXT_RE.match(text)
            number = _cn_int(m[1]) if m else None
            if number is None:
                try:
                    as_float = float(text)
                except ValueError:
                    as_float = None
                if as_float is not None and math.isfinite(as_float) and not as_float.is_integer():
                    return Parsed(
                        None,
                        (Problem("int_not_whole", f"{text} is not a whole number", ERROR, text),),
                    )
                return Parsed(
                    None, (Problem("int_unparsed", f"{text} is not a number", ERROR, text),)
                )
    if number < 0:
        return Parsed(None, (Problem("int_negative", f"{fragment} is negative", ERROR, fragment),))
    return Parsed(number)


# ---------------------------------------------------------------------------
# Petitioners
# ---------------------------------------------------------------------------

_COUNT_RE = re.compile(r"^(.+?)\s*等\s*([0-9]+|[一二两三四五六七八九十百千]+)\s*(?:人|名|户|位)?$")
_MANY_RE = re.compile(r"^(.+?)\s*等\s*(?:多人|人|多名|众人|户)?$")
# Not 和/与/及: they occur inside names (李和平).
_NAME_SPLIT_RE = re.compile(r"\s*[、,，;；/／]\s*")
_LETTER_RE = re.compile(r"[A-Za-z\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def parse_petitioner(value: Any) -> PetitionerResult:
    """The petitioner's name and how many people the cell speaks for.

    ``张三等12人`` gives 张三 and 12; ``张三等人`` / ``张三等`` give 张三, no
    count and ``many_people_hint``; ``张三、李四`` gives 张三 and 2; a plain
    name gives a count of 1. Spaces typed inside a Chinese name are removed.
    A cell without any letter or Chinese character gives ``petitioner_invalid``.
    """
    try:
        return _parse_petitioner(value)
    except Exception:
        return PetitionerResult(problems=(Problem("petitioner_invalid", "not a name", ERROR),))


def _parse_petitioner(value: Any) -> PetitionerResult:
    text = clean_text(value)
    if text is None:
        return PetitionerResult()
    count: int | None = None
    unnumbered_many = False
    m = _COUNT_RE.match(text)
    if m:
        head = m[1]
        count = int(m[2]) if m[2].isdigit() else _cn_int(m[2])
    else:
        m = _MANY_RE.match(text)
        if m:
            head = m[1]
            unnumbered_many = True
        else:
            head = text
    names = [n.strip() for n in _NAME_SPLIT_RE.split(head) if n.strip()]
    if len(names) == 1:
        words = names[0].split()
        if len(words) > 1 and all(_is_cjk_text(w) for w in words):
            if all(len(w) >= 2 for w in words):
                # "张三 李四": two names separated by a blank.
                names = words
            else:
                # "张 三" / "欧阳 修": one name typed with a blank (a part of
                # one character cannot be a name on its own).
                names = ["".join(words)]
    if not names or not _LETTER_RE.search(names[0]):
        return PetitionerResult(
            problems=(Problem("petitioner_invalid", f"{text} is not a name", ERROR, text),)
        )
    problems: list[Problem] = []
    if count == 0:
        problems.append(Problem("petitioner_count", f"{text}: a count of 0 people", WARNING, text))
        count = None
        unnumbered_many = len(names) > 1
    elif count is None and not unnumbered_many:
        count = len(names)
    elif count is not None and count < len(names):
        # "张三、李四、王五等2人": the list of names outranks a count too small.
        problems.append(
            Problem(
                "petitioner_count",
                f"{text}: the count is smaller than the names listed",
                WARNING,
                text,
            )
        )
        count = len(names)
    many = unnumbered_many or (count is not None and count > 1)
    return PetitionerResult(names[0], count, many, tuple(problems))


# ---------------------------------------------------------------------------
# Masks for lists and exports that must not show personal data in full
# ---------------------------------------------------------------------------


def mask_id(value: Any) -> str | None:
    """``320102********1234``: first 6 (region) and last 4 characters."""
    text = clean_text(value)
    if text is None:
        return None
    text = text.replace(" ", "")
    if len(text) <= 10:
        return "*" * max(len(text) - 2, 1) + text[-2:] if len(text) > 2 else "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def _mask_one_phone(digits: str) -> str:
    if _MOBILE_RE.match(digits):
        return digits[:3] + "****" + digits[-4:]
    if _LANDLINE_RE.match(digits):
        area = 3 if digits.startswith(("010", "02")) else 4
        return digits[:area] + "*" * (len(digits) - area - 4) + digits[-4:]
    if len(digits) > 4:
        return "*" * (len(digits) - 4) + digits[-4:]
    return "*" * len(digits)


def mask_phone(value: Any) -> str | None:
    """``138****5678``; landlines keep the area code and the last 4 digits
    (``0792***4567``). Every number in a text of several is masked."""
    text = clean_text(value)
    if text is None:
        return None
    if "*" in text:
        return text
    # Mask each run of digits (allowing -, blanks inside) that is long enough
    # to be a number; a run too short is masked whole rather than left bare.
    return re.sub(
        r"[0-9][0-9\- ]*[0-9]|[0-9]",
        lambda m: _mask_one_phone(re.sub(r"[^0-9]", "", m.group())),
        text,
    )


def mask_name(value: Any) -> str | None:
    """``张*丰``; two characters ``张*``; one character ``*``."""
    text = clean_text(value)
    if text is None:
        return None
    if len(text) == 1:
        return "*"
    if len(text) == 2:
        return text[0] + "*"
    return text[0] + "*" * (len(text) - 2) + text[-1]


def mask_address(value: Any) -> str | None:
    """The first 6 characters (county, town) followed by ``****``; shorter
    addresses keep less, so the house number is never shown."""
    text = clean_text(value)
    if text is None:
        return None
    keep = 6 if len(text) > 8 else max(1, len(text) // 2)
    return text[:keep] + "****"
