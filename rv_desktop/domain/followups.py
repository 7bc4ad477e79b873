"""The follow-ups of a campaign: rework, help and follow-up items, tracked until closed.

Finalising a visit record raises the items (``visits.finalise``): a *rework
item* (督办整改) for the handling unit, a *help item* (帮扶事项), a *follow-up
visit* (跟踪回访). This module lists them for the whole campaign, so the clerk
sees at any time what is still open, what is past its due date and what was
closed with which result; closing one is ``visits.close_followup`` (its rules:
a result, a date not in the future nor before the visit that raised it).

- ``followup_items`` is one query (items joined with their task, case,
  petitioner and unit), filtered by kind and state, **overdue first**, then
  open ones, then closed ones, each by due date (items without a date last).
- ``followup_counts`` is one aggregate query: open, overdue and closed items
  per kind, for a header line.

An item is *overdue* when it is open and its due date is before ``today``
(the same rule as the statistics and the "nobody left out" panel). Rows carry
the petitioner's full name: lists mask it (``normalize.mask_name``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .campaigns import get_campaign
from .enums import FollowUpKind, FollowUpState, TaskStatus
from .errors import QT_TRANSLATE_NOOP, UserError
from .models import Campaign, FollowUp, Target, VisitRecord, db
from .rows import as_date, json_of, rows_as

__all__ = [
    "STATES",
    "FollowUpCounts",
    "FollowUpItem",
    "FollowUpRow",
    "close_followup",
    "followup_list",
    "followup_counts",
    "followup_items",
]

#: The state filter's codes: open (overdue included), overdue only, closed.
STATES = ("open", "overdue", "closed")


@dataclass(frozen=True)
class FollowUpItem:
    """One rework, help or follow-up item of a campaign, with its case."""

    id: int
    kind: str  # follow_up / rework / help
    target_id: int
    visit_id: int | None
    case_id: int
    case_no: str
    petitioner: str  # the full name: mask it in lists
    village: str | None
    unit: str | None  # the item's unit (a rework item's), else the case's handling unit
    assignee: str | None
    reason: str | None
    action: str | None
    due_on: dt.date | None
    state: str  # open / closed
    overdue: bool
    closed_on: dt.date | None
    result: str | None

    def as_json(self) -> dict[str, Any]:
        """The object ``rv-desktop followups --json`` prints (a public interface)."""
        return json_of(
            self,
            "id kind case_no unit assignee reason action due_on state overdue closed_on result",
        )


@dataclass(frozen=True)
class FollowUpCounts:
    """Items per kind: ``open`` (overdue included), ``overdue`` and ``closed``."""

    open: int = 0
    overdue: int = 0
    closed: int = 0
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.open + self.closed


def _check(kind: str | None, state: str | None) -> None:
    if kind is not None and kind not in {k.value for k in FollowUpKind}:
        raise UserError(
            "bad_followup_kind",
            QT_TRANSLATE_NOOP(
                "UserError", '"{value}" is not a kind of item (follow_up, rework, help).'
            ),
            value=kind,
        )
    if state is not None and state not in STATES:
        raise UserError(
            "bad_followup_state",
            QT_TRANSLATE_NOOP(
                "UserError", '"{value}" is not a state of an item (open, overdue, closed).'
            ),
            value=state,
        )


_OPEN = FollowUpState.OPEN.value
_CLOSED = FollowUpState.CLOSED.value

_SELECT = """
SELECT f.id, f.kind, f.target_id, f.visit_id, c.id, c.case_no, p.name, p.village,
       COALESCE(fu_unit.name, case_unit.name), f.assignee, f.reason, f.action,
       f.due_on, f.state, (f.state = ? AND f.due_on IS NOT NULL AND f.due_on < ?) AS overdue,
       f.closed_on, f.result
