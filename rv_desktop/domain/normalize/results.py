"""The result objects every parser returns: the value and its problems."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

T = TypeVar("T")

#: Problem levels. An ``error`` means the value is unusable (``value`` is
#: ``None`` or must not be stored); a ``warning`` means the value is kept but a
#: person should look at it; ``info`` only reports a harmless conversion.
ERROR = "error"
WARNING = "warning"
INFO = "info"

_LEVEL_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth saying) about a value.

    ``code`` is stable and meant for programs and translations; ``message`` is
    a short English sentence; ``fragment`` is the offending piece of input
    when the value held several (a phone cell with one bad number).
    """

    code: str
    message: str
    level: str = ERROR
    fragment: str | None = None


class _HasProblems:
    """Convenience accessors shared by every result type."""

    __slots__ = ()
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """True when no problem is an error (warnings and notes are fine)."""
        return not any(p.level == ERROR for p in self.problems)

    @property
    def problem(self) -> Problem | None:
        """The most severe problem, or None."""
        return self.problems[0] if self.problems else None

    @property
    def code(self) -> str | None:
        """Code of the most severe problem, or None."""
        return self.problems[0].code if self.problems else None

    @property
    def message(self) -> str | None:
        """English message of the most severe problem, or None."""
        return self.problems[0].message if self.problems else None


@dataclass(frozen=True, slots=True)
class Parsed(_HasProblems, Generic[T]):
    """A normalised value and the problems found on the way."""

    value: T | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class IdResult(_HasProblems):
    """Result of :func:`parse_id_number`.

    ``value`` is the 18-character ID (upper-case ``X``) or None. ``birth_date``
    and ``sex`` (``"M"``/``"F"``, from the parity of the 17th digit) are filled
    whenever the number is valid.
    """

    value: str | None = None
    problems: tuple[Problem, ...] = ()
    birth_date: date | None = None
    sex: str | None = None
    converted_from_15: bool = False


@dataclass(frozen=True, slots=True)
class PhonesResult(_HasProblems):
    """Result of :func:`parse_phones`: every usable number, as digits."""

    value: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def phones(self) -> list[str]:
        return list(self.value)


@dataclass(frozen=True, slots=True)
class PetitionerResult(_HasProblems):
    """Result of :func:`parse_petitioner`.

    ``people_count`` is None when the cell says "several people" without a
    number (``张三等人``) or is empty; ``many_people_hint`` is True whenever
    the cell shows more than one person (an explicit count above 1, a list of
    names, or an unnumbered ``等``), which the screening step uses to suggest
    the "many people" (涉众) exclusion.
    """

    name: str | None = None
    people_count: int | None = None
    many_people_hint: bool = False
    problems: tuple[Problem, ...] = ()

    @property
    def value(self) -> str | None:
        return self.name


def _sorted(problems: list[Problem]) -> tuple[Problem, ...]:
    # Most severe first, so ``result.code`` is the one worth showing.
    return tuple(sorted(problems, key=lambda p: _LEVEL_ORDER.get(p.level, 9)))
