"""The county merge of issue 17: twenty town packages of 1,000 targets each, < 10 s.

The shape is the issue's: twenty towns, each with its own key pair (the
county registered each town's key, each town installed the county's key),
each sending a signed package sealed to the county's key with 1,000
targets, its visit records, items, and the tables and filled forms real
towns send. The packages and the county (its keys and the twenty registered
town keys) are made once and kept in ``benchmarks/_work/county-merge/``;
each run starts from a copy of that county, and the timing covers
``import_packages`` of the twenty, end to end: the county's key, the
key agreement and HKDF of each package, decryption, the zip within its
limits, the signature and every member's hash, the data's schema, the
trust and order checks, the merge's inserts in one transaction per package,
and the receipt.

Run alone for the per-package table and a profile of one package::

    python benchmarks/bench_county_merge.py [--repeat 3] [--profile 25]

``run.py`` runs the same total as one of its benchmarks.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import Bench, Workspace, rv_desktop  # noqa: E402

from rv_desktop.domain import db as dbmod  # noqa: E402

TOWNS = 20
TARGETS = 1_000
#: A demo town of this many cases has a little more than 1,000 targets; the rest are cut.
TOWN_CASES = 4_600


def _folder(work: Workspace, documents: bool = True) -> Path:
    return work.folder / f"county-merge-{TOWNS}x{TARGETS}{'' if documents else '-data'}"


def _trim(path: Path) -> None:
    """Keep exactly TARGETS included targets in the demo town (the others are deleted)."""
    from rv_desktop.domain.models import Campaign, Target, db

    dbmod.open_database(path, actor="bench")
    with db.atomic():
        db.execute_sql("PRAGMA foreign_keys = ON")
        campaign = Campaign.get(Campaign.is_current == True)  # noqa: E712
        keep = [
            t.id
            for t in Target.select(Target.id)
            .where((Target.campaign == campaign.id) & (Target.included == True))  # noqa: E712
            .order_by(Target.id)
            .limit(TARGETS)
        ]
        if len(keep) < TARGETS:
            raise SystemExit(f"the demo town has only {len(keep)} targets; raise TOWN_CASES")
        Target.delete().where(Target.id.not_in(keep)).execute()
    dbmod.close_database()


def _remove_keys() -> None:
    from rv_desktop.domain.models import Setting, db
    from rv_desktop.services.keys import COUNTY_SETTING, ENCRYPT_SETTING, SIGN_SETTING

    with db.atomic():
        Setting.delete().where(
            Setting.key.in_([SIGN_SETTING, ENCRYPT_SETTING, COUNTY_SETTING])
        ).execute()


def prepare(work: Workspace, documents: bool = True) -> tuple[Path, list[Path]]:
    """The county template (keys, twenty registered towns) and the twenty packages."""
    folder = _folder(work, documents)
    county = folder / "county-template.sqlite"
    packages = _packages(folder) if (folder / "packages").is_dir() else []
    if county.exists() and len(packages) == TOWNS:
        return county, packages
    from rv_desktop.domain.models import Setting, db
    from rv_desktop.domain.office import set_office_level
    from rv_desktop.services.keys import install_county_key, write_public_key
    from rv_desktop.services.package import write_package
    from rv_desktop.services.town_keys import register_town_key

    shutil.rmtree(folder, ignore_errors=True)
    (folder / "packages").mkdir(parents=True)
    (folder / "keys").mkdir()
    print(f"making the county and {TOWNS} towns' packages (once) in {folder}", file=sys.stderr)
    dbmod.close_database()
    dbmod.open_database(county, actor="bench", create=True)
    set_office_level("county")
    with db.atomic():
        Setting.insert(key="office_name", value="县信访局").on_conflict_replace().execute()
    _, county_file, _ = write_public_key(folder / "keys" / "county.rvkey", "county")
    dbmod.close_database()

    town = folder / "town.sqlite"
    rv_desktop(["demo-db", str(town), "--cases", str(TOWN_CASES)])
    _trim(town)
    town_files = []
    for i in range(TOWNS):
        name = f"第{i + 1}镇"
        started = time.perf_counter()
        dbmod.open_database(town, actor="bench")
        with db.atomic():
            Setting.update(value=name).where(Setting.key == "town_name").execute()
        _remove_keys()  # each town its own key pair, as twenty PCs would have
        install_county_key(county_file)
        _, key_file, _ = write_public_key(folder / "keys" / f"town-{i + 1}.rvkey", "town")
        result = write_package(folder / "packages", documents=documents)
        dbmod.close_database()
        assert result.protection == "town_key" and result.signed, result
        assert result.counts["targets"] == TARGETS, result.counts
        town_files.append((name, key_file))
        print(f"  {result.path.name}: {result.size / 1e6:.1f} MB, "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr)  # fmt: skip
    dbmod.open_database(county, actor="bench")
    for name, key_file in town_files:
        register_town_key(name, key_file)
    dbmod.close_database()
    return county, _packages(folder)


def _packages(folder: Path) -> list[Path]:
    """The packages in the towns' order (第1镇, 第2镇, … 第20镇)."""

    def town_number(path: Path) -> int:
        return int("".join(c for c in path.name.split("镇")[0] if c.isdigit()))

    return sorted((folder / "packages").glob("*.rvpkg"), key=town_number)


def _fresh_county(work: Workspace, template: Path) -> Path:
    path = work.fresh_path("county-merge-run.sqlite")
    dbmod.close_database()
    shutil.copyfile(template, path)
    receipts = work.folder / "county-merge-receipts"
    shutil.rmtree(receipts, ignore_errors=True)
    receipts.mkdir()
    dbmod.open_database(path, actor="bench")
    return receipts


