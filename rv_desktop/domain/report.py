"""The analysis report (专题分析): its figures, lists and drafted paragraphs.

``build_report`` gathers what the leaders read about a campaign, from the same
aggregate queries as the feedback statistics (every figure counts targets by
their latest final visit record): the figures by source level, the
satisfaction breakdown, satisfaction by handling unit and progress against
the plan (the charts), the main reasons for dissatisfaction, the practical
difficulties found and helped, the opinions collected, the cases still
unsettled with their follow-ups, and the gaps (the "nobody left out" lists).

**Texts grouped.** Reasons, difficulties and opinions are free text. Texts
that differ only in blanks, width or closing punctuation are one text; each
text goes to the first theme whose keywords it contains (``REASON_THEMES``
...), the rest to "other". A theme's count is the number of targets, and it
keeps its most frequent texts as examples.

**Drafted paragraphs.** ``draft_paragraphs`` writes the six parts of an
official analysis from the figures, in Chinese (the report is a Chinese
document, like the printed forms): background (基本情况), measures (主要做法),
results (回访结果), problems (存在问题), conclusions (综合评价) and
suggestions (下一步工作和意见建议). Sentences about things that did not
happen are left out, never printed as "0 件". The templates are ``TEXTS``;
``texts`` replaces any of them (as ``labels`` does for the statistics
export).

**The clerk's text.** The conclusions and suggestions paragraphs are the
clerk's to edit. ``save_report_text`` keeps them with the campaign in
``setting`` rows (``report.<campaign id>.conclusions`` / ``.suggestions``),
in one transaction with an audit record (the setting table has no audit
triggers); saving an empty paragraph goes back to the drafted one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from peewee import chunked, fn

from . import audit, vocabulary
from .campaigns import get_campaign
from .enums import ExclusionReason, FollowUpKind
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import AuditRecord, Campaign, FollowUp, Setting, Target, TaskVisitor, db
from .statistics import (
    DayProgress,
    SatisfactionBreakdown,
    Statistics,
    UnitSatisfaction,
    _date,
    _latest_sql,
    feedback_statistics,
    progress_by_day,
    satisfaction_by_unit,
)
from .tasks import LeftOut, nobody_left_out

__all__ = [
    "EDITABLE",
    "MAX_TEXT",
    "PARAGRAPHS",
    "TEXTS",
    "AnalysisReport",
    "DifficultyItem",
    "FollowUpLine",
    "ReportError",
    "ReportText",
    "TextGroup",
    "UnsettledCase",
    "build_report",
    "draft_paragraphs",
    "group_texts",
    "report_text",
    "save_report_text",
]

#: The drafted parts of the report, in order.
PARAGRAPHS = ("background", "measures", "results", "problems", "conclusions", "suggestions")
#: The parts the clerk edits and the program keeps with the campaign.
EDITABLE = ("conclusions", "suggestions", "good_examples")
#: The longest paragraph the clerk may save (characters).
MAX_TEXT = 5000

#: The report's words (data/report.toml): templates, themes.
_REPORT = vocabulary.data_file("report.toml")

#: Chinese templates and labels of the report; ``texts`` arguments replace any of them.
TEXTS: dict[str, str] = dict(_REPORT["texts"])


def _themes(name: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return tuple((t["key"], t["label"], tuple(t["keywords"])) for t in _REPORT[name])


#: Themes of the reasons for dissatisfaction: (key of the label in TEXTS, label, keywords).
REASON_THEMES = _themes("reason_themes")
#: Themes of the practical difficulties.
DIFFICULTY_THEMES = _themes("difficulty_themes")
#: Themes of the opinions and suggestions on petition work.
OPINION_THEMES = _themes("opinion_themes")


class ReportError(UserError):
    """The report text cannot be saved as given; nothing was changed."""


# --- grouping free texts --------------------------------------------------------------


@dataclass(frozen=True)
class TextGroup:
    """A theme of free texts: how many targets, and the texts behind it, most frequent
    first (each with its count)."""

    theme: str
    count: int
    texts: tuple[tuple[str, int], ...] = ()


_BLANKS = re.compile(r"\s+")
_END_PUNCT = "。．.，,；;、！!　 "


def _normal(text: str) -> str:
    """The key two texts share when they differ only in width, blanks or final punctuation."""
    key = unicodedata.normalize("NFKC", text)
    key = _BLANKS.sub("", key)
    return key.strip(_END_PUNCT)


def _tidy(text: str) -> str:
    """A text as shown: blanks collapsed, no punctuation at its end."""
    return _BLANKS.sub(" ", text.strip()).rstrip(_END_PUNCT)


def group_texts(
    counted: Iterable[tuple[str | None, int]],
    themes: Sequence[tuple[str, str, Sequence[str]]],
    other: str,
    unstated: str | None = None,
    texts: Mapping[str, str] | None = None,
    examples: int = 3,
) -> list[TextGroup]:
    """Group ``counted`` (text, number of targets) by theme; largest theme first.

    Empty texts go to ``unstated`` (or are dropped when it is None); texts
    matching no theme's keywords go to ``other``. ``texts`` may rename a
    theme by its key. Each group keeps its ``examples`` most frequent texts.
    """
    texts = texts or {}
    merged: dict[str, list] = {}  # normal key → [shown text, count, count of shown form]
    blank = 0
    for text, n in counted:
        if not text or not text.strip():
            blank += n
            continue
        key = _normal(text)
        if not key:
            blank += n
            continue
        entry = merged.setdefault(key, [_tidy(text), 0, 0])
        entry[1] += n
        if n > entry[2]:  # the most frequent spelling names the text
            entry[0], entry[2] = _tidy(text), n
    groups: dict[str, list[tuple[str, int]]] = {}
    order = [texts.get(key, label) for key, label, _words in themes] + [other]
    for key, (shown, n, _best) in merged.items():
        theme = other
        for theme_key, label, words in themes:
            if any(word in key for word in words):
                theme = texts.get(theme_key, label)
                break
        groups.setdefault(theme, []).append((shown, n))
    result = [
        TextGroup(
            theme,
            sum(n for _t, n in items),
            tuple(sorted(items, key=lambda item: (-item[1], item[0]))[:examples]),
        )
        for theme, items in groups.items()
    ]
    if blank and unstated is not None:
        result.append(TextGroup(unstated, blank))

    def rank(group: TextGroup):
        last = group.theme in (other, unstated)
        return (-group.count, last, order.index(group.theme) if group.theme in order else 99)

    result.sort(key=rank)
    return result


# --- the report's lists ---------------------------------------------------------------


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


def _texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    return {**TEXTS, **(texts or {})}


def _settings(*keys: str) -> dict[str, str]:
    return dict(
        Setting.select(Setting.key, Setting.value).where(Setting.key.in_(list(keys))).tuples()
    )


def _counted(campaign_id: int, column: str, condition: str = "1 = 1") -> list[tuple[str, int]]:
    """(text, targets) of a text column of the latest final records, grouped in SQL."""
    sql = (
        f"SELECT l.{column}, COUNT(*) {_latest_sql()} AND l.id IS NOT NULL AND {condition}"
        f" GROUP BY l.{column}"
    )
    return [(text, int(n)) for text, n in db.execute_sql(sql, [campaign_id, True]).fetchall()]


def _help_state(items: int, open_items: int) -> str:
    if not items:
        return "none"
    return "in_progress" if open_items else "helped"


def _help_flags() -> str:
    """Help items per target of the campaign (parameter: the campaign id)."""
    return f"""
    LEFT JOIN (
        SELECT fu.target_id, COUNT(*) AS items,
            SUM(CASE WHEN fu.state = 'open' THEN 1 ELSE 0 END) AS open_items
        FROM follow_up fu JOIN target ft ON ft.id = fu.target_id
        WHERE fu.kind = 'help' AND ft.campaign_id = {db.param} GROUP BY fu.target_id
    ) hf ON hf.target_id = t.id
