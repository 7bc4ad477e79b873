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
from ..required import Required, missing, required_when
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


def _by_proxy(v: dict[str, Any]) -> bool:
    return v["respondent"] not in (None, Respondent.PETITIONER.value)


def _away(v: dict[str, Any]) -> bool:
    return bool(v["petitioner_away"]) or v["method"] == VisitMethod.FORMER_RESIDENCE.value


def _dissatisfied(v: dict[str, Any]) -> bool:
    return v["satisfaction"] == Satisfaction.DISSATISFIED.value


def _following_up(v: dict[str, Any]) -> bool:
    return bool(v["followup_needed"]) or _dissatisfied(v)


# the visit tab: how the visit was made, who was met, the petitioner-away path
_VISIT_REQUIRED = (
    Required("method", QT_TRANSLATE_NOOP("UserError", "Choose how the visit was made.")),
    Required(
        "respondent",
        QT_TRANSLATE_NOOP(
            "UserError", "Say who was met: the petitioner or a proxy (relative, committee)."
        ),
        when=plan_rules.reached,
    ),
    *required_when(
        _by_proxy,
        (
            "respondent_name",
            QT_TRANSLATE_NOOP(
                "UserError", "Enter the name of the proxy who answered for the petitioner."
            ),
        ),
        (
            "respondent_relation",
            QT_TRANSLATE_NOOP("UserError", "Enter the proxy's relationship to the petitioner."),
        ),
    ),
    *required_when(
        _away,
        (
            "away_phone_result",
            QT_TRANSLATE_NOOP(
                "UserError", "The petitioner is away: enter the result of the phone call."
            ),
        ),
        (
            "away_people_asked",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The petitioner is away: enter the relatives or the village or "
                "community committee asked at the former residence.",
            ),
        ),
        (
            "away_statement",
            QT_TRANSLATE_NOOP(
                "UserError", "Enter what the people asked at the former residence said."
            ),
        ),
    ),
)

# the findings tab (the five points, satisfaction, settled: ``plan_rules``) and the
# follow-up tab: what is next, by whom, by when
_FOLLOW_UP_REQUIRED = (
    Required(
        "dissatisfaction_reason",
        QT_TRANSLATE_NOOP("UserError", "Enter why the petitioner is dissatisfied."),
        when=_dissatisfied,
    ),
    *required_when(
        _following_up,
        ("next_action", QT_TRANSLATE_NOOP("UserError", "Enter the next action of the follow-up.")),
        ("next_by", QT_TRANSLATE_NOOP("UserError", "Enter who carries out the follow-up.")),
        (
            "next_due",
            QT_TRANSLATE_NOOP("UserError", "Enter the date by which the follow-up is due."),
        ),
    ),
)

# the difficulties tab (who helps) and the sign-off tab (who recorded the form)
_LAST_REQUIRED = (
    Required(
        "help_by",
        QT_TRANSLATE_NOOP("UserError", "Enter who helps with the practical difficulties found."),
        when=lambda v: bool(v["difficulties"]),
    ),
    Required("recorded_by", QT_TRANSLATE_NOOP("UserError", "Enter who recorded the form.")),
)


def _required(rules: tuple[Required, ...], v: dict[str, Any]) -> list[FieldProblem]:
    return [_problem(name, code, template) for name, code, template in missing(rules, v)]


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


def _check_due(v: dict[str, Any]) -> list[FieldProblem]:
    """The follow-up tab: not due before the visit."""
    visited, due = v["visited_at"], v["next_due"]
    if not _following_up(v) or visited is None or due is None or due >= visited.date():
        return []
    return [
        _problem(
            "next_due",
            "next_due_before_visit",
            QT_TRANSLATE_NOOP(
                "UserError", "The follow-up is due on {due}, before the visit ({date})."
            ),
            due=due,
            date=visited.date(),
        )
    ]


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
        *_required(_VISIT_REQUIRED, v),
        *_check_contacts(attempts, today),
        *_required(_FOLLOW_UP_REQUIRED, v),
        *_check_due(v),
        *_required(_LAST_REQUIRED, v),
    ]
    if level is None:
        from ..office import office_level

        level = office_level()
    for name, code, template, params in plan_rules.check(v, attempts, level):
        problems.append(_problem(name, code, template, **params))
    return problems
