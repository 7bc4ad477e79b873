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

The package: ``results`` (the result objects), ``text``, ``ids``,
``phones``, ``dates``, ``counts``, ``petitioners``; the masks for lists and
exports are in ``masking`` (re-exported here).
"""

from .counts import parse_int
from .dates import excel_serial_to_date, parse_date
from .ids import birth_date_from_id, id_check_char, parse_id_number
from .masking import mask_address, mask_id, mask_name, mask_phone
from .petitioners import parse_petitioner
from .phones import parse_phones
from .results import ERROR, INFO, WARNING, IdResult, Parsed, PetitionerResult, PhonesResult, Problem
from .text import clean_text

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
