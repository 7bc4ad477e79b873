"""County mode: merge the towns' exchange packages into one database, and sign receipts.

``import_packages`` takes each package in turn: it is read and checked
completely first (``package_read.read_package``: container, limits,
manifest, signature, every hash, the data's schema); then the county decides
whether it comes from the town it names and is newer than what it holds
(``county_trust.py``: registered keys, sequence numbers); then it is
**merged**, **unchanged** (this very package was merged before) or
**refused** (with the reason; the batch goes on with the next package). A
merge is one transaction: a refusal or an error leaves nothing of that
package. Each merge keeps the town's data it replaced until the town's next
merge, so the county can undo it (``county_undo.py``).

Merging a town's campaign replaces what an earlier package of the same town
and campaign brought: its targets (with tasks, visit records, contact
attempts and items) are deleted and the package's inserted. Cases are
matched by town and case number and updated in place; petitioners by ID
number within the town, else through their case; staff by name and role
within the town; handling units by name (the county's units are shared by
the towns). The campaign is matched by name; the first package of a
campaign creates it with the town's plan, later ones leave it as it is
(each town's plan is kept with its import, ``PackageImport.plan``).

After a merge (and for an unchanged package, again) the county writes the
package's receipt (``receipts.py``) beside it, or into ``receipts_dir``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import DatabaseError, IntegrityError, OperationalError

from ..domain import audit
from ..domain.campaigns import campaign_by_name
from ..domain.errors import UserError
from ..domain.models import (
    Campaign,
    Case,
    ContactAttempt,
    FollowUp,
    HandlingUnit,
    PackageImport,
    Petitioner,
    Setting,
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    Town,
    VisitRecord,
    _now,
)
from ..domain.transactions import storage_error, write_transaction
from .county_sql import bulk_insert as _bulk_insert
from .county_sql import next_id as _next_id
from .county_sql import update_if_changed as _update_if_changed
from .county_trust import Origin, check_order, check_origin, county_decrypter
from .crypto import DEFAULT_KDF, KdfParams
from .exchange_data import FIELDS, Converter, campaign_data, counts, data_error
from .package_read import PackageContents, read_package
from .receipts import make_receipt

MERGED, UNCHANGED, REFUSED = "merged", "unchanged", "refused"
log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    """What became of one package."""

    package: Path
    status: str
    town: str | None = None
    campaign: str | None = None
    error: UserError | None = None
    targets: int | None = None
    visit_records: int | None = None
    receipt: Path | None = None
    receipt_error: str | None = None
    protection: str | None = None
    key_fingerprint: str | None = None
    sequence: int | None = None

    def as_json(self, translate: Callable[[UserError], str] | None = None) -> dict:
        reason = None
        if self.error is not None:
            reason = translate(self.error) if translate else str(self.error)
        return {
            "package": str(self.package),
            "town": self.town,
            "status": self.status,
            "reason": reason,
            "targets": self.targets,
            "visit_records": self.visit_records,
            "campaign": self.campaign,
            "receipt": str(self.receipt) if self.receipt else None,
            "protection": self.protection,
            "key_fingerprint": self.key_fingerprint,
            "sequence": self.sequence,
        }


def import_packages(
    paths: Iterable[str | os.PathLike],
    passphrase: str | None = None,
    *,
    receipts_dir: str | os.PathLike | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    allow_unencrypted: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
) -> list[ImportOutcome]:
    """Merge each package of ``paths`` (in that order); one outcome per package.

    ``allow_unencrypted`` lets unencrypted packages in (the clerk's explicit
    choice); ``kdf`` is the scrypt cost of shared-passphrase packages (the
    program's; tests pass a cheap one).
    """
    paths = [Path(p) for p in paths]
    outcomes = []
    for i, path in enumerate(paths):
        if cancelled and cancelled():
            break
        outcomes.append(
            import_package(
                path,
                passphrase,
                receipts_dir=receipts_dir,
                allow_unencrypted=allow_unencrypted,
                kdf=kdf,
            )
        )
        if progress:
            progress(i + 1, len(paths))
    return outcomes


def import_package(
    path: str | os.PathLike,
    passphrase: str | None = None,
    *,
    receipts_dir: str | os.PathLike | None = None,
    allow_unencrypted: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
) -> ImportOutcome:
    """Read, check and merge one package; never raises for a bad package."""
    path = Path(path)
    outcome = ImportOutcome(path, REFUSED)
    try:
        contents = read_package(path, passphrase, kdf=kdf, decrypter=county_decrypter())
        outcome.town, outcome.campaign = contents.town, contents.campaign
        outcome.targets = contents.counts["targets"]
        outcome.visit_records = contents.counts["visit_records"]
        outcome.sequence = contents.sequence
        origin = check_origin(contents, allow_unencrypted)
        outcome.protection, outcome.key_fingerprint = origin.protection, origin.fingerprint
        record = check_order(contents, origin)
        if record is None:
            with write_transaction():  # IMMEDIATE; busy or full: said so, not the package
                record = _merge(contents, origin)
            outcome.status = MERGED
        else:
            outcome.status = UNCHANGED
    except UserError as exc:
        outcome.status, outcome.error = REFUSED, exc
        return outcome
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError) as exc:
        # a case the schema missed: refuse this package, go on with the batch
        log.exception("package %s", path)
        outcome.status, outcome.error = REFUSED, data_error("data.json", type(exc).__name__)
        return outcome
    try:
        outcome.receipt = make_receipt(
            receipts_dir or path.parent,
            path.name,
            contents.receipt_key,
            package_id=contents.package_id,
            package_sha256=contents.sha256,
            town=contents.town,
            campaign=contents.campaign,
            produced_at=contents.producer["produced_at"],
            received_at=record.imported_at,
            received_by=_county_name(),
            counts=contents.counts,
            signer=_county_signer(),
        )
    except OSError as exc:
        outcome.receipt_error = exc.strerror or str(exc)
    return outcome


def _county_signer():
    from .keys import office_keys

    return office_keys()


def _county_name() -> str | None:
    for key in ("office_name", "town_name"):
        row = Setting.get_or_none(Setting.key == key)
        if row is not None and row.value:
            return row.value
    return None


def _as_datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


# --- the merge ---------------------------------------------------------------------------


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


def _merge(contents: PackageContents, origin: Origin) -> PackageImport:
    """Merge a checked package (inside the caller's transaction)."""
    try:
        return _merge_checked(contents, origin)
    except (OperationalError, IntegrityError, DatabaseError, sqlite3.DatabaseError) as exc:
        # (the bulk inserts go through sqlite3 itself, whose errors peewee does not wrap)
        # the database busy or the disk full: said so, not the package; else a
        # constraint of the schema said no
        raise storage_error(exc) or data_error("data.json", str(exc)) from exc


def _merge_checked(contents: PackageContents, origin: Origin) -> PackageImport:
    data = contents.data
    convert = Converter()
    plan = convert.row(Campaign, FIELDS["campaign"][1], data.get("campaign"), "campaign")
    if plan["name"] != contents.campaign:
        raise data_error("campaign.name", "not the manifest's campaign")
    town = Town.get_or_none(Town.name == contents.town) or Town.create(name=contents.town)
    campaign = campaign_by_name(contents.campaign)
    if campaign is None:
        criteria = data["campaign"].get("criteria")
        has_current = Campaign.select().where(Campaign.is_current == True).exists()  # noqa: E712
        campaign = Campaign.create(
            **plan,
            criteria=criteria
            if isinstance(criteria, str) or criteria is None
            else json.dumps(criteria, ensure_ascii=False),
            is_current=not has_current,
        )
    ctx = _Context(
        town,
        campaign,
        convert,
        dict(HandlingUnit.select(HandlingUnit.name, HandlingUnit.id).tuples()),
    )
    replaced = json.dumps(campaign_data(campaign, town.id), ensure_ascii=False)
    _replace(ctx, data)
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
        },
    )
    return record


