"""Applying a plan in one transaction, and the whole import (read, plan, apply)."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from ...domain import audit
from ...domain.deferred_indexes import deferred_indexes
from ...domain.enums import Channel, SourceLevel
from ...domain.models import CASE_FACTS, Case, HandlingUnit, Petitioner, db
from ...domain.transactions import write_transaction
from .mapping import _without_gc_passes, read_table, remembered_mapping
from .model import NEW, REJECTED, UNCHANGED, UPDATED, ImportPlan, RowPlan
from .plan import _cancelled, _chunks, plan_import


@dataclass
class ImportResult:
    new: int
    updated: int
    unchanged: int
    rejected: int


@_without_gc_passes
def apply_plan(
    plan: ImportPlan,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write every accepted row in one transaction; nothing on error or cancel."""
    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    source_file = Path(plan.table.file).name
    todo = [r for r in plan.rows if r.outcome in (NEW, UPDATED)]
    counts = Counter(map(attrgetter("outcome"), plan.rows))  # one pass, in C
    with write_transaction():  # IMMEDIATE: a second import waits, then says "busy"
        units = _unit_ids(todo)
        adding = counts[NEW]
        with (
            audit.bulk_inserts(Petitioner, Case),
            deferred_indexes({"case": adding, "petitioner": adding}),
        ):
            pids, new_petitioners = _petitioner_ids(todo, now)
            next_case = (Case.select(Case.id).order_by(Case.id.desc()).scalar() or 0) + 1
            first_case = next_case
            new_cases = _write_cases(
                todo, pids, units, (source_file, now), next_case, progress, cancelled
            )
            next_case += len(new_cases)
            _check_new_cases(new_cases)
            for _n, chunk in enumerate(_chunks(new_cases, 2000)):
                if cancelled and cancelled():
                    raise _cancelled()
                _insert_rows("case", _NEW_CASE_COLUMNS, chunk, checked=True)
        if cancelled and cancelled():  # the last chance: nothing is committed yet
            raise _cancelled()
        note = _import_note(plan, counts, (first_case, next_case), new_petitioners)
        audit.log_action("import", "case", note=note)
    if progress:
        progress(len(todo), len(todo))
    return ImportResult(counts[NEW], counts[UPDATED], counts[UNCHANGED], counts[REJECTED])


def _unit_ids(todo: list[RowPlan]) -> dict[str, int]:
    """Every handling unit's id by name; the units new in this ledger are added."""
    units = {
        name: uid for uid, name in HandlingUnit.select(HandlingUnit.id, HandlingUnit.name).tuples()
    }
    for name in sorted({r.unit for r in todo if r.unit and r.unit not in units}):
        units[name] = HandlingUnit.insert(name=name).execute()
    return units


class _IsoDates(dict):
    """A date's ISO text (as peewee stores a DateField), made once per distinct
    date: a ledger's 40,000 dates are a few thousand days."""

    def __init__(self):
        super().__init__({None: None})

    def __missing__(self, day: dt.date) -> str:
        text = self[day] = day.isoformat()
        return text


