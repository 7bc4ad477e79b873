"""Test helpers of the town ⇄ county exchange: switching between the town's and the
county's files, a fast key derivation, and rewriting an unencrypted package as an
attacker would (by hand, hashes fixed)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from rv_desktop.domain import db as dbmod
from rv_desktop.services.crypto import KdfParams, open_container, seal

#: a key derivation cheap enough for tests (the real one takes a second on purpose)
FAST = KdfParams(n=2**10, r=8, p=1)


def switch_to(path: Path, actor: str = "tester") -> None:
    """Close the database that is open and open the one at ``path`` (the town's, the county's)."""
    dbmod.close_database()
    dbmod.open_database(path, actor=actor)


def members_of(package: Path) -> dict[str, bytes]:
    opened = open_container(package.read_bytes(), None, package.name)
    with zipfile.ZipFile(io.BytesIO(opened.payload)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuild(
    package: Path,
    out: Path,
    *,
    manifest: dict | None = None,
    data: Callable[[dict], object] | None = None,
    data_bytes: bytes | None = None,
    manifest_edit: Callable[[dict], object] | None = None,
) -> Path:
    """``package`` (unencrypted) with its manifest and data changed, unsigned, the
    manifest's hashes made to match: only the schema can refuse it."""
    members = members_of(package)
    members.pop("signature.json", None)
    body = json.loads(members["manifest.json"])
    if data is not None:
        content = json.loads(members["data.json"])
        content = data(content) or content
        members["data.json"] = json.dumps(content, ensure_ascii=False).encode()
    if data_bytes is not None:
        members["data.json"] = data_bytes
    body["members"] = [
        {"name": m["name"], "size": len(members[m["name"]]),
         "sha256": hashlib.sha256(members[m["name"]]).hexdigest()}
        for m in body["members"]
    ]  # fmt: skip
    body.update(manifest or {})
    if manifest_edit is not None:
        manifest_edit(body)
    members["manifest.json"] = json.dumps(body, ensure_ascii=False).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    out.write_bytes(seal(buffer.getvalue(), None).data)
    return out
