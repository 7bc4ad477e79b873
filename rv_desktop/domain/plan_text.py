"""The campaign plan as text the clerk edits before printing, kept with the campaign.

The plan drafted from the campaign (``plan.plan_document``) is shown as plain
text: the title on the first line, then one line per heading, stage, item or
paragraph, the office and the date at the end. The clerk changes it (a county
wants another sentence, a name is added) and saves it: ``save_plan_text``
keeps it in the ``setting`` table under ``plan.<campaign id>.text`` in one
transaction with an audit record; saving the draft unchanged, or nothing,
goes back to the draft, which follows the campaign as it changes.
``document_from_text`` reads the kinds of lines back (patterns in
data/plan.toml ``[edit]``), so the edited plan prints in the same layout.
"""

from __future__ import annotations

import re

from . import vocabulary
from .audit import log_action
from .campaigns import get_campaign
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import Campaign, Setting, db
from .plan import PlanBlock, PlanDocument

__all__ = ["MAX_TEXT", "document_from_text", "plan_as_text", "saved_plan_text", "save_plan_text"]

MAX_TEXT = 30_000


class PlanTextError(UserError):
    """The edited plan cannot be saved; nothing was changed."""


def _key(campaign_id: int) -> str:
    return f"plan.{campaign_id}.text"


def plan_as_text(document: PlanDocument) -> str:
    """The plan as the clerk edits it: the title, then one line per block, a blank
    line between blocks (easier to read; blank lines do not print)."""
    body = [b.text for b in document.blocks if b.kind != "signature"]
    signature = "\n".join(b.text for b in document.blocks if b.kind == "signature")
    return "\n\n".join([document.title, *body, signature])


def document_from_text(text: str) -> PlanDocument:
    """The edited text as a document: kinds of lines recognised, blank lines dropped."""
    rules = vocabulary.data_file("plan.toml")["edit"]
    patterns = [(kind, re.compile(rules[kind])) for kind in ("heading", "subheading", "item")]
    sentence_end = re.compile(rules["sentence_end"])
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return PlanDocument("", ())
    title, rest = lines[0], lines[1:]
    signature = 0  # short lines at the end, no sentence in them: office, date
    while (
        signature < min(2, len(rest))
        and len(rest[-1 - signature]) <= rules["signature_max"]
        and not sentence_end.search(rest[-1 - signature])
    ):
        signature += 1
    blocks = []
    for i, line in enumerate(rest):
        if i >= len(rest) - signature:
            kind = "signature"
        else:
            kind = next((k for k, pattern in patterns if pattern.match(line)), "para")
        blocks.append(PlanBlock(kind, line))
    return PlanDocument(title, tuple(blocks))


def saved_plan_text(campaign: Campaign | int | str | None = None) -> str | None:
    """The plan the clerk saved for ``campaign``; None when it follows the draft."""
    campaign = get_campaign(campaign)
    row = Setting.get_or_none(Setting.key == _key(campaign.id))
    return row.value if row is not None and row.value else None


def save_plan_text(campaign: Campaign | int | str | None, text: str | None) -> str | None:
    """Keep the edited plan with ``campaign`` (None or the draft itself: back to the
    draft). One transaction with an audit record; ``PlanTextError`` if too long."""
    from .plan import plan_document

    campaign = get_campaign(campaign)
    cleaned = "\n".join(line.rstrip() for line in (text or "").splitlines()).strip()
    if len(cleaned) > MAX_TEXT:
        raise PlanTextError(
            "plan_text_too_long",
            QT_TRANSLATE_NOOP(
                "UserError", "The plan is too long ({length} characters; at most {limit})."
            ),
            length=len(cleaned),
            limit=MAX_TEXT,
        )
    draft = plan_as_text(plan_document(campaign, saved=False)).strip()
    value = cleaned if cleaned and cleaned != draft else None
    with db.atomic():
        key = _key(campaign.id)
        if value is None:
            Setting.delete().where(Setting.key == key).execute()
        else:
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
        log_action("settings", "campaign", campaign.id, {"what": "plan_text", "saved": bool(value)})
    return value
