"""The clerk's paragraphs: kept with the campaign in ``setting`` rows, with an audit record."""

from __future__ import annotations

import json
from collections.abc import Mapping

from .. import audit
from ..campaigns import get_campaign
from ..errors import QT_TRANSLATE_NOOP
from ..models import AuditRecord, Campaign, Setting, db
from .contents import ReportText, _fingerprint
from .texts import EDITABLE, MAX_TEXT, ReportError, _settings, _texts


def _key(campaign_id: int, part: str) -> str:
    return f"report.{campaign_id}.{part}"


def report_text(campaign: Campaign | int | str | None = None) -> ReportText:
    """The conclusions and suggestions the clerk saved for ``campaign`` (None: not saved)."""
    campaign = get_campaign(campaign)
    values = _settings(*(_key(campaign.id, part) for part in EDITABLE))
    return ReportText(**{part: values.get(_key(campaign.id, part)) or None for part in EDITABLE})


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    cleaned = "\n".join(lines).strip("\n")
    return cleaned if cleaned.strip() else None


_KEEP = object()


def save_report_text(
    campaign: Campaign | int | str | None,
    conclusions: str | None,
    suggestions: str | None,
    good_examples: str | None | object = _KEEP,
    *,
    drafts: Mapping[str, str] | None = None,
) -> ReportText:
    """Keep the clerk's paragraphs with ``campaign``; an empty one goes back to the draft.

    One transaction, with an audit record per changed paragraph. Raises
    ``ReportError`` (nothing saved) for a paragraph longer than ``MAX_TEXT``.
    """
    campaign = get_campaign(campaign)
    wanted = {"conclusions": _clean(conclusions), "suggestions": _clean(suggestions)}
    if good_examples is not _KEEP:  # left out: the saved good examples stay as they are
        wanted["good_examples"] = _clean(good_examples)  # type: ignore[arg-type]
    for part, value in wanted.items():
        if value is not None and len(value) > MAX_TEXT:
            raise ReportError(
                "report_text_too_long",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "A paragraph of the report is too long ({length} characters; at most {limit}).",
                ),
                part=part,
                length=len(value),
                limit=MAX_TEXT,
            )
    with db.atomic():
        before = report_text(campaign)
        for part, value in wanted.items():
            old = before.get(part)
            key = _key(campaign.id, part)
            if drafts is not None and part in drafts and value is not None:
                # what the figures said when the clerk wrote this: a later change is flagged
                stamp = _fingerprint(drafts[part])
                Setting.insert(key=key + ".draft", value=stamp).on_conflict_replace().execute()
            if old == value:
                continue
            if value is None:
                Setting.delete().where(Setting.key == key).execute()
            else:
                Setting.insert(key=key, value=value).on_conflict_replace().execute()
            AuditRecord.create(
                actor=audit.current_actor(),
                action="delete" if value is None else ("insert" if old is None else "update"),
                table_name="setting",
                row_id=campaign.id,
                before=None if old is None else json.dumps({"key": key, "value": old},
                                                          ensure_ascii=False),
                after=None if value is None else json.dumps({"key": key, "value": value},
                                                            ensure_ascii=False),
                note=json.dumps({"what": "report_text", "part": part}),
            )  # fmt: skip
    return report_text(campaign)


def source_label(code: str | None, texts: Mapping[str, str] | None = None) -> str:
    """The Chinese label of a source level ('来源未注明' for none)."""
    t = _texts(texts)
    return t.get(f"source_level.{code or ''}", code or "")
