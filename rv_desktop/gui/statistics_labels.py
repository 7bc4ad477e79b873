"""The words of the feedback statistics: dimensions, column groups and columns,
row keys and rates, as the Statistics page, its charts and its exports' previews
show them (translation context ``StatisticsModel``, where they always were).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import vocabulary
from ..services.statistics_export import STAT_GROUPS
from . import vocab
from .labels import source_level_label

CONTEXT = "StatisticsModel"

#: The dimensions the rows may be grouped by, with their labels.
DIMENSION_LABELS = {
    "source": QT_TRANSLATE_NOOP("StatisticsModel", "Source level"),
    "unit": QT_TRANSLATE_NOOP("StatisticsModel", "Handling unit"),
    "village": QT_TRANSLATE_NOOP("StatisticsModel", "Village"),
    "category": QT_TRANSLATE_NOOP("StatisticsModel", "Category"),
    "visitor": QT_TRANSLATE_NOOP("StatisticsModel", "Visitor"),
    "town": QT_TRANSLATE_NOOP("StatisticsModel", "Town"),
}

#: Labels of the groups of columns (the upper header row).
GROUP_LABELS = {
    "group.visits": QT_TRANSLATE_NOOP("StatisticsModel", "Visits"),
    "group.method": QT_TRANSLATE_NOOP("StatisticsModel", "Visit method"),
    "group.satisfaction": QT_TRANSLATE_NOOP("StatisticsModel", "Satisfaction"),
    "group.conclusion": QT_TRANSLATE_NOOP("StatisticsModel", "Conclusion true and reasonable"),
    "group.demands": QT_TRANSLATE_NOOP("StatisticsModel", "Reasonable demands solved"),
    "group.proxy": QT_TRANSLATE_NOOP("StatisticsModel", "Answered by a proxy"),
    "group.carried": QT_TRANSLATE_NOOP("StatisticsModel", "Handling opinions carried out"),
    "group.opinions": QT_TRANSLATE_NOOP("StatisticsModel", "Opinions and suggestions"),
    "group.look_lawful": QT_TRANSLATE_NOOP("StatisticsModel", "Look 1: lawful handling"),
    "group.look_satisfied": QT_TRANSLATE_NOOP("StatisticsModel", "Look 2: satisfied"),
    "group.look_opinions": QT_TRANSLATE_NOOP("StatisticsModel", "Look 3: opinions given"),
    "group.difficulties": QT_TRANSLATE_NOOP("StatisticsModel", "Practical difficulties"),
    "group.rework": QT_TRANSLATE_NOOP("StatisticsModel", "Rework items"),
    "group.followups": QT_TRANSLATE_NOOP("StatisticsModel", "Follow-ups"),
}

#: Labels of the columns (the lower header row: short, the group says the rest).
COLUMN_LABELS = {
    "targets": QT_TRANSLATE_NOOP("StatisticsModel", "Targets"),
    "visited": QT_TRANSLATE_NOOP("StatisticsModel", "Visited"),
    "visited_as_required": QT_TRANSLATE_NOOP("StatisticsModel", "Visited as required"),
    "visit_rate": QT_TRANSLATE_NOOP("StatisticsModel", "Visit rate"),
    "home_visit": QT_TRANSLATE_NOOP("StatisticsModel", "Home visit"),
    "phone": QT_TRANSLATE_NOOP("StatisticsModel", "Phone"),
    "former_residence": QT_TRANSLATE_NOOP("StatisticsModel", "Former residence"),
    "other_method": QT_TRANSLATE_NOOP("StatisticsModel", "Other"),
    "satisfied": QT_TRANSLATE_NOOP("StatisticsModel", "Satisfied"),
    "basically_satisfied": QT_TRANSLATE_NOOP("StatisticsModel", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("StatisticsModel", "Dissatisfied"),
    "not_reached": QT_TRANSLATE_NOOP("StatisticsModel", "Not reached"),
    "satisfaction_rate": QT_TRANSLATE_NOOP("StatisticsModel", "Satisfaction rate"),
    "conclusion_reasonable_yes": QT_TRANSLATE_NOOP("StatisticsModel", "Yes"),
    "conclusion_reasonable_partly": QT_TRANSLATE_NOOP("StatisticsModel", "Partly"),
    "conclusion_reasonable_no": QT_TRANSLATE_NOOP("StatisticsModel", "No"),
    "demands_solved_yes": QT_TRANSLATE_NOOP("StatisticsModel", "Yes"),
    "demands_solved_partly": QT_TRANSLATE_NOOP("StatisticsModel", "Partly"),
    "demands_solved_no": QT_TRANSLATE_NOOP("StatisticsModel", "No"),
    "opinions_carried_out": QT_TRANSLATE_NOOP("StatisticsModel", "Yes"),
    "opinions_carried_out_partly": QT_TRANSLATE_NOOP("StatisticsModel", "Partly"),
    "opinions_carried_out_no": QT_TRANSLATE_NOOP("StatisticsModel", "No"),
    "rated": QT_TRANSLATE_NOOP("StatisticsModel", "Rated"),
    "reached": QT_TRANSLATE_NOOP("StatisticsModel", "Reached"),
    "difficulties_none": QT_TRANSLATE_NOOP("StatisticsModel", "None"),
    "opinions_none": QT_TRANSLATE_NOOP("StatisticsModel", "None"),
    "look_lawful_yes": QT_TRANSLATE_NOOP("StatisticsModel", "Yes"),
    "look_lawful_no": QT_TRANSLATE_NOOP("StatisticsModel", "No"),
    "look_satisfied_yes": QT_TRANSLATE_NOOP("StatisticsModel", "Yes"),
    "look_satisfied_no": QT_TRANSLATE_NOOP("StatisticsModel", "No"),
    "look_opinions_yes": QT_TRANSLATE_NOOP("StatisticsModel", "Yes"),
    "look_opinions_no": QT_TRANSLATE_NOOP("StatisticsModel", "No"),
    "proxy_relative": QT_TRANSLATE_NOOP("StatisticsModel", "Relative"),
    "proxy_committee": QT_TRANSLATE_NOOP("StatisticsModel", "Village committee"),
    "difficulties_found": QT_TRANSLATE_NOOP("StatisticsModel", "Found"),
    "difficulties_helped": QT_TRANSLATE_NOOP("StatisticsModel", "Helped"),
    "opinions_collected": QT_TRANSLATE_NOOP("StatisticsModel", "Collected"),
    "settled": QT_TRANSLATE_NOOP("StatisticsModel", "Settled"),
    "rework_sent": QT_TRANSLATE_NOOP("StatisticsModel", "Sent back"),
    "rework_closed": QT_TRANSLATE_NOOP("StatisticsModel", "Closed"),
    "rework_overdue": QT_TRANSLATE_NOOP("StatisticsModel", "Overdue"),
    "followups_open": QT_TRANSLATE_NOOP("StatisticsModel", "Open"),
    "followups_overdue": QT_TRANSLATE_NOOP("StatisticsModel", "Overdue"),
}

#: The satisfaction levels' codes (labels from the county's vocabulary, data/).
SATISFACTION_LABELS = {code: code for code, _label in vocabulary.choices("satisfaction")}

TOTAL = QT_TRANSLATE_NOOP("StatisticsModel", "Total")
NOT_RECORDED = QT_TRANSLATE_NOOP("StatisticsModel", "(not recorded)")
NO_VISITOR = QT_TRANSLATE_NOOP("StatisticsModel", "(no visitor)")
NOT_VISITED = QT_TRANSLATE_NOOP("StatisticsModel", "Not visited")
CLICK_HINT = QT_TRANSLATE_NOOP("StatisticsModel", "Click to list the cases behind this figure")


def tr_statistics(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rate_text(rate: float | None) -> str:
    """``0.925`` → ``92.5%``; None → ``—``."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def dimension_label(by: str) -> str:
    return tr_statistics(DIMENSION_LABELS[by])


def satisfaction_label(code: str | None) -> str:
    return vocab.label("satisfaction", code) if code in SATISFACTION_LABELS else ""


def key_label(by: str, key: str | None) -> str:
    """The label of a row key: the total, "(not recorded)", a source level, a name."""
    if key is None:
        return tr_statistics(TOTAL)
    if key == "":
        return tr_statistics(NO_VISITOR if by == "visitor" else NOT_RECORDED)
    if by == "source":
        return source_level_label(key) or key
    return key


#: The figure columns in the county's order, and the group each belongs to.
STAT_COLUMNS: tuple[str, ...] = tuple(c for _g, columns in STAT_GROUPS for c in columns)
GROUP_OF = {c: g for g, columns in STAT_GROUPS for c in columns}


def figure_title(column: str) -> str:
    """A column's full name: "Rework items · Overdue", "Settled"."""
    group = GROUP_OF.get(column)
    label = tr_statistics(COLUMN_LABELS[column])
    if group is None or group == "group.visits":
        return label
    return f"{tr_statistics(GROUP_LABELS[group])} · {label}"
