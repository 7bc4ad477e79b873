"""``data.json`` of an exchange package: one town's campaign as plain JSON, and back.

``campaign_data`` reads a campaign's targets of one town (the office's own in
a town database) with the tasks, visit records and contact attempts,
follow-up / rework / help items, and the cases, petitioners and staff they
need, in a handful of queries. Rows refer to each other by position
(``petitioner``: index into ``petitioners``, ``responsible_leader`` and
``visitors``: indexes into ``staff``) and by name (handling units), never by
database id: ids mean nothing in another database.

The order is fixed (cases by case number, visits by number, contact attempts
by time, items by when they were raised), so the same data always gives the
same JSON; the county's database, read back with the same function, gives
the very JSON the town sent (the round-trip test relies on it).

``Converter`` (``exchange_convert.py``) turns JSON values back into column
values, checking each one (``DataError`` names the place, such as
``targets[3].visits[0].satisfaction``).
The fields of each kind of row are listed in ``FIELDS`` and documented in
docs/exchange-format.md.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from typing import Any

from peewee import (
    JOIN,
    BooleanField,
    DateField,
    DateTimeField,
    Field,
    chunked,
)

from ..domain.campaigns import CampaignPlan
from ..domain.models import (
    CASE_FACTS,
    HOME_TOWN_ID,
    Campaign,
    Case,
    ContactAttempt,
    FollowUp,
    HandlingUnit,
    Petitioner,
    Staff,
    Target,
    TaskVisitor,
    VisitRecord,
)
from ..domain.target_query import unit_names
from .exchange_convert import (
    LATER_VISIT_FIELDS,
    MAX_NAME,
    MAX_TEXT,
    MAX_WHOLE,
    Converter,
    DataError,
    data_error,
)

#: The version of the data.json layout this program writes and the newest it reads.
DATA_VERSION = 1

#: A campaign travels as its plan (what the campaign dialog edits).
_CAMPAIGN = [f.name for f in fields(CampaignPlan)]
_PETITIONER = ["name", "id_number", "address", "village"]  # + phones (a list)
_STAFF = ["name", "role", "title", "phone", "active", "left_on"]  # + unit (a name)
_CASE = ["case_no", *CASE_FACTS, "source_file"]  # + petitioner (index), handling_unit (a name)
_TARGET = [
    "included",
    "exclusion_reason",
    "exclusion_note",
    "key_case",
    "added_by_hand",
    "planned_method",
    "due_on",
    "status",
]  # + case_no, responsible_leader, visitors, joining_units, visits, follow_ups
_VISIT = [
    f.name
    for f in VisitRecord._meta.sorted_fields
    if f.name not in ("id", "target", "created_at", "updated_at")
]  # + contacts
_CONTACT = ["at", "means", "outcome", "note"]
_FOLLOW_UP = [
    "kind",
    "reason",
    "action",
    "assignee",
    "due_on",
    "state",
    "closed_on",
    "result",
    "created_at",
]  # + unit (a name), visit_no (the record that raised it, or null)

#: The stored fields of each kind of row, as data.json names them.
FIELDS: dict[str, tuple[type, list[str]]] = {
    "campaign": (Campaign, _CAMPAIGN),
    "petitioners": (Petitioner, _PETITIONER),
    "staff": (Staff, _STAFF),
    "cases": (Case, _CASE),
    "targets": (Target, _TARGET),
    "visits": (VisitRecord, _VISIT),
    "contacts": (ContactAttempt, _CONTACT),
    "follow_ups": (FollowUp, _FOLLOW_UP),
}


def to_json(field: Field, value: Any) -> Any:
    """A column value as data.json writes it (dates ISO 8601, enums as codes)."""
    if value is None:
        return None
    if isinstance(field, DateTimeField):
        return value.isoformat() if isinstance(value, dt.datetime) else str(value)
    if isinstance(field, DateField):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if isinstance(field, BooleanField):
        return bool(value)
    if hasattr(value, "value") and isinstance(value, str):  # an enum member
        return value.value
    return value


def _row(model: type, names: list[str], values: dict) -> dict:
    return {name: to_json(model._meta.fields[name], values[name]) for name in names}


def _in_town(campaign_id: int, town_id: int):
    return (
        Target.select(Target.id)
        .join(Case)
        .where((Target.campaign == campaign_id) & (Case.town == town_id))
    )


def _targets(campaign_id: int, town_id: int) -> list[dict]:
    """The campaign's targets of the town with their cases' columns, by case number."""
    columns = [getattr(Target, n) for n in _TARGET] + [getattr(Case, n) for n in _CASE]
    return list(
        Target.select(
            Target.id,
            Target.responsible_leader,
            Case.petitioner,
            HandlingUnit.name.alias("unit_name"),
            *columns,
        )
        .join(Case)
        .join(HandlingUnit, on=(Case.handling_unit == HandlingUnit.id), join_type=JOIN.LEFT_OUTER)
        .where((Target.campaign == campaign_id) & (Case.town == town_id))
        .order_by(Case.case_no)
        .dicts()
    )


def _people(petitioner_ids: list[int]) -> dict[int, dict]:
    people = {}
    for batch in chunked(petitioner_ids, 500):
        for p in Petitioner.select().where(Petitioner.id.in_(list(batch))).dicts():
            people[p["id"]] = p
    return people


def _task_links(in_town) -> tuple[dict[int, list[int]], dict[int, list[str]]]:
    """The visitors (staff ids) and the joining units (names) of each target."""
    visitors: dict[int, list[int]] = {}
    for tid, sid in (
        TaskVisitor.select(TaskVisitor.target, TaskVisitor.staff)
        .where(TaskVisitor.target.in_(in_town))
        .order_by(TaskVisitor.target, TaskVisitor.staff)
        .tuples()
    ):
        visitors.setdefault(tid, []).append(sid)
    return visitors, unit_names(Target.id.in_(in_town), by_id=True)


def _staff(targets: list[dict], visitors: dict[int, list[int]]) -> list[dict]:
    """The staff the tasks name, by name and role."""
    staff_ids = {t["responsible_leader"] for t in targets if t["responsible_leader"]}
    staff_ids |= {s for ids in visitors.values() for s in ids}
    return list(
        Staff.select(Staff, HandlingUnit.name.alias("unit_name"))
        .join(HandlingUnit, on=(Staff.unit == HandlingUnit.id), join_type=JOIN.LEFT_OUTER)
        .where(Staff.id.in_(sorted(staff_ids)))
        .order_by(Staff.name, Staff.role)
        .dicts()
    )


def _records(in_town) -> tuple[dict, dict, dict, dict]:
    """Visit records by target, visit numbers by record id, contact attempts by
    record, items by target."""
    visits: dict[int, list[dict]] = {}
    visit_no: dict[int, int] = {}
    for v in (
        VisitRecord.select()
        .where(VisitRecord.target.in_(in_town))
        .order_by(VisitRecord.target, VisitRecord.visit_no)
        .dicts()
    ):
        visits.setdefault(v["target"], []).append(v)
        visit_no[v["id"]] = v["visit_no"]
    contacts: dict[int, list[dict]] = {}
    for c in (
        ContactAttempt.select()
        .join(VisitRecord)
        .where(VisitRecord.target.in_(in_town))
        .order_by(ContactAttempt.visit, ContactAttempt.at, ContactAttempt.id)
        .dicts()
    ):
        contacts.setdefault(c["visit"], []).append(c)
    items: dict[int, list[dict]] = {}
    for f in (
        FollowUp.select(FollowUp, HandlingUnit.name.alias("unit_name"))
        .join(HandlingUnit, on=(FollowUp.unit == HandlingUnit.id), join_type=JOIN.LEFT_OUTER)
        .where(FollowUp.target.in_(in_town))
        .order_by(FollowUp.target, FollowUp.created_at, FollowUp.id)
        .dicts()
    ):
        items.setdefault(f["target"], []).append(f)
    return visits, visit_no, contacts, items


def _target_json(t: dict, staff_index: dict, visitors: dict, units: dict, records: tuple) -> dict:
    """One target of data.json, with its visit records, contact attempts and items."""
    visits, visit_no, contacts, items = records
    tid = t["id"]
    return {
        "case_no": t["case_no"],
        **_row(Target, _TARGET, t),
        "responsible_leader": staff_index.get(t["responsible_leader"]),
        "visitors": sorted(staff_index[s] for s in visitors.get(tid, [])),
        "joining_units": sorted(units.get(tid, [])),
        "visits": [
            {
                **_row(VisitRecord, _VISIT, v),
                "contacts": [_row(ContactAttempt, _CONTACT, c) for c in contacts.get(v["id"], [])],
            }
            for v in visits.get(tid, [])
        ],
        "follow_ups": [
            {
                **_row(FollowUp, _FOLLOW_UP, f),
                "unit": f["unit_name"],
                "visit_no": visit_no.get(f["visit"]),
            }
            for f in items.get(tid, [])
        ],
    }


def campaign_data(campaign: Campaign, town_id: int = HOME_TOWN_ID) -> dict:
    """The data.json object of ``campaign``'s targets of ``town_id``."""
    targets = _targets(campaign.id, town_id)
    in_town = _in_town(campaign.id, town_id)
    petitioner_ids: list[int] = list(dict.fromkeys(t["petitioner"] for t in targets))
    people = _people(petitioner_ids)
    petitioner_index = {pid: i for i, pid in enumerate(petitioner_ids)}
    visitors, units = _task_links(in_town)
    staff_rows = _staff(targets, visitors)
    staff_index = {s["id"]: i for i, s in enumerate(staff_rows)}
    records = _records(in_town)
    out_targets = [_target_json(t, staff_index, visitors, units, records) for t in targets]
    criteria = campaign.criteria
    try:
        criteria = json.loads(criteria) if criteria else None
    except ValueError:
        pass  # not JSON: sent as the text it is
    return {
        "format": "rv_desktop campaign data",
        "version": DATA_VERSION,
        "campaign": {
            **_row(Campaign, _CAMPAIGN, campaign.__data__),
            "criteria": criteria,
        },
        "staff": [{**_row(Staff, _STAFF, s), "unit": s["unit_name"]} for s in staff_rows],
        "petitioners": [
            {
                **_row(Petitioner, _PETITIONER, people[pid]),
                "phones": [x for x in (people[pid]["phones"] or "").split(",") if x],
            }
            for pid in petitioner_ids
        ],
        "cases": [
            {
                **_row(Case, _CASE, t),
                "petitioner": petitioner_index[t["petitioner"]],
                "handling_unit": t["unit_name"],
            }
            for t in targets
        ],
        "targets": out_targets,
    }


def counts(data: dict) -> dict[str, int]:
    """The figures of a data.json object, as the manifest and the receipts give them."""
    targets = data["targets"]
    return {
        "targets": sum(1 for t in targets if t["included"]),
        "excluded": sum(1 for t in targets if not t["included"]),
        "visit_records": sum(len(t["visits"]) for t in targets),
        "contact_attempts": sum(len(v["contacts"]) for t in targets for v in t["visits"]),
        "follow_ups": sum(len(t["follow_ups"]) for t in targets),
        "cases": len(data["cases"]),
        "petitioners": len(data["petitioners"]),
    }


__all__ = [
    "DATA_VERSION",
    "FIELDS",
    "LATER_VISIT_FIELDS",
    "MAX_NAME",
    "MAX_TEXT",
    "MAX_WHOLE",
    "Converter",
    "DataError",
    "campaign_data",
    "counts",
    "data_error",
    "to_json",
]
