"""The demo's visit records, contact attempts and items, kept to the plan's rules.

New users learn from the demo, so every final record in it is one the
program would accept (``tests/services/test_demo_rules.py`` runs the domain's
validation over each): the town visits in person (a phone visit only on the
away path: phoned, and the former residence visited with the people asked; a
meeting at the office with its reason); the five points answered for every
petitioner reached; the three looks as the answers give them; a petitioner
not reached claims no answers and gets a follow-up; explaining laws and
policies wherever interests were not met; a follow-up item for every case
not settled; a rework item for every dissatisfied petitioner. The board
column of each task is then the one its records call for (``_status``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from peewee import chunked

from ..domain import vocabulary
from ..domain.models import ContactAttempt, FollowUp, Target, VisitRecord
from .demo import (
    CLERK,
    DEMO_TODAY,
    DIFFICULTIES,
    LEADERS,
    OFFICE_LEAD,
    OPINIONS,
    STAMP,
    UNITS,
    VISITORS,
    _bulk,
    _pick,
)

if TYPE_CHECKING:
    from .demo import _Builder

GOOD = ("satisfied", "basically_satisfied")
_TEXTS = vocabulary.data_file("demo_visits.toml")
#: Why petitioners of any kind of case were dissatisfied (varied by record number).
REASONS = tuple(_TEXTS["reasons"])
#: ... and those of land cases.
LAND_REASONS = tuple(_TEXTS["land_reasons"])
T = _TEXTS["texts"]


def write_visits(builder: _Builder, targets: list[dict]) -> int:
    """Write the visit records of the demo's targets; their number."""
    rng = builder.rng
    records: list[dict] = []
    contacts: list[dict] = []
    followups: list[dict] = []
    unit_of = {info[0]: info[7] for info in builder.case_info}
    for t in targets:
        status = t["status"]
        if not t["included"] or status in ("unassigned", "assigned"):
            continue
        visited_on = dt.date(2026, 10, 21) + dt.timedelta(days=rng.randint(0, 35))
        if status == "done":
            satisfaction = rng.choices(
                ["satisfied", "basically_satisfied", "not_reached"], [70, 22, 8]
            )[0]
            state = "reviewed" if rng.random() < 0.4 else "final"
            settled = True
        elif status == "follow_up":
            satisfaction = rng.choices(["dissatisfied", "basically_satisfied"], [75, 25])[0]
            state, settled = "final", False
        else:  # visited: the form is still to finish
            satisfaction = rng.choice(["satisfied", "basically_satisfied", "dissatisfied", None])
            state, settled = ("draft", None) if rng.random() < 0.85 else ("final", True)
            if state == "final" and satisfaction is None:
                satisfaction = "satisfied"
        if satisfaction == "not_reached":
            settled = None  # nobody said so
        if satisfaction == "dissatisfied" and state != "draft":
            settled = False
        record = _record(builder, t, 1, visited_on, state, satisfaction, settled, records, contacts)
        _items(record, unit_of[t["case"]], followups, rng)
        if satisfaction == "dissatisfied" and state != "draft" and rng.random() < 0.5:
            # a second visit to the dissatisfied: the first one's follow-up was done
            second = min(visited_on + dt.timedelta(days=rng.randint(7, 20)), DEMO_TODAY)
            for item in followups:
                if item["visit"] == record["id"] and item["kind"] == "follow_up":
                    item.update(state="closed", closed_on=second, result=T["second_visit_done"])
            sat2 = rng.choice(["basically_satisfied", "dissatisfied", None])
            state2 = "draft" if sat2 is None or rng.random() < 0.3 else "final"
            if state2 == "final" and sat2 is None:
                sat2 = "basically_satisfied"
            settled2 = None if state2 == "draft" else sat2 == "basically_satisfied"
            again = _record(builder, t, 2, second, state2, sat2, settled2, records, contacts)
            _items(again, unit_of[t["case"]], followups, rng)
    _bulk(VisitRecord, records)
    _bulk(ContactAttempt, contacts)
    for i, f in enumerate(followups, start=1):
        f["id"] = i
    _bulk(FollowUp, followups)
    _status(targets, records, followups)
    return len(records)