def merge_once(work: Workspace, template: Path, packages: list[Path]) -> tuple[float, list]:
    """One timed merge of every package into a fresh county: total and per package."""
    from rv_desktop.services.county import MERGED, import_packages

    receipts = _fresh_county(work, template)
    marks = [time.perf_counter()]
    cpu = [time.process_time()]

    def mark(done: int, total: int) -> None:
        marks.append(time.perf_counter())
        cpu.append(time.process_time())

    outcomes = import_packages(packages, receipts_dir=receipts, progress=mark)
    total, total_cpu = marks[-1] - marks[0], cpu[-1] - cpu[0]
    assert all(o.status == MERGED for o in outcomes), [o.as_json() for o in outcomes]
    assert sum(o.targets for o in outcomes) == TOWNS * TARGETS
    per = [b - a for a, b in zip(marks, marks[1:], strict=False)]
    dbmod.close_database()
    return (total, total_cpu), list(zip(outcomes, per, strict=True))


SHA256 = "<built-in method _hashlib.openssl_sha256>"
#: The steps of a merge, by the functions that do them (cumulative times of one package).
PHASES = [
    ("read_package: everything before the county decides", {"read_package"}),
    ("  the county's key: X25519 agreement, HKDF, AES-GCM", {"_open_sealed_to_key"}),
    ("  the zip's members within limits", {"read_members"}),
    ("  the town's signature", {"check_signature"}),
    ("  SHA-256 of the file and members; JSON", {SHA256, "load_json"}),
    ("  data.json's schema (every value converted once)", {"validate_data"}),
    ("origin and order (registered keys, numbers)", {"check_origin", "check_order"}),
    ("merge: one transaction", {"merge"}),
    ("  the data replaced, kept for undo", {"campaign_data"}),
    ("  inserts (executemany)", {"bulk_insert"}),
    ("receipt (signed, fsync'd)", {"make_receipt"}),
]


def profile_one(work: Workspace, template: Path, package: Path, top: int) -> str:
    """cProfile of merging one package into a fresh county (cumulative and own time)."""
    from rv_desktop.services.county import import_packages

    receipts = _fresh_county(work, template)
    profiler = cProfile.Profile(time.process_time)  # CPU time: the machine may be shared
    profiler.enable()
    import_packages([package], receipts_dir=receipts)
    profiler.disable()
    dbmod.close_database()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    total = max(ct for _, _, _, ct, _ in stats.stats.values())
    out.write("where the CPU time goes (cumulative, under the profiler):\n\n")
    out.write("| step | ms | share |\n")
    out.write("|---|---:|---:|\n")
    for step, names in PHASES:
        spent = sum(ct for (_, _, name), (_, _, _, ct, _) in stats.stats.items() if name in names)
        out.write(f"| {step} | {spent * 1000:.0f} | {spent / total:.0%} |\n")
    out.write(f"| all of import_packages | {total * 1000:.0f} | 100% |\n\n")
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def merge_twenty(work: Workspace):
    template, packages = prepare(work)

    def run():
        (total, cpu), _ = merge_once(work, template, packages)
        print(f"    {TOWNS} packages, {TOWNS * TARGETS} targets: {total:.2f} s "
              f"({cpu:.2f} s CPU)", file=sys.stderr)  # fmt: skip

    return run


BENCHMARKS = [
    Bench(
        f"county: merge {TOWNS} town packages of {TARGETS:,} targets",
        "< 10 s",
        merge_twenty,
        repeat=3,
    ),
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (the median is given)")
    parser.add_argument("--profile", type=int, default=25, help="profile lines (0: none)")
    parser.add_argument("--no-documents", action="store_true",
                        help="packages without tables and forms (made afresh)")  # fmt: skip
    args = parser.parse_args(argv)
    work = Workspace(HERE / "_work", quick=False)
    template, packages = prepare(work, documents=not args.no_documents)
    runs = [merge_once(work, template, packages) for _ in range(args.repeat)]
    totals = [t for (t, _), _ in runs]
    cpus = [c for (_, c), _ in runs]
    size = sum(p.stat().st_size for p in packages) / 1e6
    print(f"\n{TOWNS} packages × {TARGETS:,} targets ({size:.0f} MB), {args.repeat} runs\n")
    print("| package | targets | visit records | " + " | ".join(
        f"run {i + 1}" for i in range(args.repeat)) + " | median |")  # fmt: skip
    print("|---|---:|---:|" + "---:|" * (args.repeat + 1))
    for row in range(len(packages)):
        o = runs[0][1][row][0]
        times = [r[1][row][1] for r in runs]
        cells = " | ".join(f"{t * 1000:.0f} ms" for t in times)
        print(f"| {o.package.name} | {o.targets} | {o.visit_records} | {cells} | "
              f"{statistics.median(times) * 1000:.0f} ms |")  # fmt: skip
    cells = " | ".join(f"{t:.2f} s" for t in totals)
    print(f"| **total** | {TOWNS * TARGETS} | | {cells} | **{statistics.median(totals):.2f} s** |")
    cells = " | ".join(f"{t:.2f} s" for t in cpus)
    print(f"| total CPU time of the process | | | {cells} | {statistics.median(cpus):.2f} s |")
    print(f"\nper target: {statistics.median(totals) / (TOWNS * TARGETS) * 1000:.3f} ms "
          f"(goal: < 10 s in all, 0.5 ms per target)")  # fmt: skip
    if args.profile:
        print(f"\nprofile of one package ({packages[0].name}):\n")
        print(profile_one(work, template, packages[0], args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
