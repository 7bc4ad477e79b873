"""Running the screening: its counts, the preview and the run in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import chunked, fn

from ..enums import ExclusionReason, TaskStatus
from ..models import (
    Campaign,
    Case,
    Target,
    _now,
    db,
)
from .criteria import EXCLUSION_ORDER, NOT_CONCLUDED_NOTE, Criteria, _validate
from .queries import _considered_query, _execute, _existing_query, _reason_of


@dataclass(frozen=True)
class ScreeningCounts:
    """What a screening gives (``preview_screening``) or gave (``run_screening``).

    ``considered`` is the length of the campaign's target list afterwards:
    ``targets`` plus every excluded case (``excluded`` by reason, every
    reason present). ``matched`` counts the cases the criteria consider now,
    ``flagged`` how many of them carry each flag (what each exclusion
    removes when switched on, alone). ``added``, ``changed``, ``dropped``
    and ``kept`` say how the list changes: ``kept`` targets were acted on
    by the clerk and stay as they are.
    """

    campaign: str
    considered: int
    targets: int
    excluded: dict[str, int]
    matched: int = 0
    flagged: dict[str, int] = field(default_factory=dict)
    key_cases: int = 0
    added: int = 0
    changed: int = 0
    dropped: int = 0
    kept: int = 0

    def as_json(self) -> dict:
        return {
            "campaign": self.campaign,
            "considered": self.considered,
            "targets": self.targets,
            "excluded": dict(self.excluded),
            "matched": self.matched,
            "flagged": dict(self.flagged),
            "key_cases": self.key_cases,
            "added": self.added,
            "changed": self.changed,
            "dropped": self.dropped,
            "kept": self.kept,
        }


def _empty_reasons() -> dict[str, int]:
    return {r.value: 0 for r in ExclusionReason}


@dataclass
class _Plan:
    """The outcome of screening, before it is written."""

    counts: ScreeningCounts | None = None
    inserts: list[tuple[int, str | None, bool]] = field(default_factory=list)
    updates: dict[tuple[str | None, bool], list[int]] = field(default_factory=dict)
    deletes: list[int] = field(default_factory=list)


def _merged(c_sql: str, c_params: list, t_sql: str, t_params: list) -> list[tuple]:
    """Each case the criteria consider, with its target (if any) in the campaign."""
    return _execute(
        "SELECT c.case_id, c.reason, c.many_people, c.policy, c.rebound, c.settled,"
        " c.source_file, t.id, t.frozen, t.included, t.reason, t.key_case"
        f" FROM ({c_sql}) AS c LEFT JOIN ({t_sql}) AS t ON t.case_id = c.case_id",
        c_params + t_params,
    )


def _counts(
    campaign: Campaign, tally: dict[str, int], final: dict, flagged: dict, matched: int
) -> ScreeningCounts:
    """The screening's counts from the tally of the merge."""
    return ScreeningCounts(
        campaign=campaign.name,
        considered=tally["targets"] + sum(final.values()),
        targets=tally["targets"],
        excluded=final,
        matched=matched,
        flagged=flagged,
        key_cases=tally["key"],
        added=tally["added"],
        changed=tally["changed"],
        dropped=tally["dropped"],
        kept=tally["kept"],
    )


