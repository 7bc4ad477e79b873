"""Header matching: which field a header text means."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .words import _QUALIFIER_PREFIXES, _WORDS, FIELDS, KEY_FIELDS, MAX_HEADER_CONTAINS_LEN

_REQUIRED_MARK_RE = re.compile(_WORDS["header"]["required_mark"])
_STRIP_CHARS_RE = re.compile(r"[\s()\[\]【】<>《》{}\"'“”‘’:：*※]+")


@lru_cache(maxsize=4096)
def _normalize_header_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _REQUIRED_MARK_RE.sub("", text)
    # Parentheses are dropped, not their content: 村(社区), 村（社区） and
    # 村社区 are one header; so are blanks, line breaks and required marks.
    return _STRIP_CHARS_RE.sub("", text).lower()


def normalize_header(value: Any) -> str:
    """Canonical form of a header cell for matching and signatures: NFKC
    (full-width to half-width), no blanks or line breaks, no parentheses or
    quotes, no ``*``/``＊`` or ``(必填)`` marks, lower case."""
    if value is None:
        return ""
    if not isinstance(value, str):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        value = str(value)
    return _normalize_header_text(value)


def _synonym_index(
    fields: dict[str, list[str]],
) -> tuple[dict[str, str], list[tuple[str, str, int]]]:
    exact: dict[str, str] = {}
    contained: list[tuple[str, str, int]] = []
    for order, (key, synonyms) in enumerate(fields.items()):
        for synonym in synonyms:
            norm = _normalize_header_text(synonym)
            if norm and norm not in exact:
                exact[norm] = key
                contained.append((norm, key, order))
    # Longest first, so the first hit in a scan is the longest one.
    contained.sort(key=lambda item: (-len(item[0]), item[2]))
    return exact, contained


_DEFAULT_INDEX = _synonym_index(FIELDS)


def _match(
    norm: str, index: tuple[dict[str, str], list[tuple[str, str, int]]]
) -> tuple[str, tuple[int, int, int]] | None:
    """Best field for a normalised header and a score to compare columns:
    (exact?, length of the synonym, synonym at the end?)."""
    if not norm:
        return None
    exact, contained = index
    key = exact.get(norm)
    if key:
        return key, (2, len(norm), 1)
    if len(norm) > MAX_HEADER_CONTAINS_LEN:
        return None
    for prefix in _QUALIFIER_PREFIXES:
        if norm.startswith(prefix) and len(norm) > len(prefix):
            rest = norm[len(prefix) :]
            key = exact.get(rest)
            if key:
                return key, (2, len(rest), 1)
            hit = _contained(rest, contained)
            if hit:
                return hit
    return _contained(norm, contained)


def _contained(
    norm: str, contained: list[tuple[str, str, int]]
) -> tuple[str, tuple[int, int, int]] | None:
    best: tuple[str, tuple[int, int, int]] | None = None
    for synonym, key, _order in contained:
        if best is not None and len(synonym) < best[1][1]:
            break  # sorted by length: nothing longer is left
        if synonym in norm:
            # Chinese headers put the head noun last: in 诉求人数 the count
            # is meant, so among equally long synonyms the final one wins.
            score = (1, len(synonym), 1 if norm.endswith(synonym) else 0)
            if best is None or score > best[1]:
                best = (key, score)
    return best


def match_header(value: Any, fields: dict[str, list[str]] | None = None) -> str | None:
    """The field key a single header cell means, or None."""
    index = _DEFAULT_INDEX if fields is None else _synonym_index(fields)
    hit = _match(normalize_header(value), index)
    return hit[0] if hit else None


def guess_mapping(
    headers: Sequence[Any], fields: dict[str, list[str]] | None = None
) -> dict[str, int]:
    """Field key → 0-based column index, guessed from header texts.

    Each column gets its best field (an exact synonym beats a contained one,
    a longer synonym beats a shorter one); when two columns want the same
    field the better match wins, then the leftmost. Unrecognised columns are
    left out. The result is in ``FIELDS`` order.
    """
    index = _DEFAULT_INDEX if fields is None else _synonym_index(fields)
    order = list((fields or FIELDS).keys())
    candidates = []
    for col, header in enumerate(headers):
        hit = _match(normalize_header(header), index)
        if hit:
            candidates.append((hit[1], -col, hit[0]))
    candidates.sort(reverse=True)
    mapping: dict[str, int] = {}
    for _score, neg_col, key in candidates:
        if key not in mapping:
            mapping[key] = -neg_col
    return {key: mapping[key] for key in order if key in mapping}


def _is_header_mapping(mapping: dict[str, int]) -> bool:
    return len(mapping) >= 2 and any(key in mapping for key in KEY_FIELDS)
