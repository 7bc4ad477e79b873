"""The data model: peewee models bound to the one database proxy.

The tables follow the campaign of BRIEF.md: a *case* (信访事项) belongs to a
*petitioner*; a *campaign* (回访活动) considers cases and keeps each as a
*target* with its assignment (the *task*: leader, visitors, joining units,
method, due date, board status) or as excluded with a reason; every visit is a
*visit record* (回访登记表, one form per visit, numbered for re-visits) with its
*contact attempts*; *follow-ups* track further visits, rework items (督办整改)
and help items (帮扶事项) until closed. *Audit records* are written by triggers
(see ``audit.py``) so nothing escapes them, bulk updates included.

Constraints live in the schema: unique case numbers, foreign keys, and every
enumerated column checked against its vocabulary in ``enums.py``.

The package: ``base`` (the proxy ``db``, ``BaseModel``, ``EnumField``, towns,
settings, users), ``cases``, ``campaigns``, ``visits``, ``exchange`` (audit,
packages, keys), ``tables`` (``ALL_MODELS``, ``AUDITED_MODELS``). This file only
re-exports their names.
"""

from __future__ import annotations

from .base import (
    HOME_TOWN_ID,
    BaseModel,
    EnumField,
    Setting,
    Town,
    User,
    db,
)
from .base import _now as _now
from .base import _town_field as _town_field
from .campaigns import (
    Campaign,
    Target,
    TaskUnit,
    TaskVisitor,
)
from .cases import (
    CASE_FACTS,
    Case,
    HandlingUnit,
    Petitioner,
    Staff,
)
from .exchange import (
    AuditActor,
    AuditRecord,
    ImportMapping,
    PackageExport,
    PackageImport,
    TownKey,
)
from .tables import (
    ALL_MODELS,
    AUDITED_MODELS,
)
from .visits import (
    ContactAttempt,
    FollowUp,
    VisitRecord,
    VisitScan,
)

__all__ = [
    "ALL_MODELS",
    "AUDITED_MODELS",
    "CASE_FACTS",
    "AuditActor",
    "AuditRecord",
    "BaseModel",
    "Campaign",
    "Case",
    "ContactAttempt",
    "EnumField",
    "FollowUp",
    "HOME_TOWN_ID",
    "HandlingUnit",
    "ImportMapping",
    "PackageExport",
    "PackageImport",
    "Petitioner",
    "Setting",
    "Staff",
    "Target",
    "TaskUnit",
    "TaskVisitor",
    "Town",
    "TownKey",
    "User",
    "VisitRecord",
    "VisitScan",
    "db",
]
