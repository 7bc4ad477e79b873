"""Scanned pages → forms → draft visit records.

``scan_files`` reads every page of the files one at a time, sets aside the
pages that are not this office's and this campaign's forms (each with its
reason), merges the pages of one form (its QR code names the case and the
visit, whatever the order of the stack), and, unless it is a dry run, stores
what each form says as a **draft** visit record: a new draft for the visit
the form was printed for, or the draft already there if nobody has typed
into it. A final record is never touched, a typed draft never overwritten
(both reported as skipped, with what the scan read). Only sure readings are
written; an uncertain field is left empty for the clerk. Each form is one
transaction, with an audit entry that says what the scan read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import audit, visits
from ...domain.campaigns import get_campaign
from ...domain.db import db
from ...domain.enums import RecordState
from ...domain.errors import QT_TRANSLATE_NOOP, UserError
from ...domain.models import Case, Target, VisitRecord
from ..forms_data import office_names
from .reader import PageReading, Unreadable, _layout_map, read_page
from .sources import pages_of
from .store import keep_scans

__all__ = ["FormResult", "ScanResult", "scan_files"]

#: fields a new draft starts with (start_visit): their values are not the clerk's typing
_PREFILLED = {"visitors", "joining_units", "method"}


@dataclass
class FormResult:
    file: str
    pages: list[int]
    case_no: str
    visit_no: int | None
    fields: dict[str, Any]
    uncertain: list[str]
    saved: str = "skipped"  # "draft" | "skipped"
    reason: str | None = None
    visit_id: int | None = None
    readings: list[PageReading] = field(default_factory=list, repr=False)

    def as_json(self, tr: Callable[[str], str] = str) -> dict[str, Any]:
        return {
            "file": self.file,
            "pages": self.pages,
            "case_no": self.case_no,
            "visit_no": self.visit_no,
            "fields": self.fields,
            "uncertain": self.uncertain,
            "saved": self.saved,
            "reason": tr(self.reason) if self.reason else None,
        }


@dataclass
class ScanResult:
    pages: int = 0
    forms: list[FormResult] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)

    def as_json(self, tr: Callable[[str], str] = str) -> dict[str, Any]:
        return {"pages": self.pages, "forms": [f.as_json(tr) for f in self.forms],
                "unreadable": [{"file": u.file, "page": u.page, "reason": tr(u.reason)}
                               for u in self.unreadable]}  # fmt: skip


def scan_files(
    paths: Iterable[Path],
    campaign: str | None = None,
    dry_run: bool = False,
    crops: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ScanResult:
    """Read the files' pages and store each form's readings as a draft (not on a dry run)."""
    the_campaign = get_campaign(campaign)
    town, _office = office_names()
    result = ScanResult()
    groups: dict[tuple[str, int | None], list[PageReading]] = {}
    stopped = False
    for path in paths:
        for src in pages_of(Path(path)):
            if cancelled is not None and cancelled():
                stopped = True  # the forms stored so far stay; the rest is not read
                break
            reading = read_page(src, crops=crops, upright_page=not dry_run)
            src.image = None  # the page's pixels go before the next page is drawn
            if src.page:
                result.pages += 1
            if progress is not None:
                progress(result.pages)
            if isinstance(reading, Unreadable):
                result.unreadable.append(reading)
                continue
            reason = _foreign(reading, town, the_campaign.name)
            if reason is not None:
                result.unreadable.append(Unreadable(reading.file, reading.page, reason))
                continue
            key = (reading.payload.case_no, reading.payload.visit_no)
            group = groups.setdefault(key, [])
            group.append(reading)
            if {r.payload.page for r in group} >= set(range(1, reading.payload.pages + 1)):
                # complete: stored now, its pages' images dropped (memory stays bounded)
                result.forms.append(_finish(key, groups.pop(key), the_campaign.id, dry_run))
        if stopped:
            return result
    for key, readings in groups.items():  # forms a page of which was missing
        result.forms.append(_finish(key, readings, the_campaign.id, dry_run))
    return result


def _finish(key: tuple[str, int | None], readings: list[PageReading], campaign_id: int,
            dry_run: bool) -> FormResult:  # fmt: skip
    form = _merge(key[0], key[1], readings)
    _store(form, campaign_id, dry_run)
    for r in readings:
        r.upright = None
    return form


def _foreign(reading: PageReading, town: str, campaign: str) -> str | None:
    """Why a page is not one of this office's forms of this campaign (None: it is)."""
    p = reading.payload
    if town and p.town != town:
        return QT_TRANSLATE_NOOP("scan", "a form of another office's town")
    if not p.case_no:
        return QT_TRANSLATE_NOOP(
            "scan", "a blank form (no case number in its QR code): type it by hand"
        )
    if p.campaign != campaign:
        return QT_TRANSLATE_NOOP("scan", "a form of another campaign")
    return None


