"""The outer container of an exchange package: a small header, then the sealed payload.

The payload (the inner zip) is encrypted whole with AES-256-GCM; the key comes
from the passphrase agreed with the county through scrypt, with a fresh salt
per package and the parameters written in the header. Everything before the
payload (magic, format version, header) is the AES-GCM associated data, so a
changed header fails authentication as surely as a changed payload. An
unencrypted container (an explicit choice) carries the payload's SHA-256 in
its header instead. The byte layout is documented in docs/exchange-format.md.

Failures raise ``PackageError`` with a code and a message for the clerk:
not a package, made by a newer program, incomplete (a pulled stick), wrong
passphrase, changed or damaged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import unicodedata
from dataclasses import dataclass

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.passphrase import MIN_LENGTH, weakness

#: The first bytes of every package (non-ASCII first byte, CR LF: damage by a
#: text-mode copy shows at once, as in PNG's signature).
MAGIC = b"\x89RVPKG\r\n"
#: The container format this program writes and the newest it reads.
CONTAINER_VERSION = 1
_PREFIX = struct.Struct(">8sHI")  # magic, container version, header length
_MAX_HEADER = 64 * 1024

ENCRYPTION = "AES-256-GCM"
NO_ENCRYPTION = "none"
_NONCE_BYTES = 12
_SALT_BYTES = 16
_CHECK_BYTES = 16

#: A passphrase shorter than this is refused when writing (and a guessable one).
MIN_PASSPHRASE = MIN_LENGTH


class PackageError(UserError):
    """An exchange package that cannot be written or read; nothing was changed."""


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost parameters. The default takes about half a second and 128 MiB."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def check(self) -> None:
        """Refuse parameters no package of ours has (a damaged header, or a trap)."""
        n_ok = self.n >= 2**10 and self.n <= 2**20 and self.n & (self.n - 1) == 0
        if not (n_ok and 1 <= self.r <= 32 and 1 <= self.p <= 16):
            raise ValueError(f"scrypt parameters out of range: {self}")


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Keys:
    """What scrypt gives for one package: the AES key and the passphrase check value."""

    aes_key: bytes
    check: bytes


def normalise_passphrase(passphrase: str) -> bytes:
    """The passphrase's bytes: NFC-normalised UTF-8 (the same text typed on any PC)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is short, common or repetitive (``domain.passphrase``)."""
    why = weakness(passphrase)
    if why == "short":
        raise PackageError(
            "passphrase_short",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The passphrase must have at least {count} characters.",
            ),
            count=MIN_PASSPHRASE,
        )
    if why is not None:
        raise PackageError(
            "passphrase_weak",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The passphrase is too easy to guess (a common password, a repeated or "
                "sequential pattern). Use a short sentence or a few words of your own, "
                "at least {count} characters.",
            ),
            count=MIN_PASSPHRASE,
        )


def derive_keys(passphrase: str, salt: bytes, params: KdfParams) -> Keys:
    """scrypt → 64 bytes: the first 32 are the AES-256 key, the SHA-256 of the
    other 32 (cut to 16 bytes) is the check value stored in the header, which
    tells a wrong passphrase from a damaged package."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    params.check()
    raw = Scrypt(salt=salt, length=64, n=params.n, r=params.r, p=params.p).derive(
        normalise_passphrase(passphrase)
    )
    return Keys(raw[:32], hashlib.sha256(raw[32:]).digest()[:_CHECK_BYTES])


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Sealed:
    """A container ready to be written, and the keys that sealed it (for reading it back)."""

    data: bytes
    keys: Keys | None


def seal(payload: bytes, passphrase: str | None, params: KdfParams = DEFAULT_KDF) -> Sealed:
    """The container bytes of ``payload``: encrypted with ``passphrase``, or plain
    when it is None (the caller asked for no encryption explicitly)."""
    if passphrase is None:
        header = {
            "encryption": NO_ENCRYPTION,
            "kdf": None,
            "key_check": None,
            "nonce": None,
            "payload_size": len(payload),
            "payload_sha256": hashlib.sha256(payload).hexdigest(),
        }
        return Sealed(_prefix(header) + payload, None)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(_SALT_BYTES)
    nonce = os.urandom(_NONCE_BYTES)
    keys = derive_keys(passphrase, salt, params)
    header = {
        "encryption": ENCRYPTION,
        "kdf": {"name": "scrypt", "n": params.n, "r": params.r, "p": params.p, "salt": _b64(salt)},
        "key_check": keys.check.hex(),
        "nonce": _b64(nonce),
        "payload_size": len(payload) + 16,  # the GCM tag follows the ciphertext
        "payload_sha256": None,
    }
    prefix = _prefix(header)
    return Sealed(prefix + AESGCM(keys.aes_key).encrypt(nonce, payload, prefix), keys)


def _prefix(header: dict) -> bytes:
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return _PREFIX.pack(MAGIC, CONTAINER_VERSION, len(text)) + text


@dataclass(frozen=True)
class Opened:
    """An opened container: its header, the payload and whether it was encrypted."""

    header: dict
    payload: bytes
    encrypted: bool


def _error(code: str, template: str, name: str, **params) -> PackageError:
    return PackageError(code, template, file=name, **params)


def _damaged(name: str, detail: str) -> PackageError:
    return _error(
        "package_damaged",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{file} is damaged ({detail}). Ask the town for the package again.",
        ),
        name,
        detail=detail,
    )


def is_encrypted(data: bytes) -> bool | None:
    """True/False for a container's header; None when it is not one."""
    try:
        header, _ = _read_header(data, "")
    except PackageError:
        return None
    return header.get("encryption") != NO_ENCRYPTION


