"""Which case and which person a ledger row is: the importer's matching rules.

Two rules that keep an import from splitting one case in two or merging two
people into one, and that make importing the same file again a fixed point
(every row unchanged):

- **Case numbers** match on :func:`domain.case_numbers.case_key` (NFKC, upper
  case, no blanks): ``xf20171100041`` is ``XF20171100041``. The register keeps
  the county's spelling; a row that matched another spelling says so.
- **One ID number, one name.** An ID number belongs to the person the register
  already has under it, or else to the first row of the file that carries it.
  A row with the same ID and another name is not merged into that person (that
  dropped the second name, phone and address, and each re-import renamed the
  person back and forth): its case is imported for its own name with the ID
  left empty, and a warning names both rows and both names.

The functions work on the importer's ``RowPlan`` objects (``row``,
``case_no``, ``petitioner``, ``warnings``, ``errors``, ``outcome``) and add
``Issue`` objects through the ``issue`` callable they are given, so this
module knows nothing of how issues are presented.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from ..domain.case_numbers import case_key
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.models import HOME_TOWN_ID, db

__all__ = ["MATCHING_REASONS", "mark_repeats", "other_spellings", "settle_shared_ids"]

MATCHING_REASONS = {
    "case_no_same_as": QT_TRANSLATE_NOOP(
        "UserError",
        "the case number {value} is the case number {other} of row {first} (only letter "
        "case, full-width characters or spaces differ)",
    ),
    "case_no_matched": QT_TRANSLATE_NOOP(
        "UserError",
        "the case number {value} matched the register's case {other} (only letter case, "
        "full-width characters or spaces differ); the register keeps {other}",
    ),
    "id_two_names": QT_TRANSLATE_NOOP(
        "UserError",
        "the ID number {value} is given to {other} in row {first} and to {name} here: "
        "this case was imported for {name} with the ID left empty",
    ),
    "id_other_person": QT_TRANSLATE_NOOP(
        "UserError",
        "the ID number {value} belongs to {other} in the register, not to {name}: "
        "this case was imported for {name} with the ID left empty",
    ),
}

#: issue(plan, field_key, code, value, first=..., other=..., name=...) adds a
#: warning (``error=True``: an error) to the plan.
IssueAdder = Callable[..., None]


def mark_repeats(plans: Iterable[Any], issue: IssueAdder, rejected: str) -> None:
    """Reject the second and later rows of one case number (by its key, which
    is kept in ``plan.key``)."""
    seen: dict[str, Any] = {}
    for plan in plans:
        if not plan.case_no or plan.outcome == rejected:
            continue
        key = plan.key = case_key(plan.case_no)
        first = seen.get(key)
        if first is None:
            seen[key] = plan
            continue
        if first.case_no == plan.case_no:
            issue(plan, "case_no", "case_no_repeated", plan.case_no, first=first.row, error=True)
        else:
            issue(
                plan,
                "case_no",
                "case_no_same_as",
                plan.case_no,
                first=first.row,
                other=first.case_no,
                error=True,
            )
        plan.outcome = rejected


# Case numbers stored in another form than their key: lower-case letters,
# blanks or anything outside printable ASCII. Most registers have none, and
# the covering index on (case_no, town_id) answers this without the table.
_OTHER_SPELLINGS_SQL = (
    'SELECT case_no FROM "case" WHERE town_id = ? AND '
    "(case_no GLOB '*[^!-~]*' OR case_no GLOB '*[a-z]*')"
)


def other_spellings(keys: Iterable[str]) -> list[str]:
    """The register's case numbers written otherwise than their key whose key
    is one of these keys: what an exact lookup misses."""
    wanted = set(keys)
    return [
        stored
        for (stored,) in db.execute_sql(_OTHER_SPELLINGS_SQL, (HOME_TOWN_ID,))
        if case_key(stored) in wanted
    ]


def register_match(existing: dict[str, dict], case_no: str, key: str) -> dict | None:
    """The register's row for a case number: its own spelling first, then any
    spelling with the same key (``existing`` maps stored case numbers and
    their keys to rows)."""
    return existing.get(case_no) or existing.get(key)


def index_by_key(rows: Iterable[dict]) -> dict[str, dict]:
    """Rows by stored case number and by key: a stored spelling always finds
    its own row; a key no row is stored as finds the oldest row with it."""
    rows = sorted(rows, key=lambda r: r["id"])
    result = {row["case_no"]: row for row in rows}
    for row in rows:
        result.setdefault(case_key(row["case_no"]), row)
    return result


def settle_shared_ids(accepted: list[Any], holders: dict[str, dict], issue: IssueAdder) -> None:
    """One ID number, one name: rows whose name differs from the ID's owner
    lose the ID (``petitioner["id_number"] = None``, the number kept in
    ``petitioner["id_conflict"]``) and get a warning naming both."""
    owners: dict[str, Any] = {}  # ID -> first row of the file with the owner's name
    for plan in accepted:
        person = plan.petitioner
        number = person["id_number"]
        if not number:
            continue
        holder = holders.get(number)
        owner = owners.get(number)
        if owner is None and (holder is None or holder["name"] == person["name"]):
            owners[number] = plan
            continue
        owner_name = holder["name"] if holder else owner.petitioner["name"]
        if person["name"] == owner_name:
            continue
        if owner is not None and owner.petitioner["name"] == owner_name:
            issue(
                plan,
                "id_number",
                "id_two_names",
                number,
                first=owner.row,
                other=owner_name,
                name=person["name"],
            )
        else:
            issue(
                plan, "id_number", "id_other_person", number, other=owner_name, name=person["name"]
            )
        person["id_number"] = None
        person["id_conflict"] = number


def holders_of(ids: Iterable[str]) -> dict[str, dict]:
    """The register's petitioners holding these ID numbers."""
    numbers = list(set(ids))
    return {
        number: {"id": pid, "name": name}
        for pid, name, number in db.execute_sql(
            "SELECT id, name, id_number FROM petitioner"
            f" WHERE town_id = {HOME_TOWN_ID} AND id_number IN (SELECT value FROM json_each(?))",
            (json.dumps(numbers),),
        )
    }
