"""The plan's rules of a final visit record, as the plan says them.

``visits.validate`` checks the form's shape (dates, who was met, the away
path's texts, follow-up details, sign-off); this module adds what the seed
plan requires of the visit itself:

- **The town visits in person.** "The town must meet the petitioner in the
  form of a visit. If the complainant is in a foreign country, he must contact
  by telephone ... and he must also go to his original place of residence to
  ask relatives and local grassroots organizations." At town level a phone
  visit is final only on the away path (``petitioner_away`` with its phone
  result and the people asked); a meeting at the office (来访面谈) or another
  method needs a recorded reason (``method_reason``). The county may phone.
  ``visited_as_required`` applies the same rule to the visit rate.
- **The five points of content** are answered for every petitioner reached
  (in person or through a proxy): (1) ``conclusion_reasonable``; (2)
  ``demands_solved`` and ``opinions_carried_out``; (3) ``satisfaction``; (4)
  ``has_difficulties`` (with the difficulties when yes; "none" is an answer);
  (5) ``has_opinions`` (with the opinions when yes). A "no" or "partly" in
  (1) needs ``conclusion_note``, in (2) ``demands_note``; either raises a rework
  item unless ``no_rework_reason`` says why not.
- **Reached or not is the contact's outcome** (``contact_result``: reached,
  not reached, refused, deceased, in custody, moved with no trace). A record
  not reached is final with its reason (``contact_note``) and its trail (the
  contact attempts), without the five answers, and may claim none of them;
  its ``satisfaction`` is stored as ``not_reached`` (what scripts read).
- **Three looks** (三看) are derived from points (1), (3) and (5): lawful =
  (1) is "yes", satisfied = (3) is satisfied or basically satisfied,
  opinions = (5) is "yes". An override needs ``looks_note``.
- **Explaining laws and policies** is required whenever the demands are not
  (fully) solved, the petitioner is dissatisfied, or the case is not settled.
- **Not settled means follow-up**: a follow-up is needed (action, who, by
  when); so for a petitioner not reached, unless deceased.

``check`` returns plain tuples ``(field, code, template, params)``;
``visits.validate`` turns them into ``FieldProblem``s. What the rules read from the
values (the contact's outcome, the looks derived, what the answers call for) is in
``plan_values``, importable from here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .enums import ContactOutcome, ContactResult, Satisfaction, VisitMethod
from .errors import QT_TRANSLATE_NOOP
from .plan_values import (
    ANSWERS,
    FINAL_OUTCOMES,
    GOOD,
    NOT_FULLY,
    closes_without_answers,
    complete,
    contact_result,
    derived_looks,
    needs_explaining,
    needs_followup,
    needs_point_rework,
    point4_answered,
    point5_answered,
    reached,
)
from .required import Required, missing

__all__ = [
    "TOWN",
    "TOWN_RULE_FIELDS",
    "Problem",
    "check",
    "visited_as_required",
    "GOOD",
    "NOT_FULLY",
    "FINAL_OUTCOMES",
    "ANSWERS",
    "contact_result",
    "reached",
    "point4_answered",
    "point5_answered",
    "derived_looks",
    "complete",
    "needs_point_rework",
    "closes_without_answers",
    "needs_explaining",
    "needs_followup",
]

TOWN = "town"
Problem = tuple[str, str, str, dict[str, Any]]


def _p(field: str, code: str, template: str, **params: Any) -> Problem:
    return (field, code, template, params)


#: The values ``_town_rules`` reads: what the statistics pass to it for the visit rate.
TOWN_RULE_FIELDS = ("method", "petitioner_away", "method_reason")


def visited_as_required(v: dict[str, Any], level: str = TOWN) -> bool:
    """The visit is the one the office's level requires: the finalise rule, for the rate.

    "The town must meet the petitioner in the form of a visit": a home visit, the
    away path (``petitioner_away``: the phone result and the former residence with
    the people asked), or a meeting at the office (or another method) with its
    recorded reason. The county may phone. The same ``_town_rules`` that refuse to
    finalise decide it, so a record listed for review under the rule is not counted.
    """
    return level != TOWN or not _town_rules(v)


def _town_rules(v: dict[str, Any]) -> list[Problem]:
    method = v.get("method")
    problems: list[Problem] = []
    if method == VisitMethod.PHONE.value and not v.get("petitioner_away"):
        problems.append(
            _p(
                "method",
                "town_visits_in_person",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The town must meet the petitioner in the form of a visit: a phone call "
                    "alone is not a return visit. If the petitioner is away, mark “petitioner "
                    "away”, record the result of the call and the visit to the former residence "
                    "with the people asked.",
                ),
            )
        )
    if method in (VisitMethod.OFFICE.value, VisitMethod.OTHER.value) and not v.get("method_reason"):
        problems.append(
            _p(
                "method_reason",
                "method_reason_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Visitors should really walk into the door: a meeting at the office or "
                    "another method needs the reason (for example, the petitioner asked to come "
                    "to the office).",
                ),
            )
        )
    return problems


def _not_reached_rules(v: dict[str, Any], attempts: Sequence[dict[str, Any]]) -> list[Problem]:
    problems: list[Problem] = []
    result = contact_result(v)
    if result == ContactResult.NOT_REACHED.value:
        if not any(a["outcome"] != ContactOutcome.REACHED.value for a in attempts):
            problems.append(
                _p(
                    "contacts",
                    "contact_attempt_required",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The petitioner could not be reached: record at least one contact "
                        "attempt that failed (time, means, outcome).",
                    ),
                )
            )
    elif not attempts:
        problems.append(
            _p(
                "contacts",
                "contact_trail_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Record the contact attempts that led to this outcome (time, means, outcome).",
                ),
            )
        )
    if result != ContactResult.NOT_REACHED.value and not v.get("contact_note"):
        problems.append(
            _p(
                "contact_note",
                "contact_note_required",
                QT_TRANSLATE_NOOP(
                    "UserError", "Say how the outcome of the contact is known (who said so, when)."
                ),
            )
        )
    claimed = [name for name in ANSWERS if v.get(name) not in (None, False)]
    if v.get("satisfaction") not in (None, Satisfaction.NOT_REACHED.value):
        claimed.insert(0, "satisfaction")
    if claimed:
        problems.append(
            _p(
                claimed[0],
                "answers_without_contact",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The petitioner was not reached: the record cannot give a satisfaction or "
                    "answers to the five points. Clear them, or record the contact as reached.",
                ),
            )
        )
    return problems


_POINTS = (
    Required(
        "conclusion_reasonable",
        QT_TRANSLATE_NOOP(
            "UserError",
            "Point (1): whether the conclusion of investigation and handling is true and "
            "reasonable.",
        ),
        code="point1_required",
    ),
    Required(
        "demands_solved",
        QT_TRANSLATE_NOOP(
            "UserError",
            "Point (2): whether the reasonable demands reflected have been solved.",
        ),
        code="point2_demands_required",
    ),
    Required(
        "opinions_carried_out",
        QT_TRANSLATE_NOOP(
            "UserError", "Point (2): whether the handling opinions have been implemented."
        ),
        code="point2_opinions_required",
    ),
)
_SATISFACTION = Required(
    "satisfaction",
    QT_TRANSLATE_NOOP("UserError", "Choose whether the petitioner is satisfied with the handling."),
)
_SETTLED = Required(
    "settled",
    QT_TRANSLATE_NOOP("UserError", "Say whether the petitioner has stopped petitioning (settled)."),
)


def _missing(rules: Sequence[Required], v: dict[str, Any]) -> list[Problem]:
    return [(name, code, template, {}) for name, code, template in missing(rules, v)]


def _answers_missing(v: dict[str, Any]) -> list[Problem]:
    """Points (1) and (2), the satisfaction (3) and whether the case is settled."""
    problems = _missing((*_POINTS, _SATISFACTION), v)
    if v.get("satisfaction") == Satisfaction.NOT_REACHED.value:
        problems.append(
            _p(
                "contact_result",
                "reached_but_not_reached",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The contact is recorded as reached but the satisfaction says not reached: "
                    "choose a level, or record the contact's outcome.",
                ),
            )
        )
    return problems + _missing((_SETTLED,), v)


def _points_4_5_missing(v: dict[str, Any]) -> list[Problem]:
    """Points (4) and (5): answered ("none" is an answer), and the text when yes."""
    problems: list[Problem] = []
    add = problems.append
    four = point4_answered(v)
    if four is None:
        add(
            _p(
                "has_difficulties",
                "point4_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Point (4): whether the petitioner has practical difficulties in production "
                    "and life (“none” is an answer).",
                ),
            )
        )
    elif four and not v.get("difficulties"):
        add(
            _p(
                "difficulties",
                "difficulties_text_required",
                QT_TRANSLATE_NOOP("UserError", "Describe the practical difficulties found."),
            )
        )
    five = point5_answered(v)
    if five is None:
        add(
            _p(
                "has_opinions",
                "point5_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Point (5): the petitioner's opinions and suggestions on the work of letters "
                    "and visits (“none” is an answer).",
                ),
            )
        )
    elif five and not v.get("opinions"):
        add(
            _p(
                "opinions",
                "opinions_text_required",
                QT_TRANSLATE_NOOP("UserError", "Write down the opinions and suggestions given."),
            )
        )
    return problems


def _notes_missing(v: dict[str, Any]) -> list[Problem]:
    """The notes the answers call for: on the conclusion, the demands, the looks, and the
    laws and policies explained."""
    problems: list[Problem] = []
    add = problems.append
    if (v.get("conclusion_reasonable") in NOT_FULLY or v.get("look_lawful") is False) and not v.get(
        "conclusion_note"
    ):
        add(
            _p(
                "conclusion_note",
                "conclusion_note_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The conclusion is not (fully) true and reasonable: say why in the note on "
                    "the conclusion (it goes to the handling unit for rework).",
                ),
            )
        )
    if (
        v.get("demands_solved") in NOT_FULLY or v.get("opinions_carried_out") in NOT_FULLY
    ) and not v.get("demands_note"):
        add(
            _p(
                "demands_note",
                "demands_note_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The demands are not (fully) solved or the handling opinions not (fully) "
                    "carried out: say what is missing.",
                ),
            )
        )
    derived = derived_looks(v)
    changed = [n for n, value in derived.items() if v.get(n) is not None and v[n] != value]
    if changed and not v.get("looks_note"):
        add(
            _p(
                changed[0],
                "looks_override_note_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The three looks follow the answers to points (1), (3) and (5); to "
                    "differ from them, say why in the note on the three looks.",
                ),
            )
        )
    if needs_explaining(v) and not v.get("explained"):
        add(
            _p(
                "explained",
                "explained_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The petitioner's interests have not been met: enter the laws and policies "
                    "explained and the guidance given.",
                ),
            )
        )
    return problems


def _reached_rules(v: dict[str, Any]) -> list[Problem]:
    """The five points answered, and the notes they call for, for a petitioner reached."""
    return _answers_missing(v) + _points_4_5_missing(v) + _notes_missing(v)


def check(
    v: dict[str, Any], attempts: Sequence[dict[str, Any]], level: str = TOWN
) -> list[Problem]:
    """The plan's rules broken by the (cleaned) form values, as problem tuples."""
    raw, v = v, complete(v)
    problems: list[Problem] = []
    if level == TOWN:
        problems += _town_rules(v)
    result = contact_result(v)
    if result is None:
        problems += _missing((_SATISFACTION, _SETTLED), v)
    elif result == ContactResult.REACHED.value:
        problems += _reached_rules(v)
    else:
        problems += _not_reached_rules(raw, attempts)
    if needs_followup(v) and not v.get("followup_needed"):
        problems.append(
            _p(
                "followup_needed",
                "followup_required",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The case is not settled (or the petitioner not reached): a follow-up is "
                    "needed. Mark it and say what comes next, who, by when.",
                ),
            )
        )
    return problems
