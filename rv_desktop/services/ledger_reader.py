"""Read a county ledger file into a recognised table of raw rows.

This is the reading half of the ledger import: it opens whatever the county
sent (.xlsx, .xlsm, .xlsb, .xls, .ods through python-calamine; .csv through the
csv module), finds the sheet and the header row, guesses which column holds
which field from the header text, and returns the data rows with the row
numbers Excel shows, so every problem can be reported as "D12". It does not
interpret cell values: that is :mod:`rv_desktop.domain.normalize`, and storing
them is the importer's job.

What real ledgers do, and what this module copes with:

- a merged title and a subtitle above the header, and the table not starting
  at A1;
- a header two rows deep: group cells merged across the top row
  (``信访人信息`` over 姓名/身份证号/联系电话/住址) and single headers merged down
  both rows (``编号`` over A3:A4);
- a column-number row (1, 2, 3 ...) under the header, blank rows, a totals row
  (合计), and a notes block (填表说明, 注：, 制表人：) under the table;
- an explanation sheet before the data sheet;
- CSV saved by Excel on a Chinese Windows (GBK/GB18030) or as UTF-8 with BOM.

python-calamine facts this module relies on (checked with 0.9.1):

- ``to_python(skip_empty_area=False)`` returns the grid from A1, so list
  indices are sheet coordinates; the default (``True``) drops leading empty
  rows and columns. ``iter_rows()`` is inconsistent (it pads the rows above
  the data but not the columns to its left), so it is not used.
- empty cells come back as ``""``; this module turns them into ``None``.
- merged cells carry their value in the top-left cell only;
  ``merged_cell_ranges`` exists for .xlsx/.xls but is ``None`` for .ods, so
  the header logic does not depend on it.
- numbers are ``float`` in .xlsx/.ods (even 12.0) and may be ``int`` in .xls;
  formatted date cells come back as ``date``/``datetime``, unformatted serials
  as numbers; in .ods booleans come back as 1.0/0.0.
- opening a sheet parses it whole (most of the time is spent there), so each
  sheet is opened and converted once.
- ``from_path`` chooses the reader by extension (an .xls renamed .xlsx fails
  with ZipError) while ``from_filelike`` sniffs the content, so it is the
  fallback. A password-protected .xlsx is an OLE container that calamine
  cannot open; it is recognised first to say so plainly.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..domain import vocabulary
from .ledger_guard import GuardError, check_csv_size, check_readable, check_zip_bounds

__all__ = [
    "FIELDS",
    "KEY_FIELDS",
    "SPREADSHEET_SUFFIXES",
    "LedgerError",
    "LedgerRow",
    "LedgerTable",
    "SkippedRow",
    "column_letter",
    "cell_ref",
    "guess_mapping",
    "match_header",
    "normalize_header",
    "read_ledger",
]

#: The words the import recognises (data/ledger.toml).
_WORDS = vocabulary.data_file("ledger.toml")

#: Canonical field keys and the header texts that mean them, in the order the
#: import dialog shows them. Matching is done on :func:`normalize_header` of
#: both sides.
FIELDS: dict[str, list[str]] = dict(_WORDS["fields"])

#: At least one of these must be recognised for a row to count as the header:
#: without a case number or a petitioner a row of the ledger means nothing.
KEY_FIELDS = ("case_no", "petitioner")

#: Suffixes opened with python-calamine. ``.et`` is WPS's own spreadsheet
#: format, which is BIFF inside like .xls.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".et")
CSV_SUFFIXES = (".csv",)

#: How many rows below the first non-empty one are searched for the header.
HEADER_SCAN_ROWS = 30
#: Header cells longer than this are titles or prose, not column names, and
#: take part only in exact matching (a title may contain "信访人").
MAX_HEADER_CONTAINS_LEN = 20

# Words that qualify a header without changing its meaning: "信访人住址" is an
# address, "信访人诉求" a demand, although "信访人" alone is the petitioner.
_QUALIFIER_PREFIXES = tuple(_WORDS["header"]["qualifier_prefixes"])


class LedgerError(Exception):
    """A ledger file that cannot be read as a table.

    ``code`` is one of ``not_a_spreadsheet``, ``empty``, ``no_columns``,
    ``encoding``, ``sheet_not_found``, or a code of ``ledger_guard.GUARD_ERRORS``
    (``encrypted``, ``permission``, ``too_large``, ``csv_field_too_large``,
    ``csv_nul``); ``message`` is short English for logs
    (the GUI translates by code).
    """

    def __init__(
        self,
        message: str,
        code: str,
        file: str | Path,
        sheet: str | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.file = str(file)
        self.sheet = sheet
        self.detail = detail or message

    def __str__(self) -> str:
        where = Path(self.file).name + (f" [{self.sheet}]" if self.sheet else "")
        return f"{where}: {self.message} ({self.code})"


@dataclass(slots=True)
class LedgerRow:
    """One data row: its number as Excel shows it (the CSV record number for
    CSV files) and the raw cell values, indexed by sheet column (0 = A)."""

    row_number: int
    values: list[Any]

    def get(self, col: int | None) -> Any:
        """The value in column ``col`` (0-based), None when out of range."""
        if col is None or col < 0 or col >= len(self.values):
            return None
        return self.values[col]


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A non-empty row below the header that is not data.

    ``reason``: ``column_numbers`` (the 1, 2, 3 row under a header),
    ``header_repeat``, ``totals`` (合计 or a row of bare numbers),
    ``numbered_blank`` (a template row with only its 序号 filled in),
    ``section`` (a section title between blocks of cases, such as
    "一、2017年下半年", kept in ``text``).
    """

    row_number: int
    reason: str
    text: str = ""


