"""County: the towns' public keys, registered and revoked.

The county registers the key file a town made (``office --make-keys``) after
the clerks compared its fingerprint by phone; from then on a package naming
that town is merged only when signed with that key (``county_trust.py``).
A lost or replaced key is revoked: packages signed with it are refused from
then on, and the town's new key can be registered. Every change is audited.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from ..domain import audit
from ..domain.errors import QT_TRANSLATE_NOOP, found
from ..domain.models import Town, TownKey, _now, db
from .keys import KeyFileError, PublicKey, read_public_key


@dataclass(frozen=True)
class TownKeyRow:
    """A registered key, as lists show it."""

    town: str
    fingerprint: str
    registered_at: dt.datetime | str
    registered_by: str
    revoked_at: dt.datetime | str | None


def _town_name(town: str) -> str:
    name = " ".join((town or "").split())
    if not name or len(name) > 64:
        raise KeyFileError(
            "town_name_invalid",
            QT_TRANSLATE_NOOP("UserError", "Give the town's name (1 to 64 characters)."),
        )
    return name


def _refuse_other_town(public: PublicKey, town: str) -> None:
    """A key registered for another town is refused: one key belongs to one town."""
    sign_key = public.sign.hex()
    other = (
        TownKey.select(TownKey, Town)
        .join(Town)
        .where((TownKey.sign_key == sign_key) & (Town.name != town))
        .first()
    )
    if other is not None:
        raise KeyFileError(
            "key_of_other_town",
            QT_TRANSLATE_NOOP(
                "UserError",
                "This key (fingerprint {fingerprint}) is registered for {other}. One "
                "key belongs to one town.",
            ),
            fingerprint=public.fingerprint,
            other=other.town.name,
        )


def _refuse_revoked(public: PublicKey, town: str, town_id: int) -> None:
    """A revoked key of the town is never registered again."""
    sign_key = public.sign.hex()
    revoked = TownKey.get_or_none(
        (TownKey.sign_key == sign_key)
        & (TownKey.town == town_id)
        & TownKey.revoked_at.is_null(False)
    )
    if revoked is not None:
        raise KeyFileError(
            "key_revoked",
            QT_TRANSLATE_NOOP(
                "UserError",
                "This key of {town} (fingerprint {fingerprint}) was revoked; a revoked "
                "key is never registered again. The town makes a new key pair.",
            ),
            town=town,
            fingerprint=public.fingerprint,
        )


def register_town_key(town: str, path: str | os.PathLike) -> tuple[PublicKey, bool]:
    """Register ``town``'s key file; (the key, True if newly registered)."""
    town = _town_name(town)
    public = read_public_key(path)
    if public.role != "town":
        raise KeyFileError(
            "key_not_town",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is the county's own key, not a town's. Register the file the town "
                "made with office --make-keys.",
            ),
            file=os.fspath(path),
        )
    sign_key = public.sign.hex()
    with db.atomic():
        _refuse_other_town(public, town)
        row = Town.get_or_none(Town.name == town) or Town.create(name=town)
        active = TownKey.get_or_none((TownKey.town == row.id) & TownKey.revoked_at.is_null())
        _refuse_revoked(public, town, row.id)
        if active is not None and active.sign_key == sign_key:
            return public, False
        if active is not None:
            raise KeyFileError(
                "key_already_registered",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{town} has a registered key already (fingerprint {fingerprint}). Revoke "
                    "it first (town-key revoke) if the town replaced it.",
                ),
                town=town,
                fingerprint=active.fingerprint,
            )
        key = TownKey.create(
            town=row.id,
            sign_key=sign_key,
            encrypt_key=public.encrypt.hex(),
            fingerprint=public.fingerprint,
            registered_by=audit.current_actor(),
        )
        audit.log_action(
            "key",
            "town_key",
            key.id,
            {"what": "registered", "town": town, "fingerprint": public.fingerprint},
        )
    return public, True


def revoke_town_key(town: str) -> str:
    """Revoke ``town``'s active key; its fingerprint."""
    town = _town_name(town)
    with db.atomic():
        key = (
            TownKey.select()
            .join(Town)
            .where((Town.name == town) & TownKey.revoked_at.is_null())
            .first()
        )
        no_key = QT_TRANSLATE_NOOP("UserError", "{town} has no registered key to revoke.")
        key = found(key, KeyFileError, "key_not_registered", no_key, town=town)
        TownKey.update(revoked_at=_now(), revoked_by=audit.current_actor()).where(
            TownKey.id == key.id
        ).execute()
        audit.log_action(
            "key",
            "town_key",
            key.id,
            {"what": "revoked", "town": town, "fingerprint": key.fingerprint},
        )
    return key.fingerprint


def town_keys() -> list[TownKeyRow]:
    """Every key registered, by town, the active one first."""
    return [
        TownKeyRow(k.town.name, k.fingerprint, k.registered_at, k.registered_by, k.revoked_at)
        for k in TownKey.select(TownKey, Town)
        .join(Town)
        .order_by(Town.name, TownKey.revoked_at.is_null(False), TownKey.id.desc())
    ]
