"""The schema of ``data.json``: every value checked before anything of a package is merged.

``validate_data`` walks the whole object once, without touching the
database: the lists and their lengths, every field of every row (type,
range, length, codes, times without a time zone: ``Converter``), the
references between rows (a case's petitioner, a target's case, staff
indexes, the record an item was raised on), the nesting depth and size of
the free-form ``criteria``, and that the figures are the manifest's. The
first problem found is raised as ``DataError`` naming its place
(``targets[3].visits[0].satisfaction``), so the county sees why a package was
refused and the batch goes on with the next one. The merge (``county.py``)
then works on data known to be well formed, and on the column values the
check converted (``Rows``): each value is converted once.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from .exchange_data import FIELDS, MAX_NAME, MAX_TEXT, Converter, counts, data_error

DATA_FORMAT = "rv_desktop campaign data"
#: The most rows of any one list (a county has some thousand targets per town).
MAX_ROWS = 1_000_000
#: ``criteria`` (the screening criteria, free JSON): depth and size.
MAX_DEPTH = 16
MAX_CRITERIA = 100_000
MAX_PHONES = 20


def _list(obj: Any, key: str, place: str, convert: Converter) -> list:
    items = convert.items(obj, key, place)
    if len(items) > MAX_ROWS:
        raise data_error(f"{place}.{key}" if place else key, f"more than {MAX_ROWS} rows")
    return items


def depth(value: Any, limit: int = MAX_DEPTH + 1) -> int:
    """How deeply ``value`` nests lists and objects (stops counting past ``limit``)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > limit:
                return level
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def _criteria(value: Any) -> None:
    if value is None:
        return
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise data_error("campaign.criteria", f"longer than {MAX_TEXT} characters")
        return
    if not isinstance(value, dict | list):
        raise data_error("campaign.criteria", "not an object, a list or a text")
    if depth(value) > MAX_DEPTH:
        raise data_error("campaign.criteria", f"nested more than {MAX_DEPTH} levels deep")
    if len(json.dumps(value, ensure_ascii=False)) > MAX_CRITERIA:
        raise data_error("campaign.criteria", f"longer than {MAX_CRITERIA} characters")


@dataclass
class Rows:
    """The column values of a checked data.json, each list in its order (``FIELDS``'
    fields only: the references and names stay in the data)."""

    campaign: dict
    staff: list[dict] = field(default_factory=list)
    petitioners: list[dict] = field(default_factory=list)
    cases: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)
    #: per target: its visit records, each with its contact attempts; its items
    visits: list[list[dict]] = field(default_factory=list)
    contacts: list[list[list[dict]]] = field(default_factory=list)
    follow_ups: list[list[dict]] = field(default_factory=list)
    #: what was still open at export (``open_at_export.py``); None: not recorded
    open_at_export: dict | None = None


def validate_data(data: Any, campaign: str, figures: dict | None = None) -> Rows:
    """Raise ``DataError`` for the first thing in ``data`` this program cannot merge;
    else give its column values."""
    convert = Converter()
    if not isinstance(data, dict) or data.get("format") != DATA_FORMAT:
        raise data_error("data.json", "not the campaign data of this program")
    plan = convert.row(*FIELDS["campaign"], data.get("campaign"), "campaign")
    if plan["name"] != campaign:
        raise data_error("campaign.name", "not the manifest's campaign")
    _criteria(data["campaign"].get("criteria"))
    rows = Rows(plan)

    staff = _list(data, "staff", "", convert)
    roles: set[tuple] = set()
    for i, item in enumerate(staff):
        row = convert.row(*FIELDS["staff"], item, f"staff[{i}]")
        convert.name(item.get("unit"), f"staff[{i}].unit")
        if (row["name"], row["role"]) in roles:
            raise data_error(f"staff[{i}]", f"{row['name']} is there twice")
        roles.add((row["name"], row["role"]))
        rows.staff.append(row)
    people = _list(data, "petitioners", "", convert)
    for i, item in enumerate(people):
        rows.petitioners.append(convert.row(*FIELDS["petitioners"], item, f"petitioners[{i}]"))
        phones = item.get("phones")
        if (
            not isinstance(phones, list)
            or len(phones) > MAX_PHONES
            or not all(isinstance(p, str) and len(p) <= 32 and "," not in p for p in phones)
        ):
            raise data_error(f"petitioners[{i}].phones", "not a list of phone numbers")
    case_nos: set[str] = set()
    for i, item in enumerate(_list(data, "cases", "", convert)):
        row = convert.row(*FIELDS["cases"], item, f"cases[{i}]")
        convert.index(item.get("petitioner"), len(people), f"cases[{i}].petitioner")
        convert.name(item.get("handling_unit"), f"cases[{i}].handling_unit")
        if row["case_no"] in case_nos:
            raise data_error(f"cases[{i}].case_no", f"{row['case_no']} is there twice")
        case_nos.add(row["case_no"])
        rows.cases.append(row)
    seen: set[str] = set()
    for i, item in enumerate(_list(data, "targets", "", convert)):
        _target(convert, item, f"targets[{i}]", len(staff), case_nos, seen, rows)
    if figures is not None and counts(data) != {k: figures.get(k) for k in counts(data)}:
        raise data_error("manifest.counts", "not the figures of data.json")
    rows.open_at_export = check_open_at_export(data.get("open_at_export"))
    return rows


