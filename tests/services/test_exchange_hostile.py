"""Hostile packages: key derivation traps, decompression bombs, malformed data, a busy database.

Each test reproduces an attack of the outside review (issue "Nothing lost")
and checks that the county refuses the package with a reason, quickly, and
goes on with the rest of the batch; never a traceback. The fuzz test mutates
a valid package's JSON at random.
"""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
import sqlite3
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import Campaign, PackageImport, Setting, Town, db
from rv_desktop.services.county import MERGED, REFUSED, import_packages
from rv_desktop.services.crypto import (
    KdfParams,
    PackageError,
    _prefix,
    open_container,
    seal,
)
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.exchange_data import campaign_data, counts
from rv_desktop.services.package import read_package, write_package
from tests.services.exchange_tools import FAST, members_of, rebuild, switch_to


@pytest.fixture(scope="module")
def plain_package(tmp_path_factory) -> Path:
    """An unencrypted package of a small demo town (河口镇, no keys)."""
    folder = tmp_path_factory.mktemp("hostile")
    town = folder / "town.sqlite"
    create_demo_database(town, cases=60, seed=6)
    switch_to(town, "clerk")
    with db.atomic():
        Setting.update(value="河口镇").where(Setting.key == "town_name").execute()
    result = write_package(folder / "stick", encrypt=False, documents=False)
    dbmod.close_database()
    return result.path


def _merge(county: Path, paths, **kwargs):
    switch_to(county, "county")
    kwargs.setdefault("allow_unencrypted", True)
    kwargs.setdefault("kdf", FAST)
    out = import_packages([Path(p) for p in paths], kwargs.pop("passphrase", None), **kwargs)
    dbmod.close_database()
    return out


def test_key_derivation_parameters_come_from_the_program(tmp_path):
    """"a package header asking for scrypt n=2²⁰, r=32, p=16 made the county spend
    146 s and 4.25 GB": the reader accepts only the parameters the program writes."""
    sealed = seal(b"PK not really a zip", "a passphrase of twelve+", FAST).data
    length = int.from_bytes(sealed[10:14], "big")
    header = json.loads(sealed[14 : 14 + length])
    header["kdf"].update(n=2**20, r=32, p=16)
    trap = tmp_path / "trap.rvpkg"
    trap.write_bytes(_prefix(header) + sealed[14 + length :])
    start = time.perf_counter()
    with pytest.raises(PackageError) as info:
        read_package(trap, "a passphrase of twelve+")  # the program's own cost
    assert time.perf_counter() - start < 1.0
    assert info.value.code == "package_kdf_refused" and "n=1048576" in str(info.value)
    # the same file with the program's parameters opens only with them
    with pytest.raises(PackageError) as info:
        open_container(sealed, "a passphrase of twelve+", "x", kdf=KdfParams())
    assert info.value.code == "package_kdf_refused"
    assert open_container(sealed, "a passphrase of twelve+", "x", kdf=FAST).payload


