"""Packages whose origin is proven: town keys, revocation, sequence numbers, undo.

Real town and county databases, real keys (Ed25519, X25519), real packages
on disk. The scrypt cost of shared-passphrase packages is the cheap one the
tests pass to both sides (``FAST``); the program's own is exercised by the
CLI tests.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.errors import UserError
from rv_desktop.domain.models import (
    Campaign,
    Case,
    PackageImport,
    Petitioner,
    Setting,
    Staff,
    Town,
    VisitRecord,
    db,
)
from rv_desktop.services.county import MERGED, REFUSED, UNCHANGED, import_packages
from rv_desktop.services.county_undo import undo_last_merge
from rv_desktop.services.crypto import PackageError
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.exchange_data import campaign_data
from rv_desktop.services.keys import (
    fingerprint,
    install_county_key,
    own_public_key,
    read_public_key,
    write_public_key,
)
from rv_desktop.services.package import write_package
from rv_desktop.services.receipts import import_receipt
from rv_desktop.services.town_keys import register_town_key, revoke_town_key

from .exchange_tools import FAST, switch_to

PASS = "县乡约定口令 2026 共用"


@pytest.fixture(scope="module")
def demo_town(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "town.sqlite"
    create_demo_database(path, cases=120, seed=4)
    return path


class World:
    """A county with its key pair, and towns made from the demo database."""

    def __init__(self, demo: Path, root: Path):
        self.demo, self.root = demo, root
        self.county = root / "county.sqlite"
        switch_to(self.county, "county")
        with db.atomic():
            Setting.create(key="office_name", value="某某县千案回访活动办公室")
        self.county_key = write_public_key(root / "county.rvkey", "county")[1]
        dbmod.close_database()
        self.n = 0

    def town(self, name: str, *, keys: bool = True, register: bool = True,
             install: bool = True) -> Path:  # fmt: skip
        self.n += 1
        folder = self.root / f"town{self.n}"
        folder.mkdir()
        path = folder / "town.sqlite"
        shutil.copy(self.demo, path)
        switch_to(path, "clerk")
        with db.atomic():
            Setting.update(value=name).where(Setting.key == "town_name").execute()
        if keys:
            key_file = write_public_key(folder / "town.rvkey", "town")[1]
            if install:
                install_county_key(self.county_key)
        dbmod.close_database()
        if keys and register:
            switch_to(self.county, "county")
            register_town_key(name, key_file)
            dbmod.close_database()
        return path

    def export(self, town: Path, **kwargs) -> Path:
        switch_to(town, "clerk")
        kwargs.setdefault("documents", False)
        kwargs.setdefault("kdf", FAST)
        result = write_package(self.root / "stick", **kwargs)
        dbmod.close_database()
        return result.path

    def merge(self, *paths: Path, **kwargs):
        switch_to(self.county, "county")
        kwargs.setdefault("kdf", FAST)
        outcomes = import_packages(list(paths), kwargs.pop("passphrase", None), **kwargs)
        dbmod.close_database()
        return outcomes

    def data(self, town: str) -> dict:
        switch_to(self.county)
        campaign = Campaign.get(Campaign.is_current == True)  # noqa: E712
        data = campaign_data(campaign, Town.get(Town.name == town).id)
        dbmod.close_database()
        return data


@pytest.fixture
def world(demo_town, tmp_path) -> World:
    return World(demo_town, tmp_path)


def _rename(town: Path, name: str) -> None:
    switch_to(town)
    with db.atomic():
        Setting.update(value=name).where(Setting.key == "town_name").execute()
    dbmod.close_database()


def test_fingerprints_are_short_hex_groups(world):
    key = read_public_key(world.county_key)
    assert re.fullmatch(r"([0-9a-f]{4} ){7}[0-9a-f]{4}", key.fingerprint)
    assert key.fingerprint == fingerprint(key.sign, key.encrypt)
    switch_to(world.county)
    assert own_public_key("county").fingerprint == key.fingerprint
    # a second call writes the same key again: the keys are made once
    again = write_public_key(world.root / "again.rvkey", "county")
    assert again[0].fingerprint == key.fingerprint and again[2] is False
    dbmod.close_database()


def test_signed_and_encrypted_to_the_county_is_merged_and_recorded(world):
    qs = world.town("青山镇")
    package = world.export(qs)
    raw = package.read_bytes()
    assert "青山镇".encode() not in raw and b"data.json" not in raw
    (out,) = world.merge(package)
    assert out.status == MERGED, out.error
    assert out.protection == "town_key" and out.sequence == 1
    assert out.as_json()["protection"] == "town_key"
    switch_to(world.county)
    record = PackageImport.get()
    assert (record.protection, record.sequence) == ("town_key", 1)
    assert record.key_fingerprint == out.key_fingerprint
    dbmod.close_database()
    # the receipt is signed by the county's key, and the town requires it
    switch_to(qs)
    assert import_receipt(out.receipt).status == "received"
    body = json.loads(out.receipt.read_text(encoding="utf-8"))
    del body["county_signature"]
    forged = world.root / "forged.rvreceipt"
    forged.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(PackageError) as info:
        import_receipt(forged)
    assert info.value.code in ("receipt_not_signed", "receipt_forged")
    dbmod.close_database()


def test_package_signed_by_town_b_but_naming_town_a_is_refused(world):
    """"a package signed by town B but naming town A is refused" """
    qs = world.town("青山镇")
    sq = world.town("石桥镇")
    genuine = world.export(qs)
    assert world.merge(genuine)[0].status == MERGED
    before = world.data("青山镇")
    _rename(sq, "青山镇")  # 石桥镇's PC, its key, 青山镇's name
    forged = world.export(sq)
    (out,) = world.merge(forged)
    assert out.status == REFUSED and out.error.code == "package_other_town"
    assert "石桥镇" in str(out.error) and "青山镇" in str(out.error)
    assert world.data("青山镇") == before
    # and for a town without a registered key, likewise
    _rename(sq, "河口镇")
    (out,) = world.merge(world.export(sq))
    assert out.error.code == "package_other_town"


def test_package_signed_with_a_revoked_key_is_refused(world):
    """"a package signed with a revoked key is refused" """
    qs = world.town("青山镇")
    first = world.export(qs)
    second = world.export(qs)
    assert world.merge(first)[0].status == MERGED
    switch_to(world.county)
    revoke_town_key("青山镇")
    dbmod.close_database()
    (out,) = world.merge(second)
    assert out.status == REFUSED and out.error.code == "package_key_revoked"
    # the town's new key (a new database) is registered and accepted
    fresh = world.town("青山镇", register=False)
    switch_to(world.county)
    register_town_key("青山镇", fresh.parent / "town.rvkey")
    with pytest.raises(UserError) as info:  # the revoked key never comes back
        register_town_key("青山镇", qs.parent / "town.rvkey")
    assert info.value.code == "key_revoked"
    dbmod.close_database()
    assert world.merge(world.export(fresh))[0].status == MERGED


def test_unencrypted_package_only_when_allowed(world):
    """"an unencrypted package is refused without --allow-unencrypted and merged with it" """
    hk = world.town("河口镇", keys=False)
    package = world.export(hk, encrypt=False)
    (out,) = world.merge(package)
    assert out.status == REFUSED and out.error.code == "package_unencrypted"
    (out,) = world.merge(package, allow_unencrypted=True)
    assert out.status == MERGED and out.protection == "unencrypted"
    # a registered town's signed but unencrypted package: allowed, and so recorded
    qs = world.town("青山镇")
    (out,) = world.merge(world.export(qs, encrypt=False), allow_unencrypted=True)
    assert out.status == MERGED and out.protection == "town_key_unencrypted"


def test_shared_passphrase_only_from_towns_without_a_key(world):
    """"a shared-passphrase package is accepted from a town without a registered key
    and refused from a town with one" """
    hk = world.town("河口镇", keys=False)
    qs = world.town("青山镇")
    old_way = world.export(hk, passphrase=PASS)
    (out,) = world.merge(old_way, passphrase=PASS)
    assert out.status == MERGED and out.protection == "shared_passphrase"
    # 青山镇 has a key: a package sealed with the passphrase alone is not enough
    switch_to(qs)
    with db.atomic():  # as if written by a PC without the keys
        Setting.delete().where(Setting.key.startswith("exchange_")).execute()
    dbmod.close_database()
    (out,) = world.merge(world.export(qs, passphrase=PASS), passphrase=PASS)
    assert out.status == REFUSED and out.error.code == "package_not_signed"
    # a town whose key is not registered yet cannot use the county's key
    new = world.town("石桥镇", register=False)
    (out,) = world.merge(world.export(new))
    assert out.status == REFUSED and out.error.code == "package_town_unregistered"


