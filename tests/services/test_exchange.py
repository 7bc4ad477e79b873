"""Exchange packages: written safely, read strictly, merged by the county, receipted.

Real SQLite files, real packages on disk, real encryption (with a cheap scrypt
cost, so the suite stays quick; the default cost is exercised by the CLI
tests). The round trip is property-based: generated campaigns go through a
package into a county database and come back field for field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import BooleanField, DateField, DateTimeField, IntegerField

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.enums import ExclusionReason, FollowUpState, StaffRole
from rv_desktop.domain.models import (
    Campaign,
    Case,
    ContactAttempt,
    FollowUp,
    HandlingUnit,
    PackageExport,
    PackageImport,
    Petitioner,
    Setting,
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    Town,
    VisitRecord,
    db,
)
from rv_desktop.domain.statistics import feedback_statistics
from rv_desktop.services import package_documents
from rv_desktop.services.county import MERGED, REFUSED, UNCHANGED, import_packages
from rv_desktop.services.crypto import PackageError
from rv_desktop.services.demo import create_demo_database
from rv_desktop.services.exchange_data import campaign_data
from rv_desktop.services.package import (
    DATA,
    FORMS_PDF,
    MANIFEST,
    STATISTICS_PDF,
    STATISTICS_XLSX,
    SUMMARY_PDF,
    SUMMARY_XLSX,
    package_name,
    read_package,
    write_package,
)
from rv_desktop.services.receipts import import_receipt

from .exchange_tools import FAST, switch_to

PASS = "县乡约定口令 2026 春季"


def _dump(path: Path) -> list[str]:
    """Every row of the database, as SQL (to compare before and after)."""
    switch_to(path)
    lines = list(db.connection().iterdump())
    dbmod.close_database()
    return lines


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def demo_town(tmp_path_factory) -> Path:
    """A demo town database (青山镇), made once; tests copy it."""
    path = tmp_path_factory.mktemp("demo") / "town.sqlite"
    create_demo_database(path, cases=300, seed=3)
    return path


def _town_copy(demo_town: Path, folder: Path, name: str | None = None) -> Path:
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "town.sqlite"
    shutil.copy(demo_town, path)
    if name:
        switch_to(path)
        with db.atomic():
            Setting.update(value=name).where(Setting.key == "town_name").execute()
            Setting.update(value=f"{name}信访办").where(Setting.key == "office_name").execute()
        dbmod.close_database()
    return path


def _export(town_db: Path, out: Path, **kwargs):
    switch_to(town_db, "clerk")
    kwargs.setdefault("kdf", FAST)
    kwargs.setdefault("documents", False)
    if kwargs.get("encrypt", True):
        kwargs.setdefault("passphrase", PASS)
    result = write_package(out, **kwargs)
    dbmod.close_database()
    return result


# --- writing and reading --------------------------------------------------------------


def test_package_name_is_safe_on_windows():
    when = dt.datetime(2026, 11, 28, 15, 30)
    assert package_name("某某镇", "2026千案回访", when) == "某某镇-2026千案回访-20261128-1530.rvpkg"
    assert package_name("青山镇", '2026年"千案回访"活动', when) == (
        "青山镇-2026年千案回访活动-20261128-1530.rvpkg"
    )
    assert package_name("a/b", "c:d*?", when) == "a_b-c_d__-20261128-1530.rvpkg"


@pytest.mark.parametrize("parallel", [False, True], ids=["one process", "tables aside"])
def test_package_holds_manifest_data_tables_and_forms(demo_town, tmp_path, monkeypatch, parallel):
    if parallel:  # the tables written by a second process, as for a big campaign
        monkeypatch.setattr(package_documents, "PARALLEL_TARGETS", 0)

        def not_here(*args, **kwargs):  # the child imports its own, unpatched module
            raise AssertionError("the tables were not written by the second process")

        monkeypatch.setattr(package_documents, "_write_tables", not_here)
    town = _town_copy(demo_town, tmp_path / "town")
    result = _export(town, tmp_path / "stick", documents=True)
    assert re.fullmatch(r"青山镇-2026年千案回访活动-\d{8}-\d{4}\.rvpkg", result.path.name)
    assert _files(tmp_path / "stick") == [result.path.name]  # nothing else left behind
    raw = result.path.read_bytes()
    for secret in ("青山镇".encode(), b"data.json", b"manifest", b"QS2017-0"):
        assert secret not in raw  # no member name, no personal datum shows
    contents = read_package(result.path, PASS, kdf=FAST)
    assert set(contents.members) == {  # and the manifest, which lists them
        DATA,
        STATISTICS_XLSX,
        STATISTICS_PDF,
        SUMMARY_XLSX,
        SUMMARY_PDF,
        FORMS_PDF,
    }
    for name in (STATISTICS_PDF, SUMMARY_PDF, FORMS_PDF):
        assert contents.members[name].startswith(b"%PDF")
    for name in (STATISTICS_XLSX, SUMMARY_XLSX):
        assert contents.members[name].startswith(b"PK")
    producer = contents.producer
    assert producer["town"] == "青山镇" and producer["office"] == "青山镇信访办"
    assert producer["produced_by"] == "clerk" and producer["program"] == "rv_desktop"
    assert producer["level"] == "town"  # the office's level travels with its data
    assert contents.campaign == "2026年“千案回访”活动"
    assert {m["name"] for m in contents.manifest["members"]} == set(contents.members)
    assert contents.counts["targets"] == result.counts["targets"] > 0
    # the forms: one filled form per included target, in Chinese
    from io import BytesIO

    from pypdf import PdfReader

    forms = PdfReader(BytesIO(contents.members[FORMS_PDF]))
    assert len(forms.pages) >= contents.counts["targets"]
    assert "回访登记表" in forms.pages[0].extract_text()
    # the export is recorded: when, who, what, where, hash, counts
    switch_to(town)
    (row,) = PackageExport.select()
    assert (row.file_name, row.folder) == (result.path.name, str(result.path.parent))
    assert row.sha256 == result.sha256 == contents.sha256 and row.encrypted
    assert row.produced_by == "clerk" and row.targets == result.counts["targets"]
    assert row.received_at is None


def test_unencrypted_only_by_choice_and_still_checked(demo_town, tmp_path):
    town = _town_copy(demo_town, tmp_path / "town")
    switch_to(town)
    with pytest.raises(PackageError) as info:
        write_package(tmp_path / "stick", passphrase=None, documents=False, kdf=FAST)
    assert info.value.code == "passphrase_short"
    with pytest.raises(PackageError) as info:
        write_package(tmp_path / "stick", passphrase="short", documents=False, kdf=FAST)
    assert info.value.code == "passphrase_short"
    dbmod.close_database()
    assert not (tmp_path / "stick").exists() or _files(tmp_path / "stick") == []
    result = _export(town, tmp_path / "stick", encrypt=False)
    assert not result.encrypted
    assert b"data.json" in result.path.read_bytes()  # readable, as chosen
    contents = read_package(result.path)  # no passphrase needed
    assert contents.counts == result.counts
    data = bytearray(result.path.read_bytes())
    data[-200] ^= 0x01
    result.path.write_bytes(bytes(data))
    with pytest.raises(PackageError) as info:
        read_package(result.path)
    assert info.value.code == "package_tampered"


@pytest.mark.parametrize("where", ["header", "payload", "tag"])
def test_flipped_byte_is_refused(demo_town, tmp_path, where):
    town = _town_copy(demo_town, tmp_path / "town")
    result = _export(town, tmp_path / "stick")
    data = bytearray(result.path.read_bytes())
    position = {"header": 40, "payload": len(data) // 2, "tag": len(data) - 3}[where]
    data[position] ^= 0x40
    result.path.write_bytes(bytes(data))
    with pytest.raises(PackageError) as info:
        read_package(result.path, PASS, kdf=FAST)
    assert info.value.code in ("package_tampered", "package_damaged", "passphrase_wrong")
    assert result.path.name in str(info.value)


def test_truncated_wrong_passphrase_and_foreign_files_are_refused(demo_town, tmp_path):
    town = _town_copy(demo_town, tmp_path / "town")
    result = _export(town, tmp_path / "stick")
    data = result.path.read_bytes()
    cut = tmp_path / "cut.rvpkg"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(PackageError) as info:
        read_package(cut, PASS, kdf=FAST)
    assert info.value.code == "package_truncated"
    assert "incomplete" in str(info.value)
    with pytest.raises(PackageError) as info:
        read_package(result.path, "not the passphrase", kdf=FAST)
    assert info.value.code == "passphrase_wrong"
    with pytest.raises(PackageError) as info:
        read_package(result.path, None, kdf=FAST)
    assert info.value.code == "passphrase_needed"
    other = tmp_path / "notes.rvpkg"
    other.write_text("a note, not a package")
    with pytest.raises(PackageError) as info:
        read_package(other, PASS, kdf=FAST)
    assert info.value.code == "not_a_package"
    newer = tmp_path / "newer.rvpkg"
    newer.write_bytes(data[:8] + b"\x00\x09" + data[10:])
    with pytest.raises(PackageError) as info:
        read_package(newer, PASS, kdf=FAST)
    assert info.value.code == "package_too_new"


class _Interrupt(Exception):
    pass


@pytest.mark.parametrize(
    ("at", "parallel"), [(15, False), (50, False), (85, False), (99, False), (30, True)]
)
def test_interrupted_export_leaves_no_package(demo_town, tmp_path, monkeypatch, at, parallel):
    """An exception inside the writer (here: from the progress callback, at
    several points from the tables to the rename, and while a second process
    writes the tables) leaves no file that looks like a package, no temporary
    file, and no export record."""
    if parallel:
        monkeypatch.setattr(package_documents, "PARALLEL_TARGETS", 0)
    town = _town_copy(demo_town, tmp_path / "town")
    stick = tmp_path / "stick"
    stick.mkdir()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= at:
            raise _Interrupt()

    switch_to(town)
    with pytest.raises(_Interrupt):
        write_package(stick, passphrase=PASS, kdf=FAST, progress=progress)
    assert seen and max(seen) >= at
    assert _files(stick) == [], "nothing at all is left on the stick"
    assert PackageExport.select().count() == 0
    dbmod.close_database()


def test_cancelled_export_leaves_nothing(demo_town, tmp_path):
    town = _town_copy(demo_town, tmp_path / "town")
    (tmp_path / "stick").mkdir()
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    switch_to(town)
    with pytest.raises(Exception) as info:
        write_package(tmp_path / "stick", passphrase=PASS, kdf=FAST, cancelled=cancelled)
    assert getattr(info.value, "code", None) == "cancelled"
    assert _files(tmp_path / "stick") == []
    dbmod.close_database()


# --- the county -------------------------------------------------------------------------


def _import(county: Path, paths, passphrase=PASS, **kwargs):
    switch_to(county, "county")
    kwargs.setdefault("kdf", FAST)
    outcomes = import_packages(paths, passphrase, **kwargs)
    dbmod.close_database()
    return outcomes


def _town_data(path: Path) -> dict:
    switch_to(path)
    data = campaign_data(Campaign.get(Campaign.is_current == True))  # noqa: E712
    dbmod.close_database()
    return data


def _county_data(county: Path, town: str, campaign: str) -> dict:
    switch_to(county)
    town_id = Town.get(Town.name == town).id
    data = campaign_data(Campaign.get(Campaign.name == campaign), town_id)
    plan = (
        PackageImport.select()
        .join(Town)
        .where(Town.name == town)
        .order_by(PackageImport.produced_at.desc())
        .first()
        .plan
    )
    data["campaign"] = json.loads(plan)
    dbmod.close_database()
    return data


def test_two_towns_with_the_same_case_numbers_and_a_reimport(demo_town, tmp_path):
    qs = _town_copy(demo_town, tmp_path / "qs")
    sq = _town_copy(demo_town, tmp_path / "sq", name="石桥镇")
    p1 = _export(qs, tmp_path / "stick-qs").path
    p2 = _export(sq, tmp_path / "stick-sq").path
    county = tmp_path / "county.sqlite"
    out = _import(county, [p1, p2])
    assert [o.status for o in out] == [MERGED, MERGED]
    assert [o.town for o in out] == ["青山镇", "石桥镇"]
    assert _county_data(county, "青山镇", out[0].campaign) == _town_data(qs)
    assert _county_data(county, "石桥镇", out[0].campaign) == _town_data(sq)
    switch_to(county)
    stats = feedback_statistics(None, "town")
    assert sorted(r.key for r in stats.rows) == sorted(["青山镇", "石桥镇"])
    assert stats.rows[0].targets == stats.rows[1].targets == out[0].targets
    cases_before = Case.select().count()
    dbmod.close_database()

    # the same package again: unchanged, nothing written
    before = _dump(county)
    again = _import(county, [p1])
    assert again[0].status == UNCHANGED and again[0].receipt is not None
    assert _dump(county) == before

    # 青山镇 changes a visit and drops a target, then sends a newer package
    switch_to(qs)
    record = VisitRecord.select().where(VisitRecord.satisfaction.is_null(False)).first()
    record.opinions = "回访后补充的意见"
    record.save()
    dropped = Target.select().where(Target.included == False).first()  # noqa: E712
    dropped.delete_instance(recursive=True)
    dbmod.close_database()
    p3 = _export(qs, tmp_path / "stick-qs", now=dt.datetime.now() + dt.timedelta(minutes=5)).path
    out = _import(county, [p3, p1])
    assert [o.status for o in out] == [MERGED, REFUSED]
    assert out[1].error.code == "package_older"
    assert "never replaces" in str(out[1].error)
    assert _county_data(county, "青山镇", out[0].campaign) == _town_data(qs)
    assert _county_data(county, "石桥镇", out[0].campaign) == _town_data(sq)
    switch_to(county)
    assert Case.select().count() == cases_before  # cases matched by town and case number
    assert PackageImport.select().count() == 3
    dbmod.close_database()


def test_refused_packages_leave_the_county_database_unchanged(demo_town, tmp_path):
    qs = _town_copy(demo_town, tmp_path / "qs")
    sq = _town_copy(demo_town, tmp_path / "sq", name="石桥镇")
    good = _export(qs, tmp_path / "stick").path
    county = tmp_path / "county.sqlite"
    _import(county, [good])
    other = _export(sq, tmp_path / "stick2").path
    data = other.read_bytes()
    tampered = tmp_path / "tampered.rvpkg"
    tampered.write_bytes(data[:300] + bytes([data[300] ^ 1]) + data[301:])
    truncated = tmp_path / "truncated.rvpkg"
    truncated.write_bytes(data[:-1000])
    before = _dump(county)
    out = _import(county, [tampered, truncated])
    out += _import(county, [other], passphrase="wrong passphrase")
    assert [o.status for o in out] == [REFUSED] * 3
    assert [o.error.code for o in out] == [
        "package_tampered",
        "package_truncated",
        "passphrase_wrong",
    ]
    assert all(o.receipt is None for o in out)
    assert _dump(county) == before


def test_package_with_bad_data_is_refused_whole(demo_town, tmp_path):
    """A package whose data breaks a rule of the schema (here: an unknown
    satisfaction code, written unencrypted by hand) is refused and nothing of
    it stays, not even its town."""
    import hashlib
    import io
    import zipfile

    from rv_desktop.services.crypto import seal

    qs = _town_copy(demo_town, tmp_path / "qs", name="石桥镇")
    good = read_package(_export(qs, tmp_path / "stick", encrypt=False).path)
    data = json.loads(good.members[DATA])
    visits = [v for t in data["targets"] for v in t["visits"]]
    visits[-1]["satisfaction"] = "ecstatic"
    members = dict(good.members)
    members[DATA] = json.dumps(data, ensure_ascii=False).encode()
    manifest = dict(good.manifest)
    manifest["members"] = [
        {**m, "size": len(members[m["name"]]), "sha256": hashlib.sha256(members[m["name"]]).hexdigest()}
        for m in manifest["members"]
    ]  # fmt: skip
    members[MANIFEST] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    bad = tmp_path / "bad.rvpkg"
    bad.write_bytes(seal(buffer.getvalue(), None).data)
    county = tmp_path / "county.sqlite"
    switch_to(county)
    dbmod.close_database()
    before = _dump(county)
    (out,) = _import(county, [bad], allow_unencrypted=True)
    assert out.status == REFUSED and out.error.code == "package_data_invalid"
    assert "satisfaction" in str(out.error)
    assert _dump(county) == before


def test_own_town_package_is_refused(demo_town, tmp_path):
    qs = _town_copy(demo_town, tmp_path / "qs")
    package = _export(qs, tmp_path / "stick").path
    (out,) = _import(qs, [package])
    assert out.status == REFUSED and out.error.code == "package_own_town"


# --- receipts ---------------------------------------------------------------------------


def test_receipt_round_trip_and_forgeries(demo_town, tmp_path):
    qs = _town_copy(demo_town, tmp_path / "qs")
    stick = tmp_path / "stick"
    result = _export(qs, stick)
    county = tmp_path / "county.sqlite"
    switch_to(county)
    with db.atomic():
        Setting.create(key="office_name", value="某某县千案回访活动办公室")
    dbmod.close_database()
    (out,) = _import(county, [result.path])
    receipt = out.receipt
    assert receipt == stick / (result.path.stem + ".rvreceipt")
    body = json.loads(receipt.read_text(encoding="utf-8"))
    assert body["package_sha256"] == result.sha256 and body["town"] == "青山镇"
    assert body["received_by"] == "某某县千案回访活动办公室"
    assert body["counts"]["targets"] == result.counts["targets"]

    # forged: a changed figure, a signature made with another key, another package's id
    forged = tmp_path / "forged.rvreceipt"
    for change in (
        {"counts": {**body["counts"], "targets": body["counts"]["targets"] + 1}},
        {"mac": "0" * 64},
        {"package_sha256": "f" * 64},
    ):
        forged.write_text(json.dumps({**body, **change}), encoding="utf-8")
        switch_to(qs)
        with pytest.raises(PackageError) as info:
            import_receipt(forged)
        assert info.value.code == "receipt_forged"
        assert PackageExport.get().received_at is None
        dbmod.close_database()
    forged.write_text(json.dumps({**body, "package_id": "0" * 36}), encoding="utf-8")
    switch_to(qs)
    with pytest.raises(PackageError) as info:
        import_receipt(forged)
    assert info.value.code == "receipt_unknown_package"

    # the genuine one marks the export received, once
    first = import_receipt(receipt)
    assert first.status == "received" and first.received_by == "某某县千案回访活动办公室"
    row = PackageExport.get()
    assert row.received_at is not None and row.received_by == "某某县千案回访活动办公室"
    assert import_receipt(receipt).status == "unchanged"
    dbmod.close_database()


# --- the round trip, over generated campaigns ---------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=10)
_NAME = st.text(st.sampled_from("王李张刘陈镇所办村ABC甲乙丙"), min_size=1, max_size=4)
_DATES = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))
_TIMES = st.datetimes(dt.datetime(2015, 1, 1), dt.datetime(2030, 12, 31))
_SKIP = {"id", "target", "visit", "campaign", "case", "petitioner", "created_at", "updated_at"}


def _value(field, draw):
    enum = getattr(field, "enum", None)
    if enum is not None:
        base = st.sampled_from([m.value for m in enum])
    elif isinstance(field, BooleanField):
        base = st.booleans()
    elif isinstance(field, DateTimeField):
        base = _TIMES
    elif isinstance(field, DateField):
        base = _DATES
    elif isinstance(field, IntegerField):
        base = st.integers(1, 9)
    else:
        base = _TEXT
    return draw(st.none() | base if field.null else base)


def _fields(model, draw, **fixed):
    row = {}
    for f in model._meta.sorted_fields:
        if f.name in _SKIP or f.name in fixed or hasattr(f, "rel_model"):
            continue
        row[f.name] = _value(f, draw)
    return {**row, **fixed}


def _generate(draw) -> None:
    """A campaign of a few targets with every field drawn, written straight to the tables."""
    units = [HandlingUnit.create(name=n) for n in draw(st.lists(_NAME, max_size=3, unique=True))]
    unit = st.none() | st.sampled_from(units) if units else st.none()
    staff = [
        Staff.create(**_fields(Staff, draw, name=name, role=role, unit=draw(unit)))
        for name, role in draw(
            st.lists(st.tuples(_NAME, st.sampled_from(list(StaffRole))), max_size=4, unique=True)
        )
    ]
    numbers = draw(st.lists(st.text("0123456789X", min_size=18, max_size=18), unique=True))
    people = []
    for i in range(draw(st.integers(1, 4))):
        people.append(
            Petitioner.create(
                **_fields(
                    Petitioner,
                    draw,
                    name=draw(_NAME),
                    id_number=numbers[i] if i < len(numbers) else None,
                    phones=",".join(
                        draw(st.lists(st.text("0123456789", min_size=1, max_size=20), max_size=2))
                    )
                    or None,
                )
            )
        )
    campaign = Campaign.create(**_fields(Campaign, draw, name=draw(_NAME), is_current=True,
                                         prep_start=None, prep_end=None, impl_start=None,
                                         impl_end=None, summary_start=None, summary_end=None,
                                         criteria=draw(st.none() | st.just('{"sources": ["central"]}'))))  # fmt: skip
    for case_no in draw(st.lists(_TEXT.filter(bool), min_size=1, max_size=5, unique=True)):
        case = Case.create(
            **_fields(
                Case,
                draw,
                case_no=case_no,
                petitioner=draw(st.sampled_from(people)),
                handling_unit=draw(unit),
            )
        )
        included = draw(st.booleans())
        target = Target.create(
            **_fields(
                Target,
                draw,
                campaign=campaign,
                case=case,
                included=included,
                exclusion_reason=None if included else draw(st.sampled_from(list(ExclusionReason))),
                responsible_leader=draw(st.none() | st.sampled_from(staff)) if staff else None,
            )
        )
        for person in draw(st.lists(st.sampled_from(staff), unique=True)) if staff else []:
            TaskVisitor.create(target=target, staff=person)
        for u in draw(st.lists(st.sampled_from(units), unique=True)) if units else []:
            TaskUnit.create(target=target, unit=u)
        visits = []
        for no in range(1, draw(st.integers(0, 2)) + 1):
            visit = VisitRecord.create(**_fields(VisitRecord, draw, target=target, visit_no=no))
            visits.append(visit)
            for _ in range(draw(st.integers(0, 2))):
                ContactAttempt.create(**_fields(ContactAttempt, draw, visit=visit))
        for _ in range(draw(st.integers(0, 2))):
            state = draw(st.sampled_from(list(FollowUpState)))
            FollowUp.create(
                **_fields(
                    FollowUp,
                    draw,
                    target=target,
                    visit=draw(st.none() | st.sampled_from(visits)) if visits else None,
                    unit=draw(unit),
                    state=state,
                    closed_on=draw(_DATES) if state != FollowUpState.OPEN else draw(st.none() | _DATES),
                    created_at=draw(_TIMES),
                )
            )  # fmt: skip
    if not Target.select().where(Target.included == True).exists():  # noqa: E712
        Target.update(included=True, exclusion_reason=None).execute()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data())
def test_round_trip_reproduces_every_exported_field(data):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        town = folder / "town.sqlite"
        switch_to(town)
        with db.atomic():
            Setting.create(key="town_name", value="青山镇")
            _generate(data.draw)
        sent = campaign_data(Campaign.get(Campaign.is_current == True))  # noqa: E712
        result = write_package(folder / "stick", passphrase=PASS, kdf=FAST, documents=False)
        dbmod.close_database()
        (out,) = _import(folder / "county.sqlite", [result.path])
        assert out.status == MERGED, out.error
        received = _county_data(folder / "county.sqlite", "青山镇", result.campaign)
        assert received == sent
        switch_to(folder / "county.sqlite")
        county_campaign = Campaign.get(Campaign.name == result.campaign)
        for name, value in sent["campaign"].items():
            if name != "criteria":
                assert json.loads(json.dumps(_plain(getattr(county_campaign, name)))) == value
        dbmod.close_database()


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def test_a_visit_of_a_package_written_before_the_plans_rules_is_read():
    """A town still on the previous version sends visits without the schema-4 fields:
    the county reads them as empty (issue 14: nothing is lost on upgrading)."""
    from rv_desktop.domain.models import VisitRecord
    from rv_desktop.services.exchange_data import FIELDS, LATER_VISIT_FIELDS, Converter

    names = FIELDS["visits"][1]
    old = {name: None for name in names if name not in LATER_VISIT_FIELDS}
    old.update(visit_no=1, state="final", petitioner_away=False, followup_needed=False,
               signed_visitors=False)  # fmt: skip
    row = Converter().row(VisitRecord, names, old, "targets[0].visits[0]")
    assert row["contact_result"] is None and row["looks_note"] is None