def _outcome(campaign: Campaign, criteria: Criteria) -> _Plan:
    """Merge the criteria with the campaign's target list: the counts and the writes.

    The rows come back one per case and are tallied here: on 100,000 cases
    that is twice as fast as SQLite's GROUP BY, which evaluates the
    ``frozen`` expression once for the key and once more for the value.
    """
    _validate(criteria)
    c_sql, c_params = _considered_query(criteria).sql()
    t_sql, t_params = _existing_query(campaign.id).sql()
    plan = _Plan()
    final = _empty_reasons()
    flagged = dict.fromkeys(EXCLUSION_ORDER, 0)
    tally = {"targets": 0, "key": 0, "added": 0, "changed": 0, "dropped": 0, "kept": 0}

    def count(reason: str | None, key: bool) -> None:
        if reason is None:
            tally["targets"] += 1
            tally["key"] += 1 if key else 0
        else:
            final[reason] += 1

    rows = _merged(c_sql, c_params, t_sql, t_params)
    known = _settled_known()
    for case_id, reason, many, policy, rebound, settled, source, tid, frozen, *old_state in rows:
        for name, flag in zip(EXCLUSION_ORDER, (many, policy, rebound, settled), strict=True):
            if flag:
                flagged[name] += 1
        # "focusing on the cases that have not yet been settled": only a case known to be
        # unsettled is key; a ledger that records no settled case at all has no such column
        key = reason is None and criteria.key_unsettled and not settled and source in known
        if tid is None:
            tally["added"] += 1
            count(reason, key)
            plan.inserts.append((case_id, reason, key))
            continue
        included, old_reason, old_key = old_state
        old = _reason_of(included, old_reason)
        if frozen or old == reason:
            tally["kept"] += 1 if frozen else 0
            count(old, bool(old_key))
        else:
            tally["changed"] += 1
            count(reason, key)
            plan.updates.setdefault((reason, key), []).append(tid)
    gone = _execute(
        f"SELECT t.id, t.frozen, t.included, t.reason, t.key_case FROM ({t_sql}) AS t"
        f" WHERE t.case_id NOT IN (SELECT c.case_id FROM ({c_sql}) AS c)",
        t_params + c_params,
    )
    for tid, frozen, included, old_reason, old_key in gone:
        if frozen:
            tally["kept"] += 1
            count(_reason_of(included, old_reason), bool(old_key))
        else:
            tally["dropped"] += 1
            plan.deletes.append(tid)
    plan.counts = _counts(campaign, tally, final, flagged, len(rows))
    return plan


def _settled_known() -> set[str]:
    """The ledgers (``source_file``, "" for cases typed in) that record whether a case is
    settled: those with at least one settled case. In the others "not settled" is unknown."""
    return {
        source
        for (source,) in Case.select(fn.COALESCE(Case.source_file, ""))
        .where(Case.settled == True)  # noqa: E712
        .distinct()
        .tuples()
    }


def preview_screening(campaign: Campaign, criteria: Criteria) -> ScreeningCounts:
    """What ``run_screening(campaign, criteria)`` would give; changes nothing."""
    return _outcome(campaign, criteria).counts


def run_screening(campaign: Campaign, criteria: Criteria) -> ScreeningCounts:
    """Screen and write the target list in one transaction; save the criteria."""
    with db.atomic():
        campaign = Campaign.get_by_id(campaign.id)
        plan = _outcome(campaign, criteria)
        now = _now()
        if campaign.criteria != criteria.to_json():
            Campaign.update(criteria=criteria.to_json()).where(Campaign.id == campaign.id).execute()
        rows = [
            {
                Target.campaign: campaign.id,
                Target.case: case_id,
                Target.included: reason is None,
                Target.exclusion_reason: reason,
                Target.key_case: key,
                Target.added_by_hand: False,
                Target.status: TaskStatus.UNASSIGNED.value,
                Target.created_at: now,
                Target.updated_at: now,
            }
            for case_id, reason, key in plan.inserts
        ]
        for batch in chunked(rows, 100):
            Target.insert_many(batch).execute()
        for (reason, key), ids in plan.updates.items():
            for batch in chunked(ids, 500):
                Target.update(
                    included=reason is None,
                    exclusion_reason=reason,
                    exclusion_note=None,
                    key_case=key,
                    updated_at=now,
                ).where(Target.id.in_(batch)).execute()
        for batch in chunked(plan.deletes, 500):
            Target.delete().where(Target.id.in_(batch)).execute()
        not_concluded = Case.select(Case.id).where(Case.concluded_on.is_null())
        Target.update(exclusion_note=NOT_CONCLUDED_NOTE, updated_at=now).where(
            (Target.campaign == campaign.id)
            & (Target.included == False)  # noqa: E712
            & (Target.exclusion_reason == ExclusionReason.OTHER.value)
            & Target.exclusion_note.is_null()
            & Target.case.in_(not_concluded)
        ).execute()
    return plan.counts
