"""The office's key pair and the keys of the other side: who may send, who may read.

Each office (a town, the county) makes one key pair once: an Ed25519 key that
signs (a town's packages, the county's receipts) and an X25519 key that
packages are encrypted to (the county's). The private halves stay in the
office's own database (settings ``exchange_sign_key``, ``exchange_encrypt_key``);
the public halves travel as a small JSON file (``.rvkey``) that the other side
installs: the town installs the county's (``install_county_key``), the county
registers each town's (``register_town_key``, ``town_keys.py``).

A **fingerprint** names a public key for people: the SHA-256 of its raw bytes
(signing key then encryption key), the first 16 bytes as eight groups of four
hex digits. The clerks read them to each other on the phone before trusting a
file that came on a stick. Everything cryptographic is the ``cryptography``
library's; nothing here is home-made.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, UserError, os_errors_as
from ..domain.models import Setting, db
from ..domain.office import office_names

PUBLIC_FORMAT = "rv_desktop public key"
PUBLIC_VERSION = 1
KEY_SUFFIX = ".rvkey"
SIGN_SETTING, ENCRYPT_SETTING = "exchange_sign_key", "exchange_encrypt_key"
COUNTY_SETTING = "county_public_key"
_MAX_KEY_FILE = 16 * 1024


class KeyFileError(UserError):
    """A key file or key operation that cannot be done; nothing was changed."""


def fingerprint(sign: bytes, encrypt: bytes) -> str:
    """``3f2a 9c01 …``: eight groups of four hex digits of SHA-256(sign ‖ encrypt)."""
    digest = hashlib.sha256(sign + encrypt).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class PublicKey:
    """The public half of an office's key pair, as its ``.rvkey`` file carries it."""

    sign: bytes  # raw Ed25519 public key, 32 bytes
    encrypt: bytes  # raw X25519 public key, 32 bytes
    role: str  # "town" or "county"
    name: str  # the office's town name (or the county office's name)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign, self.encrypt)

    def as_json(self) -> dict:
        return {
            "format": PUBLIC_FORMAT,
            "version": PUBLIC_VERSION,
            "role": self.role,
            "name": self.name,
            "sign": self.sign.hex(),
            "encrypt": self.encrypt.hex(),
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_json(cls, obj, source: str = "") -> PublicKey:
        try:
            if not isinstance(obj, dict) or obj.get("format") != PUBLIC_FORMAT:
                raise ValueError("not a public key of this program")
            if obj.get("version") != PUBLIC_VERSION or obj.get("role") not in ("town", "county"):
                raise ValueError("unknown version or role")
            sign, encrypt = bytes.fromhex(obj["sign"]), bytes.fromhex(obj["encrypt"])
            name = obj.get("name") or ""
            if len(sign) != 32 or len(encrypt) != 32 or not isinstance(name, str):
                raise ValueError("keys of the wrong size")
            _ed25519_public(sign)
            _x25519_public(encrypt)
        except (KeyError, TypeError, ValueError) as exc:
            raise key_file_error(source, str(exc)) from exc
        return cls(sign, encrypt, obj["role"], name[:128])


def key_file_error(source: str, detail: str) -> KeyFileError:
    return KeyFileError(
        "key_file_invalid",
        QT_TRANSLATE_NOOP("UserError", "{file} is not a key file of this program ({detail})."),
        file=source,
        detail=detail,
    )


def _ed25519_public(raw: bytes):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(raw)


def _x25519_public(raw: bytes):
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    return X25519PublicKey.from_public_bytes(raw)


@dataclass(frozen=True)
class OfficeKeys:
    """This office's private keys (raw bytes) and what they make public."""

    sign_private: bytes
    encrypt_private: bytes

    def signer(self):
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.sign_private)

    def decrypter(self):
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return X25519PrivateKey.from_private_bytes(self.encrypt_private)

    def public(self, role: str, name: str) -> PublicKey:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        raw = (Encoding.Raw, PublicFormat.Raw)
        return PublicKey(
            self.signer().public_key().public_bytes(*raw),
            self.decrypter().public_key().public_bytes(*raw),
            role,
            name,
        )

    def sign(self, message: bytes) -> bytes:
        return self.signer().sign(message)


