"""What the plan's rules read from a visit record's values.

The contact's outcome (reached or not, older records read from their
satisfaction), the answers to points (4) and (5), the three looks the answers
give, the values completed with what the rules derive, and what the answers
call for (rework, explaining laws and policies, a follow-up). ``plan_rules``
checks a record with these; its callers may import them from there too.
"""

from __future__ import annotations

from typing import Any

from .enums import ContactResult, Satisfaction, YesPartlyNo

GOOD = (Satisfaction.SATISFIED.value, Satisfaction.BASICALLY_SATISFIED.value)
NOT_FULLY = (YesPartlyNo.NO.value, YesPartlyNo.PARTLY.value)
#: Outcomes after which nothing more can be done: the task may close.
FINAL_OUTCOMES = (ContactResult.DECEASED.value,)
#: The answers a record not reached may not claim.
ANSWERS = (
    "conclusion_reasonable",
    "conclusion_view",
    "demands_solved",
    "opinions_carried_out",
    "has_difficulties",
    "has_opinions",
    "look_lawful",
    "look_satisfied",
    "look_opinions",
)


def contact_result(v: dict[str, Any]) -> str | None:
    """The contact's outcome: as recorded, or (older records) read from satisfaction."""
    if v.get("contact_result"):
        return v["contact_result"]
    if v.get("satisfaction") == Satisfaction.NOT_REACHED.value:
        return ContactResult.NOT_REACHED.value
    if v.get("satisfaction"):
        return ContactResult.REACHED.value
    return None


def reached(v: dict[str, Any]) -> bool:
    """True when the petitioner was reached, in person or through a proxy."""
    return contact_result(v) == ContactResult.REACHED.value


def point4_answered(v: dict[str, Any]) -> bool | None:
    """(4) practical difficulties: True/False as answered, None when unanswered."""
    if v.get("has_difficulties") is not None:
        return v["has_difficulties"]
    return True if v.get("difficulties") else None


def point5_answered(v: dict[str, Any]) -> bool | None:
    """(5) opinions and suggestions: True/False as answered, None when unanswered."""
    if v.get("has_opinions") is not None:
        return v["has_opinions"]
    return True if v.get("opinions") else None


def derived_looks(v: dict[str, Any]) -> dict[str, bool | None]:
    """The three looks the answers give: (1) → lawful, (3) → satisfied, (5) → opinions."""
    reasonable = v.get("conclusion_reasonable")
    satisfaction = v.get("satisfaction")
    return {
        "look_lawful": None if reasonable is None else reasonable == YesPartlyNo.YES.value,
        "look_satisfied": (
            None if satisfaction in (None, Satisfaction.NOT_REACHED.value) else satisfaction in GOOD
        ),
        "look_opinions": point5_answered(v),
    }


def complete(v: dict[str, Any]) -> dict[str, Any]:
    """The values with what the rules derive filled in (a copy).

    The contact outcome is recorded (reached, or not reached when the
    satisfaction says so); a record not reached stores ``not_reached`` as its
    satisfaction; a reached one gets its three looks from the answers where
    the clerk set none, and its answers to points (4) and (5) from the texts.
    """
    v = dict(v)
    result = contact_result(v)
    v["contact_result"] = result
    if result is not None and result != ContactResult.REACHED.value:
        v["satisfaction"] = Satisfaction.NOT_REACHED.value
        return v
    if result == ContactResult.REACHED.value:
        if v.get("has_difficulties") is None and v.get("difficulties"):
            v["has_difficulties"] = True
        if v.get("has_opinions") is None and v.get("opinions"):
            v["has_opinions"] = True
        for name, value in derived_looks(v).items():
            if v.get(name) is None:
                v[name] = value
    return v


def needs_point_rework(v: dict[str, Any]) -> bool:
    """A "no" or "partly" in point (1) or (2) sends the case back, unless the clerk says why not."""
    if not reached(v) or v.get("no_rework_reason"):
        return False
    return any(
        v.get(name) in NOT_FULLY
        for name in ("conclusion_reasonable", "demands_solved", "opinions_carried_out")
    )


def closes_without_answers(v: dict[str, Any]) -> bool:
    """The contact's outcome ends the task without a visit (the petitioner has died)."""
    return contact_result(v) in FINAL_OUTCOMES


def needs_explaining(v: dict[str, Any]) -> bool:
    """Interests not met: demands not (fully) solved, dissatisfied, or not settled."""
    if not reached(v):
        return False
    return (
        v.get("demands_solved") in NOT_FULLY
        or v.get("opinions_carried_out") in NOT_FULLY
        or v.get("satisfaction") == Satisfaction.DISSATISFIED.value
        or v.get("settled") is False
    )


def needs_followup(v: dict[str, Any]) -> bool:
    """Not settled, dissatisfied, or not reached (unless deceased): a follow-up is needed."""
    if reached(v):
        return v.get("settled") is False or v.get("satisfaction") == Satisfaction.DISSATISFIED.value
    return contact_result(v) is not None and not closes_without_answers(v)