def _bomb(path: Path, size: int, honest: bool = True) -> Path:
    """An unencrypted container whose zip holds a ``data.json`` of ``size`` bytes
    (spaces: it deflates a thousandfold)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.json", b"{}")
        with archive.open("data.json", "w", force_zip64=True) as fh:
            chunk = b" " * 1024**2
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    payload = buffer.getvalue()
    if not honest:  # the central directory claims 1 KiB for data.json
        payload = payload.replace((size).to_bytes(8, "little"), (1024).to_bytes(8, "little"))
    path.write_bytes(seal(payload, None).data)
    return path


def test_a_decompression_bomb_is_refused_quickly_and_in_little_memory(plain_package, tmp_path):
    """"a 2 MB package with a 1 GiB data.json merged using 4.2 GB": refused in a
    moment, the member named, with a few megabytes of memory, the batch going on."""
    bomb = _bomb(tmp_path / "bomb.rvpkg", 1024**3)
    assert bomb.stat().st_size < 8 * 1024**2
    county = tmp_path / "county.sqlite"
    tracemalloc.start()
    start = time.perf_counter()
    out = _merge(county, [bomb, plain_package])
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [o.status for o in out] == [REFUSED, MERGED]
    assert out[0].error.code == "package_too_large" and "data.json" in str(out[0].error)
    assert seconds < 30
    assert peak < 300 * 1024**2, f"{peak / 1024**2:.0f} MiB"


def test_a_member_bigger_than_its_header_says_is_stopped_at_the_limit(tmp_path):
    bomb = _bomb(tmp_path / "liar.rvpkg", 64 * 1024**2, honest=False)
    with pytest.raises(PackageError) as info:
        read_package(bomb)
    assert info.value.code in ("package_too_large", "package_damaged")


def _varied(size: int) -> str:
    """Text that does not compress (a bomb is refused for its ratio, not its length)."""
    return "".join(chr(0x4E00 + (i * 7919) % 20_000) for i in range(size))


def _variants(package: Path, folder: Path) -> dict[str, Path]:
    """The malformed packages of the review, each rewritten by hand."""

    def people_count(data):
        data["cases"][0]["people_count"] = 10**30

    def nested(data):
        deep: object = "x"
        for _ in range(200):
            deep = {"and": [deep]}
        data["campaign"]["criteria"] = deep

    def aware(data):
        data["targets"][0]["due_on"] = "2026-11-01"
        visits = [v for t in data["targets"] for v in t["visits"]]
        visits[0]["visited_at"] = "2026-11-02T09:30:00+08:00"

    def no_counts(manifest):
        del manifest["counts"]

    deep_json = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    return {
        "no counts": rebuild(package, folder / "a.rvpkg", manifest_edit=no_counts),
        "people_count": rebuild(package, folder / "b.rvpkg", data=people_count),
        "nested criteria": rebuild(package, folder / "c.rvpkg", data=nested),
        "json too deep": rebuild(package, folder / "d.rvpkg", data_bytes=deep_json),
        "aware produced_at": rebuild(
            package, folder / "e.rvpkg",
            manifest_edit=lambda m: m["producer"].update(produced_at="2099-01-01T00:00:00+08:00"),
        ),  # fmt: skip
        "aware visited_at": rebuild(package, folder / "f.rvpkg", data=aware),
        "long name": rebuild(
            package, folder / "g.rvpkg",
            data=lambda d: d["petitioners"][0].update(name=_varied(3_500_000)),
        ),  # fmt: skip
    }


def test_malformed_packages_are_refused_with_a_reason_and_the_batch_goes_on(
    plain_package, tmp_path
):
    """"a manifest without counts, a people_count of 10³⁰, a deeply nested criteria,
    a reused package_id under another campaign, or a timezone-aware produced_at each
    crash import-package with a traceback": each is refused, saying where, and the
    genuine package after them is merged."""
    variants = _variants(plain_package, tmp_path)
    county = tmp_path / "county.sqlite"
    out = _merge(county, [*variants.values(), plain_package])
    assert [o.status for o in out] == [REFUSED] * len(variants) + [MERGED]
    reasons = dict(zip(variants, (str(o.error) for o in out), strict=False))
    assert "counts" in reasons["no counts"]
    assert "people_count" in reasons["people_count"]
    assert "criteria" in reasons["nested criteria"]
    assert "deep" in reasons["json too deep"]
    assert "time zone" in reasons["aware produced_at"]
    assert "visited_at" in reasons["aware visited_at"]
    assert "name" in reasons["long name"]
    # the town's later packages are not broken by the aware time
    again = rebuild(plain_package, tmp_path / "later.rvpkg",
                    manifest={"package_id": "6b1f3c9e-0d5a-4f7e-9a51-2c8e7d4b1a00",
                              "sequence": 99})  # fmt: skip
    assert _merge(county, [again])[0].status == MERGED


def test_a_package_id_reused_under_another_campaign_is_refused(plain_package, tmp_path):
    county = tmp_path / "county.sqlite"
    assert _merge(county, [plain_package])[0].status == MERGED

    def other_campaign(data):
        data["campaign"]["name"] = "另一个活动"

    reused = rebuild(plain_package, tmp_path / "reused.rvpkg", data=other_campaign,
                     manifest={"campaign": "另一个活动"})  # fmt: skip
    (out,) = _merge(county, [reused])
    assert out.status == REFUSED and out.error.code == "package_id_reused"


def test_a_busy_database_is_not_blamed_on_the_package(plain_package, tmp_path):
    """""data.json: database is locked" blames the package when the database was busy."""
    county = tmp_path / "county.sqlite"
    switch_to(county, "county")
    db.execute_sql("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(county)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the database
    try:
        (out,) = import_packages([plain_package], allow_unencrypted=True)
        dbmod.close_database()
    finally:
        other.rollback()
        other.close()
    assert out.status == REFUSED and out.error.code == "db_busy"
    assert "data.json" not in str(out.error) and "busy" in str(out.error)
    assert _merge(county, [plain_package])[0].status == MERGED


# --- fuzzing ---------------------------------------------------------------------------

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
    | st.sampled_from(["", "2026-11-02", "2026-11-02T09:30:00+08:00", "satisfied", "x" * 2000])
)
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                       max_leaves=8)  # fmt: skip


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value[:3]):  # a few rows of each list are enough
            yield from _paths(child, (*prefix, i))