"""


_PEOPLE = """
    JOIN petitioner p ON p.id = c.petitioner_id
    LEFT JOIN handling_unit h ON h.id = c.handling_unit_id
"""


def _difficulties(campaign_id: int, limit: int) -> tuple[list[DifficultyItem], int]:
    base = _latest_sql(_PEOPLE + _help_flags())
    condition = "AND l.id IS NOT NULL AND TRIM(COALESCE(l.difficulties, '')) <> ''"
    sql = f"""
        SELECT t.id, c.case_no, p.name, p.village, l.difficulties, l.help_given, l.help_by,
            COALESCE(hf.items, 0), COALESCE(hf.open_items, 0)
        {base} {condition}
        ORDER BY c.case_no LIMIT {db.param}
    """
    items = [
        DifficultyItem(
            r[0],
            r[1],
            r[2] or "",
            r[3],
            _tidy(r[4]),
            r[5] or None,
            r[6] or None,
            _help_state(int(r[7]), int(r[8])),
        )  # fmt: skip
        for r in db.execute_sql(sql, [campaign_id, campaign_id, True, limit]).fetchall()
    ]
    open_sql = f"SELECT COUNT(*) {base} {condition} AND COALESCE(hf.open_items, 0) > 0"
    help_open = db.execute_sql(open_sql, [campaign_id, campaign_id, True]).fetchone()[0]
    return items, int(help_open or 0)


def _unsettled(campaign_id: int, limit: int, today: dt.date) -> list[UnsettledCase]:
    sql = f"""
        SELECT t.id, c.case_no, p.name, p.village, h.name, l.satisfaction, l.visited_at,
            l.next_action, l.next_due
        {_latest_sql(_PEOPLE)} AND l.id IS NOT NULL AND COALESCE(l.settled, 0) = 0
        ORDER BY c.case_no LIMIT {db.param}
    """
    rows = db.execute_sql(sql, [campaign_id, True, limit]).fetchall()
    lines: dict[int, list[FollowUpLine]] = {}
    for batch in chunked([r[0] for r in rows], 500):
        query = (
            FollowUp.select()
            .where(FollowUp.target.in_(batch) & (FollowUp.kind != FollowUpKind.HELP.value))
            .order_by(FollowUp.target, FollowUp.id)
        )
        for fu in query:
            due = _date(fu.due_on)
            closed = _date(fu.closed_on) if fu.state == "closed" else None
            lines.setdefault(fu.target_id, []).append(
                FollowUpLine(
                    kind=str(fu.kind),
                    action=fu.action or fu.reason or None,
                    assignee=fu.assignee or (fu.unit.name if fu.unit_id else None),
                    due_on=due,
                    closed_on=closed,
                    overdue=closed is None and due is not None and due < today,
                )
            )
    return [
        UnsettledCase(
            r[0],
            r[1],
            r[2] or "",
            r[3],
            r[4],
            r[5],
            _date(r[6]),
            r[7] or None,
            _date(r[8]),
            tuple(lines.get(r[0], ())),
        )  # fmt: skip
        for r in rows
    ]


def _dissatisfied_units(campaign_id: int) -> list[tuple[str, int]]:
    """Handling units of the dissatisfied targets (latest final record), most first."""
    key = "COALESCE(h.name, '')"
    sql = f"""
        SELECT {key}, COUNT(*) {_latest_sql(_PEOPLE)}
            AND l.satisfaction = 'dissatisfied'
        GROUP BY {key} ORDER BY 2 DESC, 1
    """
    return [(name, int(n)) for name, n in db.execute_sql(sql, [campaign_id, True]).fetchall()]


def _cut(left_out: LeftOut, limit: int) -> LeftOut:
    return LeftOut(**{name: getattr(left_out, name)[:limit] for name in left_out.counts()})


def build_report(
    campaign: Campaign | int | str | None = None,
    today: dt.date | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    limit: int = 100,
) -> AnalysisReport:
    """The analysis report of ``campaign`` (the current one by default).

    ``today`` decides what is overdue and how far progress is known;
    ``limit`` caps each list of cases (the counts stay complete).
    """
    today = today or dt.date.today()
    text = _texts(texts)
    campaign = get_campaign(campaign)
    cid = campaign.id
    stats = feedback_statistics(campaign, "source", today)
    settings = _settings("town_name", "office_name", "county_office")
    excluded = dict(
        Target.select(Target.exclusion_reason, fn.COUNT(Target.id))
        .where((Target.campaign == cid) & (Target.included == False))  # noqa: E712
        .group_by(Target.exclusion_reason)
        .tuples()
    )
    included = (Target.campaign == cid) & (Target.included == True)  # noqa: E712
    key_cases = Target.select().where(included & (Target.key_case == True)).count()  # noqa: E712
    assigned = (
        Target.select()
        .where(included & fn.EXISTS(TaskVisitor.select().where(TaskVisitor.target == Target.id)))
        .count()
    )
    with_leader = Target.select().where(included & Target.responsible_leader.is_null(False)).count()
    visitors = (
        TaskVisitor.select(fn.COUNT(TaskVisitor.staff.distinct()))
        .join(Target)
        .where(included)
        .scalar()
    )
    reasons = group_texts(
        _counted(cid, "dissatisfaction_reason", "l.satisfaction = 'dissatisfied'"),
        REASON_THEMES, text["theme.other"], text["theme.unstated"], text,
    )  # fmt: skip
    difficulties = group_texts(
        _counted(cid, "difficulties"), DIFFICULTY_THEMES, text["theme.other"], None, text
    )
    opinions = group_texts(
        _counted(cid, "opinions"), OPINION_THEMES, text["theme.other"], None, text
    )
    difficulty_items, help_open = _difficulties(cid, limit)
    left_out = nobody_left_out(campaign, today)
    report = AnalysisReport(
        campaign=campaign.name,
        campaign_id=cid,
        town=settings.get("town_name") or "",
        office=settings.get("office_name") or "",
        county_office=campaign.county_office or settings.get("county_office"),
        prep_start=_date(campaign.prep_start),
        summary_end=_date(campaign.summary_end),
        impl_start=_date(campaign.impl_start),
        impl_end=_date(campaign.impl_end),
        report_deadline=_date(campaign.report_deadline),
        group_leader=campaign.group_leader or None,
        office_in_charge=campaign.office_in_charge or None,
        today=today,
        statistics=stats,
        # the same counts as satisfaction_breakdown, already in the total: no second query
        breakdown=SatisfactionBreakdown(
            stats.total.targets,
            stats.total.visited,
            stats.total.satisfied,
            stats.total.basically_satisfied,
            stats.total.dissatisfied,
            stats.total.not_reached,
        ),  # fmt: skip
        units=satisfaction_by_unit(campaign),
        progress=progress_by_day(campaign, today),
        excluded={str(k): int(n) for k, n in excluded.items() if k},
        key_cases=key_cases,
        assigned=assigned,
        visitors=int(visitors or 0),
        reasons=reasons,
        difficulties=difficulties,
        opinions=opinions,
        difficulty_items=difficulty_items,
        unsettled=_unsettled(cid, limit, today),
        unsettled_count=stats.total.visited - stats.total.settled,
        help_open=help_open,
        dissatisfied_units=_dissatisfied_units(cid),
        left_out=_cut(left_out, limit),
        left_out_counts=left_out.counts(),
        limit=limit,
        saved=report_text(campaign),
        with_leader=with_leader,
        examples=good_example_candidates(cid),
        drafted_at_edit={
            part: value
            for part in EDITABLE
            if (value := _settings(_key(cid, part) + ".draft").get(_key(cid, part) + ".draft"))
        },
    )
    return replace(report, paragraphs=draft_paragraphs(report, texts))


def good_example_candidates(campaign_id: int, limit: int = 5) -> list[tuple[str, str, str]]:
    """Cases the good examples may be chosen from ("publicize good examples"):
    re-visits that ended satisfied and settled, then difficulties helped to the end.
    ``(case_no, category, why)`` with ``why`` ``revisit`` or ``helped``."""
    sql = f"""
        SELECT c.case_no, COALESCE(c.category, ''),
               CASE WHEN l.visit_no > 1 THEN 'revisit' ELSE 'helped' END
        {_latest_sql()}
            AND l.satisfaction IN ('satisfied', 'basically_satisfied') AND l.settled = {{p}}
            AND (l.visit_no > 1 OR (TRIM(COALESCE(l.difficulties, '')) <> ''
                 AND EXISTS (SELECT 1 FROM follow_up h WHERE h.target_id = t.id
                             AND h.kind = 'help')
                 AND NOT EXISTS (SELECT 1 FROM follow_up h WHERE h.target_id = t.id
                                 AND h.kind = 'help' AND h.state = 'open')))
        ORDER BY l.visit_no DESC, c.case_no LIMIT {int(limit)}
    """.replace("{p}", db.param)
    return [tuple(r) for r in db.execute_sql(sql, [campaign_id, True, True]).fetchall()]


# --- drafting -----------------------------------------------------------------------


def format_date(day: dt.date | None, texts: Mapping[str, str] | None = None) -> str:
    """2026年11月28日 ('' for None)."""
    if day is None:
        return ""
    return _texts(texts)["date"].format(y=day.year, m=day.month, d=day.day)


def format_rate(rate: float | None, texts: Mapping[str, str] | None = None) -> str:
    """92.3% (one decimal), "—" when there is no rate."""
    return _texts(texts)["rate_none"] if rate is None else f"{rate * 100:.1f}%"


def _numbered(items: list[str], text: Mapping[str, str], sep: str = "") -> str:
    """一是……。二是……。 (one item: as it is), joined by ``sep``."""
    if len(items) == 1:
        return items[0]
    marks = text["numbered"].split("|")
    return sep.join(f"{marks[i] if i < len(marks) else ''}{item}" for i, item in enumerate(items))


def draft_paragraphs(
    report: AnalysisReport, texts: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The six parts of the analysis (``PARAGRAPHS``), drafted from the figures.

    Paragraphs of several points put each on its own line (``\\n``).
    """
    t = _texts(texts)
    total = report.total
    sep = t["list_sep"]

    def rate(value: float | None) -> str:
        return format_rate(value, t)

    # 基本情况
    basis = (
        t["background.basis"].format(county_office=report.county_office)
        if report.county_office
        else t["background.basis_none"]
    )
    period = ""
    if report.prep_start and report.summary_end:
        span = t["period"].format(
            start=format_date(report.prep_start, t), end=format_date(report.summary_end, t)
        )
        period = t["background.period"].format(period=span)
    background = t["background.open"].format(
        basis=basis, town=report.town, period=period, campaign=report.campaign
    )
    if report.group_leader:
        background += t["background.group"].format(
            leader=report.group_leader, office=report.office_in_charge or report.office
        )
    else:
        background += t["background.group_no_leader"]
    sources = sep.join(
        t.get(f"source_level.{row.key}", row.key or "")
        + t["count"].format(n=row.targets)
        for row in report.statistics.rows
        if row.targets
    )  # fmt: skip
    background += t["background.targets"].format(targets=total.targets, sources=sources or "—")
    if report.key_cases:
        background += t["background.key"].format(key=report.key_cases)
    if report.excluded:
        order = [r.value for r in ExclusionReason]
        reasons = sep.join(
            t.get(f"exclusion.{k}", k)
            for k in sorted(report.excluded, key=lambda k: order.index(k) if k in order else 99)
        )
        background += t["background.excluded"].format(
            excluded=sum(report.excluded.values()), reasons=reasons
        )
    background += t["background.end"]

    # 主要做法
    methods = sep.join(
        t[f"method.{m}"].format(n=getattr(total, m))
        for m in ("home_visit", "phone", "former_residence", "other_method")
        if getattr(total, m)
    )
    # "逐案明确包案领导" only when every target has one; otherwise the number without
    every = total.targets and report.with_leader == total.targets
    points = [
        t["measures.assign" if every else "measures.assign_partly"].format(
            assigned=report.assigned, visitors=report.visitors, with_leader=report.with_leader
        ),
        t["measures.forms"].format(methods=methods or t["method.default"], visited=total.visited)
        + (
            t["measures.proxy"].format(proxy=total.proxy_relative + total.proxy_committee)
            if total.proxy_relative + total.proxy_committee
            else ""
        ),
        t["measures.follow"].format(
            rework=(
                t["measures.rework"].format(sent=total.rework_sent, closed=total.rework_closed)
                if total.rework_sent
                else t["measures.rework_none"]
            ),
            help=(
                t["measures.help"].format(
                    found=total.difficulties_found, helped=total.difficulties_helped
                )
                if total.difficulties_found
                else t["measures.help_none"]
            ),
        ),
    ]
    measures = _numbered(points, t)

    # 回访结果
    today = format_date(report.today, t)
    if not total.visited:
        results = t["results.none"].format(today=today, targets=total.targets)
    else:
        b = report.breakdown
        breakdown = sep.join(
            t[f"satisfaction.{code}"] + t["count"].format(n=n) for code, n in b.slices() if n
        )
        results = t["results.overall"].format(
            today=today, targets=total.targets, visited=total.visited,
            visit_rate=rate(total.visit_rate), breakdown=breakdown,
            satisfaction_rate=rate(total.satisfaction_rate),
        )  # fmt: skip
        partly = (
            t["results.partly"].format(n=total.demands_solved_partly)
            if total.demands_solved_partly
            else ""
        )
        results += t["results.findings"].format(
            reasonable=total.conclusion_reasonable_yes, solved=total.demands_solved_yes,
            partly=partly, settled=total.settled,
            settled_rate=rate(total.settled / total.visited),
        )  # fmt: skip
        by_source = [
            t["results.source"].format(
                source=t.get(f"source_level.{row.key}", row.key or ""),
                rate=rate(row.satisfaction_rate),
            )
            for row in report.statistics.rows
            if row.visited
        ]
        if len(by_source) > 1:
            results += t["results.sources"].format(sources="，".join(by_source))
        ranked = sorted(
            (u for u in report.units if u.visited and u.unit),
            key=lambda u: (-(u.satisfaction_rate or 0), -u.visited, u.unit),
        )
        if len(ranked) >= 2:
            n = min(2, len(ranked) // 2)

            def names(units: Iterable[UnitSatisfaction]) -> str:
                return sep.join(
                    t["results.unit"].format(unit=u.unit, rate=rate(u.satisfaction_rate))
                    for u in units
                )

            results += t["results.units"].format(
                best=names(ranked[:n]), worst=names(reversed(ranked[-n:]))
            )
        if total.opinions_collected or total.difficulties_found:
            results += t["results.collected"].format(
                opinions=total.opinions_collected, difficulties=total.difficulties_found
            )

    # 存在问题
    points = []
    if total.dissatisfied:
        named = [g for g in report.reasons if g.theme != t["theme.unstated"]][:3]
        reasons = sep.join(
            t["problems.reason"].format(theme=g.theme, n=g.count) for g in named
        ) or t["theme.unstated"]  # fmt: skip
        points.append(t["problems.dissatisfied"].format(n=total.dissatisfied, reasons=reasons))
    if report.unsettled_count:
        overdue_items = report.left_out_counts.get("followups_overdue", 0)
        if total.followups_open and overdue_items:  # the items of annex 2, counted alike
            followups = t["problems.followups"].format(
                open=total.followups_open, overdue=overdue_items
            )
        elif total.followups_open:
            followups = t["problems.followups_no_overdue"].format(open=total.followups_open)
        else:
            followups = t["problems.followups_none"]
        points.append(t["problems.unsettled"].format(n=report.unsettled_count, followups=followups))
    gaps = sep.join(
        t[f"gap.{name}"].format(n=n)
        for name, n in report.left_out_counts.items()
        if n and name != "followups_overdue"
    )
    if gaps:
        points.append(t["problems.gaps"].format(gaps=gaps))
    if report.help_open:
        points.append(t["problems.help_open"].format(n=report.help_open))
    if total.not_reached:
        points.append(t["problems.not_reached"].format(n=total.not_reached))
    problems = _numbered(points, t) if points else t["problems.none"]

    # 综合评价
    if not total.visited:
        conclusions = t["conclusions.none"]
    else:
        sat = total.satisfaction_rate or 0.0
        judgement = t[
            "judgement.high"
            if sat >= 0.9
            else "judgement.middle"
            if sat >= 0.8
            else "judgement.low"
        ]
        effects = [
            t[f"effect.{name}"].format(n=n)
            for name, n in (
                ("settled", total.settled),
                ("helped", total.difficulties_helped),
                ("opinions", total.opinions_collected),
            )
            if n
        ]
        conclusions = t["conclusions.text" if praised(report) else "conclusions.plain"].format(
            visit_rate=rate(total.visit_rate),
            satisfaction_rate=rate(total.satisfaction_rate),
            judgement=judgement,
            effects=t["conclusions.effects"].format(effects="，".join(effects)) if effects else "",
        )

    # 下一步工作和意见建议
    points = []
    if total.dissatisfied:
        units = sep.join(name for name, _n in report.dissatisfied_units[:3] if name)
        template = "suggestions.rework" if units else "suggestions.rework_no_unit"
        points.append(t[template].format(n=total.dissatisfied, units=units))
    if report.unsettled_count:
        points.append(t["suggestions.unsettled"].format(n=report.unsettled_count))
    missing = (
        report.left_out_counts.get("no_assignment", 0)
        + report.left_out_counts.get("not_visited", 0)
        + report.left_out_counts.get("no_final_form", 0)
    )
    if missing:
        deadline = (
            t["suggestions.deadline"].format(date=format_date(report.report_deadline, t))
            if report.report_deadline and report.report_deadline >= report.today
            else t["suggestions.deadline_none"]
        )
        points.append(t["suggestions.gaps"].format(n=missing, deadline=deadline))
    if report.help_open:
        points.append(t["suggestions.help"].format(n=report.help_open))
    if total.opinions_collected:
        points.append(t["suggestions.opinions"].format(n=total.opinions_collected))
    points.append(t["suggestions.routine"])
    suggestions = _numbered(points, t, "\n")
    # 典型经验: the plan's summary stage, "publicize good examples"; the clerk chooses
    if report.examples:
        lines = [
            t[f"examples.{why}"].format(case_no=no, category=category or t["theme.other"])
            for no, category, why in report.examples
        ]
        good_examples = t["examples.intro"] + "\n" + _numbered(lines, t, "\n")
    else:
        good_examples = t["examples.none"]
    return {
        "background": background,
        "measures": measures,
        "results": results,
        "problems": problems,
        "conclusions": conclusions,
        "suggestions": suggestions,
        "good_examples": good_examples,
    }


#: "组织有力、推进有序" is written only when the campaign earns it (docs/report.md):
#: visit rate and satisfaction rate at least these, and nobody left out.
PRAISE_VISIT_RATE = 0.9
PRAISE_SATISFACTION_RATE = 0.9


def praised(report: AnalysisReport) -> bool:
    """The figures earn "组织有力、推进有序" (thresholds in docs/report.md)."""
    total = report.total
    gaps = sum(
        report.left_out_counts.get(name, 0)
        for name in ("no_assignment", "no_leader", "not_visited", "followup_nothing_open")
    )
    return (
        (total.visit_rate or 0.0) >= PRAISE_VISIT_RATE
        and (total.satisfaction_rate or 0.0) >= PRAISE_SATISFACTION_RATE
        and gaps == 0
    )


# --- the clerk's paragraphs ----------------------------------------------------------


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


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


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
