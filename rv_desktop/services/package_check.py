"""Reading a package's zip without trusting it: size limits, the manifest's schema, the signature.

A package is read from a USB stick that anyone may have written. Before
anything is merged, this module makes sure that

- nothing decompresses beyond the limits (``LIMITS``: per member, in total,
  and the compression ratio), whatever the zip's headers claim: members are
  read in chunks and reading stops at the limit, so a 2 MB package holding a
  1 GiB ``data.json`` is refused in a moment and a few megabytes of memory;
- the manifest has the fields, types, ranges and lengths of
  docs/exchange-format.md (``check_manifest``): a manifest without
  ``counts``, a time with a time zone, a count of 10**30 are refused with
  the place named, never a traceback;
- the signature (``signature.json``: the town's Ed25519 signature of the
  manifest's bytes, which list every other member's SHA-256) is well formed
  and verifies; who the key belongs to is the county's question
  (``county_trust.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
import zipfile
from dataclasses import dataclass

from ..domain.errors import QT_TRANSLATE_NOOP
from .crypto import PackageError, damaged

MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
SIGNATURE_FORMAT = "rv_desktop signature"


@dataclass(frozen=True)
class Limits:
    """What a package may hold once decompressed."""

    package: int = 2 * 1024**3  # the file itself
    member: int = 1024**3  # one member
    json_member: int = 256 * 1024**2  # data.json (a 20,000-target campaign is ~50 MB)
    small_json: int = 1024**2  # manifest.json, signature.json
    total: int = 2 * 1024**3  # all members
    ratio: int = 200  # uncompressed / compressed, for members over 1 MiB
    members: int = 64


LIMITS = Limits()


def _too_large(name: str, member: str, limit: str) -> PackageError:
    text = QT_TRANSLATE_NOOP(
        "UserError",
        "{file} is refused: its member {member} would take more than {limit} once "
        "unpacked. Packages of this program never do; nothing was read or merged.",
    )
    return PackageError("package_too_large", text, file=name, member=member, limit=limit)


def _size_text(n: int) -> str:
    return f"{n / 1024**2:.0f} MiB" if n < 1024**3 else f"{n / 1024**3:.0f} GiB"


def read_members(archive: zipfile.ZipFile, name: str, limits: Limits = LIMITS) -> dict[str, bytes]:
    """Every member of ``archive``, each read at most to its limit; refuses a zip
    whose members would unpack beyond ``limits``."""
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise damaged(name, f"{len(infos)} members")
    names = [i.filename for i in infos]
    if len(names) != len(set(names)):
        raise damaged(name, "a member is there twice")
    out: dict[str, bytes] = {}
    total = 0
    for info in infos:
        member = info.filename
        limit = limits.member
        if member in (MANIFEST, SIGNATURE):
            limit = limits.small_json
        elif member.endswith(".json"):
            limit = limits.json_member
        limit = min(limit, limits.total - total)
        if info.compress_type != zipfile.ZIP_STORED and info.compress_size:
            # a bomb shows in its ratio; small members may compress well honestly
            limit = min(limit, max(1024**2, info.compress_size * limits.ratio))
        if info.file_size > limit:
            raise _too_large(name, member, _size_text(limit))
        chunks, size = [], 0
        with archive.open(info) as fh:
            while True:
                chunk = fh.read(1024**2)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:  # the header lied about the size
                    raise _too_large(name, member, _size_text(limit))
                chunks.append(chunk)
        total += size
        out[member] = b"".join(chunks)
    return out


def load_json(content: bytes, name: str, member: str):
    """A JSON member, or ``package_damaged`` naming it (also for absurd nesting)."""
    try:
        return json.loads(content.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise damaged(name, f"{member}: {exc}") from exc
    except RecursionError as exc:
        raise damaged(name, f"{member}: nested too deeply") from exc


# --- the manifest ---------------------------------------------------------------------

_HEX64 = re.compile(r"[0-9a-f]{64}")
COUNT_KEYS = (
    "targets",
    "excluded",
    "visit_records",
    "contact_attempts",
    "follow_ups",
    "cases",
    "petitioners",
)
MAX_COUNT = 10_000_000
MAX_SEQUENCE = 2**53


def naive_time(value, place: str) -> dt.datetime:
    """An ISO 8601 local time without a time zone (how the program writes times)."""
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(f"{place}: not a time")
    when = dt.datetime.fromisoformat(value)
    if when.tzinfo is not None:
        raise ValueError(f"{place}: {value} has a time zone (this program writes local times)")
    return when


def _text(obj: dict, key: str, place: str, size: int, required: bool = True) -> None:
    value = obj.get(key)
    if value is None and not required:
        return
    if not isinstance(value, str) or not value.strip() or len(value) > size:
        raise ValueError(f"{place}.{key}: not a text of 1 to {size} characters")


def _whole(value, place: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{place}: not a whole number from {low} to {high}")
    return value


def check_manifest(manifest, name: str) -> None:
    """Refuse (``package_damaged``, naming the field) a manifest that is not as documented."""
    try:
        if not isinstance(manifest, dict):
            raise ValueError("the manifest is not an object")
        uuid.UUID(str(manifest.get("package_id")))
        if len(str(manifest.get("package_id"))) != 36:
            raise ValueError("package_id: not a UUID")
        producer = manifest.get("producer")
        if not isinstance(producer, dict):
            raise ValueError("producer: missing")
        _text(producer, "town", "producer", 64)
        _text(producer, "office", "producer", 128, required=False)
        _text(producer, "produced_by", "producer", 64, required=False)
        _text(producer, "program_version", "producer", 32, required=False)
        naive_time(producer.get("produced_at"), "producer.produced_at")
        if producer.get("schema_version") is not None:
            _whole(producer["schema_version"], "producer.schema_version", 1, 10_000)
        _text(manifest, "campaign", "manifest", 128)
        counts = manifest.get("counts")
        if not isinstance(counts, dict):
            raise ValueError("counts: missing")
        for key in COUNT_KEYS:
            _whole(counts.get(key), f"counts.{key}", 0, MAX_COUNT)
        if not isinstance(manifest.get("receipt_key"), str) or not _HEX64.fullmatch(
            manifest["receipt_key"]
        ):
            raise ValueError("receipt_key: not 64 hex digits")
        if manifest.get("sequence") is not None:
            _whole(manifest["sequence"], "sequence", 1, MAX_SEQUENCE)
        members = manifest.get("members")
        if not isinstance(members, list) or not members:
            raise ValueError("members: missing")
        for i, m in enumerate(members):
            if not isinstance(m, dict) or not isinstance(m.get("name"), str):
                raise ValueError(f"members[{i}]: not a member")
            _whole(m.get("size"), f"members[{i}].size", 0, LIMITS.member)
            if not isinstance(m.get("sha256"), str) or not _HEX64.fullmatch(m["sha256"]):
                raise ValueError(f"members[{i}].sha256: not 64 hex digits")
    except (TypeError, ValueError) as exc:
        raise damaged(name, f"manifest: {exc}") from exc


# --- the signature --------------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    """Who signed a package's manifest: the raw Ed25519 public key (verified)."""

    sign_key: bytes
    encrypt_key: bytes

    @property
    def fingerprint(self) -> str:
        from .keys import fingerprint

        return fingerprint(self.sign_key, self.encrypt_key)