def column_letter(col: int) -> str:
    """Excel column letters of a 0-based column index: 0 → A, 27 → AB."""
    col += 1
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row_number: int, col_index: int) -> str:
    """``D12`` for row number 12 (1-based, as shown) and column index 3."""
    return f"{column_letter(col_index)}{row_number}"


@dataclass
class LedgerTable:
    """A recognised table: where it is, its header, the guessed mapping and
    the data rows.

    Column indices are sheet columns (0 = A) everywhere: in ``mapping``,
    ``unmapped`` and ``LedgerRow.values``. ``header_row`` is the header row
    directly above the data (for a two-row header the lower one);
    ``header_rows`` lists all header rows. ``notes_row`` is where a notes or
    sign-off block under the table starts (reading stopped there) and
    ``last_row`` the last non-empty row of the sheet, so a caller can say
    "rows 14-16 were read as notes".
    """

    file: str
    sheet: str | None
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    unmapped: list[int]
    rows: list[LedgerRow]
    header_rows: tuple[int, ...] = ()
    skipped: list[SkippedRow] = field(default_factory=list)
    blank_rows: int = 0
    notes_row: int | None = None
    last_row: int | None = None
    format: str = ""
    encoding: str | None = None
    sheet_names: list[str] = field(default_factory=list)

    @staticmethod
    def cell_ref(row_number: int, col_index: int) -> str:
        """``D12`` for a row number as shown and a 0-based column index."""
        return cell_ref(row_number, col_index)

    @property
    def header_signature(self) -> str:
        """A stable hash of the normalised header texts and their positions,
        to remember a clerk's corrected mapping for files laid out alike."""
        text = "\x1f".join(normalize_header(h) for h in self.headers)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]

    def value(self, row: LedgerRow, field_key: str) -> Any:
        """The raw value of a field in a row (None if the field is unmapped)."""
        return row.get(self.mapping.get(field_key))

    def preview(self, n: int = 5) -> list[LedgerRow]:
        """The first ``n`` data rows, for the import dialog."""
        return self.rows[: max(n, 0)]


# ---------------------------------------------------------------------------
# Header matching
# ---------------------------------------------------------------------------

_REQUIRED_MARK_RE = re.compile(_WORDS["header"]["required_mark"])
_STRIP_CHARS_RE = re.compile(r"[\s()\[\]【】<>《》{}\"'“”‘’:：*※]+")


@lru_cache(maxsize=4096)
def _normalize_header_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _REQUIRED_MARK_RE.sub("", text)
    # Parentheses are dropped, not their content: 村(社区), 村（社区） and
    # 村社区 are one header; so are blanks, line breaks and required marks.
    return _STRIP_CHARS_RE.sub("", text).lower()


def normalize_header(value: Any) -> str:
    """Canonical form of a header cell for matching and signatures: NFKC
    (full-width to half-width), no blanks or line breaks, no parentheses or
    quotes, no ``*``/``＊`` or ``(必填)`` marks, lower case."""
    if value is None:
        return ""
    if not isinstance(value, str):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        value = str(value)
    return _normalize_header_text(value)


