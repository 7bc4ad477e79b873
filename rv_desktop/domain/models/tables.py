"""Every model, in the order the tables are created, and the audited ones."""

from __future__ import annotations

from . import base, campaigns, cases, exchange, visits

#: Tables whose every change leaves an audit record (the register and the visits).
AUDITED_MODELS: list[type[base.BaseModel]] = [
    cases.Petitioner,
    cases.Case,
    campaigns.Campaign,
    campaigns.Target,
    campaigns.TaskVisitor,
    campaigns.TaskUnit,
    visits.VisitRecord,
    visits.ContactAttempt,
    visits.FollowUp,
]

#: Every model, in the order the tables are created.
ALL_MODELS: list[type[base.BaseModel]] = [
    base.Town,
    base.Setting,
    base.User,
    cases.HandlingUnit,
    cases.Staff,
    *AUDITED_MODELS,
    exchange.AuditRecord,
    visits.VisitScan,
    exchange.AuditActor,
    exchange.ImportMapping,
    exchange.PackageExport,
    exchange.PackageImport,
    exchange.TownKey,
]
