"""The words of the registration form: field labels, choices and tooltips.

Everything here is marked for translation (context ``VisitForm`` for labels and
choices, ``VisitFormTips`` for the tooltips, which explain each field in the
words of the campaign plan) and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

#: Tab keys (as ``domain.visits.TABS``) and their titles.
TAB_TITLES = {
    "case": QT_TRANSLATE_NOOP("VisitForm", "Case"),
    "visit": QT_TRANSLATE_NOOP("VisitForm", "Visit"),
    "findings": QT_TRANSLATE_NOOP("VisitForm", "Findings"),
    "difficulties": QT_TRANSLATE_NOOP("VisitForm", "Difficulties and help"),
    "opinions": QT_TRANSLATE_NOOP("VisitForm", "Opinions"),
    "three_looks": QT_TRANSLATE_NOOP("VisitForm", "Three looks"),
    "follow_up": QT_TRANSLATE_NOOP("VisitForm", "Follow-up"),
    "sign_off": QT_TRANSLATE_NOOP("VisitForm", "Sign-off"),
}

FIELD_LABELS = {
    "visited_at": QT_TRANSLATE_NOOP("VisitForm", "Date and time"),
    "method": QT_TRANSLATE_NOOP("VisitForm", "Method"),
    "visitors": QT_TRANSLATE_NOOP("VisitForm", "Visitors"),
    "joining_units": QT_TRANSLATE_NOOP("VisitForm", "Joining units"),
    "location": QT_TRANSLATE_NOOP("VisitForm", "Place"),
    "respondent": QT_TRANSLATE_NOOP("VisitForm", "Who answered"),
    "respondent_name": QT_TRANSLATE_NOOP("VisitForm", "Proxy's name"),
    "respondent_relation": QT_TRANSLATE_NOOP("VisitForm", "Relationship"),
    "petitioner_away": QT_TRANSLATE_NOOP("VisitForm", "The petitioner is away"),
    "away_phone_result": QT_TRANSLATE_NOOP("VisitForm", "Phone result"),
    "away_people_asked": QT_TRANSLATE_NOOP("VisitForm", "People asked"),
    "away_statement": QT_TRANSLATE_NOOP("VisitForm", "What they said"),
    "contacts": QT_TRANSLATE_NOOP("VisitForm", "Contact attempts"),
    "conclusion_reasonable": QT_TRANSLATE_NOOP("VisitForm", "Conclusion true and reasonable"),
    "conclusion_note": QT_TRANSLATE_NOOP("VisitForm", "Note on the conclusion"),
    "conclusion_view": QT_TRANSLATE_NOOP("VisitForm", "View of the conclusion"),
    "demands_solved": QT_TRANSLATE_NOOP("VisitForm", "Reasonable demands solved"),
    "opinions_carried_out": QT_TRANSLATE_NOOP("VisitForm", "Handling opinions carried out"),
    "satisfaction": QT_TRANSLATE_NOOP("VisitForm", "Satisfaction with the result"),
    "dissatisfaction_reason": QT_TRANSLATE_NOOP("VisitForm", "Reason for dissatisfaction"),
    "unit_rating": QT_TRANSLATE_NOOP("VisitForm", "Rating of the handling unit"),
    "settled": QT_TRANSLATE_NOOP("VisitForm", "Settled"),
    "risk": QT_TRANSLATE_NOOP("VisitForm", "Risk of a new petition"),
    "difficulties": QT_TRANSLATE_NOOP("VisitForm", "Practical difficulties"),
    "help_given": QT_TRANSLATE_NOOP("VisitForm", "Help given or arranged"),
    "help_by": QT_TRANSLATE_NOOP("VisitForm", "Who helps"),
    "opinions": QT_TRANSLATE_NOOP("VisitForm", "Opinions and suggestions"),
    "look_lawful": QT_TRANSLATE_NOOP("VisitForm", "Handled according to law and policy?"),
    "look_satisfied": QT_TRANSLATE_NOOP("VisitForm", "Is the petitioner satisfied?"),
    "look_opinions": QT_TRANSLATE_NOOP("VisitForm", "Opinions or suggestions given?"),
    "followup_needed": QT_TRANSLATE_NOOP("VisitForm", "A follow-up is needed"),
    "explained": QT_TRANSLATE_NOOP("VisitForm", "Laws and policies explained"),
    "next_action": QT_TRANSLATE_NOOP("VisitForm", "Next action"),
    "next_by": QT_TRANSLATE_NOOP("VisitForm", "By whom"),
    "next_due": QT_TRANSLATE_NOOP("VisitForm", "By when"),
    "recorded_by": QT_TRANSLATE_NOOP("VisitForm", "Recorded by"),
    "recorded_on": QT_TRANSLATE_NOOP("VisitForm", "Recorded on"),
    "signed_visitors": QT_TRANSLATE_NOOP("VisitForm", "The visitors signed the paper form"),
    "signed_petitioner": QT_TRANSLATE_NOOP("VisitForm", "Petitioner's signature"),
    "contact_result": QT_TRANSLATE_NOOP("VisitForm", "Outcome of the contact"),
    "contact_note": QT_TRANSLATE_NOOP("VisitForm", "How the outcome is known"),
    "method_reason": QT_TRANSLATE_NOOP("VisitForm", "Why not at the door"),
    "demands_note": QT_TRANSLATE_NOOP("VisitForm", "What is not solved or carried out"),
    "no_rework_reason": QT_TRANSLATE_NOOP("VisitForm", "Why no rework item"),
    "has_difficulties": QT_TRANSLATE_NOOP("VisitForm", "Practical difficulties?"),
    "has_opinions": QT_TRANSLATE_NOOP("VisitForm", "Opinions or suggestions?"),
    "looks_note": QT_TRANSLATE_NOOP("VisitForm", "Why the looks differ"),
}

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

_YES_PARTLY_NO = [
    ("yes", QT_TRANSLATE_NOOP("VisitForm", "Yes")),
    ("partly", QT_TRANSLATE_NOOP("VisitForm", "Partly")),
    ("no", QT_TRANSLATE_NOOP("VisitForm", "No")),
]
_YES_NO = [
    (True, QT_TRANSLATE_NOOP("VisitForm", "Yes")),
    (False, QT_TRANSLATE_NOOP("VisitForm", "No")),
]

#: The choices of each radio group: (stored value, label).
CHOICES: dict[str, list[tuple[object, str]]] = {
    "method": [
        ("home_visit", QT_TRANSLATE_NOOP("VisitForm", "Home visit")),
        ("phone", QT_TRANSLATE_NOOP("VisitForm", "Phone")),
        ("former_residence", QT_TRANSLATE_NOOP("VisitForm", "Former residence")),
        ("office", QT_TRANSLATE_NOOP("VisitForm", "At the office")),
        ("other", QT_TRANSLATE_NOOP("VisitForm", "Other")),
    ],
    "respondent": [
        ("petitioner", QT_TRANSLATE_NOOP("VisitForm", "The petitioner")),
        ("relative", QT_TRANSLATE_NOOP("VisitForm", "A relative")),
        ("committee", QT_TRANSLATE_NOOP("VisitForm", "Village or community committee")),
        ("other", QT_TRANSLATE_NOOP("VisitForm", "Another person")),
    ],
    "conclusion_reasonable": _YES_PARTLY_NO,
    "conclusion_view": [
        ("agrees", QT_TRANSLATE_NOOP("VisitForm", "Agrees")),
        ("disagrees", QT_TRANSLATE_NOOP("VisitForm", "Disagrees")),
        ("unclear", QT_TRANSLATE_NOOP("VisitForm", "No clear view")),
    ],
    "demands_solved": _YES_PARTLY_NO,
    "opinions_carried_out": _YES_PARTLY_NO,
    "satisfaction": [
        ("satisfied", QT_TRANSLATE_NOOP("VisitForm", "Satisfied")),
        ("basically_satisfied", QT_TRANSLATE_NOOP("VisitForm", "Basically satisfied")),
        ("dissatisfied", QT_TRANSLATE_NOOP("VisitForm", "Dissatisfied")),
    ],
    "contact_result": [
        ("reached", QT_TRANSLATE_NOOP("VisitForm", "Reached")),
        ("not_reached", QT_TRANSLATE_NOOP("VisitForm", "Could not be reached")),
        ("refused", QT_TRANSLATE_NOOP("VisitForm", "Refused the visit")),
        ("deceased", QT_TRANSLATE_NOOP("VisitForm", "Deceased")),
        ("in_custody", QT_TRANSLATE_NOOP("VisitForm", "In custody")),
        ("moved_no_trace", QT_TRANSLATE_NOOP("VisitForm", "Moved, no trace")),
    ],
    "has_difficulties": [
        (True, QT_TRANSLATE_NOOP("VisitForm", "Yes")),
        (False, QT_TRANSLATE_NOOP("VisitForm", "None")),
    ],
    "has_opinions": [
        (True, QT_TRANSLATE_NOOP("VisitForm", "Yes")),
        (False, QT_TRANSLATE_NOOP("VisitForm", "None")),
    ],
    "unit_rating": [
        ("satisfied", QT_TRANSLATE_NOOP("VisitForm", "Satisfied")),
        ("basically_satisfied", QT_TRANSLATE_NOOP("VisitForm", "Basically satisfied")),
        ("dissatisfied", QT_TRANSLATE_NOOP("VisitForm", "Dissatisfied")),
    ],
    "settled": _YES_NO,
    "risk": [
        ("low", QT_TRANSLATE_NOOP("VisitForm", "Low")),
        ("medium", QT_TRANSLATE_NOOP("VisitForm", "Medium")),
        ("high", QT_TRANSLATE_NOOP("VisitForm", "High")),
    ],
    "look_lawful": _YES_NO,
    "look_satisfied": _YES_NO,
    "look_opinions": _YES_NO,
    "signed_petitioner": [
        ("signed", QT_TRANSLATE_NOOP("VisitForm", "Signed")),
        ("refused", QT_TRANSLATE_NOOP("VisitForm", "Refused to sign")),
        ("missing", QT_TRANSLATE_NOOP("VisitForm", "Not signed")),
    ],
}

CONTACT_MEANS = [
    ("phone", QT_TRANSLATE_NOOP("VisitForm", "Phone call")),
    ("visit", QT_TRANSLATE_NOOP("VisitForm", "In person")),
    ("message", QT_TRANSLATE_NOOP("VisitForm", "Text message")),
    ("other", QT_TRANSLATE_NOOP("VisitForm", "Other")),
]
CONTACT_OUTCOMES = [
    ("reached", QT_TRANSLATE_NOOP("VisitForm", "Reached")),
    ("no_answer", QT_TRANSLATE_NOOP("VisitForm", "No answer")),
    ("wrong_number", QT_TRANSLATE_NOOP("VisitForm", "Wrong number")),
    ("moved_away", QT_TRANSLATE_NOOP("VisitForm", "Moved away")),
    ("refused", QT_TRANSLATE_NOOP("VisitForm", "Refused")),
]

STATE_LABELS = {
    None: QT_TRANSLATE_NOOP("VisitForm", "No form yet"),
    "draft": QT_TRANSLATE_NOOP("VisitForm", "Draft"),
    "final": QT_TRANSLATE_NOOP("VisitForm", "Final"),
    "reviewed": QT_TRANSLATE_NOOP("VisitForm", "Reviewed"),
}
FOLLOWUP_KINDS = {
    "follow_up": QT_TRANSLATE_NOOP("VisitForm", "Follow-up"),
    "rework": QT_TRANSLATE_NOOP("VisitForm", "Rework"),
    "help": QT_TRANSLATE_NOOP("VisitForm", "Help"),
}
FOLLOWUP_STATES = {
    "open": QT_TRANSLATE_NOOP("VisitForm", "Open"),
    "closed": QT_TRANSLATE_NOOP("VisitForm", "Closed"),
}


def tab_title(key: str) -> str:
    return translate("VisitForm", TAB_TITLES[key])


def field_label(name: str) -> str:
    return translate("VisitForm", FIELD_LABELS[name])


def field_tip(name: str) -> str:
    return translate("VisitFormTips", FIELD_TIPS[name]) if name in FIELD_TIPS else ""


def choices(name: str) -> list[tuple[object, str]]:
    return [(value, translate("VisitForm", text)) for value, text in CHOICES[name]]


def choice_label(name: str, value: object) -> str:
    if name == "satisfaction" and value == "not_reached":  # a contact outcome, not a level
        name = "contact_result"
    for code, text in CHOICES.get(name, []):
        if code == value:
            return translate("VisitForm", text)
    return ""


def state_label(state: str | None) -> str:
    return translate("VisitForm", STATE_LABELS.get(state, STATE_LABELS[None]))


def means_label(code: str | None) -> str:
    return next((translate("VisitForm", t) for c, t in CONTACT_MEANS if c == code), "")


def outcome_label(code: str | None) -> str:
    return next((translate("VisitForm", t) for c, t in CONTACT_OUTCOMES if c == code), "")
