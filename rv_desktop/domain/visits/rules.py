"""The rules of a final record (``validate``): one check per tab of the form, each
problem a ``FieldProblem`` naming the field and its tab; the plan's own rules are
in ``plan_rules``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import plan_rules
from ..enums import Respondent, Satisfaction, VisitMethod
from ..errors import QT_TRANSLATE_NOOP
from .values import FIELD_TABS, _clean_contacts, _clean_values

# --- validation ----------------------------------------------------------------------


@dataclass(frozen=True)
class FieldProblem:
    """Something missing or wrong in one field of the form, on one tab."""

    field: str
    tab: str
    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(self, template: str | None = None) -> str:
        """Fill the (translated) template with the values."""
        try:
            return (template or self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template or self.template

    def __str__(self) -> str:
        return self.format()


def _problem(name: str, code: str, template: str, **params: Any) -> FieldProblem:
    return FieldProblem(name, FIELD_TABS[name], code, template, params)




def _check_visit_date(
    v: dict[str, Any], today: dt.date, concluded_on: dt.date | None
) -> list[FieldProblem]:
    """The visit tab: the date of the visit."""
    problems: list[FieldProblem] = []
    add = problems.append
    visited = v["visited_at"]
    if visited is None:
        add(
            _problem(
                "visited_at",
                "visit_date_required",
                QT_TRANSLATE_NOOP("UserError", "Enter the date of the visit."),
            )
        )
    elif visited.date() > today:
        add(
            _problem(
                "visited_at",
                "visit_date_future",
                QT_TRANSLATE_NOOP("UserError", "The visit date {date} is in the future."),
                date=visited.date(),
            )
        )
    elif concluded_on is not None and visited.date() < concluded_on:
        add(
            _problem(
                "visited_at",
                "visit_before_conclusion",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The visit date {date} is before the case was concluded ({concluded}).",
                ),
                date=visited.date(),
                concluded=concluded_on,
            )
        )
    return problems


def _check_respondent(v: dict[str, Any]) -> list[FieldProblem]:
    """The visit tab: how the visit was made and who was met."""
    problems: list[FieldProblem] = []
    add = problems.append
    method = v["method"]
    if method is None:
        add(
            _problem(
                "method",
                "method_required",
                QT_TRANSLATE_NOOP("UserError", "Choose how the visit was made."),
            )
        )
    reached = plan_rules.reached(v)
    respondent = v["respondent"]
    if respondent is None and reached:
        add(
            _problem(
                "respondent",
                "respondent_required",
                QT_TRANSLATE_NOOP(
                    "UserError", "Say who was met: the petitioner or a proxy (relative, committee)."
                ),
            )
        )
    if respondent is not None and respondent != Respondent.PETITIONER.value:
        if not v["respondent_name"]:
            add(
                _problem(
                    "respondent_name",
                    "respondent_name_required",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Enter the name of the proxy who answered for the petitioner."
                    ),
                )
            )
        if not v["respondent_relation"]:
            add(
                _problem(
                    "respondent_relation",
                    "respondent_relation_required",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Enter the proxy's relationship to the petitioner."
                    ),
                )
            )
    return problems


def _check_away(v: dict[str, Any]) -> list[FieldProblem]:
    """The visit tab: the petitioner-away path (phone, former residence)."""
    problems: list[FieldProblem] = []
    add = problems.append
    method = v["method"]
    if v["petitioner_away"] or method == VisitMethod.FORMER_RESIDENCE.value:
        if not v["away_phone_result"]:
            add(
                _problem(
                    "away_phone_result",
                    "away_phone_result_required",
                    QT_TRANSLATE_NOOP(
                        "UserError", "The petitioner is away: enter the result of the phone call."
                    ),
                )
            )
        if not v["away_people_asked"]:
            add(
                _problem(
                    "away_people_asked",
                    "away_people_asked_required",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The petitioner is away: enter the relatives or the village or "
                        "community committee asked at the former residence.",
                    ),
                )
            )
        if not v["away_statement"]:
            add(
                _problem(
                    "away_statement",
                    "away_statement_required",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Enter what the people asked at the former residence said."
                    ),
                )
            )
    return problems


def _check_contacts(attempts: list[dict[str, Any]], today: dt.date) -> list[FieldProblem]:
    """The visit tab: the contact attempts."""
    problems: list[FieldProblem] = []
    add = problems.append
    for n, attempt in enumerate(attempts, start=1):
        if attempt["at"].date() > today:
            add(
                _problem(
                    "contacts",
                    "contact_future",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Contact attempt {n} is dated in the future ({date})."
                    ),
                    n=n,
                    date=attempt["at"].date(),
                )
            )
    return problems


def _check_findings(v: dict[str, Any]) -> list[FieldProblem]:
    """The findings tab (the five points, satisfaction, settled: ``plan_rules``)."""
    problems: list[FieldProblem] = []
    add = problems.append
    dissatisfied = v["satisfaction"] == Satisfaction.DISSATISFIED.value
    if dissatisfied:
        if not v["dissatisfaction_reason"]:
            add(
                _problem(
                    "dissatisfaction_reason",
                    "dissatisfaction_reason_required",
                    QT_TRANSLATE_NOOP("UserError", "Enter why the petitioner is dissatisfied."),
                )
            )
    return problems


def _check_follow_up(v: dict[str, Any]) -> list[FieldProblem]:
    """The follow-up tab: what is next, by whom, by when."""
    problems: list[FieldProblem] = []
    add = problems.append
    visited = v["visited_at"]
    dissatisfied = v["satisfaction"] == Satisfaction.DISSATISFIED.value
    if v["followup_needed"] or dissatisfied:
        if not v["next_action"]:
            add(
                _problem(
                    "next_action",
                    "next_action_required",
                    QT_TRANSLATE_NOOP("UserError", "Enter the next action of the follow-up."),
                )
            )
        if not v["next_by"]:
            add(
                _problem(
                    "next_by",
                    "next_by_required",
                    QT_TRANSLATE_NOOP("UserError", "Enter who carries out the follow-up."),
                )
            )
        if v["next_due"] is None:
            add(
                _problem(
                    "next_due",
                    "next_due_required",
                    QT_TRANSLATE_NOOP("UserError", "Enter the date by which the follow-up is due."),
                )
            )
        elif visited is not None and v["next_due"] < visited.date():
            add(
                _problem(
                    "next_due",
                    "next_due_before_visit",
                    QT_TRANSLATE_NOOP(
                        "UserError", "The follow-up is due on {due}, before the visit ({date})."
                    ),
                    due=v["next_due"],
                    date=visited.date(),
                )
            )
    return problems


def _check_difficulties(v: dict[str, Any]) -> list[FieldProblem]:
    """The difficulties tab: who helps."""
    problems: list[FieldProblem] = []
    add = problems.append
    if v["difficulties"] and not v["help_by"]:
        add(
            _problem(
                "help_by",
                "help_by_required",
                QT_TRANSLATE_NOOP(
                    "UserError", "Enter who helps with the practical difficulties found."
                ),
            )
        )
    return problems


def _check_sign_off(v: dict[str, Any]) -> list[FieldProblem]:
    """The sign-off tab: who recorded the form."""
    problems: list[FieldProblem] = []
    add = problems.append
    if not v["recorded_by"]:
        add(
            _problem(
                "recorded_by",
                "recorded_by_required",
                QT_TRANSLATE_NOOP("UserError", "Enter who recorded the form."),
            )
        )
    return problems


def validate(
    values: Any,
    contacts: Iterable[Any] | None = None,
    today: dt.date | None = None,
    *,
    concluded_on: dt.date | None = None,
    level: str | None = None,
) -> list[FieldProblem]:
    """The problems that keep the form from being final (empty when it may be).

    ``level`` is the office's (``town`` or ``county``; the saved setting when
    not given): the plan's rules of ``plan_rules`` depend on it.

    ``values`` is a ``VisitDraft`` or a dict of its fields (a key left out
    counts as empty); ``concluded_on`` is the date the case was concluded: a
    visit may not be earlier. Values that are not even of the right kind (an unknown method
    code, a date that is no date) raise ``VisitError`` instead.
    """
    today = today or dt.date.today()
    v = _clean_values(values)
    attempts = _clean_contacts(contacts)
    problems = [
        *_check_visit_date(v, today, concluded_on),
        *_check_respondent(v),
        *_check_away(v),
        *_check_contacts(attempts, today),
        *_check_findings(v),
        *_check_follow_up(v),
        *_check_difficulties(v),
        *_check_sign_off(v),
    ]
    if level is None:
        from ..office import office_level

        level = office_level()
    for name, code, template, params in plan_rules.check(v, attempts, level):
        problems.append(_problem(name, code, template, **params))
    return problems
