"""The command line of exchange keys: ``town-key ...`` (county) and ``office --make-keys`` (both).

- ``office --db TOWN --make-keys --out FILE``: make this office's key pair
  (once; later calls write the same public key again) and write the public
  key file for the other side; prints the fingerprint.
- ``office --db TOWN --install-county-key FILE``: the town installs the
  county's public key; packages are encrypted to it from then on.
- ``town-key register --db COUNTY --town T FILE``: the county registers a
  town's key file; ``town-key revoke --db COUNTY --town T`` revokes it;
  ``town-key county-public --db COUNTY --out FILE`` writes the county's
  public key for the towns; ``town-key list`` shows the keys.

Fingerprints are printed for the clerks to compare by phone. The handlers
call ``services/keys.py`` and ``services/town_keys.py``; ``commands.py``
registers ``KEY_COMMANDS`` and ``office.py`` calls ``office_keys_command``.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .common import EXIT_BAD_INPUT, EXIT_OK, add_db, add_json, err, open_db, out, print_json

translate = QCoreApplication.translate


def add_office_key_options(p: argparse.ArgumentParser) -> None:
    """The key options of ``office``."""
    p.add_argument(
        "--make-keys",
        action="store_true",
        help=translate("cli", "make this office's key pair (once) and write its public key file"),
    )
    p.add_argument(
        "--out",
        metavar="FILE",
        help=translate("cli", "with --make-keys: the public key file to write"),
    )
    p.add_argument(
        "--install-county-key",
        metavar="FILE",
        help=translate(
            "cli", "install the county's public key file (packages are encrypted to it)"
        ),
    )


def wants_keys(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "make_keys", False) or getattr(args, "install_county_key", None))


def office_keys_command(args: argparse.Namespace) -> int:
    """``office --make-keys`` / ``--install-county-key`` (the database is open)."""
    from ..services.keys import install_county_key, write_public_key

    result: dict = {}
    if args.make_keys:
        if not args.out:
            err(translate("cli", "--make-keys needs --out FILE: where to write the public key."))
            return EXIT_BAD_INPUT
        public, path, made = write_public_key(args.out, "town")
        result.update(public_key=str(path), fingerprint=public.fingerprint, made=made)
        if not args.json:
            text = (
                translate("cli", "Key pair made. Public key written to {path}.")
                if made
                else translate(
                    "cli", "This office has its key pair already; public key written to {path}."
                )
            )
            out(text.format(path=path))
            out(translate("cli", "Fingerprint (compare it by phone): {fingerprint}").format(
                fingerprint=public.fingerprint))  # fmt: skip
    if args.install_county_key:
        county = install_county_key(args.install_county_key)
        result.update(county_fingerprint=county.fingerprint, county=county.name)
        if not args.json:
            out(
                translate(
                    "cli",
                    "County key installed ({county}); fingerprint {fingerprint}. Compare it "
                    "with the county by phone. Packages are encrypted to it from now on.",
                ).format(county=county.name or "-", fingerprint=county.fingerprint)
            )
    if args.json:
        print_json(result)
    return EXIT_OK


# --- town-key ----------------------------------------------------------------------


def _town_key_options(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    reg = sub.add_parser("register", help=translate("cli", "register a town's public key file"))
    add_db(reg)
    reg.add_argument("--town", required=True, help=translate("cli", "the town the key belongs to"))
    reg.add_argument("file", metavar="FILE", help=translate("cli", "the town's public key file"))
    pub = sub.add_parser(
        "county-public", help=translate("cli", "write the county's public key file for the towns")
    )
    add_db(pub)
    pub.add_argument(
        "--out", required=True, metavar="FILE", help=translate("cli", "the file to write")
    )
    rev = sub.add_parser("revoke", help=translate("cli", "revoke a town's lost or replaced key"))
    add_db(rev, required=False)
    rev.add_argument("--town", required=True, help=translate("cli", "the town whose key to revoke"))
    lst = sub.add_parser("list", help=translate("cli", "list the registered keys"))
    add_db(lst)
    for q in (reg, pub, rev, lst):
        add_json(q)


def cmd_town_key(args: argparse.Namespace) -> int:
    from ..services.keys import write_public_key
    from ..services.town_keys import register_town_key, revoke_town_key, town_keys

    open_db(args, actor="county")
    if args.key_command == "register":
        public, new = register_town_key(args.town, args.file)
        result = {"town": args.town, "fingerprint": public.fingerprint, "registered": new}
        text = (
            translate("cli", "Key of {town} registered; fingerprint {fingerprint}.")
            if new
            else translate(
                "cli", "This key of {town} was registered already; fingerprint {fingerprint}."
            )
        )
    elif args.key_command == "county-public":
        public, path, made = write_public_key(args.out, "county")
        result = {"public_key": str(path), "fingerprint": public.fingerprint, "made": made}
        text = translate(
            "cli", "The county's public key written to {path}; fingerprint {fingerprint}."
        )
        result["path"] = str(path)
    elif args.key_command == "revoke":
        fingerprint = revoke_town_key(args.town)
        result = {"town": args.town, "fingerprint": fingerprint, "revoked": True}
        text = translate(
            "cli",
            "Key of {town} revoked (fingerprint {fingerprint}); its packages are refused from "
            "now on.",
        )
    else:
        rows = [
            {
                "town": k.town,
                "fingerprint": k.fingerprint,
                "registered_at": str(k.registered_at),
                "registered_by": k.registered_by,
                "revoked_at": str(k.revoked_at) if k.revoked_at else None,
            }
            for k in town_keys()
        ]
        if args.json:
            print_json(rows)
        for r in [] if args.json else rows:
            state = (
                translate("cli", "revoked {when}").format(when=r["revoked_at"][:16])
                if r["revoked_at"]
                else translate("cli", "active")
            )
            out(f"{r['town']}\t{r['fingerprint']}\t{state}")
        return EXIT_OK
    if args.json:
        print_json(result)
    else:
        out(text.format(**result))
    return EXIT_OK


KEY_COMMANDS = [
    (
        "town-key",
        cmd_town_key,
        _town_key_options,
        QT_TRANSLATE_NOOP("cli", "county: register, revoke and list the towns' keys"),
    ),
]


def protection_text(protection: str | None) -> str:
    """How a package was protected, in the clerk's words."""
    texts = {
        "town_key": translate("cli", "signed with the town's registered key, encrypted"),
        "town_key_unencrypted": translate(
            "cli", "signed with the town's registered key, NOT encrypted"
        ),
        "shared_passphrase": translate("cli", "shared passphrase (origin not proven)"),
        "unencrypted": translate("cli", "NOT encrypted, origin not proven"),
    }
    return texts.get(protection or "", translate("cli", "protection not recorded"))


def undo_command(args: argparse.Namespace) -> int:
    """``import-package --undo-last TOWN`` (the database is open)."""
    from ..services.county_undo import undo_last_merge

    if not args.undo_last:
        err(translate("cli", "Give the packages to merge, or --undo-last TOWN."))
        return EXIT_BAD_INPUT
    if args.packages:
        err(translate("cli", "--undo-last takes no packages: undo first, then merge."))
        return EXIT_BAD_INPUT
    result = undo_last_merge(args.undo_last)
    if args.json:
        print_json(
            {
                "town": result.town,
                "campaign": result.campaign,
                "undone": result.file_name,
                "targets": result.targets,
            }
        )
    else:
        out(
            translate(
                "cli",
                "The merge of {file} ({town}, {campaign}) was undone; the town's previous "
                "data is back ({targets} targets).",
            ).format(
                file=result.file_name,
                town=result.town,
                campaign=result.campaign,
                targets=result.targets,
            )
        )
    return EXIT_OK
