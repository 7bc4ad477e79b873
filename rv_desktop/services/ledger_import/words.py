"""Recognising the words ledgers use: source levels, channels, villages (data/ledger.toml)."""

from __future__ import annotations

import re

from ...domain import vocabulary
from ...domain.enums import Channel, SourceLevel

_WORDS = vocabulary.data_file("ledger.toml")  # data/ledger.toml
_SOURCE_WORDS = [
    (SourceLevel(code), tuple(words)) for code, words in _WORDS["values"]["source_level"].items()
]
_SOURCE_CODES = {s.value: s for s in SourceLevel}

_CHANNEL_WORDS = [
    (Channel(code), tuple(words)) for code, words in _WORDS["values"]["channel"].items()
]


def recognise_source(text: str | None) -> SourceLevel | None:
    if not text:
        return None
    if text.lower() in _SOURCE_CODES:
        return _SOURCE_CODES[text.lower()]
    for level, words in _SOURCE_WORDS:
        if any(w in text for w in words):
            return level
    return None


def recognise_channel(text: str | None) -> Channel | None:
    if not text:
        return None
    lowered = text.lower()
    for channel in Channel:
        if lowered == channel.value:
            return channel
    for channel, words in _CHANNEL_WORDS:
        if any(w in text for w in words):
            return channel
    return None


_VILLAGE_RE = re.compile(_WORDS["address"]["village"])
_TOWN_SPLIT_RE = re.compile(_WORDS["address"]["town_split"])


def village_from_address(address: str | None) -> str | None:
    """石桥村 out of 某某县青山镇石桥村三组12号 (the last 村/社区 named)."""
    if not address:
        return None
    after_town = _TOWN_SPLIT_RE.split(address, maxsplit=1)[-1]
    found = _VILLAGE_RE.findall(after_town)
    return found[0] if found else None
