"""Reading an exchange package: the container, the zip within limits, the manifest, the data.

``read_package`` checks a package completely before the county merges
anything: the container (``crypto.py``: a passphrase with the program's own
scrypt cost, or this county's private key), every member unpacked within
``package_check.LIMITS``, the manifest's schema, the town's signature, every
member's SHA-256 and size, the versions, and ``data.json`` against its
schema (``exchange_schema.py``). Whatever is wrong is a ``PackageError``
naming the file and what is wrong with it. Whose signature it is, and
whether the county accepts it, is ``county_trust.py``'s question.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, os_errors_as
from .crypto import (
    DEFAULT_KDF,
    NO_ENCRYPTION,
    PUBLIC_KEY_ENCRYPTION,
    Decrypter,
    KdfParams,
    PackageError,
    damaged,
    open_container,
    too_new,
)
from .exchange_data import DATA_VERSION
from .exchange_schema import Rows, validate_data
from .package_check import (
    LIMITS,
    MANIFEST,
    SIGNATURE,
    Signature,
    check_manifest,
    check_signature,
    load_json,
    read_members,
)

#: The version of the inner zip's layout (manifest and members); 2 adds the
#: sequence number and the signature.
PACKAGE_VERSION = 2
PACKAGE_FORMAT = "rv_desktop exchange package"
DATA = "data.json"

#: How a package's container was sealed.
SEALED_TO_COUNTY, SEALED_WITH_PASSPHRASE, NOT_SEALED = "county_key", "passphrase", "none"


@dataclass(frozen=True)
class PackageContents:
    """A package read and checked: its manifest, data, members and signer."""

    path: Path
    sha256: str
    size: int
    encrypted: bool
    manifest: dict
    data: dict
    members: dict[str, bytes]
    sealing: str = NOT_SEALED
    signature: Signature | None = None
    #: the data's column values, as its check converted them (what the merge inserts)
    rows: Rows | None = field(default=None, repr=False, compare=False)

    @property
    def package_id(self) -> str:
        return self.manifest["package_id"]

    @property
    def producer(self) -> dict:
        return self.manifest["producer"]

    @property
    def town(self) -> str:
        return self.producer["town"]

    @property
    def campaign(self) -> str:
        return self.manifest["campaign"]

    @property
    def produced_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.producer["produced_at"])

    @property
    def sequence(self) -> int | None:
        """The town's export number (None: written before numbers, ordered by date)."""
        return self.manifest.get("sequence")

    @property
    def counts(self) -> dict[str, int]:
        return self.manifest["counts"]

    @property
    def receipt_key(self) -> bytes:
        return bytes.fromhex(self.manifest["receipt_key"])

    @property
    def open_at_export(self) -> dict | None:
        """What was still open when the town wrote it (None: an older package)."""
        return self.rows.open_at_export if self.rows is not None else None

    @property
    def data_sha256(self) -> str:
        return hashlib.sha256(self.members[DATA]).hexdigest()


def read_package(
    path: str | os.PathLike,
    passphrase: str | None = None,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    decrypter: Decrypter | None = None,
) -> PackageContents:
    """Read and check the package at ``path``; raises ``PackageError`` saying why not."""
    path = Path(path)
    unreadable = QT_TRANSLATE_NOOP("UserError", "{file} cannot be read: {reason}")
    with os_errors_as(PackageError, "package_unreadable", unreadable, file=path):
        if path.stat().st_size > LIMITS.package:
            raise damaged(path.name, f"{path.stat().st_size} bytes")
        data = path.read_bytes()
    opened = open_container(data, passphrase, path.name, kdf=kdf, decrypter=decrypter)
    encryption = opened.header.get("encryption")
    sealing = (
        SEALED_TO_COUNTY
        if encryption == PUBLIC_KEY_ENCRYPTION
        else NOT_SEALED
        if encryption == NO_ENCRYPTION
        else SEALED_WITH_PASSPHRASE
    )
    return check_payload(opened.payload, path, hashlib.sha256(data).hexdigest(), len(data),
                         opened.encrypted, sealing)  # fmt: skip


def check_payload(
    payload: bytes,
    path: Path,
    sha256: str = "",
    size: int = 0,
    encrypted: bool = False,
    sealing: str = NOT_SEALED,
) -> PackageContents:
    """Check the zip inside a container: limits, manifest, signature, members, data."""
    name = path.name
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        members = read_members(archive, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise damaged(name, str(exc)) from exc
    except (ValueError, OSError) as exc:  # a bad member: CRC, lengths, compression
        raise damaged(name, str(exc)) from exc
    if MANIFEST not in members:
        raise damaged(name, "no manifest")
    manifest = load_json(members[MANIFEST], name, MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise damaged(name, "not a manifest of an exchange package")
    version, data_version = manifest.get("format_version"), manifest.get("data_version")
    if not isinstance(version, int) or not isinstance(data_version, int):
        raise damaged(name, "no format version")
    if version > PACKAGE_VERSION or data_version > DATA_VERSION:
        raise too_new(name, f"{version}.{data_version}", f"{PACKAGE_VERSION}.{DATA_VERSION}")
    check_manifest(manifest, name)
    signature = check_signature(members.get(SIGNATURE), members[MANIFEST], name)
    listed = {m["name"]: m for m in manifest["members"]}
    extra = set(members) - set(listed) - {MANIFEST, SIGNATURE}
    if extra:
        raise damaged(name, f"{sorted(extra)[0]} is not in the manifest")
    for member, entry in listed.items():
        if member not in members:
            raise damaged(name, f"{member} is missing")
        if len(members[member]) != entry["size"]:
            raise damaged(name, f"{member} has the wrong size")
        if hashlib.sha256(members[member]).hexdigest() != entry["sha256"]:
            raise damaged(name, f"{member} does not match its SHA-256")
    if DATA not in members:
        raise damaged(name, "no data.json")
    content = load_json(members[DATA], name, DATA)
    if not isinstance(content, dict) or content.get("version") != data_version:
        raise damaged(name, "data.json is not of the manifest's version")
    rows = validate_data(content, manifest["campaign"], manifest["counts"])
    return PackageContents(
        path,
        sha256,
        size,
        encrypted,
        manifest,
        content,
        {k: members[k] for k in listed},
        sealing,
        signature,
        rows,
    )


@dataclass(frozen=True)
class Sealings:
    """A batch of packages by how they are sealed (what the county must ask for)."""

    passphrase: list[Path]
    unencrypted: list[Path]


def sealing_of(paths: list[Path]) -> Sealings:
    """Which packages need the shared passphrase, which are not encrypted (by their
    headers; what cannot be read is left for the merge to refuse with its reason)."""
    from .crypto import ENCRYPTION, read_header

    passphrase, plain = [], []
    for path in paths:
        try:
            with open(path, "rb") as fh:
                header = read_header(fh.read(70 * 1024))
        except OSError:
            continue
        if header is None:
            continue
        if header.get("encryption") == ENCRYPTION:
            passphrase.append(path)
        elif header.get("encryption") == NO_ENCRYPTION:
            plain.append(path)
    return Sealings(passphrase, plain)