def _items(record: dict, unit: int, followups: list[dict], rng) -> None:
    """The items finalising ``record`` raises: rework, follow-up, help."""
    if record["state"] == "draft":
        return
    day = record["visited_at"].date()
    if record["satisfaction"] == "dissatisfied":
        rework = {
            "target": record["target"],
            "visit": record["id"],
            "kind": "rework",
            "reason": "；".join(
                r
                for r in (
                    record["dissatisfaction_reason"],
                    record["conclusion_note"],
                    record["demands_note"],
                )
                if r
            ),
            "action": record["next_action"],
            "assignee": UNITS[unit - 1],  # sent back to the case's own handling unit
            "unit": unit,
            "due_on": day + dt.timedelta(days=rng.choice((10, 15, 30))),
            "state": "open",
            "created_at": STAMP,
        }
        if rng.random() < 0.3:
            rework.update(
                state="closed",
                closed_on=day + dt.timedelta(days=8),
                result=T["rework_closed"],
            )
        followups.append(rework)
    if record["followup_needed"]:
        followups.append(
            {
                "target": record["target"],
                "visit": record["id"],
                "kind": "follow_up",
                "reason": record["dissatisfaction_reason"]
                or record["contact_note"]
                or T["not_settled"],
                "action": record["next_action"],
                "assignee": record["next_by"],
                "due_on": record["next_due"],
                "state": "open",
                "created_at": STAMP,
            }
        )
    if record["difficulties"]:
        help_item = {
            "target": record["target"],
            "visit": record["id"],
            "kind": "help",
            "reason": record["difficulties"],
            "action": record["help_given"],
            "assignee": record["help_by"],
            "due_on": day + dt.timedelta(days=30),
            "state": "closed" if rng.random() < 0.5 else "open",
            "created_at": STAMP,
        }
        if help_item["state"] == "closed":
            help_item.update(closed_on=day + dt.timedelta(days=12), result=T["help_closed"])
        followups.append(help_item)


def _status(targets: list[dict], records: list[dict], followups: list[dict]) -> None:
    """Each visited task in the board column its latest record and open items call for."""
    latest: dict[int, dict] = {}
    for r in records:
        if r["visit_no"] >= latest.get(r["target"], {"visit_no": 0})["visit_no"]:
            latest[r["target"]] = r
    blocking = {
        f["target"] for f in followups if f["state"] == "open" and f["kind"] != "help"
    }
    moved: dict[str, list[int]] = {}
    for t in targets:
        r = latest.get(t["id"])
        if r is None:
            continue
        if r["state"] == "draft":
            status = "visited"
        elif r["satisfaction"] in GOOD and r["settled"] is True and t["id"] not in blocking:
            status = "done"
        else:
            status = "follow_up"
        if status != t["status"]:
            t["status"] = status
            moved.setdefault(status, []).append(t["id"])
    for status, ids in moved.items():
        for batch in chunked(ids, 500):
            Target.update(status=status).where(Target.id.in_(batch)).execute()