def _mutate(obj, path, action, value):
    if not path:
        return value
    parent = obj
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "wrap":
        parent[last] = [parent[last]]
    else:
        parent[last] = value
    return obj


@pytest.fixture(scope="module")
def fuzz_base(plain_package, tmp_path_factory):
    members = members_of(plain_package)
    return {
        "data": json.loads(members["data.json"]),
        "manifest": json.loads(members["manifest.json"]),
        "folder": tmp_path_factory.mktemp("fuzz"),
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data())
def test_any_mutation_is_refused_with_a_reason_or_merged_as_valid(fuzz_base, plain_package, data):
    """Hypothesis: any mutation of a valid package's JSON (data.json or the manifest)
    is either refused with a reason or merged as a valid package would be, never a
    traceback."""
    which = data.draw(st.sampled_from(["data", "manifest"]))
    target = copy.deepcopy(fuzz_base[which])
    path = data.draw(st.sampled_from(list(_paths(target))))
    action = data.draw(st.sampled_from(["replace", "delete", "wrap"]) if path else st.just("replace"))
    mutated = _mutate(target, path, action, data.draw(_VALUES))
    folder = fuzz_base["folder"] / f"case{len(list(fuzz_base['folder'].iterdir()))}"
    folder.mkdir()
    package = folder / "mutated.rvpkg"
    if which == "data":
        rebuild(plain_package, package, data=lambda _d: mutated)
    else:
        rebuild(plain_package, package, manifest_edit=lambda m: (m.clear(), m.update(mutated)
                if isinstance(mutated, dict) else None))  # fmt: skip
    county = folder / "county.sqlite"
    (out,) = _merge(county, [package])  # never raises
    event(out.status)
    if out.status == REFUSED:
        assert out.error is not None and str(out.error).strip()
        # a reason from the checks, not from the last-resort net (which names an exception)
        assert not re.search(r"\b[A-Z][a-z]+Error\b", str(out.error)), str(out.error)
        return
    assert out.status == MERGED
    # merged as a valid package would be: the county holds what the package says
    switch_to(county)
    assert dbmod.integrity_check() == []
    record = PackageImport.get()
    held = campaign_data(Campaign.get_by_id(record.campaign_id), Town.get(Town.name == out.town).id)
    dbmod.close_database()
    sent = json.loads(read_package(package).members["data.json"])
    assert counts(held) == counts(sent)
    shutil.rmtree(folder, ignore_errors=True)
