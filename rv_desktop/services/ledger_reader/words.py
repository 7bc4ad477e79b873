"""The words the reader recognises (data/ledger.toml), and its limits."""

from __future__ import annotations

from ...domain import vocabulary

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