def _replace(ctx: _Context, data: dict) -> None:
    convert = ctx.convert
    town_id = ctx.town.id
    town_cases = Case.select(Case.id).where(Case.town == town_id)
    Target.delete().where(
        (Target.campaign == ctx.campaign.id) & Target.case.in_(town_cases)
    ).execute()

    # staff, by name and role within the town
    staff_ids = []
    existing_staff = {
        (s["name"], s["role"]): s for s in Staff.select().where(Staff.town == town_id).dicts()
    }
    for i, item in enumerate(convert.items(data, "staff", "")):
        place = f"staff[{i}]"
        row = convert.row(Staff, FIELDS["staff"][1], item, place)
        row["unit"] = ctx.unit(item.get("unit"), f"{place}.unit")
        old = existing_staff.get((row["name"], row["role"]))
        if old is None:
            staff_ids.append(Staff.insert(**row, town=town_id).execute())
        else:
            _update_if_changed(Staff, old["id"], old, row)
            staff_ids.append(old["id"])

    # petitioners: by ID number within the town, else through their case
    people = convert.items(data, "petitioners", "")
    cases = convert.items(data, "cases", "")
    old_cases = {c["case_no"]: c for c in Case.select().where(Case.town == town_id).dicts()}
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
    rows = []
    for i, item in enumerate(people):
        place = f"petitioners[{i}]"
        row = convert.row(Petitioner, FIELDS["petitioners"][1], item, place)
        phones = item.get("phones")
        if not isinstance(phones, list) or not all(isinstance(p, str) for p in phones):
            raise data_error(f"{place}.phones", "not a list of texts")
        row["phones"] = ",".join(phones) or None
        rows.append(row)
    petitioner_ids: list[int | None] = [None] * len(rows)
    used: set[int] = set()
    order = sorted(range(len(rows)), key=lambda i: rows[i]["id_number"] is None)
    new_people = []
    next_person = _next_id(Petitioner)
    for i in order:
        row = rows[i]
        match = by_number.get(row["id_number"]) if row["id_number"] else None
        if match is None and first_case.get(i) in old_cases:
            match = old_cases[first_case[i]]["petitioner"]
        if match is not None and match not in used:
            used.add(match)
            petitioner_ids[i] = match
            _update_if_changed(Petitioner, match, old_people[match], row)
        else:
            petitioner_ids[i] = next_person
            new_people.append({**row, "id": next_person, "town": town_id})
            next_person += 1
    _bulk_insert(Petitioner, new_people)

    # cases, by case number within the town
    case_ids: dict[str, int] = {}
    new_cases = []
    next_case = _next_id(Case)
    for i, item in enumerate(cases):
        place = f"cases[{i}]"
        row = convert.row(Case, FIELDS["cases"][1], item, place)
        row["petitioner"] = petitioner_ids[item["petitioner"]]
        row["handling_unit"] = ctx.unit(item.get("handling_unit"), f"{place}.handling_unit")
        if row["case_no"] in case_ids:
            raise data_error(f"{place}.case_no", f"{row['case_no']} is there twice")
        old = old_cases.get(row["case_no"])
        if old is None:
            case_ids[row["case_no"]] = next_case
            new_cases.append({**row, "id": next_case, "town": town_id})
            next_case += 1
        else:
            case_ids[row["case_no"]] = old["id"]
            _update_if_changed(Case, old["id"], old, row)
    _bulk_insert(Case, new_cases)
    Petitioner.delete().where(  # people whose cases all went to others
        (Petitioner.town == town_id) & Petitioner.id.not_in(Case.select(Case.petitioner))
    ).execute()

    # targets with their tasks, visit records, contact attempts and items
    new = {"targets": [], "visitors": [], "units": [], "visits": [], "contacts": [], "items": []}
    next_target, next_visit = _next_id(Target), _next_id(VisitRecord)
    seen: set[str] = set()
    for i, item in enumerate(convert.items(data, "targets", "")):
        place = f"targets[{i}]"
        row = convert.row(Target, FIELDS["targets"][1], item, place)
        case_no = item.get("case_no")
        if case_no not in case_ids or case_no in seen:
            raise data_error(f"{place}.case_no", f"{case_no!r} is not one of the cases")
        seen.add(case_no)
        leader = convert.index(
            item.get("responsible_leader"), len(staff_ids), f"{place}.responsible_leader", True
        )
        target_id = next_target
        next_target += 1
        new["targets"].append(
            {
                **row,
                "id": target_id,
                "campaign": ctx.campaign.id,
                "case": case_ids[case_no],
                "responsible_leader": None if leader is None else staff_ids[leader],
            }
        )
        visitors = convert.items(item, "visitors", place)
        for j, ref in enumerate(visitors):
            ref = convert.index(ref, len(staff_ids), f"{place}.visitors[{j}]")
            new["visitors"].append({"target": target_id, "staff": staff_ids[ref]})
        for j, name in enumerate(convert.items(item, "joining_units", place)):
            unit = ctx.unit(name, f"{place}.joining_units[{j}]")
            new["units"].append({"target": target_id, "unit": unit})
        visit_ids: dict[int, int] = {}
        for j, visit in enumerate(convert.items(item, "visits", place)):
            vplace = f"{place}.visits[{j}]"
            vrow = convert.row(VisitRecord, FIELDS["visits"][1], visit, vplace)
            visit_ids[vrow["visit_no"]] = next_visit
            new["visits"].append({**vrow, "id": next_visit, "target": target_id})
            for k, contact in enumerate(convert.items(visit, "contacts", vplace)):
                crow = convert.row(
                    ContactAttempt, FIELDS["contacts"][1], contact, f"{vplace}.contacts[{k}]"
                )
                new["contacts"].append({**crow, "visit": next_visit})
            next_visit += 1
        for j, followup in enumerate(convert.items(item, "follow_ups", place)):
            fplace = f"{place}.follow_ups[{j}]"
            frow = convert.row(FollowUp, FIELDS["follow_ups"][1], followup, fplace)
            frow["unit"] = ctx.unit(followup.get("unit"), f"{fplace}.unit")
            visit_no = followup.get("visit_no")
            if visit_no is not None and visit_no not in visit_ids:
                raise data_error(f"{fplace}.visit_no", f"{visit_no!r} is not one of its visits")
            frow["visit"] = visit_ids.get(visit_no) if visit_no is not None else None
            new["items"].append({**frow, "target": target_id})
    _bulk_insert(Target, new["targets"])
    _bulk_insert(TaskVisitor, new["visitors"])
    _bulk_insert(TaskUnit, new["units"])
    _bulk_insert(VisitRecord, new["visits"])
    _bulk_insert(ContactAttempt, new["contacts"])
    _bulk_insert(FollowUp, new["items"])


# --- what the county has ----------------------------------------------------------------


@dataclass(frozen=True)
class TownRow:
    """A town of the county database with its latest merged package."""

    town: str
    campaign: str
    file_name: str
    produced_at: dt.datetime
    imported_at: dt.datetime
    targets: int
    visit_records: int


def merged_packages() -> list[TownRow]:
    """The latest package merged of every town and campaign, by town."""
    rows: dict[tuple[str, str], TownRow] = {}
    for imp in (
        PackageImport.select(PackageImport, Town, Campaign)
        .join(Town)
        .switch(PackageImport)
        .join(Campaign)
        .order_by(PackageImport.id)
    ):
        rows[(imp.town.name, imp.campaign.name)] = TownRow(
            imp.town.name,
            imp.campaign.name,
            imp.file_name,
            _as_datetime(imp.produced_at),
            _as_datetime(imp.imported_at),
            imp.targets,
            imp.visit_records,
        )
    return [rows[k] for k in sorted(rows)]
