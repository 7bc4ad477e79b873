"""Receipts (回执): the county's signed word that a package arrived and was merged.

The county writes one small JSON file per package it merged (or had merged
before), next to the package on the stick by default:
``<package name>.rvreceipt``. It names the package (id and SHA-256 of the
file), the town, the campaign, when the county merged it and the figures it
took in, and carries an HMAC-SHA256 over all of that.

The HMAC key is the package's **receipt key**: 32 random bytes the town put
into the package's manifest, inside the encryption, and kept in its own
database with the export record. Only someone who opened the package (who
knew the passphrase) can sign a receipt for it; a receipt fits exactly one
package; the town checks it without typing the passphrase again. (A key
derived from the passphrase would do the first, not the other two.) For an
unencrypted package anyone who read the stick could sign: its receipt is a
record of arrival, not proof.

With its key pair made, the county also **signs** each receipt with its
Ed25519 key (``county_signature``: over the body without ``mac``, then the
``mac`` covers the signature too, so older towns still check the MAC). A
town that installed the county's key requires that signature: then no one
but the county can write a receipt, even for an unencrypted package.

``make_receipt`` (county) writes one; ``import_receipt`` (town) checks one
and marks the export received.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..domain import audit
from ..domain.errors import QT_TRANSLATE_NOOP, system_reason
from ..domain.models import PackageExport, _now, db
from .crypto import PackageError

RECEIPT_FORMAT = "rv_desktop receipt"
RECEIPT_VERSION = 1
RECEIPT_SUFFIX = ".rvreceipt"
_FIELDS = (
    "package_id",
    "package_sha256",
    "package_file",
    "town",
    "campaign",
    "produced_at",
    "received_at",
    "received_by",
    "counts",
)


def _canonical(body: dict) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def sign(body: dict, key: bytes) -> str:
    """The HMAC-SHA256 (hex) of a receipt's body (every field but ``mac``)."""
    return hmac.new(key, _canonical(body), hashlib.sha256).hexdigest()


def make_receipt(
    folder: str | os.PathLike,
    package_file: str,
    key: bytes,
    *,
    package_id: str,
    package_sha256: str,
    town: str,
    campaign: str,
    produced_at: str,
    received_at: dt.datetime,
    received_by: str | None,
    counts: dict[str, int],
    signer=None,
) -> Path:
    """Write the signed receipt of one package into ``folder``; its path.

    ``signer`` (the county's ``keys.OfficeKeys``) adds the county's signature."""
    body = {
        "format": RECEIPT_FORMAT,
        "version": RECEIPT_VERSION,
        "package_id": package_id,
        "package_sha256": package_sha256,
        "package_file": package_file,
        "town": town,
        "campaign": campaign,
        "produced_at": produced_at,
        "received_at": received_at.isoformat(),
        "received_by": received_by,
        "counts": counts,
    }
    if signer is not None:
        body["county_key"] = signer.public("county", "").sign.hex()
        body["county_signature"] = signer.sign(_canonical(body)).hex()
    receipt = {**body, "mac": sign(body, key)}
    folder = Path(folder)
    path = folder / (Path(package_file).stem + RECEIPT_SUFFIX)
    fd, tmp = tempfile.mkstemp(prefix=".receipt-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps(receipt, ensure_ascii=False, indent=1).encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _check_county_signature(path: Path, receipt: dict, package: str) -> None:
    """With the county's key installed, the receipt must carry its valid signature."""
    from .keys import county_key, verify

    county = county_key()
    if county is None:
        return
    body = {k: v for k, v in receipt.items() if k not in ("mac", "county_signature")}
    try:
        good = receipt.get("county_key") == county.sign.hex() and verify(
            county.sign, bytes.fromhex(str(receipt.get("county_signature"))), _canonical(body)
        )
    except ValueError:
        good = False
    if not good:
        raise _refused(
            path,
            "receipt_not_signed",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is not signed with the county's key installed here: it is not a "
                "genuine receipt for {package}.",
            ),
            package=package,
        )


@dataclass(frozen=True)
class ReceiptResult:
    """A receipt imported by the town: which export it was for, and whether it was new."""

    path: Path
    status: str  # "received" or "unchanged"
    package_file: str
    campaign: str
    received_at: str
    received_by: str | None
    counts: dict


def _refused(path: Path, code: str, template: str, **params) -> PackageError:
    return PackageError(code, template, file=path.name, **params)


def _read_receipt(path: Path) -> dict:
    """The receipt's JSON, refused when unreadable, not a receipt, or too new."""
    try:
        receipt = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(receipt, dict) or receipt.get("format") != RECEIPT_FORMAT:
            raise ValueError("not a receipt")
        if not isinstance(receipt.get("version"), int) or not isinstance(receipt.get("mac"), str):
            raise ValueError("no version or signature")
    except OSError as exc:
        raise _refused(
            path,
            "receipt_unreadable",
            QT_TRANSLATE_NOOP("UserError", "{file} cannot be read: {reason}"),
            reason=system_reason(exc),
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:  # Python's JSON texts are not for the clerk
        raise _refused(
            path,
            "receipt_unreadable",
            QT_TRANSLATE_NOOP("UserError", "{file} is not a receipt of this program."),
        ) from exc
    if receipt["version"] > RECEIPT_VERSION:
        raise _refused(
            path,
            "receipt_too_new",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} was written by a newer version of this program. Install it to read "
                "the receipt.",
            ),
        )
    return receipt


def _mark_received(path: Path, receipt: dict, export: PackageExport) -> str:
    """Mark the export received (once, audited): "received", or "unchanged"."""
    status = "unchanged"
    if export.received_at is None:
        status = "received"
        with db.atomic():
            PackageExport.update(
                received_at=dt.datetime.fromisoformat(receipt["received_at"]),
                received_by=receipt.get("received_by"),
                receipt_imported_at=_now(),
            ).where(PackageExport.id == export.id).execute()
            audit.log_action(
                "import",
                "package_export",
                export.id,
                {
                    "what": "receipt",
                    "file": path.name,
                    "package": export.file_name,
                    "received_at": receipt["received_at"],
                    "received_by": receipt.get("received_by"),
                    "counts": receipt["counts"],
                },
            )
    return status


def import_receipt(path: str | os.PathLike) -> ReceiptResult:
    """Check a receipt against this database's exports and mark its export received."""
    path = Path(path)
    receipt = _read_receipt(path)
    export = PackageExport.get_or_none(PackageExport.package_id == str(receipt.get("package_id")))
    if export is None:
        raise _refused(
            path,
            "receipt_unknown_package",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is the receipt of a package this database did not export.",
            ),
        )
    body = {k: v for k, v in receipt.items() if k != "mac"}
    expected = sign(body, bytes.fromhex(export.receipt_key))
    if (
        not hmac.compare_digest(expected, receipt["mac"])
        or receipt.get("package_sha256") != export.sha256
    ):
        raise _refused(
            path,
            "receipt_forged",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is not a genuine receipt for {package}: its signature does not match. "
                "It was changed, or not made by the county from this package.",
            ),
            package=export.file_name,
        )
    _check_county_signature(path, receipt, export.file_name)
    missing = [k for k in _FIELDS if k not in receipt]
    if missing:
        raise _refused(
            path,
            "receipt_unreadable",
            QT_TRANSLATE_NOOP("UserError", "{file} is not a receipt of this program ({detail})."),
            detail=f"no {missing[0]}",
        )
    status = _mark_received(path, receipt, export)
    return ReceiptResult(
        path,
        status,
        export.file_name,
        export.campaign_name,
        receipt["received_at"],
        receipt.get("received_by"),
        receipt["counts"],
    )
