"""The screening's criteria: which concluded cases are considered, checked before any query."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from .. import vocabulary
from ..enums import Channel, ExclusionReason, SourceLevel
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..models import (
    Campaign,
    Case,
)

DEFAULT_SOURCES = (SourceLevel.CENTRAL.value, SourceLevel.PROVINCIAL.value)

#: The note of a case excluded because it has no conclusion date (it is not concluded).
NOT_CONCLUDED_NOTE = vocabulary.table("common")["not_concluded"]

#: Flags that exclude a considered case, in the order a reason is chosen.
EXCLUSION_ORDER = (
    ExclusionReason.MANY_PEOPLE.value,
    ExclusionReason.POLICY.value,
    ExclusionReason.REBOUND.value,
    ExclusionReason.SETTLED.value,
)
_FLAG_COLUMNS = {
    "many_people": Case.many_people,
    "policy": Case.policy,
    "rebound": Case.rebound,
    "settled": Case.settled,
}


class ScreeningError(UserError):
    """Criteria or a change by hand that cannot be accepted; nothing was changed."""


# --- criteria ---------------------------------------------------------------------


@dataclass(frozen=True)
class Criteria:
    """The plan's screening criteria. Empty tuples mean "any"."""

    concluded_from: dt.date | None = None
    concluded_to: dt.date | None = None
    sources: tuple[str, ...] = DEFAULT_SOURCES
    channels: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    handling_units: tuple[str, ...] = ()  # unit names
    exclude_many_people: bool = True
    exclude_policy: bool = True
    exclude_rebound: bool = True
    exclude_settled: bool = False
    key_unsettled: bool = True

    @property
    def exclusions(self) -> tuple[str, ...]:
        """The exclusion reasons switched on, in order."""
        return tuple(r for r in EXCLUSION_ORDER if getattr(self, f"exclude_{r}"))

    def to_json(self) -> str:
        data = {
            "concluded_from": self.concluded_from.isoformat() if self.concluded_from else None,
            "concluded_to": self.concluded_to.isoformat() if self.concluded_to else None,
            "sources": list(self.sources),
            "channels": list(self.channels),
            "categories": list(self.categories),
            "handling_units": list(self.handling_units),
            "exclude": list(self.exclusions),
            "key_unsettled": self.key_unsettled,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Criteria:
        """Criteria saved with a campaign; missing keys take the defaults."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()

        def day(key: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(data[key]) if data.get(key) else None
            except (TypeError, ValueError):
                return None

        def texts(key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
            value = data.get(key)
            if not isinstance(value, list):
                return default
            return tuple(str(v) for v in value)

        values: dict[str, Any] = {
            "concluded_from": day("concluded_from"),
            "concluded_to": day("concluded_to"),
            "sources": texts("sources", DEFAULT_SOURCES),
            "channels": texts("channels"),
            "categories": texts("categories"),
            "handling_units": texts("handling_units"),
            "key_unsettled": bool(data.get("key_unsettled", True)),
        }
        if isinstance(data.get("exclude"), list):
            exclude = set(texts("exclude"))
            for reason in EXCLUSION_ORDER:
                values[f"exclude_{reason}"] = reason in exclude
        return cls(**values)


def criteria_of(campaign: Campaign) -> Criteria:
    """The criteria saved with a campaign (the defaults if none were)."""
    return Criteria.from_json(campaign.criteria)


def _validate(criteria: Criteria) -> None:
    if (
        criteria.concluded_from
        and criteria.concluded_to
        and criteria.concluded_from > criteria.concluded_to
    ):
        raise ScreeningError(
            "criteria_dates_reversed",
            QT_TRANSLATE_NOOP(
                "UserError",
                "Concluded from {start} to {end}: the first date is after the second.",
            ),
            start=criteria.concluded_from,
            end=criteria.concluded_to,
        )
    for value in criteria.sources:
        if value not in SourceLevel._value2member_map_:
            raise ScreeningError(
                "criteria_bad_source",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    '"{value}" is not a source level (central, provincial, municipal, '
                    "county, own).",
                ),
                value=value,
            )
    for value in criteria.channels:
        if value not in Channel._value2member_map_:
            raise ScreeningError(
                "criteria_bad_channel",
                QT_TRANSLATE_NOOP(
                    "UserError", '"{value}" is not a channel (letter, visit, online, phone).'
                ),
                value=value,
            )
