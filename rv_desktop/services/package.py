"""Exchange packages (回访数据包): what a town sends the county on a USB stick.

``write_package`` puts a campaign's data (``exchange_data.campaign_data``),
the feedback statistics and summary tables (xlsx and PDF) and the filled
registration forms (PDF) into a zip with a manifest (producer, sequence
number, SHA-256 of every member) signed with the office's key
(``keys.py``), seals the zip in the container of ``crypto.py`` (encrypted
to the county's key, or with the shared passphrase until that key is
installed; unencrypted only when asked explicitly) and writes it safely: to a hidden
temporary file in the target folder, flushed and fsync'd, read back and
verified, then renamed to ``<town>-<campaign>-<YYYYMMDD-HHMM>.rvpkg``. A
failure anywhere (an error, cancel, a pulled stick) leaves no file that looks
like a package. Each export is recorded (``PackageExport``) and audited.

``read_package`` (``package_read.py``) checks a package completely and gives
its contents; the county's merge (``county.py``) starts from it.

The format is documented in docs/exchange-format.md; change it only with a
new version there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import secrets
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..domain import audit
from ..domain.campaigns import get_campaign
from ..domain.db import schema_version
from ..domain.errors import QT_TRANSLATE_NOOP, UserError, system_reason
from ..domain.models import PackageExport, db
from ..domain.office import office_level
from .crypto import (
    DEFAULT_KDF,
    KdfParams,
    PackageError,
    Sealed,
    check_passphrase,
    is_encrypted,
    open_container,
    seal,
    seal_to_key,
)
from .exchange_data import DATA_VERSION, campaign_data, counts
from .forms_data import office_names
from .open_at_export import open_at_export
from .package_check import MANIFEST, SIGNATURE, sign_manifest
from .package_read import (
    DATA,
    PACKAGE_FORMAT,
    PACKAGE_VERSION,
    PackageContents,
    check_payload,
    read_package,  # noqa: F401 - re-exported: callers read and write packages through this module
)
from .staging import private_temp_dir

SUFFIX = ".rvpkg"
#: The setting holding the last package number given (``next_sequence``).
SEQUENCE_SETTING = "package_sequence"
#: How an export was protected, as the export record and ``exports --json`` say.
TOWN_KEY, SHARED_PASSPHRASE, UNENCRYPTED = "town_key", "shared_passphrase", "unencrypted"
STATISTICS_XLSX = "tables/feedback-statistics.xlsx"
STATISTICS_PDF = "tables/feedback-statistics.pdf"
SUMMARY_XLSX = "tables/summary.xlsx"
SUMMARY_PDF = "tables/summary.pdf"
FORMS_PDF = "forms/registration-forms.pdf"

Progress = Callable[[int, int], None]

# weights of the steps, out of 100
_DATA, _TABLES, _FORMS, _SEAL = 10, 20, 80, 90


@dataclass(frozen=True)
class ExportResult:
    """A package written and recorded."""

    path: Path
    package_id: str
    sha256: str
    size: int
    encrypted: bool
    town: str
    campaign: str
    counts: dict[str, int]
    sequence: int = 0
    protection: str = UNENCRYPTED
    signed: bool = False


_UNSAFE = re.compile(r"[\\/:*?<>|\x00-\x1f]")


_QUOTES = str.maketrans("", "", '"\u201c\u201d\u2018\u2019')


def package_name(town: str, campaign: str, when: dt.datetime) -> str:
    """``<town>-<campaign>-<YYYYMMDD-HHMM>.rvpkg``, safe as a file name on Windows."""

    def clean(text: str) -> str:
        # quotes, straight or Chinese (2026年“千案回访”活动), are left out of file names
        text = _UNSAFE.sub("_", text.translate(_QUOTES))
        return " ".join(text.split()).strip(". ") or "_"

    return f"{clean(town)}-{clean(campaign)}-{when:%Y%m%d-%H%M}{SUFFIX}"


def _cancelled() -> UserError:
    return UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))


def _write_error(path: Path, exc: OSError) -> PackageError:
    return PackageError(
        "package_write_failed",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The package could not be written to {folder}: {reason}. Nothing was written; "
            "check the stick and try again.",
        ),
        folder=path,
        reason=system_reason(exc),
    )


_TABLES_MEMBERS = (STATISTICS_XLSX, STATISTICS_PDF, SUMMARY_XLSX, SUMMARY_PDF)
#: From this many targets on the tables are written by a second process while
#: this one draws the forms (a 5,000-target summary alone is ~300 pages).
PARALLEL_TARGETS = 500


def _file(work: Path, member: str) -> Path:
    return work / member.replace("/", "-")


def _write_tables(campaign_id: int, work: Path, fonts=None) -> None:
    """The feedback statistics (by source level) and the summary table, xlsx and PDF."""
    from ..domain.statistics import feedback_statistics, summary_rows
    from .pdf import find_fonts
    from .printing import _font_file
    from .statistics_export import (
        render_layout_pdf,
        statistics_layout,
        summary_layout,
        write_layout_xlsx,
    )

    campaign = get_campaign(campaign_id)
    fonts = fonts or find_fonts(_font_file())
    stats = statistics_layout(feedback_statistics(campaign, "source"))
    summary = summary_layout(campaign.name, summary_rows(campaign))
    for member, layout in zip(_TABLES_MEMBERS, (stats, stats, summary, summary), strict=True):
        if member.endswith(".xlsx"):
            write_layout_xlsx(layout, _file(work, member))
        else:
            render_layout_pdf(layout, _file(work, member), fonts=fonts, allow_missing=True)


def _tables_process(db_path: str, campaign_id: int, work: str) -> None:
    """The second process: open the database (reading only) and write the tables."""
    from ..domain import db as dbmod

    dbmod.open_database(db_path)
    try:
        _write_tables(campaign_id, Path(work))
    finally:
        dbmod.close_database()


def _start_tables_process(campaign_id: int, work: Path):
    """The process writing the tables, or None (few targets, one CPU, cannot start)."""
    import multiprocessing

    if (os.cpu_count() or 1) < 2:
        return None
    try:
        child = multiprocessing.get_context("spawn").Process(
            target=_tables_process,
            args=(str(db.obj.database), campaign_id, str(work)),
            daemon=True,
        )
        child.start()
    except OSError:
        return None
    return child


def _documents(
    campaign, ids: list[int], work: Path, step: Callable[[int], None], cancelled
) -> dict[str, bytes]:
    """The tables and the filled forms of ``campaign`` as member bytes."""
    from .forms_data import form_data_for_targets
    from .pdf import find_fonts, render_forms
    from .printing import _font_file

    fonts = find_fonts(_font_file())
    child = _start_tables_process(campaign.id, work) if len(ids) >= PARALLEL_TARGETS else None
    try:
        if child is None:
            _write_tables(campaign.id, work, fonts)
            step(_TABLES)
        if cancelled and cancelled():
            raise _cancelled()
        start = _TABLES if child is None else _DATA
        if ids:
            town, office = office_names()
            render_forms(
                form_data_for_targets(ids, filled=True),
                work / "forms.pdf",
                mode="filled",
                town=town,
                office=office,
                fonts=fonts,
                allow_missing=True,
                progress=lambda done, total: step(start + (_FORMS - start) * done // total),
                cancelled=cancelled,
            )
        if child is not None:
            child.join()
            if child.exitcode != 0:  # say why as if done here: the same error, translated
                _write_tables(campaign.id, work, fonts)
            step(_FORMS)
    finally:
        if child is not None and child.is_alive():
            child.terminate()
            child.join()
    out = {member: _file(work, member).read_bytes() for member in _TABLES_MEMBERS}
    if ids:
        out[FORMS_PDF] = (work / "forms.pdf").read_bytes()
    return out


def _zip(members: dict[str, bytes], when: dt.datetime) -> bytes:
    buffer = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            # PDF and xlsx are compressed already
            info.compress_type = (
                zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
            )
            archive.writestr(info, content, compresslevel=1)  # quick; JSON shrinks anyway
    return buffer.getvalue()


def write_package(
    out_dir: str | os.PathLike,
    campaign: str | None = None,
    passphrase: str | None = None,
    *,
    encrypt: bool = True,
    kdf: KdfParams = DEFAULT_KDF,
    documents: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Write the exchange package of ``campaign`` (the current one) into ``out_dir``.

    With the county's key installed (``keys.install_county_key``) the package
    is encrypted to it and needs no passphrase; a ``passphrase`` given
    explicitly seals it with the shared passphrase instead (the transition).
    ``encrypt=False`` writes it unencrypted (the clerk's explicit choice).
    With the office's key pair made, the package is signed in every case.
    ``documents=False`` leaves out the tables and forms (tests of the data
    alone). ``progress(done, 100)``
    reports the steps; ``cancelled()`` returning True stops with a
    ``UserError`` coded ``cancelled``. Nothing is left behind on failure.
    """
    step = progress or (lambda done, total=100: None)

    def report(done: int) -> None:
        step(done, 100)

    out_dir = Path(out_dir)
    town, office = office_names()
    if not town.strip():
        raise PackageError(
            "town_name_missing",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The town's name is not set. The county tells the packages apart by it: "
                "set it first.",
            ),
        )
    from .keys import county_key, office_keys

    own, county = office_keys(), county_key()
    if not encrypt:
        passphrase, protection = None, UNENCRYPTED
    elif county is not None and not passphrase:
        protection = TOWN_KEY
    else:
        check_passphrase(passphrase or "")
        protection = SHARED_PASSPHRASE
    c = get_campaign(campaign)
    when = (now or dt.datetime.now()).replace(microsecond=0)
    data = campaign_data(c)
    figures = counts(data)
    if not figures["targets"]:
        raise PackageError(
            "package_empty",
            QT_TRANSLATE_NOOP(
                "UserError", "{campaign} has no targets yet: there is nothing to send."
            ),
            campaign=c.name,
        )
    data["open_at_export"] = open_at_export(c)  # the county sees what was still open
    report(_DATA)
    members = {DATA: json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")}
    if documents:
        from .forms_data import targets_in_route_order

        ids = targets_in_route_order(c.id)
        # staged in the data folder's private staging (removed on every exit path,
        # or at the next start after a kill), never in the system's temporary folder
        with tempfile.TemporaryDirectory(prefix="rv-package-", dir=private_temp_dir()) as work:
            members.update(_documents(c, ids, Path(work), report, cancelled))
    if cancelled and cancelled():
        raise _cancelled()
    receipt_key = secrets.token_bytes(32)
    sequence = next_sequence()
    manifest = {
        "format": PACKAGE_FORMAT,
        "format_version": PACKAGE_VERSION,
        "package_id": str(uuid.uuid4()),
        "sequence": sequence,
        "producer": {
            "town": town,
            "office": office or None,
            "level": office_level(),
            "program": "rv_desktop",
            "program_version": __version__,
            "schema_version": schema_version(),
            "produced_at": when.isoformat(),
            "produced_by": audit.current_actor(),
        },
        "campaign": c.name,
        "data_version": DATA_VERSION,
        "counts": figures,
        "receipt_key": receipt_key.hex(),
        "members": [
            {"name": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
            for name, content in members.items()
        ],
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    members = {MANIFEST: manifest_bytes, **members}
    if own is not None:
        members[SIGNATURE] = sign_manifest(manifest_bytes, own)
    payload = _zip(members, when)
    check_payload(payload, Path(package_name(town, c.name, when)))  # what the county will check
    if protection == TOWN_KEY:
        sealed = Sealed(seal_to_key(payload, county.encrypt, county.fingerprint), None)
    else:
        sealed = seal(payload, passphrase, kdf)
    report(_SEAL)
    if cancelled and cancelled():
        raise _cancelled()
    path = _write_safely(out_dir, package_name(town, c.name, when), sealed)
    digest = hashlib.sha256(sealed.data).hexdigest()
    try:
        report(99)
        with db.atomic():
            row = PackageExport.create(
                package_id=manifest["package_id"],
                campaign=c.id,
                campaign_name=c.name,
                file_name=path.name,
                folder=str(path.parent),
                sha256=digest,
                size=len(sealed.data),
                encrypted=protection != UNENCRYPTED,
                produced_at=when,
                produced_by=manifest["producer"]["produced_by"],
                targets=figures["targets"],
                visit_records=figures["visit_records"],
                cases=figures["cases"],
                petitioners=figures["petitioners"],
                receipt_key=receipt_key.hex(),
                sequence=sequence,
                protection=protection,
            )
            audit.log_action(
                "export",
                "package_export",
                row.id,
                {
                    "what": "exchange_package",
                    "file": str(path),
                    "campaign": c.name,
                    "sha256": digest,
                    "encrypted": protection != UNENCRYPTED,
                    "protection": protection,
                    "sequence": sequence,
                    "signed": own is not None,
                    **figures,
                },
            )
        report(100)
    except BaseException:
        path.unlink(missing_ok=True)  # a package must never exist without its record
        raise
    return ExportResult(
        path,
        manifest["package_id"],
        digest,
        len(sealed.data),
        protection != UNENCRYPTED,
        town,
        c.name,
        figures,
        sequence,
        protection,
        own is not None,
    )


def next_sequence() -> int:
    """The number of the next package: one more than the last one given (1 for the first).

    The county orders a town's packages by it, not by the town PC's clock.
    The number is taken in its own transaction that writes first (so two
    exports at once, from the window and a script, wait for each other and
    never get the same number); an export that fails leaves a gap, which is
    harmless.
    """
    from peewee import fn

    from ..domain.models import Setting

    with db.atomic():
        # a write first: it takes the write lock before anything is read
        Setting.insert(key=SEQUENCE_SETTING, value="0").on_conflict_ignore().execute()
        given = Setting.get_by_id(SEQUENCE_SETTING).value or "0"
        last = PackageExport.select(fn.MAX(PackageExport.sequence)).scalar() or 0
        number = max(int(given) if given.isdigit() else 0, last) + 1
        Setting.update(value=str(number)).where(Setting.key == SEQUENCE_SETTING).execute()
    return number


def _write_safely(out_dir: Path, name: str, sealed) -> Path:
    """Write ``sealed`` under a temporary name, make sure it is on the disk and reads
    back whole, then give it its name; remove the temporary file on any failure."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(out_dir, exc) from exc
    target = out_dir / name
    n = 2
    while target.exists():  # two exports in one minute
        target = out_dir / f"{Path(name).stem}-{n}{SUFFIX}"
        n += 1
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".rvpkg-", suffix=".part", dir=out_dir)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(sealed.data)
            fh.flush()
            os.fsync(fh.fileno())
        written = tmp.read_bytes()
        if written != sealed.data:
            raise PackageError(
                "package_verify_failed",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The package read back from {folder} differs from what was written: the "
                    "stick may be failing. Nothing was kept; try another stick.",
                ),
                folder=out_dir,
            )
        if sealed.keys is not None or not is_encrypted(written):
            read_package_bytes(written, target, sealed.keys)
        os.replace(tmp, target)
        tmp = None
        _sync_folder(out_dir)
    except OSError as exc:
        raise _write_error(out_dir, exc) from exc
    finally:
        if tmp is not None:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass  # the stick is gone; the temporary name never looks like a package
    return target


def read_package_bytes(data: bytes, path: Path, keys) -> PackageContents:
    """Open a container just written (with the keys that sealed it) and check it whole."""
    opened = open_container(data, None, path.name, keys)
    return check_payload(opened.payload, path, hashlib.sha256(data).hexdigest(), len(data))


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows has no directory handles to fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def list_exports(campaign_id: int | None = None) -> list[PackageExport]:
    """The packages this office wrote, newest first (all campaigns, or one)."""
    query = PackageExport.select().order_by(
        PackageExport.produced_at.desc(), PackageExport.id.desc()
    )
    if campaign_id is not None:
        query = query.where(PackageExport.campaign == campaign_id)
    return list(query)


@dataclass(frozen=True)
class ExportRow:
    """One package written, as the Exchange page lists it."""

    produced_at: dt.datetime
    produced_by: str
    campaign: str
    path: Path
    sha256: str
    encrypted: bool
    targets: int
    visit_records: int
    received_at: dt.datetime | None
    received_by: str | None


def _when(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def export_rows() -> list[ExportRow]:
    """Every package written, newest first."""
    return [
        ExportRow(
            _when(r.produced_at),
            r.produced_by,
            r.campaign_name,
            Path(r.folder) / r.file_name,
            r.sha256,
            bool(r.encrypted),
            r.targets,
            r.visit_records,
            _when(r.received_at),
            r.received_by,
        )
        for r in list_exports()
    ]


@dataclass(frozen=True)
class ExportStatus:
    """Where a campaign stands with the county: deadline, last package, changes since."""

    deadline: dt.date | None
    days_left: int | None  # negative: overdue
    last_export: dt.datetime | None
    received: bool
    last_change: dt.datetime | None

    @property
    def stale(self) -> bool:
        """True when the data changed after the last package was written."""
        return bool(self.last_export and self.last_change and self.last_change > self.last_export)


def export_status(campaign_id: int, today: dt.date | None = None) -> ExportStatus:
    """The report deadline of a campaign, its last package and the last change of any data."""
    from ..domain.models import AuditRecord, Campaign

    today = today or dt.date.today()
    campaign = Campaign.get_by_id(campaign_id)
    deadline = campaign.report_deadline
    last = list_exports(campaign_id)[:1]
    changed = (
        AuditRecord.select(AuditRecord.at)
        .where(AuditRecord.action.in_(["insert", "update", "delete"]))
        .order_by(AuditRecord.at.desc())
        .limit(1)
        .scalar()
    )
    return ExportStatus(
        deadline,
        (deadline - today).days if deadline else None,
        _when(last[0].produced_at) if last else None,
        bool(last and last[0].received_at),
        _when(changed),
    )