def test_replayed_older_sequence_number_is_refused(world):
    """"a replayed older sequence number is refused" """
    qs = world.town("青山镇")
    one, two = world.export(qs), world.export(qs)
    assert [o.status for o in world.merge(two, one)] == [MERGED, REFUSED]
    out = world.merge(one, two)
    assert [o.status for o in out] == [REFUSED, UNCHANGED]
    assert out[0].error.code == "package_older" and "number 1" in str(out[0].error)


def test_a_town_clock_a_year_off_still_orders_correctly(world):
    """"a town PC whose clock is a year off still exports packages the county orders correctly" """
    qs = world.town("青山镇")
    ahead = world.export(qs, now=dt.datetime.now() + dt.timedelta(days=365))
    switch_to(qs)
    record = VisitRecord.select().first()
    record.opinions = "时钟改正后的意见"
    record.save()
    dbmod.close_database()
    right = world.export(qs, now=dt.datetime.now())
    assert [o.status for o in world.merge(ahead, right)] == [MERGED, MERGED]
    opinions = [v["opinions"] for t in world.data("青山镇")["targets"] for v in t["visits"]]
    assert "时钟改正后的意见" in opinions
    assert world.merge(ahead)[0].status == REFUSED  # the year-ahead one is the older


def _town_rows(county: Path, town: str) -> dict:
    switch_to(county)
    town_id = Town.get(Town.name == town).id
    rows = {
        "cases": sorted(Case.select(Case.case_no).where(Case.town == town_id).tuples()),
        "petitioners": Petitioner.select().where(Petitioner.town == town_id).count(),
        "staff": sorted(Staff.select(Staff.name, Staff.role).where(Staff.town == town_id).tuples()),
    }
    dbmod.close_database()
    return rows


