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

The package: ``words`` (data/ledger.toml), ``table`` (the result),
``headers`` (header matching), ``files`` (opening files), ``header_row``
(finding the header), ``rows`` (data rows), ``read`` (the entry point).
"""

from .headers import guess_mapping, match_header, normalize_header
from .read import read_ledger
from .table import LedgerError, LedgerRow, LedgerTable, SkippedRow, cell_ref, column_letter
from .words import CSV_SUFFIXES, FIELDS, HEADER_SCAN_ROWS, KEY_FIELDS, SPREADSHEET_SUFFIXES

__all__ = [
    "CSV_SUFFIXES",
    "FIELDS",
    "HEADER_SCAN_ROWS",
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
