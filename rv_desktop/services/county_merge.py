"""The county's merge of one checked package into its database (inside one transaction).

Merging a town's campaign replaces what an earlier package of the same town
and campaign brought: its targets (with tasks, visit records, contact
attempts and items) are deleted and the package's inserted. Cases are
matched by town and case number and updated in place; petitioners by ID
number within the town, else through their case; staff by name and role
within the town; handling units by name (the county's units are shared by
the towns). The campaign is matched by name; the first package of a
campaign creates it with the town's plan, later ones leave it as it is
(each town's plan is kept with its import, ``PackageImport.plan``).

The merge works on the column values the package's check converted
(``exchange_schema.Rows``), each value converted once; what is new is
inserted a list at a time (``county_sql.bulk_insert``: one ``executemany``
per table), what the county had is read once into dictionaries and updated
only where it changed. As the ledger import does, the merge's inserts are
audited by one summary record (the import's, naming the ids each table
received: ``inserted``) instead of one record per row (``audit.bulk_inserts``);
updates and deletes keep their records per row.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from peewee import DatabaseError, IntegrityError, OperationalError

from ..domain import audit
from ..domain.campaigns import campaign_by_name
from ..domain.models import (
    AUDITED_MODELS,
    Campaign,
    Case,
    ContactAttempt,
    FollowUp,
    HandlingUnit,
    PackageImport,
    Petitioner,
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    Town,
    VisitRecord,
    _now,
)
from ..domain.transactions import storage_error
from .county_sql import bulk_insert as _bulk_insert
from .county_sql import next_id as _next_id
from .county_sql import update_if_changed as _update_if_changed
from .county_trust import Origin
from .exchange_data import Converter, campaign_data, counts, data_error
from .exchange_schema import Rows, validate_data
from .package_read import PackageContents


@dataclass
class _Context:
    town: Town
    campaign: Campaign
    convert: Converter = field(default_factory=Converter)
    units: dict[str, int] = field(default_factory=dict)

    def unit(self, name: str | None, place: str) -> int | None:
        name = self.convert.name(name, place)
        if name is None:
            return None
        if name not in self.units:
            self.units[name] = HandlingUnit.insert(name=name).execute()
        return self.units[name]


def merge(contents: PackageContents, origin: Origin) -> PackageImport:
    """Merge a checked package (inside the caller's transaction)."""
    try:
        return _merge_checked(contents, origin)
    except (OperationalError, IntegrityError, DatabaseError, sqlite3.DatabaseError) as exc:
        # (the bulk inserts go through sqlite3 itself, whose errors peewee does not wrap)
        # the database busy or the disk full: said so, not the package; else a
        # constraint of the schema said no
        raise storage_error(exc) or data_error("data.json", str(exc)) from exc


def _campaign(contents: PackageContents, plan: dict) -> Campaign:
    """The county's campaign of that name; the first package of it creates it."""
    if plan["name"] != contents.campaign:
        raise data_error("campaign.name", "not the manifest's campaign")
    campaign = campaign_by_name(contents.campaign)
    if campaign is None:
        criteria = contents.data["campaign"].get("criteria")
        has_current = Campaign.select().where(Campaign.is_current == True).exists()  # noqa: E712
        campaign = Campaign.create(
            **plan,
            criteria=criteria
            if isinstance(criteria, str) or criteria is None
            else json.dumps(criteria, ensure_ascii=False),
            is_current=not has_current,
        )
    return campaign


def _merge_checked(contents: PackageContents, origin: Origin) -> PackageImport:
    data = contents.data
    rows = contents.rows or validate_data(data, contents.campaign)
    town = Town.get_or_none(Town.name == contents.town) or Town.create(name=contents.town)
    campaign = _campaign(contents, rows.campaign)
    ctx = _Context(
        town,
        campaign,
        Converter(),
        dict(HandlingUnit.select(HandlingUnit.name, HandlingUnit.id).tuples()),
    )
    replaced = json.dumps(campaign_data(campaign, town.id), ensure_ascii=False)
    with audit.bulk_inserts(*BULK_MODELS):
        inserted = _replace(ctx, data, rows)
    figures = counts(data)
    # the data replaced is kept until the town's next merge (undo)
    PackageImport.update(replaced=None).where(PackageImport.town == town.id).execute()
    record = PackageImport.create(
        package_id=contents.package_id,
        town=town.id,
        campaign=campaign.id,
        produced_at=contents.produced_at,
        producer_office=contents.producer.get("office"),
        program_version=str(contents.producer.get("program_version") or ""),
        sha256=contents.sha256,
        data_sha256=contents.data_sha256,
        file_name=contents.path.name,
        imported_at=_now(),
        imported_by=audit.current_actor(),
        targets=figures["targets"],
        visit_records=figures["visit_records"],
        cases=figures["cases"],
        petitioners=figures["petitioners"],
        plan=json.dumps(data["campaign"], ensure_ascii=False, sort_keys=True),
        sequence=contents.sequence,
        protection=origin.protection,
        key_fingerprint=origin.fingerprint,
        replaced=replaced,
        open_at_export=None
        if rows.open_at_export is None
        else json.dumps(rows.open_at_export, ensure_ascii=False, sort_keys=True),
    )
    audit.log_action(
        "import",
        "package_import",
        record.id,
        {
            "what": "exchange_package",
            "file": contents.path.name,
            "town": contents.town,
            "campaign": contents.campaign,
            "sha256": contents.sha256,
            "sequence": contents.sequence,
            "protection": origin.protection,
            "key_fingerprint": origin.fingerprint,
            **figures,
            "inserted": inserted,
        },
    )
    return record


#: The tables the merge inserts into a list at a time (one audit record for them all):
#: the audited ones but the campaign, which the merge keeps.
BULK_MODELS = tuple(model for model in AUDITED_MODELS if model is not Campaign)
#: Of these, the ones with ids of their own (the task links belong to the targets).
_NUMBERED = (Petitioner, Case, Target, VisitRecord, ContactAttempt, FollowUp)


def _replace(ctx: _Context, data: dict, rows: Rows | None = None) -> dict[str, list[int]]:
    """The town's campaign data replaced by ``data`` (``rows``: its checked values;
    None: ``data`` is checked here, as for the data an undo puts back).

    Gives the ids inserted, as [first, last] by table (the task links belong to
    the targets).
    """
    if rows is None:
        rows = validate_data(data, ctx.campaign.name)
    town_id = ctx.town.id
    town_cases = Case.select(Case.id).where(Case.town == town_id)
    Target.delete().where(
        (Target.campaign == ctx.campaign.id) & Target.case.in_(town_cases)
    ).execute()
    first = {model: _next_id(model) for model in _NUMBERED}
    staff_ids = _staff(ctx, data, rows)
    old_cases = {c["case_no"]: c for c in Case.select().where(Case.town == town_id).dicts()}
    petitioner_ids = _petitioners(ctx, data, rows, old_cases)
    case_ids = _cases(ctx, data, rows, petitioner_ids, old_cases)
    Petitioner.delete().where(  # people whose cases all went to others
        (Petitioner.town == town_id) & Petitioner.id.not_in(Case.select(Case.petitioner))
    ).execute()
    _targets(ctx, data, rows, staff_ids, case_ids)
    inserted = {}
    for model, start in first.items():
        end = _next_id(model) - 1
        if end >= start:
            inserted[model._meta.table_name] = [start, end]
    return inserted


def _staff(ctx: _Context, data: dict, rows: Rows) -> list[int]:
    """Staff by name and role within the town: their ids in the package's order."""
    town_id = ctx.town.id
    staff_ids = []
    existing = {
        (s["name"], s["role"]): s for s in Staff.select().where(Staff.town == town_id).dicts()
    }
    for i, item in enumerate(ctx.convert.items(data, "staff", "")):
        row = {**rows.staff[i], "unit": ctx.unit(item.get("unit"), f"staff[{i}].unit")}
        old = existing.get((row["name"], row["role"]))
        if old is None:
            staff_ids.append(Staff.insert(**row, town=town_id).execute())
        else:
            _update_if_changed(Staff, old["id"], old, row)
            staff_ids.append(old["id"])
    return staff_ids


def _petitioners(ctx: _Context, data: dict, rows: Rows, old_cases: dict) -> list[int]:
    """Petitioners by ID number within the town, else through their (first) case."""
    convert, town_id = ctx.convert, ctx.town.id
    people = convert.items(data, "petitioners", "")
    cases = convert.items(data, "cases", "")
    old_people = {p["id"]: p for p in Petitioner.select().where(Petitioner.town == town_id).dicts()}
    by_number = {p["id_number"]: p["id"] for p in old_people.values() if p["id_number"]}
    first_case: dict[int, str] = {}
    for i, item in enumerate(cases):
        ref = convert.index(
            item.get("petitioner") if isinstance(item, dict) else None,
            len(people),
            f"cases[{i}].petitioner",
        )
        first_case.setdefault(ref, item.get("case_no"))
    new_rows = []
    for i, item in enumerate(people):
        phones = item.get("phones")
        if not isinstance(phones, list) or not all(isinstance(p, str) for p in phones):
            raise data_error(f"petitioners[{i}].phones", "not a list of texts")
        new_rows.append({**rows.petitioners[i], "phones": ",".join(phones) or None})
    petitioner_ids: list[int] = [0] * len(new_rows)
    used: set[int] = set()
    order = sorted(range(len(new_rows)), key=lambda i: new_rows[i]["id_number"] is None)
    inserted = []
    next_person = _next_id(Petitioner)
    for i in order:
        row = new_rows[i]
        match = by_number.get(row["id_number"]) if row["id_number"] else None
        if match is None and first_case.get(i) in old_cases:
            match = old_cases[first_case[i]]["petitioner"]
        if match is not None and match not in used:
            used.add(match)
            petitioner_ids[i] = match
            _update_if_changed(Petitioner, match, old_people[match], row)
        else:
            petitioner_ids[i] = next_person
            inserted.append({**row, "id": next_person, "town": town_id})
            next_person += 1
    _bulk_insert(Petitioner, inserted)
    return petitioner_ids


def _cases(
    ctx: _Context, data: dict, rows: Rows, petitioner_ids: list[int], old_cases: dict
) -> dict[str, int]:
    """Cases by case number within the town: their ids by case number."""
    case_ids: dict[str, int] = {}
    inserted = []
    next_case = _next_id(Case)
    for i, item in enumerate(ctx.convert.items(data, "cases", "")):
        row = {
            **rows.cases[i],
            "petitioner": petitioner_ids[item["petitioner"]],
            "handling_unit": ctx.unit(item.get("handling_unit"), f"cases[{i}].handling_unit"),
        }
        if row["case_no"] in case_ids:
            raise data_error(f"cases[{i}].case_no", f"{row['case_no']} is there twice")
        old = old_cases.get(row["case_no"])
        if old is None:
            case_ids[row["case_no"]] = next_case
            inserted.append({**row, "id": next_case, "town": ctx.town.id})
            next_case += 1
        else:
            case_ids[row["case_no"]] = old["id"]
            _update_if_changed(Case, old["id"], old, row)
    _bulk_insert(Case, inserted)
    return case_ids


def _targets(
    ctx: _Context, data: dict, rows: Rows, staff_ids: list[int], case_ids: dict[str, int]
) -> None:
    """Targets with their tasks, visit records, contact attempts and items (all new)."""
    convert = ctx.convert
    new = {"targets": [], "visitors": [], "units": [], "visits": [], "contacts": [], "items": []}
    ids = {"target": _next_id(Target), "visit": _next_id(VisitRecord)}
    seen: set[str] = set()
    for i, item in enumerate(convert.items(data, "targets", "")):
        place = f"targets[{i}]"
        case_no = item.get("case_no")
        if case_no not in case_ids or case_no in seen:
            raise data_error(f"{place}.case_no", f"{case_no!r} is not one of the cases")
        seen.add(case_no)
        leader = convert.index(
            item.get("responsible_leader"), len(staff_ids), f"{place}.responsible_leader", True
        )
        target_id = ids["target"]
        ids["target"] += 1
        new["targets"].append(
            {
                **rows.targets[i],
                "id": target_id,
                "campaign": ctx.campaign.id,
                "case": case_ids[case_no],
                "responsible_leader": None if leader is None else staff_ids[leader],
            }
        )
        for j, ref in enumerate(convert.items(item, "visitors", place)):
            ref = convert.index(ref, len(staff_ids), f"{place}.visitors[{j}]")
            new["visitors"].append({"target": target_id, "staff": staff_ids[ref]})
        for j, name in enumerate(convert.items(item, "joining_units", place)):
            unit = ctx.unit(name, f"{place}.joining_units[{j}]")
            new["units"].append({"target": target_id, "unit": unit})
        _visits_and_items(ctx, item, rows, i, target_id, ids, new)
    _bulk_insert(Target, new["targets"])
    _bulk_insert(TaskVisitor, new["visitors"])
    _bulk_insert(TaskUnit, new["units"])
    _bulk_insert(VisitRecord, new["visits"])
    _bulk_insert(ContactAttempt, new["contacts"])
    _bulk_insert(FollowUp, new["items"])


def _visits_and_items(
    ctx: _Context, item: dict, rows: Rows, i: int, target_id: int, ids: dict, new: dict
) -> None:
    """The ``i``-th target's visit records with their contact attempts, and its items."""
    place = f"targets[{i}]"
    visit_ids: dict[int, int] = {}
    for j, vrow in enumerate(rows.visits[i]):
        visit_id = ids["visit"]
        ids["visit"] += 1
        visit_ids[vrow["visit_no"]] = visit_id
        new["visits"].append({**vrow, "id": visit_id, "target": target_id})
        new["contacts"].extend({**crow, "visit": visit_id} for crow in rows.contacts[i][j])
    for j, followup in enumerate(ctx.convert.items(item, "follow_ups", place)):
        fplace = f"{place}.follow_ups[{j}]"
        frow = {**rows.follow_ups[i][j], "unit": ctx.unit(followup.get("unit"), f"{fplace}.unit")}
        visit_no = followup.get("visit_no")
        if visit_no is not None and visit_no not in visit_ids:
            raise data_error(f"{fplace}.visit_no", f"{visit_no!r} is not one of its visits")
        frow["visit"] = visit_ids.get(visit_no) if visit_no is not None else None
        new["items"].append({**frow, "target": target_id})
