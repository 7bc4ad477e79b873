"""County mode: merge the towns' exchange packages into one database, and sign receipts.

``import_packages`` takes each package in turn: it is read and checked
completely first (``package_read.read_package``: container, limits,
manifest, signature, every hash, the data's schema); then the county decides
whether it comes from the town it names and is newer than what it holds
(``county_trust.py``: registered keys, sequence numbers); then it is
**merged**, **unchanged** (this very package was merged before) or
**refused** (with the reason; the batch goes on with the next package). A
merge is one transaction: a refusal or an error leaves nothing of that
package. Each merge keeps the town's data it replaced until the town's next
merge, so the county can undo it (``county_undo.py``).

What a merge does (``county_merge.py``): a town's campaign replaces what an
earlier package of the same town and campaign brought; cases, petitioners,
staff and handling units are matched; the county's campaign keeps the first
town's plan.

After a merge (and for an unchanged package, again) the county writes the
package's receipt (``receipts.py``) beside it, or into ``receipts_dir``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..domain.office import office_or_town
from ..domain.transactions import write_transaction
from .county_merge import merge
from .county_trust import check_order, check_origin, county_decrypter
from .crypto import DEFAULT_KDF, Decrypter, KdfParams
from .exchange_data import data_error
from .package_read import read_package
from .receipts import make_receipt

if TYPE_CHECKING:
    from .keys import OfficeKeys

MERGED, UNCHANGED, REFUSED = "merged", "unchanged", "refused"
log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    """What became of one package."""

    package: Path
    status: str
    town: str | None = None
    campaign: str | None = None
    error: UserError | None = None
    targets: int | None = None
    visit_records: int | None = None
    receipt: Path | None = None
    receipt_error: str | None = None
    protection: str | None = None
    key_fingerprint: str | None = None
    sequence: int | None = None
    #: what was still open when the town wrote it (``open_at_export.py``); None: not sent
    open_at_export: dict | None = None

    def as_json(self, translate: Callable[[UserError], str] | None = None) -> dict:
        reason = None
        if self.error is not None:
            reason = translate(self.error) if translate else str(self.error)
        return {
            "package": str(self.package),
            "town": self.town,
            "status": self.status,
            "reason": reason,
            "targets": self.targets,
            "visit_records": self.visit_records,
            "campaign": self.campaign,
            "receipt": str(self.receipt) if self.receipt else None,
            "protection": self.protection,
            "key_fingerprint": self.key_fingerprint,
            "sequence": self.sequence,
            "open_at_export": self.open_at_export,
        }


def import_packages(
    paths: Iterable[str | os.PathLike],
    passphrase: str | None = None,
    *,
    receipts_dir: str | os.PathLike | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    allow_unencrypted: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
) -> list[ImportOutcome]:
    """Merge each package of ``paths`` (in that order); one outcome per package.

    ``allow_unencrypted`` lets unencrypted packages in (the clerk's explicit
    choice); ``kdf`` is the scrypt cost of shared-passphrase packages (the
    program's; tests pass a cheap one).
    """
    paths = [Path(p) for p in paths]
    keys = _county_keys()  # read once for the batch
    outcomes = []
    for i, path in enumerate(paths):
        if cancelled and cancelled():
            break
        outcomes.append(
            import_package(
                path,
                passphrase,
                receipts_dir=receipts_dir,
                allow_unencrypted=allow_unencrypted,
                kdf=kdf,
                keys=keys,
            )
        )
        if progress:
            progress(i + 1, len(paths))
    return outcomes


def import_package(
    path: str | os.PathLike,
    passphrase: str | None = None,
    *,
    receipts_dir: str | os.PathLike | None = None,
    allow_unencrypted: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
    keys: _CountyKeys | None = None,
) -> ImportOutcome:
    """Read, check and merge one package; never raises for a bad package.

    ``keys``: the county's keys, read once by ``import_packages`` for its batch.
    """
    path = Path(path)
    keys = keys or _county_keys()
    outcome = ImportOutcome(path, REFUSED)
    try:
        contents = read_package(path, passphrase, kdf=kdf, decrypter=keys.decrypter)
        outcome.town, outcome.campaign = contents.town, contents.campaign
        outcome.targets = contents.counts["targets"]
        outcome.visit_records = contents.counts["visit_records"]
        outcome.sequence = contents.sequence
        outcome.open_at_export = contents.open_at_export
        origin = check_origin(contents, allow_unencrypted)
        outcome.protection, outcome.key_fingerprint = origin.protection, origin.fingerprint
        record = check_order(contents, origin)
        if record is None:
            with write_transaction():  # IMMEDIATE; busy or full: said so, not the package
                record = merge(contents, origin)
            outcome.status = MERGED
        else:
            outcome.status = UNCHANGED
    except UserError as exc:
        outcome.status, outcome.error = REFUSED, exc
        return outcome
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError) as exc:
        # a case the schema missed: refuse this package, go on with the batch
        log.exception("package %s", path)
        outcome.status, outcome.error = REFUSED, data_error("data.json", type(exc).__name__)
        return outcome
    try:
        outcome.receipt = make_receipt(
            receipts_dir or path.parent,
            path.name,
            contents.receipt_key,
            package_id=contents.package_id,
            package_sha256=contents.sha256,
            town=contents.town,
            campaign=contents.campaign,
            produced_at=contents.producer["produced_at"],
            received_at=record.imported_at,
            received_by=office_or_town(),
            counts=contents.counts,
            signer=keys.signer,
        )
    except OSError as exc:
        outcome.receipt_error = exc.strerror or str(exc)
    return outcome


@dataclass(frozen=True)
class _CountyKeys:
    """The county's private keys: to open packages sealed to it, to sign receipts."""

    decrypter: Decrypter | None
    signer: OfficeKeys | None


def _county_keys() -> _CountyKeys:
    from .keys import office_keys

    return _CountyKeys(county_decrypter(), office_keys())


