"""One case, one form (一案一表): the return-visit registration form and its follow-ups.

A *visit record* (回访登记表) is typed in from a hand-filled paper form or
after a phone call. Its life: ``start_visit`` opens the next draft of a task
(``visit_no`` 1, 2, 3 … for re-visits; when the task already has a draft that
one is returned, and the earlier records stay read-only); ``save_draft``
stores whatever has been typed, complete or not; ``finalise`` checks the form
(``validate``) and, if nothing is missing, makes it final and moves the task on
the board; ``reopen`` (with a reason, audited) makes a final record a draft
again; ``review`` is the office lead's check (final → reviewed);
``discard_draft`` deletes a draft started by mistake (never one that was final).

**Form values.** ``VisitDraft`` mirrors the editable columns of
``VisitRecord``; ``ContactDraft`` one contact attempt. The functions accept
either those dataclasses or plain dicts whose keys are their field names (an
unknown key is refused). Enumerated values are the codes of ``enums.py``.
Empty strings are stored as NULL.

**Rules of a final record** (``validate``; each problem is a ``FieldProblem``
naming the field and the tab of the form, so the GUI can mark both):

- the visit date is given, not in the future and not before the case was
  concluded; the method is given;
- a visit whose petitioner was reached names the person met (``respondent``);
  a proxy respondent (relative, committee, other)
  needs a name and a relationship;
- the "petitioner away" path (``petitioner_away``, or the method
  ``former_residence``) needs the phone result, the people asked at the former
  residence and what they said;
- dissatisfied needs the reason; any follow-up marked as needed needs the
  action, the person and the date (not before the visit);
- the plan's own rules (the town visits in person, the five points, the
  contact's outcome, the three looks derived from the answers, explaining laws
  and policies, follow-up when not settled) are in ``plan_rules``;
- practical difficulties name who helps; the sign-off names who recorded it.

**What finalising does**, in one transaction with the audit triggers:

- a *rework item* (FollowUp ``rework``, 督办整改) for the case's handling unit
  when the petitioner is dissatisfied, a point (1) or (2) is answered "no" or
  "partly" (unless ``no_rework_reason`` says why not), or the three looks say
  "no" to lawful handling or to satisfaction (the third look, "opinions given", is not a
  fault: "no" only means the petitioner had none). Its reason is the
  dissatisfaction reason and the conclusion note; its deadline is
  ``REWORK_DAYS`` (15) days from ``today`` unless ``rework_due`` is given;
- a *help item* (``help``, 帮扶事项) when practical difficulties are recorded:
  who helps (``help_by``), by when (``help_due`` or ``HELP_DAYS`` after the visit);
- a *follow-up item* (``follow_up``, 跟踪回访) when a follow-up is needed:
  the next action, by whom, by when;
- the task moves to **done** when the petitioner is satisfied or basically
  satisfied and has settled (or has died: nothing more can be done), no
  follow-up is needed, no rework was raised and no rework or follow-up item
  of the task is still open; otherwise to **follow_up**.

Finalising a reopened record again reuses the open items it raised before
(updated to the corrected form) and deletes the open ones the correction no
longer calls for (the deletion is audited).

**Closing items** (``close_followup``): when the last open rework or follow-up
item of a task in the follow-up column is closed, and the task's latest record
is final (or reviewed), satisfied or basically satisfied and settled, the task
moves to done. A dissatisfied latest record keeps the task in follow-up: the
case needs a re-visit first (``start_visit`` then opens visit 2). Help items
never hold a task back.

Refusals raise ``VisitError`` (a ``UserError``) with a stable code and change
nothing.

The package: ``values`` (the form's values and their cleaning), ``rules``
(``validate``, one check per tab), ``records`` (reading and saving a draft),
``finalise``, ``corrections`` (discard, reopen, review), ``lists``; the
follow-up items of a task (``followup_list``, ``close_followup``) are in
``domain.followups``. This file only re-exports their public names.
"""

from __future__ import annotations

from ..followups import FollowUpRow, close_followup, followup_list
from .corrections import discard_draft, reopen, review
from .finalise import FinaliseResult, finalise
from .finalise import _latest as _latest  # the demo's tests
from .finalise import _status_from_records as _status_from_records  # the demo's tests
from .lists import VisitRow, VisitTargetRow, visit_list, visit_targets
from .records import (
    EarlierVisit,
    VisitForm,
    form_for_task,
    load_visit,
    save_draft,
    start_visit,
)
from .records import _draft_of as _draft_of  # rule_review
from .rules import FieldProblem, validate
from .values import (
    FIELD_LIMITS,
    FIELD_TABS,
    HELP_DAYS,
    REWORK_DAYS,
    TABS,
    ContactDraft,
    VisitDraft,
    VisitError,
)

__all__ = [
    "FIELD_LIMITS",
    "FIELD_TABS",
    "HELP_DAYS",
    "REWORK_DAYS",
    "TABS",
    "ContactDraft",
    "EarlierVisit",
    "FieldProblem",
    "FinaliseResult",
    "FollowUpRow",
    "VisitDraft",
    "VisitError",
    "VisitForm",
    "VisitRow",
    "VisitTargetRow",
    "close_followup",
    "discard_draft",
    "finalise",
    "followup_list",
    "form_for_task",
    "load_visit",
    "reopen",
    "review",
    "save_draft",
    "start_visit",
    "validate",
    "visit_list",
    "visit_targets",
]

