"""The outer container of an exchange package: a small header, then the sealed payload.

The payload (the inner zip) is encrypted whole with AES-256-GCM; the key comes
from the passphrase agreed with the county through scrypt, with a fresh salt
per package and the parameters written in the header. Everything before the
payload (magic, format version, header) is the AES-GCM associated data, so a
changed header fails authentication as surely as a changed payload. An
unencrypted container (an explicit choice) carries the payload's SHA-256 in
its header instead. The byte layout is documented in docs/exchange-format.md.

Container version 2 is sealed to the county's public key instead: an
ephemeral X25519 key agreement with the county's key, HKDF-SHA256, then the
same AES-256-GCM; only the county's private key opens it, and no passphrase
is involved. scrypt's parameters are the program's own (``DEFAULT_KDF``, or
the one the caller passes): a header asking for others is refused before
any work, so a file cannot make the reader spend minutes and gigabytes.

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
#: The newest container format this program reads (1: passphrase or none; 2: county key).
CONTAINER_VERSION = 2
PASSPHRASE_CONTAINER = 1
_PREFIX = struct.Struct(">8sHI")  # magic, container version, header length
_MAX_HEADER = 64 * 1024

ENCRYPTION = "AES-256-GCM"
PUBLIC_KEY_ENCRYPTION = "X25519-HKDF-SHA256-AES-256-GCM"
_HKDF_INFO = b"rv_desktop exchange package 2"
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


def _prefix(header: dict, version: int = PASSPHRASE_CONTAINER) -> bytes:
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return _PREFIX.pack(MAGIC, version, len(text)) + text


def _hkdf_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_HKDF_INFO
    ).derive(shared)


def seal_to_key(payload: bytes, recipient: bytes, recipient_fingerprint: str) -> bytes:
    """The container (version 2) of ``payload`` encrypted to the X25519 public key
    ``recipient`` (raw bytes): only its private key opens it."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    key = _hkdf_key(shared, ephemeral_public, recipient)
    nonce = os.urandom(_NONCE_BYTES)
    header = {
        "encryption": PUBLIC_KEY_ENCRYPTION,
        "ephemeral": _b64(ephemeral_public),
        "recipient": recipient_fingerprint,
        "nonce": _b64(nonce),
        "payload_size": len(payload) + 16,
    }
    prefix = _prefix(header, 2)
    return prefix + AESGCM(key).encrypt(nonce, payload, prefix)


@dataclass(frozen=True)
class Opened:
    """An opened container: its header, the payload and whether it was encrypted."""

    header: dict
    payload: bytes
    encrypted: bool


def _error(code: str, template: str, name: str, **params) -> PackageError:
    return PackageError(code, template, file=name, **params)


def damaged(name: str, detail: str) -> PackageError:
    """A container or a package's member that is not as this program writes it."""
    text = QT_TRANSLATE_NOOP(
        "UserError", "{file} is damaged ({detail}). Ask the town for the package again."
    )
    return _error("package_damaged", text, name, detail=detail)


def too_new(name: str, found: object, known: object) -> PackageError:
    """A container (its version) or a package (its format and data versions) newer than
    this program reads."""
    text = QT_TRANSLATE_NOOP(
        "UserError",
        "{file} was written by a newer version of this program (package format "
        "{found}; this version reads {known}). Install the newer version to read it.",
    )
    return _error("package_too_new", text, name, found=found, known=known)


def is_encrypted(data: bytes) -> bool | None:
    """True/False for a container's header; None when it is not one."""
    try:
        header, _ = _read_header(data, "")
    except PackageError:
        return None
    return header.get("encryption") != NO_ENCRYPTION


def read_header(data: bytes) -> dict | None:
    """A container's header (from its first bytes), None when it is not one."""
    try:
        header, _ = _read_header(data, "")
    except PackageError:
        return None
    return header


def needs_passphrase(data: bytes) -> bool:
    """True for a container sealed with a passphrase (not one sealed to a key)."""
    try:
        header, _ = _read_header(data, "")
    except PackageError:
        return False
    return header.get("encryption") == ENCRYPTION


def _read_header(data: bytes, name: str) -> tuple[dict, int]:
    if len(data) < _PREFIX.size or data[: len(MAGIC)] != MAGIC:
        raise _error(
            "not_a_package",
            QT_TRANSLATE_NOOP("UserError", "{file} is not an exchange package of this program."),
            name,
        )
    _magic, version, length = _PREFIX.unpack_from(data)
    if version > CONTAINER_VERSION:
        raise too_new(name, version, CONTAINER_VERSION)
    if version < 1 or length > _MAX_HEADER:
        raise damaged(name, f"header length {length}")
    end = _PREFIX.size + length
    if len(data) < end:
        raise _truncated(name, len(data), end)
    try:
        header = json.loads(data[_PREFIX.size : end].decode("utf-8"))
        if not isinstance(header, dict) or not isinstance(header["payload_size"], int):
            raise ValueError("header is not an object")
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise damaged(name, f"header: {exc}") from exc
    return header, end


