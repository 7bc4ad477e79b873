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

The package: ``model`` (plan, rows, issues, reasons), ``mapping`` (reading the
table, the remembered column mapping), ``words`` (source levels, channels,
villages), ``columns`` and ``plan`` (planning), ``apply`` (one transaction,
and the whole import), ``rejected`` (the rejected rows as an xlsx).
"""

from .apply import ImportResult, apply_plan, import_ledger
from .mapping import read_table, remember_mapping, remembered_mapping
from .model import (
    MANY_PEOPLE_THRESHOLD,
    MAX_PEOPLE,
    NEW,
    REASONS,
    REJECTED,
    UNCHANGED,
    UPDATED,
    ImportPlan,
    Issue,
    LedgerImportError,
    RowPlan,
)
from .plan import plan_import
from .rejected import save_rejected
from .words import recognise_channel, recognise_source, village_from_address

__all__ = [
    "MANY_PEOPLE_THRESHOLD",
    "MAX_PEOPLE",
    "NEW",
    "REASONS",
    "REJECTED",
    "UNCHANGED",
    "UPDATED",
    "ImportPlan",
    "ImportResult",
    "Issue",
    "LedgerImportError",
    "RowPlan",
    "apply_plan",
    "import_ledger",
    "plan_import",
    "read_table",
    "recognise_channel",
    "recognise_source",
    "remember_mapping",
    "remembered_mapping",
    "save_rejected",
    "village_from_address",
]
