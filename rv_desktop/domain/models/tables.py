"""Every model, in the order the tables are created, and the audited ones."""

from __future__ import annotations

from .base import BaseModel, Setting, Town, User
from .campaigns import Campaign, Target, TaskUnit, TaskVisitor
from .cases import Case, HandlingUnit, Petitioner, Staff
from .exchange import (
    AuditActor,
    AuditRecord,
    ImportMapping,
    PackageExport,
    PackageImport,
    TownKey,
)
from .visits import ContactAttempt, FollowUp, VisitRecord, VisitScan

#: Tables whose every change leaves an audit record (the register and the visits).
AUDITED_MODELS: list[type[BaseModel]] = [
    Petitioner,
    Case,
    Campaign,
    Target,
    TaskVisitor,
    TaskUnit,
    VisitRecord,
    ContactAttempt,
    FollowUp,
]

#: Every model, in the order the tables are created.
ALL_MODELS: list[type[BaseModel]] = [
    Town,
    Setting,
    User,
    HandlingUnit,
    Staff,
    *AUDITED_MODELS,
    AuditRecord,
    VisitScan,
    AuditActor,
    ImportMapping,
    PackageExport,
    PackageImport,
    TownKey,
]