def _truncated(name: str, size: int, expected: int) -> PackageError:
    text = QT_TRANSLATE_NOOP(
        "UserError",
        "{file} is incomplete: it ends after {size} of its {expected} bytes (the stick "
        "was perhaps pulled out while copying). Copy the package again.",
    )
    return _error("package_truncated", text, name, size=size, expected=expected)


def _tampered(name: str) -> PackageError:
    text = QT_TRANSLATE_NOOP(
        "UserError",
        "{file} was changed or damaged after it was written: it fails its "
        "authentication check. Ask the town for it again.",
    )
    return _error("package_tampered", text, name)


def _open_sealed_to_key(data: bytes, header: dict, start: int, name: str, decrypter) -> Opened:
    """Open a version-2 container with this office's X25519 private key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    try:
        ephemeral = _unb64(header["ephemeral"])
        nonce = _unb64(header["nonce"])
        recipient = str(header["recipient"])
        if len(ephemeral) != 32 or len(nonce) != _NONCE_BYTES:
            raise ValueError("key or nonce of the wrong size")
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged(name, f"header: {exc}") from exc
    if decrypter is None:
        raise _error(
            "county_key_missing",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is encrypted to the county's key, and this database has no key "
                "pair. Open the county's database (the one whose key the towns installed).",
            ),
            name,
        )
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    own = decrypter.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if recipient != decrypter.fingerprint:
        raise _error(
            "county_key_other",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is encrypted to another key (fingerprint {found}) than this "
                "county's ({own}). The town installed another county key: give it this "
                "county's key file again.",
            ),
            name,
            found=recipient[:60],
            own=decrypter.fingerprint,
        )
    try:
        shared = decrypter.key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        key = _hkdf_key(shared, ephemeral, own)
        plain = AESGCM(key).decrypt(nonce, data[start:], data[:start])
    except (InvalidTag, ValueError) as exc:
        raise _tampered(name) from exc
    return Opened(header, plain, True)


@dataclass(frozen=True)
class Decrypter:
    """This office's X25519 private key and its fingerprint (what headers name)."""

    key: object  # X25519PrivateKey
    fingerprint: str

    def public_key(self):
        return self.key.public_key()


def open_container(
    data: bytes,
    passphrase: str | None,
    name: str = "",
    keys: Keys | None = None,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    decrypter: Decrypter | None = None,
) -> Opened:
    """Check and open a container; ``keys`` (from ``seal``) skips the slow scrypt.

    ``kdf`` is the only scrypt cost accepted (the program's); ``decrypter``
    opens containers sealed to this office's key.
    """
    header, start = _read_header(data, name)
    expected = start + header["payload_size"]
    if len(data) < expected:
        raise _truncated(name, len(data), expected)
    if len(data) > expected:
        raise damaged(name, f"{len(data) - expected} bytes after the end")
    payload = data[start:]
    if (data[9] == 2) != (header.get("encryption") == PUBLIC_KEY_ENCRYPTION):
        raise damaged(name, "container version and encryption differ")
    if header.get("encryption") == PUBLIC_KEY_ENCRYPTION:
        return _open_sealed_to_key(data, header, start, name, decrypter)
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
        raise damaged(name, f"encryption {header.get('encryption')!r}")
    return _open_with_passphrase(data, header, start, name, passphrase, keys, kdf)


def _scrypt_header(header: dict, name: str) -> tuple[KdfParams, bytes, bytes, bytes]:
    """scrypt's parameters and salt, the nonce and the passphrase check of a header."""
    try:
        kdf = header["kdf"]
        if kdf["name"] != "scrypt":
            raise ValueError(f"key derivation {kdf['name']!r}")
        params = KdfParams(int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        salt = _unb64(kdf["salt"])
        nonce = _unb64(header["nonce"])
        check = bytes.fromhex(header["key_check"])
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged(name, f"header: {exc}") from exc
    return params, salt, nonce, check


def _open_with_passphrase(
    data: bytes,
    header: dict,
    start: int,
    name: str,
    passphrase: str | None,
    keys: Keys | None,
    accepted: KdfParams,
) -> Opened:
    """Open a container sealed with a passphrase (scrypt at ``accepted`` cost, or ``keys``)."""
    params, salt, nonce, check = _scrypt_header(header, name)
    if keys is None and params != accepted:
        # never run scrypt with a file's own cost: n=2**20, r=32 costs minutes and gigabytes
        raise _error(
            "package_kdf_refused",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} asks for key derivation settings this program does not use "
                "(scrypt n={n}, r={r}, p={p}). It was not made by this program, or was "
                "changed; it was not opened.",
            ),
            name,
            n=params.n,
            r=params.r,
            p=params.p,
        )
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
        plain = AESGCM(keys.aes_key).decrypt(nonce, data[start:], data[:start])
    except InvalidTag as exc:
        raise _tampered(name) from exc
    return Opened(header, plain, True)