def _read_header(data: bytes, name: str) -> tuple[dict, int]:
    if len(data) < _PREFIX.size or data[: len(MAGIC)] != MAGIC:
        raise _error(
            "not_a_package",
            QT_TRANSLATE_NOOP("UserError", "{file} is not an exchange package of this program."),
            name,
        )
    _magic, version, length = _PREFIX.unpack_from(data)
    if version > CONTAINER_VERSION:
        raise _error(
            "package_too_new",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} was written by a newer version of this program (package format "
                "{found}; this version reads {known}). Install the newer version to read it.",
            ),
            name,
            found=version,
            known=CONTAINER_VERSION,
        )
    if version < 1 or length > _MAX_HEADER:
        raise _damaged(name, f"header length {length}")
    end = _PREFIX.size + length
    if len(data) < end:
        raise _truncated(name, len(data), end)
    try:
        header = json.loads(data[_PREFIX.size : end].decode("utf-8"))
        if not isinstance(header, dict) or not isinstance(header["payload_size"], int):
            raise ValueError("header is not an object")
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise _damaged(name, f"header: {exc}") from exc
    return header, end


def _truncated(name: str, size: int, expected: int) -> PackageError:
    return _error(
        "package_truncated",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{file} is incomplete: it ends after {size} of its {expected} bytes (the stick "
            "was perhaps pulled out while copying). Copy the package again.",
        ),
        name,
        size=size,
        expected=expected,
    )


def open_container(
    data: bytes, passphrase: str | None, name: str = "", keys: Keys | None = None
) -> Opened:
    """Check and open a container; ``keys`` (from ``seal``) skips the slow scrypt."""
    header, start = _read_header(data, name)
    expected = start + header["payload_size"]
    if len(data) < expected:
        raise _truncated(name, len(data), expected)
    if len(data) > expected:
        raise _damaged(name, f"{len(data) - expected} bytes after the end")
    payload = data[start:]
    if header.get("encryption") == NO_ENCRYPTION:
        if hashlib.sha256(payload).hexdigest() != header.get("payload_sha256"):
            raise _error(
                "package_tampered",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{file} was changed or damaged after it was written: its contents do "
                    "not match the checksum it was written with. Ask the town for it again.",
                ),
                name,
            )
        return Opened(header, payload, False)
    if header.get("encryption") != ENCRYPTION:
        raise _damaged(name, f"encryption {header.get('encryption')!r}")
    try:
        kdf = header["kdf"]
        if kdf["name"] != "scrypt":
            raise ValueError(f"key derivation {kdf['name']!r}")
        params = KdfParams(int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        params.check()
        salt = _unb64(kdf["salt"])
        nonce = _unb64(header["nonce"])
        check = bytes.fromhex(header["key_check"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(name, f"header: {exc}") from exc
    if keys is None:
        if not passphrase:
            raise _error(
                "passphrase_needed",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{file} is encrypted: give the passphrase agreed with the town.",
                ),
                name,
            )
        keys = derive_keys(passphrase, salt, params)
    if not hmac.compare_digest(keys.check, check):
        raise _error(
            "passphrase_wrong",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The passphrase does not open {file}. Check it with the town (letter case "
                "and spaces count).",
            ),
            name,
        )
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        plain = AESGCM(keys.aes_key).decrypt(nonce, payload, data[:start])
    except InvalidTag as exc:
        raise _error(
            "package_tampered",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} was changed or damaged after it was written: it fails its "
                "authentication check. Ask the town for it again.",
            ),
            name,
        ) from exc
    return Opened(header, plain, True)
