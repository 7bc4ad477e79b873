"""Which fields the method and the answers make meaningless, and the three looks
the answers suggest (no Qt)."""

from __future__ import annotations

from ....domain import plan_rules

_PROXIES = ("relative", "committee", "other")
_GOOD = ("satisfied", "basically_satisfied")
_FIELDS = (
    "visited_at method visitors joining_units location respondent respondent_name "
    "respondent_relation petitioner_away away_phone_result away_people_asked away_statement "
    "conclusion_reasonable conclusion_note conclusion_view demands_solved opinions_carried_out "
    "satisfaction dissatisfaction_reason unit_rating settled risk difficulties help_given help_by "
    "opinions look_lawful look_satisfied look_opinions followup_needed explained next_action "
    "next_by next_due recorded_by recorded_on signed_visitors signed_petitioner "
    "contact_result contact_note method_reason demands_note no_rework_reason has_difficulties "
    "has_opinions looks_note"
).split()
_NOT_FULLY = ("no", "partly")
_ANSWERS = (
    "conclusion_reasonable conclusion_view demands_solved opinions_carried_out demands_note "
    "no_rework_reason satisfaction dissatisfaction_reason unit_rating has_difficulties "
    "difficulties help_given help_by has_opinions opinions look_lawful look_satisfied "
    "look_opinions looks_note"
).split()


def relevant_fields(v: dict) -> set[str]:
    """The fields that mean something for the values ``v`` (the others are disabled)."""
    names = set(_FIELDS)
    if v.get("respondent") not in _PROXIES:
        names -= {"respondent_name", "respondent_relation"}
    if not v.get("petitioner_away") and v.get("method") != "former_residence":
        names -= {"away_phone_result", "away_people_asked", "away_statement"}
    if v.get("method") not in ("office", "other"):
        names.discard("method_reason")
    result = v.get("contact_result")
    if result in (None, "reached"):
        names.discard("contact_note")
    else:  # not reached: the record gives no answers
        names -= set(_ANSWERS)
    points = [v.get(n) for n in ("demands_solved", "opinions_carried_out")]
    if not any(p in _NOT_FULLY for p in points):
        names.discard("demands_note")
    if not any(p in _NOT_FULLY for p in [v.get("conclusion_reasonable"), *points]):
        names.discard("no_rework_reason")
    if v.get("has_difficulties") is False:
        names -= {"difficulties", "help_given", "help_by"}
    if v.get("has_opinions") is False:
        names.discard("opinions")
    satisfaction = v.get("satisfaction")
    if satisfaction != "dissatisfied":
        names.discard("dissatisfaction_reason")
    if satisfaction == "not_reached":
        names -= {"conclusion_view", "unit_rating"}
    if not v.get("difficulties"):
        names -= {"help_given", "help_by"}
    follow = bool(v.get("followup_needed")) or satisfaction == "dissatisfied"
    if not follow and v.get("settled") is not False and not any(p in _NOT_FULLY for p in points):
        names.discard("explained")
    if not follow:
        names -= {"next_action", "next_by", "next_due"}
    if v.get("method") == "phone":
        names -= {"signed_petitioner"}
    return names


def suggested_looks(v: dict) -> dict[str, bool | None]:
    """The three looks the answers to points (1), (3) and (5) give (None: not answered)."""
    return plan_rules.derived_looks(v)
