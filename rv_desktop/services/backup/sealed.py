"""Encrypted backups: the file format, sealing a backup copy and opening one.

A backup written outside the data folder (a USB stick) is sealed with the
office's backup key (``office_key``): 32 random bytes kept in the database,
and a copy of them wrapped with the clerk's backup passphrase that travels in
every sealed backup's header. So the program writes backups without asking,
and on a new PC (the old one died with its data folder) the passphrase alone
opens any of them. Nothing new is invented here: the wrapped copy is an
exchange-package container (``crypto.seal``: scrypt with the program's fixed
cost, AES-256-GCM, the check value that tells a wrong passphrase), and the
backup itself is AES-256-GCM (the ``cryptography`` package) in chunks.

Layout (all integers big-endian)::

    magic   8 bytes  b"\\x89RVBAK\\r\\n"
    version 2 bytes  1
    length  4 bytes  the header's length
    header  JSON     {"encryption": "AES-256-GCM-chunked", "chunk_size": 4194304,
                      "nonce_prefix": b64(7 bytes), "key_id": hex(sha256(key)[:8]),
                      "wrapped_key": b64(crypto container of the key)}
    chunks           AES-GCM(key, nonce_prefix + index (4 bytes) + last (1 byte),
                     chunk_size bytes of the SQLite file, associated data =
                     everything before the chunks), each with its 16-byte tag

A chunk's index and the "last" flag are in its nonce, so chunks cannot be
reordered, dropped or cut off unnoticed; the header is authenticated with
every chunk. Memory stays at one chunk whatever the size of the database.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from pathlib import Path

from ...domain.errors import QT_TRANSLATE_NOOP
from .names import damaged, refused

__all__ = ["MAGIC", "is_sealed", "open_sealed", "seal_file"]

MAGIC = b"\x89RVBAK\r\n"
VERSION = 1
ENCRYPTION = "AES-256-GCM-chunked"
CHUNK_SIZE = 4 << 20
_PREFIX = struct.Struct(">8sHI")
_MAX_HEADER = 16 * 1024
_TAG = 16


def is_sealed(path: str | os.PathLike) -> bool:
    """True for a file that starts like a sealed backup (whatever its name)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).digest()[:8].hex()


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def seal_file(src: Path, dst: Path, key: bytes, wrapped_key: bytes) -> None:
    """Write ``src`` (a verified SQLite copy) sealed with ``key`` to ``dst`` (synced)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    prefix = os.urandom(7)
    header = {
        "encryption": ENCRYPTION,
        "chunk_size": CHUNK_SIZE,
        "nonce_prefix": base64.b64encode(prefix).decode("ascii"),
        "key_id": key_id(key),
        "wrapped_key": base64.b64encode(wrapped_key).decode("ascii"),
    }
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    aad = _PREFIX.pack(MAGIC, VERSION, len(text)) + text
    aes = AESGCM(key)
    with src.open("rb") as fin, dst.open("r+b") as fout:
        fout.truncate(0)
        fout.write(aad)
        index = 0
        chunk = fin.read(CHUNK_SIZE)
        while True:
            following = fin.read(CHUNK_SIZE)
            last = not following
            fout.write(aes.encrypt(_nonce(prefix, index, last), chunk, aad))
            if last:
                break
            chunk, index = following, index + 1
        fout.flush()
        os.fsync(fout.fileno())


def _read_header(fh, path: Path) -> tuple[dict, bytes]:
    start = fh.read(_PREFIX.size)
    if len(start) < _PREFIX.size or start[: len(MAGIC)] != MAGIC:
        raise damaged(path, "not an encrypted backup")
    _magic, version, length = _PREFIX.unpack(start)
    if version != VERSION or length > _MAX_HEADER:
        raise damaged(path, f"format {version}, header {length} bytes")
    text = fh.read(length)
    try:
        header = json.loads(text.decode("utf-8"))
        if header.get("encryption") != ENCRYPTION or header.get("chunk_size") != CHUNK_SIZE:
            raise ValueError(f"encryption {header.get('encryption')!r}")
        header["nonce_prefix"] = base64.b64decode(header["nonce_prefix"], validate=True)
        header["wrapped_key"] = base64.b64decode(header["wrapped_key"], validate=True)
        if len(header["nonce_prefix"]) != 7:
            raise ValueError("nonce of the wrong size")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise damaged(path, f"header: {exc}") from exc
    return header, start + text


def unwrap_key(path: Path, wrapped: bytes, passphrase: str | None) -> bytes:
    """The backup key inside ``wrapped``, opened with ``passphrase``."""
    from ..crypto import PackageError, open_container

    if not passphrase:
        raise refused(
            path,
            "backup_passphrase_needed",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The backup {path} is encrypted: give the office's backup passphrase. "
                "Nothing was changed.",
            ),
        )
    try:
        key = open_container(wrapped, passphrase, path.name).payload
    except PackageError as exc:
        if exc.code == "passphrase_wrong":
            raise refused(
                path,
                "backup_passphrase_wrong",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The passphrase does not open the backup {path} (letter case and spaces "
                    "count). Nothing was changed.",
                ),
            ) from exc
        raise damaged(path, exc.code) from exc
    if len(key) != 32:
        raise damaged(path, "key of the wrong size")
    return key


def open_sealed(src: Path, dst: Path, passphrase: str | None) -> None:
    """Write the SQLite file sealed in ``src`` to ``dst``; refuse a wrong passphrase
    or any change to the file before a byte of ``dst`` is trusted."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with src.open("rb") as fin:
        header, aad = _read_header(fin, src)
        key = unwrap_key(src, header["wrapped_key"], passphrase)
        if key_id(key) != header.get("key_id"):
            raise damaged(src, "the key does not match the header")
        aes = AESGCM(key)
        with dst.open("r+b") as fout:
            fout.truncate(0)
            index = 0
            chunk = fin.read(CHUNK_SIZE + _TAG)
            while True:
                following = fin.read(CHUNK_SIZE + _TAG)
                last = not following
                try:
                    fout.write(aes.decrypt(_nonce(header["nonce_prefix"], index, last), chunk, aad))
                except InvalidTag as exc:
                    raise damaged(src, "it was changed or cut off after it was written") from exc
                if last:
                    break
                chunk, index = following, index + 1
            fout.flush()
            os.fsync(fout.fileno())
