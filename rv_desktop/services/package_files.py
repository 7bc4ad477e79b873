"""Writing a package's file safely, and reading back what was written.

``write_safely`` writes the sealed container under a temporary name in the
target folder, flushes and fsyncs it, reads it back and checks it whole,
then renames it; a failure anywhere (an error, a pulled stick) leaves no
file that looks like a package. Moved out of ``package.py``, which calls it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, os_errors_as
from .crypto import PackageError, is_encrypted, open_container
from .package_read import PackageContents, check_payload

SUFFIX = ".rvpkg"


WRITE_FAILED = QT_TRANSLATE_NOOP(
    "UserError",
    "The package could not be written to {folder}: {reason}. Nothing was written; "
    "check the stick and try again.",
)


def write_safely(out_dir: Path, name: str, sealed) -> Path:
    """Write ``sealed`` under a temporary name, make sure it is on the disk and reads
    back whole, then give it its name; remove the temporary file on any failure."""
    with os_errors_as(PackageError, "package_write_failed", WRITE_FAILED, folder=out_dir):
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / name
        n = 2
        while target.exists():  # two exports in one minute
            target = out_dir / f"{Path(name).stem}-{n}{SUFFIX}"
            n += 1
        _write_checked(out_dir, target, sealed)
    return target


def _write_checked(out_dir: Path, target: Path, sealed) -> None:
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
        sync_folder(out_dir)
    finally:
        if tmp is not None:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass  # the stick is gone; the temporary name never looks like a package


def read_package_bytes(data: bytes, path: Path, keys) -> PackageContents:
    """Open a container just written (with the keys that sealed it) and check it whole."""
    opened = open_container(data, None, path.name, keys)
    return check_payload(opened.payload, path, hashlib.sha256(data).hexdigest(), len(data))


def sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows has no directory handles to fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
