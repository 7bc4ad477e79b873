"""A case's history: the fields an audit record changed (``history_changes``), for
the case dialog; re-exported by ``register``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .cases import HistoryEntry
from .models import HandlingUnit

#: Columns whose change says nothing to people.
_QUIET_COLUMNS = {"id", "created_at", "updated_at", "source_file"}


@dataclass(frozen=True)
class FieldChange:
    """One field of an audit record that changed: its key and both values."""

    field: str  # "handling_unit" for handling_unit_id, "petitioner" for petitioner_id
    before: Any
    after: Any


def history_changes(entry: HistoryEntry) -> list[FieldChange]:
    """The fields an audit record changed, in column order.

    An insert lists the values it set, a delete the values it removed; only
    keys whose value differs are given. Unit ids are shown by unit name.
    """
    before = _json(entry.before)
    after = _json(entry.after)
    keys = list(dict.fromkeys([*before, *after]))
    changes = []
    for key in keys:
        if key in _QUIET_COLUMNS:
            continue
        old, new = before.get(key), after.get(key)
        if old == new or (old is None and new is None):
            continue
        changes.append(FieldChange(key, old, new))
    unit_ids = {
        v for c in changes if c.field == "handling_unit_id" for v in (c.before, c.after) if v
    }
    names = (
        dict(
            HandlingUnit.select(HandlingUnit.id, HandlingUnit.name)
            .where(HandlingUnit.id.in_(list(unit_ids)))
            .tuples()
        )
        if unit_ids
        else {}
    )
    result = []
    for c in changes:
        if c.field == "handling_unit_id":
            c = FieldChange(
                "handling_unit", names.get(c.before, c.before), names.get(c.after, c.after)
            )
        elif c.field == "petitioner_id":
            c = FieldChange("petitioner", c.before, c.after)
        result.append(c)
    return result


def _json(text: str | None) -> dict:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