def _synonym_index(
    fields: dict[str, list[str]],
) -> tuple[dict[str, str], list[tuple[str, str, int]]]:
    exact: dict[str, str] = {}
    contained: list[tuple[str, str, int]] = []
    for order, (key, synonyms) in enumerate(fields.items()):
        for synonym in synonyms:
            norm = _normalize_header_text(synonym)
            if norm and norm not in exact:
                exact[norm] = key
                contained.append((norm, key, order))
    # Longest first, so the first hit in a scan is the longest one.
    contained.sort(key=lambda item: (-len(item[0]), item[2]))
    return exact, contained


_DEFAULT_INDEX = _synonym_index(FIELDS)


def _match(
    norm: str, index: tuple[dict[str, str], list[tuple[str, str, int]]]
) -> tuple[str, tuple[int, int, int]] | None:
    """Best field for a normalised header and a score to compare columns:
    (exact?, length of the synonym, synonym at the end?)."""
    if not norm:
        return None
    exact, contained = index
    key = exact.get(norm)
    if key:
        return key, (2, len(norm), 1)
    if len(norm) > MAX_HEADER_CONTAINS_LEN:
        return None
    for prefix in _QUALIFIER_PREFIXES:
        if norm.startswith(prefix) and len(norm) > len(prefix):
            rest = norm[len(prefix) :]
            key = exact.get(rest)
            if key:
                return key, (2, len(rest), 1)
            hit = _contained(rest, contained)
            if hit:
                return hit
    return _contained(norm, contained)


def _contained(
    norm: str, contained: list[tuple[str, str, int]]
) -> tuple[str, tuple[int, int, int]] | None:
    best: tuple[str, tuple[int, int, int]] | None = None
    for synonym, key, _order in contained:
        if best is not None and len(synonym) < best[1][1]:
            break  # sorted by length: nothing longer is left
        if synonym in norm:
            # Chinese headers put the head noun last: in 诉求人数 the count
            # is meant, so among equally long synonyms the final one wins.
            score = (1, len(synonym), 1 if norm.endswith(synonym) else 0)
            if best is None or score > best[1]:
                best = (key, score)
    return best


def match_header(value: Any, fields: dict[str, list[str]] | None = None) -> str | None:
    """The field key a single header cell means, or None."""
    index = _DEFAULT_INDEX if fields is None else _synonym_index(fields)
    hit = _match(normalize_header(value), index)
    return hit[0] if hit else None


def guess_mapping(
    headers: Sequence[Any], fields: dict[str, list[str]] | None = None
) -> dict[str, int]:
    """Field key → 0-based column index, guessed from header texts.

    Each column gets its best field (an exact synonym beats a contained one,
    a longer synonym beats a shorter one); when two columns want the same
    field the better match wins, then the leftmost. Unrecognised columns are
    left out. The result is in ``FIELDS`` order.
    """
    index = _DEFAULT_INDEX if fields is None else _synonym_index(fields)
    order = list((fields or FIELDS).keys())
    candidates = []
    for col, header in enumerate(headers):
        hit = _match(normalize_header(header), index)
        if hit:
            candidates.append((hit[1], -col, hit[0]))
    candidates.sort(reverse=True)
    mapping: dict[str, int] = {}
    for _score, neg_col, key in candidates:
        if key not in mapping:
            mapping[key] = -neg_col
    return {key: mapping[key] for key in order if key in mapping}


def _is_header_mapping(mapping: dict[str, int]) -> bool:
    return len(mapping) >= 2 and any(key in mapping for key in KEY_FIELDS)


# ---------------------------------------------------------------------------
# Opening files
# ---------------------------------------------------------------------------


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        # Keep the text as typed, minus line breaks inside the cell.
        return " ".join(value.split())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _looks_encrypted(path: Path) -> bool:
    """An encrypted Office file is an OLE compound file holding an
    ``EncryptedPackage`` stream, whatever its extension says."""
    try:
        with path.open("rb") as fh:
            head = fh.read(1 << 16)
    except OSError:
        return False
    return head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and (
        "EncryptedPackage".encode("utf-16-le") in head
        or "EncryptionInfo".encode("utf-16-le") in head
    )