def _merge(case_no: str, visit_no: int | None, readings: list[PageReading]) -> FormResult:
    """One form from its pages: every tick-box field of its layout, null when not read."""
    first = readings[0]
    layout = _layout_map(first.payload.layout) or {"pages": []}
    names = [t["field"] for page in layout["pages"] for t in page["ticks"]]
    fields: dict[str, Any] = dict.fromkeys(dict.fromkeys(names))
    uncertain: set[str] = set()
    seen: dict[str, Any] = {}
    for r in readings:
        for name, f in r.fields.items():
            if name in seen and (seen[name] != f.value or not f.sure):
                uncertain.add(name)  # the same page twice, read differently
            seen[name] = f.value
            fields[name] = f.value
            if not f.sure:
                uncertain.add(name)
    _not_reached(fields, uncertain, names_values(layout))
    got = {r.payload.page for r in readings}
    missing = [n for n in range(1, first.payload.pages + 1) if n not in got]
    reason = None
    if missing:
        for page in layout["pages"]:
            if page["page"] in missing:
                uncertain.update(t["field"] for t in page["ticks"])
        reason = QT_TRANSLATE_NOOP("scan", "a page of the form was not scanned")
    return FormResult(first.file, [r.page for r in readings], case_no, visit_no, fields,
                      [n for n in fields if n in uncertain], reason=reason,
                      readings=readings)  # fmt: skip


def names_values(layout: dict[str, Any]) -> dict[str, set[Any]]:
    """The values each tick-box field of a layout offers."""
    out: dict[str, set[Any]] = {}
    for page in layout["pages"]:
        for t in page["ticks"]:
            out.setdefault(t["field"], set()).add(t["value"])
    return out


def _not_reached(fields: dict[str, Any], uncertain: set[str], offered: dict) -> None:
    """A form whose satisfaction offers no "could not be reached" box: a contact's outcome
    other than reached reads as ``"satisfaction": "not_reached"``, as the record stores it
    and ``visits --json`` gives it (domain/plan_rules.py)."""
    if "satisfaction" not in fields or "not_reached" in offered.get("satisfaction", ()):
        return
    outcome = fields.get("contact_result")
    doubted = {"satisfaction", "contact_result"} & uncertain
    if fields["satisfaction"] is None and not doubted and outcome not in (None, "reached"):
        fields["satisfaction"] = "not_reached"


def _typed(record: VisitRecord, planned: str | None) -> bool:
    """Whether the clerk has typed into the draft (beyond what a new draft starts with)."""
    form = visits.load_visit(record.id)
    for name, value in vars(form.values).items():
        if name in _PREFILLED and (name != "method" or value == planned):
            continue
        if value not in (None, "", False):
            return True
    return bool(form.contacts)


class _DryRun(Exception):
    """Raised inside the transaction of a dry run: everything it did is rolled back."""


def _store(form: FormResult, campaign_id: int, dry_run: bool = False) -> None:
    """Write the form's sure readings into its draft, in one transaction (a dry run
    goes through the same steps and rolls them back)."""
    target = (
        Target.select(Target)
        .join(Case)
        .where((Case.case_no == form.case_no) & (Target.campaign == campaign_id))
        .first()
    )
    if target is None:
        form.reason = QT_TRANSLATE_NOOP("scan", "the case is not in the campaign")
        return
    try:
        with db.atomic():
            record = _record_for(form, target)
            if record is None:
                return
            values = {name: value for name, value in form.fields.items()
                      if value is not None and name not in form.uncertain}  # fmt: skip
            visits.save_draft(record.id, values)
            keep_scans(record.id, form.readings)
            audit.log_action("scan_read", "visit_record", record.id, {
                "files": sorted({r.file for r in form.readings}),
                "pages": form.pages, "read": form.fields, "uncertain": form.uncertain,
                "written": sorted(values)})  # fmt: skip
            if dry_run:
                raise _DryRun
    except _DryRun:
        form.reason = QT_TRANSLATE_NOOP("scan", "a dry run: nothing was stored")
        return
    except UserError as error:
        form.saved, form.reason = "skipped", error.template
        return
    form.saved, form.visit_id = "draft", record.id


def _record_for(form: FormResult, target: Target) -> VisitRecord | None:
    """The draft the form's readings go into; None (with the reason) if none may."""
    rows = list(VisitRecord.select().where(VisitRecord.target == target.id)
                .order_by(VisitRecord.visit_no))  # fmt: skip
    wanted = form.visit_no if form.visit_no is not None else (rows[-1].visit_no + 1 if rows else 1)
    for row in rows:
        if row.visit_no != wanted:
            continue
        if str(getattr(row.state, "value", row.state)) != RecordState.DRAFT.value:
            form.reason = QT_TRANSLATE_NOOP(
                "scan", "the visit record is final: never changed by a scan"
            )
            return None
        if _typed(row, target.planned_method):
            form.reason = QT_TRANSLATE_NOOP(
                "scan", "the draft was already typed into: the readings are offered beside it"
            )
            return None
        return row
    drafts = [r for r in rows if str(getattr(r.state, "value", r.state)) == RecordState.DRAFT.value]
    if drafts or wanted != (rows[-1].visit_no + 1 if rows else 1):
        form.reason = QT_TRANSLATE_NOOP(
            "scan", "the form was printed for another visit of the case"
        )
        return None
    created = visits.start_visit(target.id)
    return VisitRecord.get_by_id(created.id)
