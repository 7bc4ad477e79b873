"""The campaign plan (实施方案) as a document: the seed plan's headings, filled from the campaign.

``plan_document(campaign)`` gives the plan's title and its blocks (headings,
stage headings, numbered items, paragraphs, the signature lines) in the
order of the town's own plan: 指导思想, 工作目标, 组织领导, 活动时间和方法步骤
(the three stages with their dates; 回访对象 with the screening criteria and
exclusions, 回访内容 with the five points, 回访方式 inside the implementation
stage), 工作要求, and the report deadline in the summary stage. The standard
texts are in ``data/plan.toml``; the facts come from the campaign (dates,
leading group, county office, notes), its screening criteria, its targets
counted by source level, and the office's names. Unknown dates and names
print as blanks to fill in by hand (____年__月__日).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import fn

from . import vocabulary
from .campaigns import get_campaign
from .models import Campaign, Case, Target
from .office import office_names
from .screening import criteria_of

__all__ = ["BLOCK_KINDS", "PlanBlock", "PlanDocument", "plan_document", "plan_problems"]

BLOCK_KINDS = ("heading", "subheading", "item", "para", "notes", "signature")


@dataclass(frozen=True)
class PlanBlock:
    kind: str  # one of BLOCK_KINDS
    text: str


@dataclass(frozen=True)
class PlanDocument:
    title: str
    blocks: tuple[PlanBlock, ...]

    @property
    def text(self) -> str:
        return "\n".join([self.title, *(b.text for b in self.blocks)])


def _plan_data() -> dict[str, Any]:
    return vocabulary.data_file("plan.toml")


def plan_problems(data: dict[str, Any] | None = None) -> list[str]:
    """What is wrong with data/plan.toml's shape; [] when sound (see its header)."""
    data = _plan_data() if data is None else data
    out = []
    if not isinstance(data.get("title"), str):
        out.append("title: missing")
    for i, block in enumerate(data.get("block", [])):
        if block.get("kind") not in BLOCK_KINDS:
            out.append(f"block {i + 1}: kind must be one of {BLOCK_KINDS}")
        if not isinstance(block.get("zh"), str) or not block["zh"].strip():
            out.append(f"block {i + 1}: zh text missing")
        if set(block) - {"kind", "zh", "when"}:
            out.append(f"block {i + 1}: unknown keys {sorted(set(block) - {'kind', 'zh', 'when'})}")
    if not data.get("block"):
        out.append("block: none")
    if not isinstance(data.get("words"), dict):
        out.append("words: missing")
    return out


def _counts(campaign: Campaign) -> dict[str, int]:
    return dict(
        Target.select(Case.source_level, fn.COUNT(Target.id))
        .join(Case)
        .where((Target.campaign == campaign) & (Target.included == True))  # noqa: E712
        .group_by(Case.source_level)
        .tuples()
    )


def _period(criteria, words: dict, day: Callable[[dt.date | None], str]) -> str:
    """The conclusion dates the screening took in, as the plan words them ('' for all)."""
    if criteria.concluded_from and criteria.concluded_to:
        return words["period_between"].format(
            start=day(criteria.concluded_from), end=day(criteria.concluded_to)
        )
    elif criteria.concluded_from:
        return words["period_from"].format(start=day(criteria.concluded_from))
    elif criteria.concluded_to:
        return words["period_to"].format(end=day(criteria.concluded_to))
    return ""


def _stage_days(campaign: Campaign, day: Callable[[dt.date | None], str]) -> dict[str, str]:
    """The campaign's stage dates as the plan words them."""
    return {
        "start": day(campaign.prep_start),
        "end": day(campaign.summary_end),
        "prep_start": day(campaign.prep_start),
        "prep_end": day(campaign.prep_end),
        "impl_start": day(campaign.impl_start),
        "impl_end": day(campaign.impl_end),
        "summary_start": day(campaign.summary_start),
        "summary_end": day(campaign.summary_end),
        "report_deadline": day(campaign.report_deadline),
    }


def _facts(campaign: Campaign, today: dt.date) -> dict[str, str]:
    words = _plan_data()["words"]
    sep = words["separator"]

    def day(d: dt.date | None) -> str:
        return vocabulary.day_text(d) if d else words["unknown_date"]

    def name(text: str | None) -> str:
        return (text or "").strip() or words["unknown_name"]

    names = office_names()
    town = names.town
    suffixes = words["town_suffixes"]
    town_short = next((s for s in suffixes if town.endswith(s)), suffixes[0])
    criteria = criteria_of(campaign)
    order = [code for code, _label in vocabulary.choices("source_level")]
    sources = [s for s in order if s in criteria.sources] if criteria.sources else []
    reasons = [vocabulary.label("exclusion_reason", r) for r in criteria.exclusions]
    counts = _counts(campaign)
    parts = [
        words["count"].format(label=vocabulary.label("source_level", code), count=counts[code])
        for code in order
        if counts.get(code)
    ]
    return {
        "town": town,
        "town_short": town_short,
        "campaign": campaign.name,
        "office": names.office or town,
        "date": vocabulary.day_text(today),
        "group_leader": name(campaign.group_leader),
        "deputy_leaders": name(campaign.deputy_leaders),
        "office_in_charge": name(campaign.office_in_charge or names.office),
        "county_office": campaign.county_office
        or vocabulary.table("common")["county_office.default"],
        **_stage_days(campaign, day),
        "period": _period(criteria, words, day),
        "sources": words["sources"].format(
            labels=sep.join(vocabulary.label("source_level", s) for s in sources)
        )
        if sources
        else "",
        "exclusion_clause": words["exclusion_clause"].format(reasons=sep.join(reasons))
        if reasons
        else "",
        "total": str(sum(counts.values())),
        "counts_clause": words["counts_clause"].format(counts=sep.join(parts)) if parts else "",
        "notes": words["notes"].format(notes=campaign.notes.strip()) if campaign.notes else "",
    }


def plan_document(
    campaign: Campaign | int | str | None = None,
    today: dt.date | None = None,
    *,
    saved: bool = True,
) -> PlanDocument:
    """The plan of ``campaign`` (the current one by default): the text the clerk
    saved (``plan_text``) when ``saved`` and there is one, else filled in afresh."""
    campaign = get_campaign(campaign)
    if saved:
        from .plan_text import document_from_text, saved_plan_text

        text = saved_plan_text(campaign)
        if text:
            return document_from_text(text)
    data = _plan_data()
    facts = _facts(campaign, today or dt.date.today())
    blocks = []
    for block in data["block"]:
        if block.get("when") and not facts.get(block["when"]):
            continue
        blocks.append(PlanBlock(block["kind"], block["zh"].format(**facts)))
    return PlanDocument(data["title"].format(**facts), tuple(blocks))