def test_undo_last_restores_the_previous_data_exactly(world):
    """"--undo-last restores the town's previous data exactly" """
    qs = world.town("青山镇")
    first = world.export(qs)
    assert world.merge(first)[0].status == MERGED
    before, rows_before = world.data("青山镇"), _town_rows(world.county, "青山镇")
    switch_to(qs)
    with db.atomic():
        VisitRecord.update(opinions="第二次的意见").execute()
        case = Case.select().first()
        case.demand = "改过的诉求"
        case.save()
    dbmod.close_database()
    second = world.export(qs)
    assert world.merge(second)[0].status == MERGED
    assert world.data("青山镇") != before
    switch_to(world.county, "county")
    result = undo_last_merge("青山镇")
    assert result.file_name == second.name
    with pytest.raises(Exception) as info:  # only the last merge, once
        undo_last_merge("青山镇")
    assert getattr(info.value, "code", None) == "undo_nothing"
    dbmod.close_database()
    assert world.data("青山镇") == before
    assert _town_rows(world.county, "青山镇") == rows_before
    # the undone package (or a newer one) can be merged again
    assert world.merge(second)[0].status == MERGED


def test_undo_of_a_first_merge_leaves_nothing_of_the_town(world):
    qs = world.town("青山镇")
    assert world.merge(world.export(qs))[0].status == MERGED
    switch_to(world.county, "county")
    undo_last_merge("青山镇")
    assert PackageImport.select().count() == 0
    assert Case.select().count() == Petitioner.select().count() == 0
    dbmod.close_database()


def test_a_package_of_a_newer_version_is_named_as_such(world, tmp_path):
    from tests.services.exchange_tools import rebuild

    hk = world.town("河口镇", keys=False)
    package = world.export(hk, encrypt=False)
    newer = rebuild(package, tmp_path / "newer.rvpkg", manifest={"format_version": 9})
    (out,) = world.merge(newer, allow_unencrypted=True)
    assert out.error.code == "package_too_new" and "newer version" in str(out.error)
