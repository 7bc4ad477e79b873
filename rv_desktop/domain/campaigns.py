"""Campaigns (回访活动): create, edit, list, and choose the current one.

A campaign is the plan of step 2 of BRIEF.md: a name such as
2026年“千案回访”活动, three stages (preparation, implementation, summary) with
their dates, the report deadline to the county, the leading group and the
county office it reports to. Several campaigns exist side by side (one a
year, routine return visits between them); exactly one is current, and the
board, the forms and the statistics work on it.

``CampaignPlan`` is what the campaign dialog edits (``plan_of`` loads it,
``create_campaign`` / ``update_campaign`` save it). Every save is validated
first and refused as a whole with a ``CampaignError`` that names the field
and the dates at fault; nothing is written then. Accepted saves run in one
transaction; the audit triggers record them.

Dates may be left empty while the plan is being drawn up. Those given must
follow each other: each stage starts on or before its end, and every date of
a later stage is on or after every date of an earlier one (a stage may begin
on the day the previous one ends). The report deadline may not be before the
implementation stage starts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from peewee import fn

from .errors import QT_TRANSLATE_NOOP, UserError, found
from .models import Campaign, Target, db

__all__ = [
    "CampaignError",
    "CampaignPlan",
    "CampaignRow",
    "campaign_by_name",
    "create_campaign",
    "ensure_campaign",
    "get_campaign",
    "list_campaigns",
    "plan_of",
    "set_current",
    "update_campaign",
    "validate_plan",
]

_NAME_LIMIT = 128
_TEXT_LIMITS = {
    "group_leader": 64,
    "deputy_leaders": 256,
    "office_in_charge": 128,
    "county_office": 128,
}

#: The stages in their order: (name, start field, end field).
STAGES = (
    ("preparation", "prep_start", "prep_end"),
    ("implementation", "impl_start", "impl_end"),
    ("summary", "summary_start", "summary_end"),
)


class CampaignError(UserError):
    """A campaign that cannot be saved or found; nothing was changed.

    ``field`` names the field at fault (a field of ``CampaignPlan``), so a
    dialog can show the message next to it.
    """

    def __init__(self, code: str, template: str, field: str | None = None, **params: Any):
        self.field = field
        super().__init__(code, template, **params)


@dataclass(frozen=True)
class CampaignPlan:
    """The editable part of a campaign, as the campaign dialog shows it."""

    name: str
    prep_start: dt.date | None = None
    prep_end: dt.date | None = None
    impl_start: dt.date | None = None
    impl_end: dt.date | None = None
    summary_start: dt.date | None = None
    summary_end: dt.date | None = None
    report_deadline: dt.date | None = None
    group_leader: str | None = None
    deputy_leaders: str | None = None
    office_in_charge: str | None = None
    county_office: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CampaignRow:
    """One campaign in the list of campaigns."""

    id: int
    name: str
    is_current: bool
    plan: CampaignPlan
    targets: int
    excluded: int


_PLAN_FIELDS = [f.name for f in fields(CampaignPlan)]

_STAGE_REVERSED = {
    "preparation": QT_TRANSLATE_NOOP(
        "UserError", "The preparation stage ends on {end}, before it starts on {start}."
    ),
    "implementation": QT_TRANSLATE_NOOP(
        "UserError", "The implementation stage ends on {end}, before it starts on {start}."
    ),
    "summary": QT_TRANSLATE_NOOP(
        "UserError", "The summary stage ends on {end}, before it starts on {start}."
    ),
}
_STAGE_OVERLAP = {
    ("preparation", "implementation"): QT_TRANSLATE_NOOP(
        "UserError",
        "The implementation stage has a date ({later}) before the end of the preparation "
        "stage ({earlier}). The stages follow each other.",
    ),
    ("implementation", "summary"): QT_TRANSLATE_NOOP(
        "UserError",
        "The summary stage has a date ({later}) before the end of the implementation "
        "stage ({earlier}). The stages follow each other.",
    ),
    ("preparation", "summary"): QT_TRANSLATE_NOOP(
        "UserError",
        "The summary stage has a date ({later}) before the end of the preparation "
        "stage ({earlier}). The stages follow each other.",
    ),
}


# --- validation ---------------------------------------------------------------


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _normalised(plan: CampaignPlan) -> CampaignPlan:
    """The plan with texts stripped (blank texts become None)."""
    texts = {
        name: _clean(getattr(plan, name))
        for name in ("group_leader", "deputy_leaders", "office_in_charge", "county_office")
    }
    notes = plan.notes.strip() if plan.notes and plan.notes.strip() else None
    return replace(plan, name=" ".join((plan.name or "").split()), notes=notes, **texts)


def validate_plan(plan: CampaignPlan, campaign_id: int | None = None) -> CampaignPlan:
    """The plan ready to save, or a ``CampaignError`` saying what is wrong.

    ``campaign_id`` is the campaign being edited (its own name is no clash).
    """
    plan = _normalised(plan)
    if not plan.name:
        raise CampaignError(
            "campaign_name_missing",
            QT_TRANSLATE_NOOP("UserError", "The campaign needs a name."),
            "name",
        )
    if len(plan.name) > _NAME_LIMIT:
        raise CampaignError(
            "campaign_name_too_long",
            QT_TRANSLATE_NOOP("UserError", "The campaign name has more than {limit} characters."),
            "name",
            limit=_NAME_LIMIT,
        )
    for name, limit in _TEXT_LIMITS.items():
        value = getattr(plan, name)
        if value is not None and len(value) > limit:
            raise CampaignError(
                "campaign_text_too_long",
                QT_TRANSLATE_NOOP(
                    "UserError", "{value} is longer than the {limit} characters allowed."
                ),
                name,
                value=value[:20] + "…",
                limit=limit,
            )
    clash = Campaign.select(Campaign.id).where(fn.lower(Campaign.name) == plan.name.lower())
    if campaign_id is not None:
        clash = clash.where(Campaign.id != campaign_id)
    if clash.exists():
        raise CampaignError(
            "campaign_name_taken",
            QT_TRANSLATE_NOOP(
                "UserError", "A campaign named {name} already exists. Choose another name."
            ),
            "name",
            name=plan.name,
        )
    _check_dates(plan)
    return plan


def _check_dates(plan: CampaignPlan) -> None:
    for stage, start_field, end_field in STAGES:
        start, end = getattr(plan, start_field), getattr(plan, end_field)
        if start and end and start > end:
            raise CampaignError(
                "stage_dates_reversed", _STAGE_REVERSED[stage], end_field, start=start, end=end
            )
    known = []  # (stage, [(field, date) ...]) for stages with any date
    for stage, start_field, end_field in STAGES:
        dates = [(f, getattr(plan, f)) for f in (start_field, end_field) if getattr(plan, f)]
        if dates:
            known.append((stage, dates))
    for i, (earlier, earlier_dates) in enumerate(known):
        latest = max(d for _, d in earlier_dates)
        for later, later_dates in known[i + 1 :]:
            field, first = min(later_dates, key=lambda item: item[1])
            if first < latest:
                raise CampaignError(
                    "stages_overlap",
                    _STAGE_OVERLAP[(earlier, later)],
                    field,
                    later=first,
                    earlier=latest,
                )
    if plan.report_deadline and plan.impl_start and plan.report_deadline < plan.impl_start:
        raise CampaignError(
            "deadline_before_implementation",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The report deadline {deadline} is before the implementation stage starts "
                "({start}).",
            ),
            "report_deadline",
            deadline=plan.report_deadline,
            start=plan.impl_start,
        )


# --- reading ------------------------------------------------------------------


def plan_of(campaign: Campaign) -> CampaignPlan:
    """The editable fields of a saved campaign (what the dialog loads)."""
    return CampaignPlan(**{name: getattr(campaign, name) for name in _PLAN_FIELDS})


def get_campaign(campaign: Campaign | int | str | None = None) -> Campaign:
    """A campaign by model, id or name; the current one when None.

    Raises ``CampaignError`` when there is no such campaign.
    """
    if isinstance(campaign, Campaign):
        return campaign
    if campaign is None:
        current = Campaign.get_or_none(Campaign.is_current == True)  # noqa: E712
        no_current = QT_TRANSLATE_NOOP(
            "UserError", "There is no current campaign. Create one or choose one first."
        )
        return found(current, CampaignError, "no_current_campaign", no_current)
    if isinstance(campaign, int):
        row = Campaign.get_or_none(Campaign.id == campaign)
    else:
        row = campaign_by_name(campaign)
    no_campaign = QT_TRANSLATE_NOOP("UserError", "There is no campaign {name}.")
    return found(row, CampaignError, "campaign_not_found", no_campaign, name=campaign)


def campaign_by_name(name: str) -> Campaign | None:
    """The campaign of that name (blanks and letter case ignored), if any."""
    name = " ".join((name or "").split())
    return Campaign.get_or_none(fn.lower(Campaign.name) == name.lower())


def list_campaigns() -> list[CampaignRow]:
    """Every campaign, the current one first, then the newest first."""
    counts: dict[tuple[int, bool], int] = {
        (cid, bool(included)): n
        for cid, included, n in Target.select(Target.campaign, Target.included, fn.COUNT(Target.id))
        .group_by(Target.campaign, Target.included)
        .tuples()
    }
    query = Campaign.select().order_by(
        Campaign.is_current.desc(), Campaign.created_at.desc(), Campaign.id.desc()
    )
    return [
        CampaignRow(
            id=c.id,
            name=c.name,
            is_current=bool(c.is_current),
            plan=plan_of(c),
            targets=counts.get((c.id, True), 0),
            excluded=counts.get((c.id, False), 0),
        )
        for c in query
    ]


# --- writing ------------------------------------------------------------------


def create_campaign(plan: CampaignPlan, make_current: bool = False) -> Campaign:
    """Save a new campaign. The first campaign of the file becomes current."""
    with db.atomic():
        plan = validate_plan(plan)
        current = make_current or not Campaign.select().exists()
        if current:
            _make_current(None)
        campaign = Campaign.create(
            is_current=current, **{name: getattr(plan, name) for name in _PLAN_FIELDS}
        )
    return Campaign.get_by_id(campaign.id)


def update_campaign(campaign: Campaign | int, plan: CampaignPlan) -> Campaign:
    """Save the edited plan of an existing campaign."""
    with db.atomic():
        campaign = get_campaign(campaign)
        plan = validate_plan(plan, campaign.id)
        values = {name: getattr(plan, name) for name in _PLAN_FIELDS}
        if any(getattr(campaign, k) != v for k, v in values.items()):
            Campaign.update(**values).where(Campaign.id == campaign.id).execute()
    return Campaign.get_by_id(campaign.id)


def set_current(campaign: Campaign | int | str) -> Campaign:
    """Make ``campaign`` the current one (and no other)."""
    with db.atomic():
        campaign = get_campaign(campaign)
        _make_current(campaign.id)
    return Campaign.get_by_id(campaign.id)


def _make_current(campaign_id: int | None) -> None:
    """Make ``campaign_id`` (or, with None, no campaign) the current one."""
    # Only rows that change, so the audit shows exactly who lost and who got the flag.
    others = Campaign.is_current == True  # noqa: E712
    if campaign_id is not None:
        others &= Campaign.id != campaign_id
    Campaign.update(is_current=False).where(others).execute()
    if campaign_id is not None:
        Campaign.update(is_current=True).where(
            (Campaign.id == campaign_id) & (Campaign.is_current == False)  # noqa: E712
        ).execute()


def ensure_campaign(name: str) -> tuple[Campaign, bool]:
    """The campaign of that name, created (without dates) if missing; and whether it was."""
    existing = campaign_by_name(name)
    if existing is not None:
        return existing, False
    return create_campaign(CampaignPlan(name=name)), True