FROM follow_up f
JOIN target t ON t.id = f.target_id
JOIN "case" c ON c.id = t.case_id
JOIN petitioner p ON p.id = c.petitioner_id
LEFT JOIN handling_unit fu_unit ON fu_unit.id = f.unit_id
LEFT JOIN handling_unit case_unit ON case_unit.id = c.handling_unit_id
WHERE t.campaign_id = ?
"""


def followup_items(
    campaign: Campaign | int | str | None = None,
    state: str | None = None,
    kind: str | None = None,
    today: dt.date | None = None,
) -> list[FollowUpItem]:
    """The items of ``campaign`` (the current one by default), overdue first.

    ``state``: None for all, ``"open"`` (overdue included), ``"overdue"``,
    ``"closed"``; ``kind``: None for all, or a ``FollowUpKind`` code.
    ``today`` decides what is overdue (default: the clock's date).
    """
    _check(kind, state)
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    day = today.isoformat()
    sql = _SELECT
    params: list[Any] = [_OPEN, day, campaign.id]
    if kind is not None:
        sql += " AND f.kind = ?"
        params.append(kind)
    if state == "open":
        sql += " AND f.state = ?"
        params.append(_OPEN)
    elif state == "closed":
        sql += " AND f.state = ?"
        params.append(_CLOSED)
    elif state == "overdue":
        sql += " AND f.state = ? AND f.due_on IS NOT NULL AND f.due_on < ?"
        params += [_OPEN, day]
    sql += " ORDER BY overdue DESC, f.state = ? DESC, f.due_on IS NULL, f.due_on, c.case_no, f.id"
    params.append(_OPEN)
    return rows_as(
        FollowUpItem,
        db.execute_sql(sql, params).fetchall(),
        due_on=as_date,
        overdue=bool,
        closed_on=as_date,
    )


def followup_counts(
    campaign: Campaign | int | str | None = None, today: dt.date | None = None
) -> FollowUpCounts:
    """Open, overdue and closed items of ``campaign``, in total and per kind (one query)."""
    today = today or dt.date.today()
    campaign = get_campaign(campaign)
    rows = db.execute_sql(
        "SELECT f.kind, "
        "SUM(CASE WHEN f.state = ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN f.state = ? AND f.due_on IS NOT NULL AND f.due_on < ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN f.state = ? THEN 1 ELSE 0 END) "
        "FROM follow_up f JOIN target t ON t.id = f.target_id "
        "WHERE t.campaign_id = ? GROUP BY f.kind",
        (_OPEN, _OPEN, today.isoformat(), _CLOSED, campaign.id),
    ).fetchall()
    by_kind = {k.value: {"open": 0, "overdue": 0, "closed": 0} for k in FollowUpKind}
    for kind, open_, overdue, closed in rows:
        by_kind[kind] = {"open": int(open_), "overdue": int(overdue), "closed": int(closed)}
    return FollowUpCounts(
        open=sum(c["open"] for c in by_kind.values()),
        overdue=sum(c["overdue"] for c in by_kind.values()),
        closed=sum(c["closed"] for c in by_kind.values()),
        by_kind=by_kind,
    )


# --- the items of one task (raised by visits.finalise) ------------------------


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up, rework or help item of a task."""

    id: int
    target_id: int
    visit_id: int | None
    kind: str
    reason: str | None
    action: str | None
    assignee: str | None
    due_on: dt.date | None
    state: str
    closed_on: dt.date | None
    result: str | None


def followup_list(target_id: int) -> list[FollowUpRow]:
    """The items of a task, open ones first, by due date."""
    from .visits.values import _to_date
    return [
        FollowUpRow(
            f.id,
            f.target_id,
            f.visit_id,
            f.kind.value,
            f.reason,
            f.action,
            f.assignee,
            _to_date("due_on", f.due_on),
            f.state.value,
            _to_date("closed_on", f.closed_on),
            f.result,
        )
        for f in FollowUp.select()
        .where(FollowUp.target == target_id)
        .order_by(FollowUp.state.desc(), FollowUp.due_on, FollowUp.id)
    ]


def _check_closing(
    item: FollowUp | None, followup_id: int, result: str, closed_on: dt.date, today: dt.date
) -> None:
    """Refuse closing an item that is missing or closed, without a result, or on a wrong date."""
    from .visits.values import VisitError, _to_date

    if item is None:
        raise VisitError(
            "followup_not_found",
            QT_TRANSLATE_NOOP("UserError", "There is no follow-up item {id}."),
            id=followup_id,
        )
    if item.state.value != FollowUpState.OPEN.value:
        raise VisitError(
            "followup_closed",
            QT_TRANSLATE_NOOP("UserError", "The follow-up item {id} is already closed."),
            id=followup_id,
        )
    if not result:
        raise VisitError(
            "followup_result_required",
            QT_TRANSLATE_NOOP(
                "UserError", "Enter the result before closing the follow-up item {id}."
            ),
            id=followup_id,
        )
    if closed_on > today:
        raise VisitError(
            "followup_closed_future",
            QT_TRANSLATE_NOOP("UserError", "The closing date {date} is in the future."),
            date=closed_on,
        )
    raised = VisitRecord.get_or_none(VisitRecord.id == item.visit_id)
    visited_on = _to_date("visited_at", raised.visited_at) if raised else None
    if visited_on is not None and closed_on < visited_on:
        raise VisitError(
            "followup_closed_early",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The closing date {date} is before the visit that raised the item ({visited}).",
            ),
            date=closed_on,
            visited=visited_on,
        )


def close_followup(
    followup_id: int,
    result: str,
    closed_on: dt.date | None = None,
    today: dt.date | None = None,
) -> str:
    """Close an item with its result; returns the task's board column afterwards.

    The task moves from follow_up to done when this was its last open rework
    or follow-up item and its latest record is final, satisfied or basically
    satisfied, and settled (see the module).
    """
    from .visits.finalise import _latest, _open_items
    from .visits.records import _set_status, _state
    from .visits.values import _BLOCKING, _FINAL_STATES, _GOOD

    today = today or dt.date.today()
    closed_on = closed_on or today
    result = (result or "").strip()
    with db.atomic():
        item = FollowUp.get_or_none(FollowUp.id == followup_id)
        _check_closing(item, followup_id, result, closed_on, today)
        FollowUp.update(state=FollowUpState.CLOSED.value, closed_on=closed_on, result=result).where(
            FollowUp.id == item.id
        ).execute()
        target = Target.get_by_id(item.target_id)
        status = target.status.value
        if status == TaskStatus.FOLLOW_UP.value and not _open_items(target.id, _BLOCKING):
            latest = _latest(target.id)
            if (
                latest is not None
                and _state(latest) in _FINAL_STATES
                and latest.satisfaction is not None
                and latest.satisfaction.value in _GOOD
                and latest.settled is True
            ):
                status = TaskStatus.DONE.value
                _set_status(target.id, status)
    return status
