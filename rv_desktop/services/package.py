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
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.models import PackageExport, db
from ..domain.office import office_level
from .crypto import (
    DEFAULT_KDF,
    KdfParams,
    PackageError,
    Sealed,
    check_passphrase,
    seal,
    seal_to_key,
)
from .exchange_data import DATA_VERSION, campaign_data, counts
from .forms_data import office_names
from .open_at_export import open_at_export
from .package_check import MANIFEST, SIGNATURE, sign_manifest
from .package_documents import (  # noqa: F401 - the members' names are re-exported
    DATA_STEP,
    FORMS_PDF,
    SEAL_STEP,
    STATISTICS_PDF,
    STATISTICS_XLSX,
    SUMMARY_PDF,
    SUMMARY_XLSX,
    cancelled_error,
)
from .package_documents import documents as documents_of
from .package_exports import (  # noqa: F401 - re-exported: the export records
    ExportRow,
    ExportStatus,
    export_rows,
    export_status,
    list_exports,
)
from .package_files import SUFFIX, read_package_bytes, write_safely  # noqa: F401
from .package_read import (
    DATA,
    PACKAGE_FORMAT,
    PACKAGE_VERSION,
    check_payload,
    read_package,  # noqa: F401 - re-exported: callers read and write packages through this module
)
from .staging import private_temp_dir

#: The setting holding the last package number given (``next_sequence``).
SEQUENCE_SETTING = "package_sequence"
#: How an export was protected, as the export record and ``exports --json`` say.
TOWN_KEY, SHARED_PASSPHRASE, UNENCRYPTED = "town_key", "shared_passphrase", "unencrypted"

Progress = Callable[[int, int], None]


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
    alone). ``progress(done, 100)`` reports the steps; ``cancelled()``
    returning True stops with a ``UserError`` coded ``cancelled``. Nothing
    is left behind on failure.
    """
    report = _reporter(progress)
    town, office = _names()
    from .keys import county_key, office_keys

    own, county = office_keys(), county_key()
    passphrase, protection = _protection(encrypt, passphrase, county)
    c = get_campaign(campaign)
    when = (now or dt.datetime.now()).replace(microsecond=0)
    members, figures = _data_member(c)
    report(DATA_STEP)
    if documents:
        members.update(_documents(c, report, cancelled))
    if cancelled and cancelled():
        raise cancelled_error()
    manifest = _manifest(town, office, c.name, when, figures, members)
    payload = _signed_zip(members, manifest, own, Path(package_name(town, c.name, when)), when)
    if protection == TOWN_KEY:
        sealed = Sealed(seal_to_key(payload, county.encrypt, county.fingerprint), None)
    else:
        sealed = seal(payload, passphrase, kdf)
    report(SEAL_STEP)
    if cancelled and cancelled():
        raise cancelled_error()
    path = write_safely(Path(out_dir), package_name(town, c.name, when), sealed)
    digest = hashlib.sha256(sealed.data).hexdigest()
    try:
        report(99)
        _record_export(c, path, sealed, digest, manifest, when, protection, own is not None)
        report(100)
    except BaseException:
        path.unlink(missing_ok=True)  # a package must never exist without its record
        raise
    return ExportResult(path, manifest["package_id"], digest, len(sealed.data),
                        protection != UNENCRYPTED, town, c.name, figures,
                        manifest["sequence"], protection, own is not None)  # fmt: skip


def _reporter(progress: Progress | None) -> Callable[[int], None]:
    """``report(done)``: the step reached, out of 100."""

    def report(done: int) -> None:
        if progress is not None:
            progress(done, 100)

    return report


def _documents(c, report: Callable[[int], None], cancelled) -> dict[str, bytes]:
    """The tables and the filled forms, staged in the data folder's private staging
    (removed on every exit path, or at the next start after a kill), never in the
    system's temporary folder."""
    from .forms_data import targets_in_route_order

    ids = targets_in_route_order(c.id)
    with tempfile.TemporaryDirectory(prefix="rv-package-", dir=private_temp_dir()) as work:
        return documents_of(c, ids, Path(work), report, cancelled)


def _signed_zip(
    members: dict[str, bytes], manifest: dict, own, path: Path, when: dt.datetime
) -> bytes:
    """The inner zip: the manifest, its signature (with the office's key) and the
    members, checked as the county will check it."""
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    members = {MANIFEST: manifest_bytes, **members}
    if own is not None:
        members[SIGNATURE] = sign_manifest(manifest_bytes, own)
    payload = _zip(members, when)
    check_payload(payload, path)  # what the county will check
    return payload


def _names() -> tuple[str, str]:
    """The town's and the office's names; the town's must be set."""
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
    return town, office


def _protection(encrypt: bool, passphrase: str | None, county) -> tuple[str | None, str]:
    """(passphrase, protection): the county's key when installed and no passphrase
    was given, else the shared passphrase (checked), unencrypted only when asked."""
    if not encrypt:
        return None, UNENCRYPTED
    if county is not None and not passphrase:
        return passphrase, TOWN_KEY
    check_passphrase(passphrase or "")
    return passphrase, SHARED_PASSPHRASE


def _data_member(c) -> tuple[dict[str, bytes], dict[str, int]]:
    """``data.json`` of campaign ``c`` (with what is still open) and its figures."""
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
    content = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return {DATA: content}, figures


def _manifest(
    town: str,
    office: str,
    campaign: str,
    when: dt.datetime,
    figures: dict[str, int],
    members: dict[str, bytes],
) -> dict:
    """The manifest: producer, the next package number, a fresh receipt key, members."""
    return {
        "format": PACKAGE_FORMAT,
        "format_version": PACKAGE_VERSION,
        "package_id": str(uuid.uuid4()),
        "sequence": next_sequence(),
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
        "campaign": campaign,
        "data_version": DATA_VERSION,
        "counts": figures,
        "receipt_key": secrets.token_bytes(32).hex(),
        "members": [
            {"name": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
            for name, content in members.items()
        ],
    }


def _record_export(
    c,
    path: Path,
    sealed: Sealed,
    digest: str,
    manifest: dict,
    when: dt.datetime,
    protection: str,
    signed: bool,
) -> None:
    """The export record and its audit record, in one transaction."""
    figures = manifest["counts"]
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
            receipt_key=manifest["receipt_key"],
            sequence=manifest["sequence"],
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
                "sequence": manifest["sequence"],
                "signed": signed,
                **figures,
            },
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
