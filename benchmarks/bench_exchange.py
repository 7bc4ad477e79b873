"""The USB exchange: a town's package of ~5,000 targets with its forms, and a county
merging ten towns' packages.

The town is a demo database of 23,000 cases, whose current campaign has about
5,000 targets (6,000 cases and ~1,300 targets with --quick). The export is
timed from the database to the verified, renamed file: data, statistics and
summary tables (xlsx and PDF), the filled forms, zip, scrypt at the default
cost (n = 2^17), AES-GCM, write, fsync, read back, check, record. The ten
packages are the same town's under ten town names, so the county database
ends with ten times its targets; each run starts from an empty county file.
The decompression bomb (a 5 MB package whose data.json unpacks to 1 GiB)
must be refused in moments and megabytes, not merged with gigabytes.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from common import Bench, Workspace, rv_desktop

from rv_desktop.domain import db as dbmod

PASSPHRASE = "县乡约定口令 2026 春季"
TOWNS = 10


def _cases(work: Workspace) -> int:
    return 6_000 if work.quick else 23_000


def _town(work: Workspace) -> Path:
    path = work.folder / f"exchange-town-{_cases(work)}.sqlite"
    if not path.exists():
        rv_desktop(["demo-db", str(path), "--cases", str(_cases(work))])
    return path


def _empty_county(work: Workspace, name: str):
    """A setup that opens an empty county database ``name`` (each run starts from one)."""

    def setup():
        dbmod.close_database()
        dbmod.open_database(work.fresh_path(name), actor="bench")

    return setup


def export_package(work: Workspace):
    from rv_desktop.services.package import write_package

    town = _town(work)
    out = work.folder / "exchange-out"

    def setup():
        shutil.rmtree(out, ignore_errors=True)
        dbmod.close_database()
        dbmod.open_database(town, actor="bench")

    def run():
        result = write_package(out, passphrase=PASSPHRASE)
        c = result.counts
        print(
            f"    {c['targets']} targets, {c['visit_records']} visit records, "
            f"{c['cases']} cases: {result.size / 1e6:.1f} MB",
            file=sys.stderr,
        )

    return setup, run


def _packages(work: Workspace) -> list[Path]:
    """Ten towns' packages (made once and kept)."""
    from rv_desktop.domain.models import Setting, db
    from rv_desktop.services.package import write_package

    folder = work.folder / f"exchange-towns-{_cases(work)}"
    found = sorted(folder.glob("*.rvpkg"))
    if len(found) == TOWNS:
        return found
    shutil.rmtree(folder, ignore_errors=True)
    dbmod.close_database()
    dbmod.open_database(_town(work), actor="bench")
    paths = []
    for i in range(TOWNS):
        with db.atomic():
            Setting.update(value=f"第{i + 1}镇").where(Setting.key == "town_name").execute()
        paths.append(write_package(folder, passphrase=PASSPHRASE).path)
    with db.atomic():
        Setting.update(value="青山镇").where(Setting.key == "town_name").execute()
    dbmod.close_database()
    return paths


def import_ten(work: Workspace):
    from rv_desktop.services.county import MERGED, import_packages

    packages = _packages(work)
    setup = _empty_county(work, "exchange-county.sqlite")

    def run():
        outcomes = import_packages(packages, PASSPHRASE, receipts_dir=work.folder)
        assert all(o.status == MERGED for o in outcomes), [o.as_json() for o in outcomes]
        targets = sum(o.targets for o in outcomes)
        print(f"    {len(outcomes)} packages, {targets} targets merged", file=sys.stderr)

    return setup, run


def refuse_bomb(work: Workspace):
    """A 5 MB package whose data.json unpacks to 1 GiB: refused, not merged."""
    import io
    import zipfile

    from rv_desktop.services.county import REFUSED, import_packages
    from rv_desktop.services.crypto import seal

    bomb = work.folder / "exchange-bomb.rvpkg"
    if not bomb.exists():
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("manifest.json", b"{}")
            with archive.open("data.json", "w", force_zip64=True) as fh:
                for _ in range(1024):
                    fh.write(b" " * 1024**2)
        bomb.write_bytes(seal(buffer.getvalue(), None).data)
    setup = _empty_county(work, "exchange-county-bomb.sqlite")

    def run():
        import resource

        (outcome,) = import_packages([bomb], allow_unencrypted=True)
        assert outcome.status == REFUSED and outcome.error.code == "package_too_large"
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"    {bomb.stat().st_size / 1e6:.1f} MB package refused; peak RSS {peak:.0f} MB",
              file=sys.stderr)  # fmt: skip

    return setup, run


BENCHMARKS = [
    Bench("export package, ~5,000 targets with forms", "< 20 s", export_package, repeat=3),
    Bench("county: import ten town packages", "(measured)", import_ten, repeat=3),
    Bench("county: refuse a 5 MB package holding a 1 GiB data.json", "< 5 s", refuse_bomb,
          repeat=3),  # fmt: skip
]
