"""Whether the county accepts a package: who signed it, how it was sealed, whether it is newer.

``check_origin`` answers "does this package come from the town it names?":

- a town with a registered key (``town_keys.py``): only packages signed with
  that key; a shared-passphrase or unsigned package is refused, and so is a
  package signed with a revoked key;
- a package signed with a key registered for *another* town is refused (a
  town cannot send in another's name);
- a town without a registered key (the transition): packages sealed with
  the shared passphrase are accepted and recorded as such; a package
  encrypted to the county's key needs the town's key registered first;
- an unencrypted package only when the clerk allowed it explicitly.

``check_order`` answers "is it newer than what the county holds?" by the
town's own export number (``sequence``), never by the town PC's clock; a
package of an older program (no number) is ordered by its date among its
kind, and never replaces a numbered one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.models import Campaign, PackageImport, Setting, Town, TownKey
from .crypto import Decrypter, PackageError
from .package_read import SEALED_TO_COUNTY, SEALED_WITH_PASSPHRASE, PackageContents

#: How a merged package was protected (``PackageImport.protection``, ``--json``).
TOWN_KEY = "town_key"
TOWN_KEY_UNENCRYPTED = "town_key_unencrypted"
SHARED_PASSPHRASE = "shared_passphrase"
UNENCRYPTED = "unencrypted"


def county_decrypter() -> Decrypter | None:
    """This database's X25519 private key, to open packages sealed to it."""
    from .keys import office_keys

    keys = office_keys()
    if keys is None:
        return None
    return Decrypter(keys.decrypter(), keys.public("county", "").fingerprint)


@dataclass(frozen=True)
class Origin:
    """How a package proved (or did not need to prove) where it comes from."""

    protection: str
    fingerprint: str | None


def _refuse(code: str, template: str, contents: PackageContents, **params) -> PackageError:
    return PackageError(code, template, file=contents.path.name, town=contents.town, **params)


def _check_signer(contents: PackageContents) -> None:
    """Refuse a package signed with another town's key, or with a revoked key."""
    signer = contents.signature
    if signer is None:
        return
    owner = (
        TownKey.select(TownKey, Town)
        .join(Town)
        .where(TownKey.sign_key == signer.sign_key.hex())
        .order_by(TownKey.revoked_at.is_null(False), TownKey.id.desc())
        .first()
    )
    if owner is not None and owner.town.name != contents.town:
        raise _refuse(
            "package_other_town",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is refused: it names {town}, but it is signed with the key of "
                "{signer} (fingerprint {fingerprint}). A town cannot send in another "
                "town's name.",
            ),
            contents,
            signer=owner.town.name,
            fingerprint=signer.fingerprint,
        )
    if owner is not None and owner.revoked_at is not None:
        raise _refuse(
            "package_key_revoked",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is refused: it is signed with a key of {town} that was revoked "
                "on {when} (fingerprint {fingerprint}). Ask the town for a package "
                "signed with its new key.",
            ),
            contents,
            when=str(owner.revoked_at)[:16],
            fingerprint=signer.fingerprint,
        )


def check_origin(contents: PackageContents, allow_unencrypted: bool = False) -> Origin:
    """The package's protection, or ``PackageError`` saying why the county refuses it."""
    signer = contents.signature
    _check_signer(contents)
    if contents.sealing not in (SEALED_TO_COUNTY, SEALED_WITH_PASSPHRASE) and not allow_unencrypted:
        raise _refuse(
            "package_unencrypted",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is not encrypted: anyone could have written or read it on the way. "
                "It is merged only when allowed explicitly (--allow-unencrypted; in the "
                "window, by confirming).",
            ),
            contents,
        )
    registered = (
        TownKey.select()
        .join(Town)
        .where((Town.name == contents.town) & TownKey.revoked_at.is_null())
        .first()
    )
    if registered is not None:
        if signer is None or signer.sign_key.hex() != registered.sign_key:
            raise _refuse(
                "package_not_signed",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{file} is refused: {town} has a registered key (fingerprint "
                    "{fingerprint}), and this package is not signed with it (its signature: "
                    "{signer}). Ask the town to send it again with its key.",
                ),
                contents,
                fingerprint=registered.fingerprint,
                signer=signer.fingerprint if signer is not None else "—",
            )
        protection = TOWN_KEY if contents.encrypted else TOWN_KEY_UNENCRYPTED
        return Origin(protection, registered.fingerprint)
    if contents.sealing == SEALED_TO_COUNTY:
        raise _refuse(
            "package_town_unregistered",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is refused: it is encrypted to the county's key, but {town} has no "
                "registered key. Register the town's key file first (town-key register), "
                "after comparing its fingerprint with the town by phone.",
            ),
            contents,
        )
    protection = SHARED_PASSPHRASE if contents.encrypted else UNENCRYPTED
    return Origin(protection, None)


def _as_datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def check_order(contents: PackageContents, origin: Origin | None = None) -> PackageImport | None:
    """The earlier import of this very package (unchanged), None to merge; raises to refuse.

    A town's numbers count within one key: the first package signed with a
    newly registered key (a new PC, a new database starting at 1 again)
    replaces what packages of the town's revoked key brought.
    """
    _check_not_own(contents)
    same = PackageImport.get_or_none(PackageImport.package_id == contents.package_id)
    latest = (
        PackageImport.select(PackageImport, Town)
        .join(Town)
        .switch(PackageImport)
        .join(Campaign)
        .where((Town.name == contents.town) & (Campaign.name == contents.campaign))
        .order_by(PackageImport.id.desc())
        .first()
    )
    identical = same is not None and (
        same.sha256 == contents.sha256 or same.data_sha256 == contents.data_sha256
    )
    if identical and latest is not None and same.id == latest.id:
        return same  # this very package holds the town's data now: nothing to do
    if same is not None and not (identical and latest is not None):
        raise _refuse(
            "package_id_reused",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is refused: its package number was merged before with other "
                "contents ({other}). A package number is used once.",
            ),
            contents,
            other=same.file_name,
        )
    if latest is None:
        return None
    new_key = (
        origin is not None
        and origin.fingerprint is not None
        and latest.key_fingerprint is not None
        and latest.key_fingerprint != origin.fingerprint
    )
    newer = new_key or _is_newer(contents, latest)
    if not newer:
        raise _refuse(
            "package_older",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is package number {number} of {town} for {campaign}, but number "
                "{merged} was merged already. An older package never replaces a newer one.",
            ),
            contents,
            campaign=contents.campaign,
            number=contents.sequence if contents.sequence is not None else _date(contents),
            merged=latest.sequence if latest.sequence is not None else _date(latest),
        )
    return None


def _check_not_own(contents: PackageContents) -> None:
    """Refuse a package of this database's own town."""
    own = Setting.get_or_none(Setting.key == "town_name")
    if own is not None and own.value and own.value.strip() == contents.town.strip():
        raise _refuse(
            "package_own_town",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} comes from {town}, the town of this database itself. Packages are "
                "merged into the county's database.",
            ),
            contents,
        )


def _date(item) -> str:
    return _as_datetime(item.produced_at).isoformat(sep=" ")


def _is_newer(contents: PackageContents, latest: PackageImport) -> bool:
    if contents.sequence is not None:
        return latest.sequence is None or contents.sequence > latest.sequence
    if latest.sequence is not None:
        return False  # an older program's package never replaces a numbered one
    return contents.produced_at > _as_datetime(latest.produced_at)
