"""County: undo a town's last merge.

Every merge keeps the town's data it replaced (``PackageImport.replaced``:
the campaign's data of that town as ``data.json`` had it) until the town's
next merge. ``undo_last_merge`` puts that data back with the merge's own
code (``county_merge._replace``), removes the cases, petitioners and staff that
only the undone package brought, and forgets the undone import, so the
town's previous package holds the data again and a newer package (or the
undone one again) can be merged. One transaction, audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..domain import audit
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.models import (
    Case,
    HandlingUnit,
    PackageImport,
    Petitioner,
    Staff,
    Target,
    TaskVisitor,
    Town,
    db,
)


@dataclass(frozen=True)
class UndoResult:
    """A merge undone."""

    town: str
    campaign: str
    file_name: str
    targets: int  # the targets of the town and campaign now


def undo_last_merge(town: str) -> UndoResult:
    """Undo ``town``'s last merge; ``UserError`` when there is none to undo."""
    from .county_merge import _Context, _replace

    name = " ".join((town or "").split())
    row = Town.get_or_none(Town.name == name)
    last = None
    if row is not None:
        last = (
            PackageImport.select()
            .where(PackageImport.town == row.id)
            .order_by(PackageImport.id.desc())
            .first()
        )
    if last is None or last.replaced is None:
        raise UserError(
            "undo_nothing",
            QT_TRANSLATE_NOOP(
                "UserError",
                "There is no merge of {town} to undo: none was merged, or its last merge "
                "was undone already (only the last one can be undone).",
            ),
            town=name,
        )
    data = json.loads(last.replaced)
    campaign = last.campaign
    with db.atomic():
        ctx = _Context(
            row,
            campaign,
            units=dict(HandlingUnit.select(HandlingUnit.name, HandlingUnit.id).tuples()),
        )
        _replace(ctx, data)
        _drop_orphans(row.id)
        last.delete_instance()
        audit.log_action(
            "undo",
            "package_import",
            last.id,
            {
                "what": "merge_undone",
                "town": name,
                "campaign": campaign.name,
                "file": last.file_name,
            },
        )
    targets = (
        Target.select()
        .join(Case)
        .where((Target.campaign == campaign.id) & (Case.town == row.id))
        .count()
    )
    return UndoResult(name, campaign.name, last.file_name, targets)


def _drop_orphans(town_id: int) -> None:
    """The town's cases no target needs, then its people without cases and unused staff."""
    Case.delete().where(
        (Case.town == town_id) & Case.id.not_in(Target.select(Target.case))
    ).execute()
    Petitioner.delete().where(
        (Petitioner.town == town_id) & Petitioner.id.not_in(Case.select(Case.petitioner))
    ).execute()
    used = Target.select(Target.responsible_leader).where(Target.responsible_leader.is_null(False))
    Staff.delete().where(
        (Staff.town == town_id)
        & Staff.id.not_in(used)
        & Staff.id.not_in(TaskVisitor.select(TaskVisitor.staff))
    ).execute()
