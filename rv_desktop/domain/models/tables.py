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

ALL_MODELS: list[type[BaseModel]] = [
    Town,
    Setting,
    User,
    HandlingUnit,
    Staff,
    Petitioner,
    Case,
    Campaign,
    Target,
    TaskVisitor,
    TaskUnit,
    VisitRecord,
    ContactAttempt,
    FollowUp,
    AuditRecord,
    VisitScan,
    AuditActor,
    ImportMapping,
    PackageExport,
    PackageImport,
    TownKey,
]

#: Tables whose every change leaves an audit record.
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