def check_open_at_export(value: Any) -> dict | None:
    """``open_at_export`` as the town wrote it (absent in older packages: None)."""
    from .open_at_export import KINDS, MAX_CASE_NOS

    place = "open_at_export"
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"as_of", *KINDS}:
        raise data_error(place, "not the four lists and their date")
    try:
        dt.date.fromisoformat(value["as_of"] if isinstance(value["as_of"], str) else "")
    except ValueError:
        raise data_error(f"{place}.as_of", "not a date") from None
    for kind in KINDS:
        item, where = value[kind], f"{place}.{kind}"
        if not isinstance(item, dict) or set(item) != {"count", "case_nos"}:
            raise data_error(where, "not a count and its case numbers")
        count, case_nos = item["count"], item["case_nos"]
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= MAX_ROWS:
            raise data_error(f"{where}.count", "not a number of targets")
        if (
            not isinstance(case_nos, list)
            or len(case_nos) > min(count, MAX_CASE_NOS)
            or not all(isinstance(c, str) and 0 < len(c) <= MAX_NAME for c in case_nos)
        ):
            raise data_error(f"{where}.case_nos", f"not at most {MAX_CASE_NOS} case numbers")
    return value


def _target(
    convert: Converter,
    item: Any,
    place: str,
    staff: int,
    case_nos: set[str],
    seen: set[str],
    rows: Rows,
) -> None:
    rows.targets.append(convert.row(*FIELDS["targets"], item, place))
    visits: list[dict] = []
    contacts: list[list[dict]] = []
    follow_ups: list[dict] = []
    rows.visits.append(visits)
    rows.contacts.append(contacts)
    rows.follow_ups.append(follow_ups)
    case_no = item.get("case_no")
    if not isinstance(case_no, str) or case_no not in case_nos or case_no in seen:
        raise data_error(f"{place}.case_no", "not one of the cases, or there twice")
    seen.add(case_no)
    convert.index(item.get("responsible_leader"), staff, f"{place}.responsible_leader", True)
    for j, ref in enumerate(_list(item, "visitors", place, convert)):
        convert.index(ref, staff, f"{place}.visitors[{j}]")
    for j, name in enumerate(_list(item, "joining_units", place, convert)):
        if convert.name(name, f"{place}.joining_units[{j}]") is None:
            raise data_error(f"{place}.joining_units[{j}]", "not a name")
    numbers: set[int] = set()
    for j, visit in enumerate(_list(item, "visits", place, convert)):
        vplace = f"{place}.visits[{j}]"
        row = convert.row(*FIELDS["visits"], visit, vplace)
        if row["visit_no"] in numbers:
            raise data_error(f"{vplace}.visit_no", "there twice")
        numbers.add(row["visit_no"])
        visits.append(row)
        contacts.append(
            [
                convert.row(*FIELDS["contacts"], contact, f"{vplace}.contacts[{k}]")
                for k, contact in enumerate(_list(visit, "contacts", vplace, convert))
            ]
        )
    for j, followup in enumerate(_list(item, "follow_ups", place, convert)):
        fplace = f"{place}.follow_ups[{j}]"
        follow_ups.append(convert.row(*FIELDS["follow_ups"], followup, fplace))
        convert.name(followup.get("unit"), f"{fplace}.unit")
        visit_no = followup.get("visit_no")
        if visit_no is not None and (not isinstance(visit_no, int) or visit_no not in numbers):
            raise data_error(f"{fplace}.visit_no", "not one of its visits")
