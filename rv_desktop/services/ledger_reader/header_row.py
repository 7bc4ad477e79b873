"""Finding the header row, one or two rows deep."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .files import _header_text, _is_empty
from .headers import _is_header_mapping, guess_mapping
from .words import HEADER_SCAN_ROWS


@dataclass(slots=True)
class _Header:
    top: int  # 0-based index of the first header row
    bottom: int  # 0-based index of the last header row
    headers: list[str]
    mapping: dict[str, int]

    @property
    def score(self) -> int:
        return len(self.mapping)


def _row_headers(row: Sequence[Any]) -> list[str]:
    return [_header_text(v) for v in row]


def _combine(upper: list[str], lower: list[str]) -> list[str]:
    """Two header rows read as one: the lower cell where it has text, else
    the upper (a header merged down both rows keeps its value in the upper
    cell only; a group label over several columns is replaced by the
    column labels under it)."""
    width = max(len(upper), len(lower))
    upper = upper + [""] * (width - len(upper))
    lower = lower + [""] * (width - len(lower))
    return [lo if lo else up for up, lo in zip(upper, lower, strict=True)]


def _find_header(grid: list[list[Any]]) -> _Header | None:
    first = next((i for i, row in enumerate(grid) if any(not _is_empty(v) for v in row)), None)
    if first is None:
        return None
    last = min(len(grid), first + HEADER_SCAN_ROWS)
    singles = [_row_headers(grid[i]) for i in range(first, last)]
    best: _Header | None = None

    def consider(candidate: _Header) -> None:
        nonlocal best
        if not _is_header_mapping(candidate.mapping):
            return
        # Strictly better only: ties keep the earlier, single-row header.
        if best is None or candidate.score > best.score:
            best = candidate

    mappings = [guess_mapping(headers) for headers in singles]
    for offset, headers in enumerate(singles):
        i = first + offset
        consider(_Header(i, i, headers, mappings[offset]))
        if offset + 1 < len(singles):
            combined = _combine(headers, singles[offset + 1])
            mapping = guess_mapping(combined)
            # Two rows only when together they recognise more than either
            # alone: a title above or a data row below never qualifies.
            if len(mapping) > max(len(mappings[offset]), len(mappings[offset + 1])):
                consider(_Header(i, i + 1, combined, mapping))
    if best is None:
        return None
    # Trim the header to its last labelled column: data to the right of it
    # has no name and cannot be mapped.
    width = max((c + 1 for c, h in enumerate(best.headers) if h), default=0)
    best.headers = best.headers[:width]
    return best