def office_keys() -> OfficeKeys | None:
    """This database's key pair, or None when none was made yet."""
    rows = dict(
        Setting.select(Setting.key, Setting.value)
        .where(Setting.key.in_([SIGN_SETTING, ENCRYPT_SETTING]))
        .tuples()
    )
    if not rows.get(SIGN_SETTING) or not rows.get(ENCRYPT_SETTING):
        return None
    return OfficeKeys(bytes.fromhex(rows[SIGN_SETTING]), bytes.fromhex(rows[ENCRYPT_SETTING]))


def ensure_office_keys() -> tuple[OfficeKeys, bool]:
    """This database's key pair, made now if there is none; (keys, made now)."""
    keys = office_keys()
    if keys is not None:
        return keys, False
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    keys = OfficeKeys(
        Ed25519PrivateKey.generate().private_bytes(*raw),
        X25519PrivateKey.generate().private_bytes(*raw),
    )
    from ..domain import audit

    with db.atomic():
        pairs = ((SIGN_SETTING, keys.sign_private), (ENCRYPT_SETTING, keys.encrypt_private))
        for key, value in pairs:
            Setting.insert(key=key, value=value.hex()).on_conflict_replace().execute()
        audit.log_action("key", "setting", None, {"what": "office_key_made"})
    return keys, True


def _office_name() -> str:
    names = office_names()
    return names.town or names.office


def write_public_key(out: str | os.PathLike, role: str) -> tuple[PublicKey, Path, bool]:
    """Write this office's public key file to ``out`` (making the keys if needed).

    Returns the key, the file written and whether the keys were made now.
    """
    keys, made = ensure_office_keys()
    public = keys.public(role, _office_name())
    path = Path(out)
    if path.is_dir():
        safe = "".join("_" if c in '\\/:*?"<>|' or ord(c) < 32 else c for c in public.name)
        path = path / f"{safe.strip(' .') or role}-{role}{KEY_SUFFIX}"
    text = json.dumps(public.as_json(), ensure_ascii=False, indent=1) + "\n"
    failed = QT_TRANSLATE_NOOP("UserError", "The key file {file} cannot be written: {reason}")
    with os_errors_as(KeyFileError, "key_write_failed", failed, file=path):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.part")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    return public, path, made


def read_public_key(path: str | os.PathLike) -> PublicKey:
    """A ``.rvkey`` file, checked."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_KEY_FILE + 1)
        if len(raw) > _MAX_KEY_FILE:
            raise ValueError("too large")
        obj = json.loads(raw.decode("utf-8-sig"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise key_file_error(str(path.name), getattr(exc, "strerror", None) or str(exc)) from exc
    return PublicKey.from_json(obj, path.name)


def install_county_key(path: str | os.PathLike) -> PublicKey:
    """Town: install the county's public key; packages are encrypted to it from now on."""
    public = read_public_key(path)
    if public.role != "county":
        raise KeyFileError(
            "key_not_county",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is a town's key, not the county's. Ask the county for its key file "
                "(town-key county-public).",
            ),
            file=Path(path).name,
        )
    from ..domain import audit

    with db.atomic():
        Setting.insert(
            key=COUNTY_SETTING, value=json.dumps(public.as_json(), ensure_ascii=False)
        ).on_conflict_replace().execute()
        audit.log_action(
            "key",
            "setting",
            None,
            {"what": "county_key_installed", "fingerprint": public.fingerprint},
        )
    return public


def county_key() -> PublicKey | None:
    """Town: the county's public key installed, or None."""
    row = Setting.get_or_none(Setting.key == COUNTY_SETTING)
    if row is None or not row.value:
        return None
    return PublicKey.from_json(json.loads(row.value), COUNTY_SETTING)


def own_public_key(role: str) -> PublicKey | None:
    """This office's public key (without making one), or None."""
    keys = office_keys()
    return keys.public(role, _office_name()) if keys else None


def verify(sign_key: bytes, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is ``sign_key``'s Ed25519 signature of ``message``."""
    from cryptography.exceptions import InvalidSignature

    try:
        _ed25519_public(sign_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
