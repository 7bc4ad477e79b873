"""The words of the registration form window.

Field labels, tab titles and the choices of every field come from
``data/visit_record.toml`` and ``data/vocabulary.toml`` (through ``gui.vocab``),
in the interface's language, and do not go through the .ts translation: the
screen says what the paper says. Only the tooltips (context ``VisitFormTips``:
each field explained in the words of the plan) and "no form yet" are
translated by Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ... import vocab

translate = QCoreApplication.translate

#: Tooltips: what each field means, in the words of the plan (short).
FIELD_TIPS = {
    "visited_at": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "When the visit or call took place, e.g. 2026-11-18 9:30. Not in the future, "
        "not before the case was concluded.",
    ),
    "method": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "How the visit was made: the town visits in person; the county may phone; if the "
        "petitioner is away, phone them and visit the former residence.",
    ),
    "visitors": QT_TRANSLATE_NOOP(
        "VisitFormTips", "The return visitors, as written on the paper form."
    ),
    "joining_units": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Units that joined the visit, such as the unit that handled the case."
    ),
    "location": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Where the petitioner or the person answering was met."
    ),
    "respondent": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Who answered: the petitioner, or a proxy answering for them (代评): a relative, "
        "the village or community committee, another person.",
    ),
    "respondent_name": QT_TRANSLATE_NOOP(
        "VisitFormTips", "The name of the proxy who answered for the petitioner."
    ),
    "respondent_relation": QT_TRANSLATE_NOOP(
        "VisitFormTips", "The proxy's relationship to the petitioner, e.g. son, village director."
    ),
    "petitioner_away": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "The petitioner lives elsewhere: phone them, and also visit the former residence "
        "to ask relatives and the village committee, and write that down.",
    ),
    "away_phone_result": QT_TRANSLATE_NOOP(
        "VisitFormTips", "What came of phoning the petitioner who is away."
    ),
    "away_people_asked": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "The relatives or the village or community committee asked at the former residence.",
    ),
    "away_statement": QT_TRANSLATE_NOOP(
        "VisitFormTips", "What the people asked at the former residence said."
    ),
    "contacts": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Every try to reach the petitioner: time, means and outcome, so that "
        '"could not be reached" is a fact with a trail. Insert adds one, Delete removes it.',
    ),
    "conclusion_reasonable": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Whether the handling conclusion was true and reasonable."
    ),
    "conclusion_note": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "What is not true or reasonable in the conclusion; goes to the handling unit for rework.",
    ),
    "conclusion_view": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Whether the petitioner agrees with the handling conclusion."
    ),
    "demands_solved": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Whether the petitioner's reasonable demands were solved."
    ),
    "opinions_carried_out": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Whether the handling opinions were carried out."
    ),
    "satisfaction": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Whether the petitioner is satisfied with the handling result: satisfied, basically "
        "satisfied or dissatisfied.",
    ),
    "dissatisfaction_reason": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Why the petitioner is dissatisfied; it goes back to the handling unit."
    ),
    "unit_rating": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Optional: the petitioner's rating of the handling unit's work."
    ),
    "settled": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Whether the petitioner has stopped petitioning (息诉罢访)."
    ),
    "risk": QT_TRANSLATE_NOOP("VisitFormTips", "How likely the petitioner is to petition again."),
    "difficulties": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Practical difficulties in the petitioner's production and life; each becomes a "
        "help item tracked until done.",
    ),
    "help_given": QT_TRANSLATE_NOOP(
        "VisitFormTips", "The help given or arranged for the difficulties."
    ),
    "help_by": QT_TRANSLATE_NOOP("VisitFormTips", "Who helps (a person or a unit)."),
    "opinions": QT_TRANSLATE_NOOP(
        "VisitFormTips", "The petitioner's opinions and suggestions on petition work."
    ),
    "look_lawful": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Three looks, first: was the case handled according to law and policy? "
        '"No" sends a rework item to the handling unit.',
    ),
    "look_satisfied": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Three looks, second: is the petitioner satisfied? Must agree with the findings.",
    ),
    "look_opinions": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Three looks, third: did the petitioner give opinions or suggestions?",
    ),
    "followup_needed": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "A further visit or action is needed, as for the dissatisfied or unsettled.",
    ),
    "explained": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "The laws and policies explained and the guidance given to the petitioner.",
    ),
    "next_action": QT_TRANSLATE_NOOP("VisitFormTips", "What is done next to follow up."),
    "next_by": QT_TRANSLATE_NOOP("VisitFormTips", "Who carries out the follow-up."),
    "next_due": QT_TRANSLATE_NOOP(
        "VisitFormTips", "The date by which the follow-up is done, e.g. 2026-12-05."
    ),
    "recorded_by": QT_TRANSLATE_NOOP("VisitFormTips", "Who filled in or typed in this form."),
    "recorded_on": QT_TRANSLATE_NOOP(
        "VisitFormTips", "The date the form was recorded; today when left empty."
    ),
    "signed_visitors": QT_TRANSLATE_NOOP(
        "VisitFormTips", "The paper form carries the visitors' signatures."
    ),
    "signed_petitioner": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Whether the paper form carries the petitioner's signature, or the petitioner "
        "refused to sign.",
    ),
    "contact_result": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Was the petitioner reached (in person or through a proxy)? If not, why: not "
        "reached, refused, deceased, in custody, moved with no trace.",
    ),
    "contact_note": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Who said so and when: the reason behind the outcome of the contact."
    ),
    "method_reason": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Visitors should walk into the door: why this visit was not (e.g. the petitioner "
        "asked to come).",
    ),
    "demands_note": QT_TRANSLATE_NOOP(
        "VisitFormTips", "What of the demands or the handling opinions is still not done."
    ),
    "no_rework_reason": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "A no or partly to point (1) or (2) goes back for rework; say here why it does not.",
    ),
    "has_difficulties": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Point (4): practical difficulties in production and life? “None” is an answer.",
    ),
    "has_opinions": QT_TRANSLATE_NOOP(
        "VisitFormTips",
        "Point (5): opinions and suggestions on petition work? “None” is an answer.",
    ),
    "looks_note": QT_TRANSLATE_NOOP(
        "VisitFormTips", "Why a look differs from the answers to points (1), (3) and (5)."
    ),
}

#: The state of a task without any visit record (the others: ``record_state``).
NO_FORM = QT_TRANSLATE_NOOP("VisitForm", "No form yet")


def tab_title(key: str) -> str:
    return vocab.tab_title(key)


def field_label(name: str) -> str:
    return vocab.field_label(name)


def field_tip(name: str) -> str:
    return translate("VisitFormTips", FIELD_TIPS[name]) if name in FIELD_TIPS else ""


def choices(name: str) -> list[tuple[object, str]]:
    """(value, label) of the choices field ``name`` offers, in order."""
    return vocab.field_choices(name)


def choice_label(name: str, value: object) -> str:
    if name == "satisfaction" and value == "not_reached":  # a contact outcome, not a level
        name = "contact_result"
    return next((text for code, text in choices(name) if code == value), "")


def state_label(state: str | None) -> str:
    if state in {code for code, _ in vocab.choices("record_state")}:
        return vocab.label("record_state", state)
    return translate("VisitForm", NO_FORM)


def means_label(code: str | None) -> str:
    return vocab.label("contact_means", code)


def outcome_label(code: str | None) -> str:
    return vocab.label("contact_outcome", code)


def kind_label(code: str | None) -> str:
    """A follow-up item's kind (督办整改, 帮扶事项, 跟踪回访)."""
    return vocab.label("followup_kind", code)


def item_state_label(code: str | None) -> str:
    return vocab.label("followup_state", code)