def _write_cases(
    todo: list[RowPlan],
    pids: list[int],
    units: dict[str, int],
    stamp: tuple[str, str],
    next_case: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> list[tuple]:
    """Update the changed cases (in the ledger's order) and return the new
    cases' rows in ``_NEW_CASE_COLUMNS`` order, as peewee stores the values;
    ``stamp`` is the source file's name and the time of the import."""
    source_file, now = stamp
    iso = _IsoDates()
    unit_of = units.get
    rows: list[tuple] = []
    append = rows.append
    for i, (r, pid) in enumerate(zip(todo, pids, strict=True)):
        if i % 1000 == 0 and (cancelled or progress):
            if cancelled and cancelled():
                raise _cancelled()
            if progress:
                progress(i, len(todo))
        unit_id = unit_of(r.unit) if r.unit else None
        if r.outcome != NEW:
            _update_case(r, pid, unit_id, now)
            continue
        case = r.case
        append(
            (
                next_case,
                r.case_no,
                pid,
                unit_id,
                source_file,
                now,
                now,
                case["people_count"],
                case["channel"],
                case["source_level"],
                iso[case["registered_on"]],
                case["category"],
                case["demand"],
                case["leader"],
                iso[case["concluded_on"]],
                case["conclusion"],
                int(case["many_people"]),
                0,
                0,
                0,
            )
        )
        next_case += 1
    return rows


def _import_note(
    plan: ImportPlan, counts: Counter, cases: tuple[int, int], new_petitioners
) -> dict:
    """The import's audit note: the rows inserted without an audit record each are named."""
    first_case, next_case = cases
    note = {
        "file": plan.table.file,
        "sheet": plan.table.sheet,
        "new": counts[NEW],
        "updated": counts[UPDATED],
        "rejected": counts[REJECTED],
    }
    if next_case > first_case:
        note["case_ids"] = [first_case, next_case - 1]
    if new_petitioners:
        note["petitioner_ids"] = list(new_petitioners)
    return note


def _update_case(r: RowPlan, pid: int, unit_id: int | None, now: str) -> None:
    values: dict[str, Any] = {"updated_at": now}
    for key, (_before, after) in r.changes.items():
        if key == "handling_unit":
            values["handling_unit"] = unit_id
        elif key == "petitioner":
            values["petitioner"] = pid
        elif not key.startswith("petitioner."):
            values[key] = after
    if len(values) > 1:
        Case.update(values).where(Case.id == r.case_id).execute()
    person = {
        k.split(".", 1)[1]: after
        for k, (_b, after) in r.changes.items()
        if k.startswith("petitioner.")
    }
    if person:
        person["updated_at"] = now
        Petitioner.update(person).where(Petitioner.id == pid).execute()


def _petitioner_ids(todo: list[RowPlan], now: str) -> tuple[list[int], tuple[int, int] | None]:
    """The petitioner of every row (in ``todo``'s order): found by ID number,
    by name and phone, or new; and the first and last id of the new ones
    (consecutive), if any."""
    result: list[int] = []
    found = result.append
    next_id = (Petitioner.select(Petitioner.id).order_by(Petitioner.id.desc()).scalar() or 0) + 1
    by_id_number: dict[str, int] = {}
    by_name = _known_by_name(todo)
    rows = []
    for r in todo:
        person = r.petitioner
        number = person["id_number"]
        if r.petitioner_id is not None:
            found(r.petitioner_id)
            if number:
                by_id_number.setdefault(number, r.petitioner_id)
            continue
        if number:
            pid = by_id_number.get(number)
            if pid is not None:
                found(pid)
                continue
            phones: set[str] = set()
        else:
            phones = set((person["phones"] or "").split(",")) - {""}
            if phones:
                match = next(
                    (pid for pid, known in by_name.get(person["name"], []) if known & phones), None
                )
                if match is not None:
                    found(match)
                    continue
        pid = next_id
        next_id += 1
        rows.append(
            (
                pid,
                now,
                now,
                person["name"],
                number,
                person["phones"],
                person["address"],
                person["village"],
            )
        )
        found(pid)
        if number:
            by_id_number[number] = pid
        else:
            by_name.setdefault(person["name"], []).append((pid, phones))
    _insert_rows("petitioner", _NEW_PETITIONER_COLUMNS, rows)
    return result, ((rows[0][0], rows[-1][0]) if rows else None)


def _known_by_name(todo: list[RowPlan]) -> dict[str, list[tuple[int, set[str]]]]:
    """The register's petitioners named like a row without an ID: (id, phones) by name."""
    by_name: dict[str, list[tuple[int, set[str]]]] = {}
    names = sorted(
        {
            r.petitioner["name"]
            for r in todo
            if not r.petitioner["id_number"] and r.petitioner_id is None
        }
    )
    for chunk in _chunks(names):
        for pid, name, phones in (
            Petitioner.select(Petitioner.id, Petitioner.name, Petitioner.phones)
            .where(Petitioner.name.in_(chunk))
            .tuples()
        ):
            by_name.setdefault(name, []).append((pid, set((phones or "").split(",")) - {""}))
    return by_name


_NEW_CASE_COLUMNS = (
    "id",
    "case_no",
    "petitioner_id",
    "handling_unit_id",
    "source_file",
    "created_at",
    "updated_at",
    *CASE_FACTS,  # the case's facts, in the model's order (the rows are built in it)
)
_NEW_PETITIONER_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "name",
    "id_number",
    "phones",
    "address",
    "village",
)


_CHANNELS = frozenset(c.value for c in Channel) | {None}
_SOURCE_LEVELS = frozenset(s.value for s in SourceLevel) | {None}
_PEOPLE_AT = _NEW_CASE_COLUMNS.index("people_count")
_CHANNEL_AT = _NEW_CASE_COLUMNS.index("channel")
_SOURCE_AT = _NEW_CASE_COLUMNS.index("source_level")


def _check_new_cases(rows: list[tuple]) -> None:
    """The case table's CHECK constraints, checked here for the whole import
    (see ``_insert_rows``). The values come from the enums and the
    normalisers, so a failure is a bug: the import stops and rolls back."""
    if not rows or (
        min(map(itemgetter(_PEOPLE_AT), rows)) >= 1
        and set(map(itemgetter(_CHANNEL_AT), rows)) <= _CHANNELS
        and set(map(itemgetter(_SOURCE_AT), rows)) <= _SOURCE_LEVELS
    ):
        return  # the whole list at once, in C; the loop below names the row
    for row in rows:
        if not (
            row[_PEOPLE_AT] >= 1
            and row[_CHANNEL_AT] in _CHANNELS
            and row[_SOURCE_AT] in _SOURCE_LEVELS
        ):
            raise RuntimeError(f"case {row[1]!r} breaks the case table's constraints: {row!r}")


def _insert_rows(
    table: str, columns: tuple[str, ...], rows: list[tuple], checked: bool = False
) -> None:
    """executemany straight on the connection, values already as peewee stores
    them: building SQL per row in peewee costs ~0.2 ms a row, most of a
    20,000-row import. Every NOT NULL column must be given: peewee's defaults
    are Python-side, not in the schema.

    ``checked``: the caller has checked the rows against the table's CHECK
    constraints, so SQLite skips them for this statement. Its ``IN (...)``
    checks cost ~10 us a row: 0.2 s of a 20,000-row import. NOT NULL, UNIQUE
    and foreign keys are still enforced by SQLite."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    con = db.connection()
    if checked:
        con.execute("PRAGMA ignore_check_constraints = ON")
    try:
        con.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    finally:
        if checked:
            con.execute("PRAGMA ignore_check_constraints = OFF")


@_without_gc_passes
def import_ledger(
    path: str | os.PathLike,
    sheet: str | None = None,
    dry_run: bool = False,
    mapping: dict[str, int] | None = None,
    reject_bad_ids: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Read, plan and (unless ``dry_run``) apply; the plan says what happened."""
    table = read_table(path, sheet)
    if mapping is None:
        mapping = remembered_mapping(table)
    plan = plan_import(table, mapping, reject_bad_ids, progress=None, cancelled=cancelled)
    if not dry_run:
        apply_plan(plan, progress=progress, cancelled=cancelled)
    return plan