def _guarded(check, path: Path) -> None:
    try:
        check(path)
    except GuardError as exc:
        raise LedgerError(exc.message, exc.code, path, detail=exc.detail) from exc


def _open_workbook(path: Path) -> Any:
    try:
        from python_calamine import CalamineWorkbook
    except Exception as exc:  # pragma: no cover - a broken installation
        raise LedgerError(
            f"spreadsheet reader unavailable: {exc}", "not_a_spreadsheet", path
        ) from exc
    if _looks_encrypted(path):
        raise LedgerError(
            "the file is password-protected; remove the password in Excel or WPS and save it again",
            "encrypted",
            path,
        )
    _guarded(check_zip_bounds, path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as first:
        # Files get renamed (an .xls saved as .xlsx): calamine picks the
        # reader by extension, while from_filelike sniffs the content.
        try:
            with path.open("rb") as fh:
                return CalamineWorkbook.from_filelike(io.BytesIO(fh.read()))
        except Exception:
            raise LedgerError(
                f"not a readable spreadsheet: {first}", "not_a_spreadsheet", path
            ) from first


def _sheet_grid(workbook: Any, name: str, path: Path) -> list[list[Any]]:
    """The whole sheet from A1 (empty cells are ``""``), converted once."""
    try:
        sheet = workbook.get_sheet_by_name(name)
        grid = sheet.to_python(skip_empty_area=False)
        end = sheet.end
    except Exception as exc:
        raise LedgerError(
            f"cannot read sheet {name}: {exc}", "not_a_spreadsheet", path, name
        ) from exc
    rows = grid
    # to_python(skip_empty_area=False) starts at A1 (checked for xlsx, xls and
    # ods); should a version not do so, pad to keep sheet coordinates right.
    if end is not None and rows:
        missing_rows = end[0] + 1 - len(rows)
        width = max(len(r) for r in rows)
        missing_cols = end[1] + 1 - width
        if missing_cols > 0:
            rows = [[None] * missing_cols + r for r in rows]
        if missing_rows > 0:
            rows = [[] for _ in range(missing_rows)] + rows
    return rows


def _decode_csv(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8-sig", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise LedgerError(
        "the CSV file is neither UTF-8 nor GB18030/GBK text; save it again from Excel as "
        '"CSV UTF-8"',
        "encoding",
        path,
    )


def _read_csv(path: Path) -> tuple[list[list[Any]], str]:
    _guarded(check_csv_size, path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LedgerError(f"cannot read the file: {exc}", "not_a_spreadsheet", path) from exc
    text, encoding = _decode_csv(data, path)
    if "\x00" in text:
        raise LedgerError("the file is binary (NUL bytes), not CSV text", "csv_nul", path)
    first_line = text.split("\n", 1)[0]
    # Excel writes "," (or ";" where the decimal sign is a comma); tab for
    # "Unicode text". Pick what the first line uses most.
    delimiter = max((",", "\t", ";"), key=lambda d: (first_line.count(d), d == ","))
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise LedgerError(
                f"not a readable CSV file: {exc}",
                "csv_field_too_large",
                path,
                detail=str(csv.field_size_limit()),
            ) from exc
        raise LedgerError(f"not a readable CSV file: {exc}", "not_a_spreadsheet", path) from exc
    return records, encoding


# ---------------------------------------------------------------------------
# Finding the header
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Header:
    top: int  # 0-based index of the first header row
    bottom: int  # 0-based index of the last header row
    headers: list[str]
    mapping: dict[str, int]

    @property
    def score(self) -> int:
        return len(self.mapping)


def _row_headers(row: Sequence[Any]) -> list[str]:
    return [_header_text(v) for v in row]


def _combine(upper: list[str], lower: list[str]) -> list[str]:
    """Two header rows read as one: the lower cell where it has text, else
    the upper (a header merged down both rows keeps its value in the upper
    cell only; a group label over several columns is replaced by the
    column labels under it)."""
    width = max(len(upper), len(lower))
    upper = upper + [""] * (width - len(upper))
    lower = lower + [""] * (width - len(lower))
    return [lo if lo else up for up, lo in zip(upper, lower, strict=True)]


def _find_header(grid: list[list[Any]]) -> _Header | None:
    first = next((i for i, row in enumerate(grid) if any(not _is_empty(v) for v in row)), None)
    if first is None:
        return None
    last = min(len(grid), first + HEADER_SCAN_ROWS)
    singles = [_row_headers(grid[i]) for i in range(first, last)]
    best: _Header | None = None

    def consider(candidate: _Header) -> None:
        nonlocal best
        if not _is_header_mapping(candidate.mapping):
            return
        # Strictly better only: ties keep the earlier, single-row header.
        if best is None or candidate.score > best.score:
            best = candidate

    mappings = [guess_mapping(headers) for headers in singles]
    for offset, headers in enumerate(singles):
        i = first + offset
        consider(_Header(i, i, headers, mappings[offset]))
        if offset + 1 < len(singles):
            combined = _combine(headers, singles[offset + 1])
            mapping = guess_mapping(combined)
            # Two rows only when together they recognise more than either
            # alone: a title above or a data row below never qualifies.
            if len(mapping) > max(len(mappings[offset]), len(mappings[offset + 1])):
                consider(_Header(i, i + 1, combined, mapping))
    if best is None:
        return None
    # Trim the header to its last labelled column: data to the right of it
    # has no name and cannot be mapped.
    width = max((c + 1 for c, h in enumerate(best.headers) if h), default=0)
    best.headers = best.headers[:width]
    return best


# ---------------------------------------------------------------------------
# Data rows
# ---------------------------------------------------------------------------

_TOTALS_RE = re.compile(_WORDS["rows"]["totals"])
_NOTES_RE = re.compile(_WORDS["rows"]["notes"])
_SIGNOFF_RE = re.compile(_WORDS["rows"]["signoff"])
_SPACE_RE = re.compile(r"\s+")
# Section titles: 一、…  (一)…  1、…  第二批…  2017年下半年…
_SECTION_RE = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）]"
    r"|\d{1,2}[、．](?!\d)|第[一二三四五六七八九十百\d]+(?:部分|批|季度|阶段|类|项)"
    r"|\d{4}年(?:度|[上下]半年|第?[一二三四1-4]季度|\d{1,2}月))"
)
# First characters of the patterns above, a cheap filter before the regex.
_TOTALS_FIRST = frozenset(_WORDS["rows"]["totals_first"])
_NOTES_FIRST = frozenset(_WORDS["rows"]["notes_first"])
_SIGNOFF_FIRST = frozenset(_WORDS["rows"]["signoff_first"])
_SECTION_FIRST = frozenset("一二三四五六七八九十百（(第0123456789")


