"""The rejected rows saved as an xlsx for the clerk to fix and import again."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...domain import vocabulary
from ..ledger_reader import column_letter
from ..output import write_atomically
from ..rejected_rows import audit_rejected, mask_rejected
from ..xlsx_out import append
from .model import REJECTED, ImportPlan


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
