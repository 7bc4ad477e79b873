"""What the analysis report holds: its lists and the report itself (plain dataclasses)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from ..left_out import LeftOut
from ..statistics import (
    DayProgress,
    SatisfactionBreakdown,
    Statistics,
    UnitSatisfaction,
)
from .grouping import TextGroup
from .texts import EDITABLE


@dataclass(frozen=True)
class FollowUpLine:
    """One follow-up or rework item of an unsettled case."""

    kind: str
    action: str | None
    assignee: str | None
    due_on: dt.date | None
    closed_on: dt.date | None
    overdue: bool

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class UnsettledCase:
    """A visited target whose latest final record says it is not settled (息诉罢访)."""

    target_id: int
    case_no: str
    petitioner: str
    village: str | None
    handling_unit: str | None
    satisfaction: str | None
    visited_on: dt.date | None
    next_action: str | None
    next_due: dt.date | None
    followups: tuple[FollowUpLine, ...] = ()


@dataclass(frozen=True)
class DifficultyItem:
    """A practical difficulty found on a visit, and the help given.

    ``state``: ``helped`` (help items, all closed), ``in_progress`` (an open
    help item) or ``none`` (no help item was raised).
    """

    target_id: int
    case_no: str
    petitioner: str
    village: str | None
    difficulty: str
    help_given: str | None
    help_by: str | None
    state: str


@dataclass(frozen=True)
class ReportText:
    """The clerk's saved paragraphs (None: not saved, the drafted one is used)."""

    conclusions: str | None = None
    suggestions: str | None = None
    good_examples: str | None = None

    def get(self, part: str) -> str | None:
        return getattr(self, part)


@dataclass(frozen=True)
class AnalysisReport:
    """Everything the analysis report shows (see the module)."""

    campaign: str
    campaign_id: int
    town: str
    office: str
    county_office: str | None
    prep_start: dt.date | None
    summary_end: dt.date | None
    impl_start: dt.date | None
    impl_end: dt.date | None
    report_deadline: dt.date | None
    group_leader: str | None
    office_in_charge: str | None
    today: dt.date
    statistics: Statistics  # by source level, with the total
    breakdown: SatisfactionBreakdown
    units: list[UnitSatisfaction]
    progress: list[DayProgress]
    excluded: dict[str, int]  # exclusion reason → targets
    key_cases: int
    assigned: int
    visitors: int
    reasons: list[TextGroup]
    difficulties: list[TextGroup]
    opinions: list[TextGroup]
    difficulty_items: list[DifficultyItem]  # the first ``limit``
    unsettled: list[UnsettledCase]  # the first ``limit``
    unsettled_count: int
    help_open: int  # difficulties whose help is still open
    dissatisfied_units: list[tuple[str, int]]  # units of the dissatisfied, most first
    left_out: LeftOut  # each list cut to ``limit``
    left_out_counts: dict[str, int]  # the full counts
    limit: int
    paragraphs: dict[str, str] = field(default_factory=dict)  # drafted from the figures
    saved: ReportText = field(default_factory=ReportText)
    with_leader: int = 0  # targets with a responsible leader (包案领导)
    #: candidates for the good examples (宣传好典型): (case_no, category, why)
    examples: list[tuple[str, str, str]] = field(default_factory=list)
    #: the fingerprint of each edited part's draft when the clerk saved the edit
    drafted_at_edit: dict[str, str] = field(default_factory=dict)

    @property
    def total(self):
        return self.statistics.total

    def text(self, part: str) -> str:
        """The paragraph as printed: the clerk's when saved, else the drafted one."""
        if part in EDITABLE and self.saved.get(part):
            return self.saved.get(part) or ""
        return self.paragraphs.get(part, "")

    def edited(self, part: str) -> bool:
        return part in EDITABLE and bool(self.saved.get(part))

    def changed_since_edit(self) -> list[str]:
        """The edited parts whose draft (the figures) changed after the clerk's edit."""
        return [
            part
            for part in EDITABLE
            if self.edited(part)
            and part in self.drafted_at_edit
            and self.drafted_at_edit[part] != _fingerprint(self.paragraphs.get(part, ""))
        ]


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]