def sign_manifest(manifest_bytes: bytes, keys) -> bytes:
    """``signature.json`` for ``manifest_bytes``, signed with the office's ``keys``."""
    public = keys.public("town", "")
    body = {
        "format": SIGNATURE_FORMAT,
        "version": 1,
        "sign_key": public.sign.hex(),
        "encrypt_key": public.encrypt.hex(),
        "signature": keys.sign(manifest_bytes).hex(),
    }
    return json.dumps(body, indent=1).encode("utf-8")


def check_signature(content: bytes | None, manifest_bytes: bytes, name: str) -> Signature | None:
    """The verified signer of the manifest, None for an unsigned package; a
    signature that does not verify is a changed package."""
    if content is None:
        return None
    from .keys import verify

    body = load_json(content, name, SIGNATURE)
    try:
        if not isinstance(body, dict) or body.get("format") != SIGNATURE_FORMAT:
            raise ValueError("not a signature")
        sign_key = bytes.fromhex(body["sign_key"])
        encrypt_key = bytes.fromhex(body["encrypt_key"])
        signature = bytes.fromhex(body["signature"])
        if len(sign_key) != 32 or len(encrypt_key) != 32 or len(signature) != 64:
            raise ValueError("keys or signature of the wrong size")
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged(name, f"{SIGNATURE}: {exc}") from exc
    if not verify(sign_key, signature, manifest_bytes):
        raise PackageError(
            "package_signature_invalid",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is refused: its signature does not match its contents. It was "
                "changed after the town signed it. Ask the town for it again.",
            ),
            file=name,
        )
    return Signature(sign_key, encrypt_key)
