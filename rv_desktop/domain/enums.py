"""Closed vocabularies of the domain, stored as short English codes.

Each vocabulary is a ``str`` enum: the value is what the database stores (and
what the command line prints in JSON); the people-facing label is translated
in the GUI and in printed forms, never here. The schema checks every column
against its enum (see ``models.EnumField``).
"""

from __future__ import annotations

from enum import StrEnum


class SourceLevel(StrEnum):
    """交办来源: the level that assigned the case down."""

    CENTRAL = "central"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    COUNTY = "county"
    OWN = "own"


class Channel(StrEnum):
    """信访形式."""

    LETTER = "letter"
    VISIT = "visit"
    ONLINE = "online"
    PHONE = "phone"


class ExclusionReason(StrEnum):
    """排除原因: why a considered case is not a target."""

    MANY_PEOPLE = "many_people"
    POLICY = "policy"
    REBOUND = "rebound"
    SETTLED = "settled"
    OTHER = "other"


class TaskStatus(StrEnum):
    """Columns of the assignment board."""

    UNASSIGNED = "unassigned"
    ASSIGNED = "assigned"
    VISITED = "visited"
    FOLLOW_UP = "follow_up"
    DONE = "done"


class VisitMethod(StrEnum):
    """回访方式."""

    HOME_VISIT = "home_visit"
    PHONE = "phone"
    FORMER_RESIDENCE = "former_residence"
    OFFICE = "office"
    OTHER = "other"


class Satisfaction(StrEnum):
    """满意度."""

    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    DISSATISFIED = "dissatisfied"
    NOT_REACHED = "not_reached"


class YesPartlyNo(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class ConclusionView(StrEnum):
    """The petitioner's view of the handling conclusion."""

    AGREES = "agrees"
    DISAGREES = "disagrees"
    UNCLEAR = "unclear"


class Respondent(StrEnum):
    """受访人: who answered; anything but the petitioner is a proxy (代评)."""

    PETITIONER = "petitioner"
    RELATIVE = "relative"
    COMMITTEE = "committee"
    OTHER = "other"


class ContactMeans(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    MESSAGE = "message"
    OTHER = "other"


class ContactOutcome(StrEnum):
    """联系记录的结果."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    MOVED_AWAY = "moved_away"
    REFUSED = "refused"


class ContactResult(StrEnum):
    """联系结果: the outcome of the contact, not a level of satisfaction."""

    REACHED = "reached"
    NOT_REACHED = "not_reached"
    REFUSED = "refused"
    DECEASED = "deceased"
    IN_CUSTODY = "in_custody"
    MOVED_NO_TRACE = "moved_no_trace"


class Risk(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RecordState(StrEnum):
    """A visit record goes draft → final → reviewed."""

    DRAFT = "draft"
    FINAL = "final"
    REVIEWED = "reviewed"


class Signature(StrEnum):
    """Whether the paper form carries the petitioner's signature."""

    SIGNED = "signed"
    REFUSED = "refused"
    MISSING = "missing"


class FollowUpKind(StrEnum):
    """跟踪回访, 督办整改 and 帮扶事项 share one tracked table."""

    FOLLOW_UP = "follow_up"
    REWORK = "rework"
    HELP = "help"


class FollowUpState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class StaffRole(StrEnum):
    LEADER = "leader"
    VISITOR = "visitor"
    CLERK = "clerk"
    OFFICE_LEAD = "office_lead"


class UserRole(StrEnum):
    CLERK = "clerk"
    OFFICE_LEAD = "office_lead"
    ADMIN = "admin"


def values(enum: type[StrEnum]) -> list[str]:
    """The stored codes of an enum, in declaration order."""
    return [member.value for member in enum]
