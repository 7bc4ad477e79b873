"""The rejected rows of a ledger, as the clerk may take them away: masked and audited.

``save_rejected`` (``ledger_import``) writes the rows the import refused, to
be corrected and imported again. They carry the petitioners' ID numbers and
phones: masked unless the clerk reveals them, and the export is recorded in
the audit log either way, as every export of personal data is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..domain import audit
from ..domain.models import db
from ..domain.normalize.masking import mask_id, mask_phone
from ..domain.transactions import write_transaction

_MASKS = {"id_number": mask_id, "phones": mask_phone}


def mask_rejected(values: Sequence[Any], mapping: Mapping[str, int]) -> list[Any]:
    """``values`` of one ledger row with its ID number and phone columns masked."""
    out = list(values)
    for field, mask in _MASKS.items():
        column = mapping.get(field)
        if column is not None and column < len(out) and out[column] not in (None, ""):
            out[column] = mask(str(out[column]))
    return out


def audit_rejected(path: Path, rows: int, revealed: bool) -> None:
    """Record the export (file, rows, whether unmasked) when a database is open."""
    if db.obj is None:
        return
    with write_transaction():
        audit.log_action(
            "reveal" if revealed else "export",
            "rejected_rows",
            None,
            {"file": Path(path).name, "rows": rows, "revealed": revealed},
        )