def _record(builder, t, visit_no, day, state, satisfaction, settled, records, contacts) -> dict:
    rng = builder.rng
    rid = len(records) + 1
    away = satisfaction == "not_reached"
    method = (
        "former_residence"
        if away
        else rng.choices(["home_visit", "phone", "office"], [82, 10, 8])[0]
    )
    reached = satisfaction is not None and not away
    phoned_away = method == "phone"  # the town phones only a petitioner who is away
    respondent = "relative" if reached and rng.random() < 0.08 else "petitioner"
    dissatisfied = satisfaction == "dissatisfied"
    difficulties = reached and rng.random() < 0.15
    opinions = _pick(OPINIONS, rid) if reached and rng.random() < 0.2 else None
    category = builder.category_of.get(t["case"], "")
    reasons = LAND_REASONS if category == _TEXTS["land_category"] else REASONS
    # interests not fully met: the laws and policies explained, a follow-up planned
    unmet = reached and (dissatisfied or settled is False)
    follow = state != "draft" and (unmet or away)
    at = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))))
    final = state != "draft"
    record = {
        "id": rid,
        "target": t["id"],
        "visit_no": visit_no,
        "state": state,
        "visited_at": at,
        "method": method,
        "method_reason": T["office_reason"] if method == "office" else None,
        "visitors": "、".join(builder.visitor_names.get(t["id"], [VISITORS[0]])),
        "location": {"home_visit": T["location_home"], "office": T["location_office"]}.get(method),
        "contact_result": None if satisfaction is None else ("not_reached" if away else "reached"),
        "contact_note": T["not_reached_note"] if away else None,
        "respondent": respondent if reached else None,
        "respondent_name": builder.name() if reached and respondent != "petitioner" else None,
        "respondent_relation": rng.choice(_TEXTS["relations"])
        if reached and respondent != "petitioner"
        else None,
        "petitioner_away": away or phoned_away,
        "away_phone_result": (
            T["away_phone_not_reached"]
            if away
            else T["away_phone_reached"]
            if phoned_away
            else None
        ),
        "away_people_asked": T["away_people"] if away or phoned_away else None,
        "away_statement": (
            T["away_statement_not_reached"]
            if away
            else T["away_statement_reached"]
            if phoned_away
            else None
        ),
        "conclusion_reasonable": None if not reached else ("partly" if dissatisfied else "yes"),
        "conclusion_note": T["conclusion_note"] if reached and dissatisfied else None,
        "conclusion_view": None if not reached else ("disagrees" if dissatisfied else "agrees"),
        "demands_solved": None if not reached else ("partly" if dissatisfied else "yes"),
        "demands_note": T["demands_note"] if reached and dissatisfied else None,
        "opinions_carried_out": None if not reached else "yes",
        "satisfaction": satisfaction,
        "dissatisfaction_reason": _pick(reasons, rid) if dissatisfied else None,
        "settled": settled,
        "risk": None if not reached else ("medium" if dissatisfied else "low"),
        "has_difficulties": difficulties if reached else None,
        "difficulties": _pick(DIFFICULTIES, rid)[0] if difficulties else None,
        "help_given": _pick(DIFFICULTIES, rid)[1] if difficulties else None,
        "help_by": _pick(DIFFICULTIES, rid)[2] if difficulties else None,
        "has_opinions": (opinions is not None) if reached else None,
        "opinions": opinions,
        # the three looks, as the answers to points (1), (3) and (5) give them
        "look_lawful": (not dissatisfied) if final and reached else None,
        "look_satisfied": (satisfaction in GOOD) if final and reached else None,
        "look_opinions": (opinions is not None) if final and reached else None,
        "followup_needed": follow,
        "explained": T["explained"].format(category=category or T["explained_any"])
        if unmet
        else None,
        "next_action": (
            T["next_action_away"]
            if away
            else T["next_action"]
            if follow
            else None
        ),
        "next_by": rng.choice(LEADERS)[0] if follow else None,
        "next_due": day + dt.timedelta(days=15) if follow else None,
        "recorded_by": CLERK,
        "recorded_on": day,
        "signed_visitors": final,
        "signed_petitioner": rng.choices(["signed", "refused", "missing"], [85, 10, 5])[0]
        if final and reached and method != "phone"
        else None,
        "reviewed_by": OFFICE_LEAD if state == "reviewed" else None,
        "reviewed_on": day + dt.timedelta(days=3) if state == "reviewed" else None,
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    records.append(record)
    attempts = rng.randint(1, 3)
    for n in range(attempts):
        last = n == attempts - 1
        outcome = (
            "reached"
            if last and not away
            else rng.choice(["no_answer", "wrong_number", "moved_away"])
        )
        contacts.append(
            {
                "id": len(contacts) + 1,
                "visit": rid,
                "at": at - dt.timedelta(days=attempts - 1 - n, hours=1),
                "means": "phone" if not last or method == "phone" else "visit",
                "outcome": outcome,
            }
        )
    return record