def _is_section(values: Sequence[Any], first_at: int, first_cell: str) -> bool:
    """A section title: the row's only filled cell, reading like "一、2017年下半年"."""
    if first_cell.lstrip()[:1] not in _SECTION_FIRST:
        return False
    for v in values[first_at + 1 :]:
        if v is not None and (v.__class__ is not str or v.strip()):
            return False
    return bool(_SECTION_RE.match(_squash(first_cell)))


def _squash(value: Any) -> str:
    return _SPACE_RE.sub("", value) if isinstance(value, str) else ""


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        try:
            float(text)
        except ValueError:
            return False
        return True
    return False


def _is_column_numbers(values: Sequence[Any]) -> bool:
    """The 1, 2, 3 ... (or (1), (2) ...) row many official forms put under
    their header."""
    numbers = []
    for v in values:
        if _is_empty(v):
            continue
        if isinstance(v, str):
            text = v.strip().strip("()（）")
            if not text.isdecimal():  # isdigit() takes "¹", which int() refuses
                return False
            numbers.append(int(text))
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer():
            numbers.append(int(v))
        else:
            return False
    return len(numbers) >= 3 and all(b - a == 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _is_signoff(value: Any) -> bool:
    return (
        isinstance(value, str)
        and value.lstrip()[:1] in _SIGNOFF_FIRST
        and bool(_SIGNOFF_RE.match(_squash(value)))
    )


def _collect_rows(
    grid: list[list[Any]], header: _Header, row_base: int
) -> tuple[list[LedgerRow], list[SkippedRow], int, int | None, int | None]:
    # One pass over the rows. The checks are ordered so that an ordinary data
    # row costs a few comparisons: a 20,000-row ledger must not wait on
    # regular expressions run on every cell.
    width = len(header.headers)
    first_col = next((c for c, h in enumerate(header.headers) if h), 0)
    lead_cols = list(range(first_col, min(first_col + 3, width)))
    lead_end = first_col + 2
    key_cols = [header.mapping[k] for k in KEY_FIELDS if k in header.mapping]
    header_keys = [header.headers[c] for c in key_cols]
    rows: list[LedgerRow] = []
    skipped: list[SkippedRow] = []
    blank = 0
    notes_row: int | None = None
    first_data = True
    index = header.bottom
    for index in range(header.bottom + 1, len(grid)):
        raw = grid[index]
        # Empty cells are "" from calamine and csv alike: None for callers.
        values = [None if v == "" else v for v in (raw[:width] if len(raw) > width else raw)]
        if len(values) < width:
            values.extend([None] * (width - len(values)))
        number = index + row_base
        first_cell = None
        first_at = 0
        for col, v in enumerate(values):
            if v is not None and (v.__class__ is not str or v.strip()):
                first_cell = v
                first_at = col
                break
        if first_cell is None:
            blank += 1
            continue
        # A note starts at the left of the table; "注：" further right is a
        # remark inside a data row.
        if (
            first_at <= lead_end
            and isinstance(first_cell, str)
            and first_cell.lstrip()[:1] in _NOTES_FIRST
            and _NOTES_RE.match(_squash(first_cell))
        ):
            notes_row = number
            break
        if first_cell.__class__ is str and _is_section(values, first_at, first_cell):
            skipped.append(SkippedRow(number, "section", " ".join(first_cell.split())))
            continue
        key_values = [values[c] for c in key_cols]
        keys_empty = True
        for v in key_values:
            if v is not None and (v.__class__ is not str or v.strip()):
                keys_empty = False
                break
        if keys_empty:
            if any(_is_signoff(v) for v in values):
                notes_row = number
                break
        else:
            for v in key_values:
                if v.__class__ is str and v.lstrip()[:1] in _SIGNOFF_FIRST:
                    if any(_is_signoff(k) for k in key_values) and all(
                        _is_empty(k) or _is_signoff(k) for k in key_values
                    ):
                        notes_row = number
                    break
            if notes_row is not None:
                break
        if first_data and _is_column_numbers(values):
            skipped.append(SkippedRow(number, "column_numbers"))
            continue
        first_data = False
        totals = False
        for c in lead_cols:
            v = values[c]
            if (
                isinstance(v, str)
                and v.lstrip()[:1] in _TOTALS_FIRST
                and _TOTALS_RE.match(_squash(v))
            ):
                totals = True
                break
        if totals:
            skipped.append(SkippedRow(number, "totals"))
            continue
        if keys_empty:
            if all(_is_empty(v) or _is_number(v) for v in values):
                filled = sum(1 for v in values if not _is_empty(v))
                reason = "numbered_blank" if filled == 1 and first_at <= lead_end else "totals"
                skipped.append(SkippedRow(number, reason))
                continue
        elif (
            key_values[0].__class__ is str
            and key_values[0].lstrip()[:1] == header_keys[0][:1]
            and all(
                isinstance(v, str) and v.lstrip()[:1] == h[:1] and _header_text(v) == h
                for v, h in zip(key_values, header_keys, strict=True)
            )
        ):
            skipped.append(SkippedRow(number, "header_repeat"))
            continue
        rows.append(LedgerRow(number, values))
    last_row = None
    if notes_row is not None:
        # Where the sheet really ends, for "rows 14-16 were read as notes".
        last_row = notes_row
        for back in range(len(grid) - 1, index, -1):
            if any(not _is_empty(v) for v in grid[back][:width]):
                last_row = back + row_base
                break
    elif rows or skipped:
        last_row = max(rows[-1].row_number if rows else 0, skipped[-1].row_number if skipped else 0)
    return rows, skipped, blank, notes_row, last_row


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def _build_table(
    path: Path,
    sheet: str | None,
    grid: list[list[Any]],
    header: _Header,
    row_base: int,
    fmt: str,
    encoding: str | None,
    sheet_names: list[str],
) -> LedgerTable:
    rows, skipped, blank, notes_row, last_row = _collect_rows(grid, header, row_base)
    if not rows:
        raise LedgerError("the table has a header but no data rows", "empty", path, sheet)
    mapped = set(header.mapping.values())
    unmapped = [c for c, h in enumerate(header.headers) if h and c not in mapped]
    return LedgerTable(
        file=str(path),
        sheet=sheet,
        header_row=header.bottom + row_base,
        headers=header.headers,
        mapping=dict(header.mapping),
        unmapped=unmapped,
        rows=rows,
        header_rows=tuple(range(header.top + row_base, header.bottom + row_base + 1)),
        skipped=skipped,
        blank_rows=blank,
        notes_row=notes_row,
        last_row=last_row,
        format=fmt,
        encoding=encoding,
        sheet_names=sheet_names,
    )


def _visible_first(workbook: Any) -> list[str]:
    """Sheet names, visible worksheets first, chart sheets left out."""
    try:
        metadata = list(workbook.sheets_metadata)
    except Exception:
        return list(workbook.sheet_names)
    visible, hidden = [], []
    for meta in metadata:
        try:
            if str(meta.typ).rsplit(".", 1)[-1] not in ("WorkSheet",):
                continue
            (visible if str(meta.visible).rsplit(".", 1)[-1] == "Visible" else hidden).append(
                meta.name
            )
        except Exception:
            visible.append(meta.name)
    return visible + hidden


def read_ledger(path: str | Path, sheet: str | None = None) -> LedgerTable:
    """Read a ledger file and recognise its table.

    ``sheet`` names the data sheet; when None, every worksheet is tried and
    the one whose header recognises the most fields wins (visible sheets
    first, then workbook order). CSV files have no sheets (``sheet`` is
    ignored and ``LedgerTable.sheet`` is None). Raises :class:`LedgerError`
    and nothing else for anything wrong with the file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if path.is_file():
            _guarded(check_readable, path)
        if suffix in CSV_SUFFIXES:
            grid, encoding = _read_csv(path)
            header = _find_header(grid)
            if header is None:
                if not any(any(not _is_empty(v) for v in row) for row in grid):
                    raise LedgerError("the file is empty", "empty", path)
                raise LedgerError("no column of a ledger was recognised", "no_columns", path)
            # Record numbers count from 1 at the first record of the file.
            return _build_table(path, None, grid, header, 1, "csv", encoding, [])
        if suffix not in SPREADSHEET_SUFFIXES:
            raise LedgerError(
                f"unsupported file type {suffix or '(none)'}; use .xlsx, .xls, .ods or .csv",
                "not_a_spreadsheet",
                path,
            )
        if not path.is_file():
            raise LedgerError("file not found", "not_a_spreadsheet", path)
        workbook = _open_workbook(path)
        try:
            try:
                all_names = list(workbook.sheet_names)
            except Exception as exc:
                raise LedgerError(
                    f"not a readable spreadsheet: {exc}", "not_a_spreadsheet", path
                ) from exc
            if sheet is not None:
                if sheet not in all_names:
                    raise LedgerError(f"no sheet named {sheet}", "sheet_not_found", path, sheet)
                names = [sheet]
            else:
                names = _visible_first(workbook)
            best: tuple[str, list[list[Any]], _Header] | None = None
            any_content = False
            unreadable: LedgerError | None = None
            for name in names:
                try:
                    grid = _sheet_grid(workbook, name, path)
                except LedgerError as exc:
                    # A broken or odd sheet (a macro or dialog sheet) must not
                    # hide a good one when we choose; a named sheet must read.
                    if sheet is not None:
                        raise
                    unreadable = unreadable or exc
                    continue
                header = _find_header(grid)
                if header is None:
                    any_content = any_content or any(
                        any(not _is_empty(v) for v in row) for row in grid
                    )
                    continue
                any_content = True
                if best is None or header.score > best[2].score:
                    best = (name, grid, header)
            if best is None:
                where = sheet
                if unreadable is not None and not any_content:
                    raise unreadable
                if not any_content:
                    raise LedgerError("the spreadsheet is empty", "empty", path, where)
                raise LedgerError("no column of a ledger was recognised", "no_columns", path, where)
            name, grid, header = best
            return _build_table(path, name, grid, header, 1, suffix.lstrip("."), None, all_names)
        finally:
            try:
                workbook.close()
            except Exception:
                pass
    except LedgerError:
        raise
    except Exception as exc:  # anything unforeseen in a hostile file
        raise LedgerError(f"cannot read the file: {exc}", "not_a_spreadsheet", path, sheet) from exc
