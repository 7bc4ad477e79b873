"""The eight tabs of the registration form, built as code (what is shown depends on data).

``FormTabs`` builds the widgets and keeps, by field name, the input
(``inputs``), its label (``labels_of``) and the line for its error
(``errors``); the dialog reads and writes them. Each tab's fields are created
in the order the paper form has them, which is also the keyboard's tab order.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain.visits import FIELD_LIMITS, EarlierVisit, FollowUpRow
from ...formatting import date_text
from ...row_table import RowTableModel
from ...widgets.row_view import EXTENDED, set_up_rows
from . import labels
from .inputs import ChoiceGroup, ContactsEditor, DateField

ERROR_COLOUR = "#b3261e"
HINT_COLOUR = "#555555"


def set_text_colour(label: QLabel, colour: str) -> None:
    """Colour a label's text through its palette (a style sheet per widget would make
    opening the form noticeably slower)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


#: Fields typed as multi-line text (the others are one line).
TEXT_AREAS = (
    "away_phone_result",
    "away_people_asked",
    "away_statement",
    "conclusion_note",
    "dissatisfaction_reason",
    "difficulties",
    "help_given",
    "opinions",
    "explained",
    "next_action",
)
CHECKBOXES = ("petitioner_away", "followup_needed", "signed_visitors")
DATES = ("next_due", "recorded_on")


class PlainText(QPlainTextEdit):
    """Multi-line text where Tab moves on (Ctrl+Tab would insert a tab; none is needed)."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)


class EarlierVisitsModel(RowTableModel):
    """The task's other visit records, read-only."""

    HEADERS = (
        QT_TRANSLATE_NOOP("EarlierVisitsModel", "Visit no."),
        QT_TRANSLATE_NOOP("EarlierVisitsModel", "State"),
        QT_TRANSLATE_NOOP("EarlierVisitsModel", "Date"),
        QT_TRANSLATE_NOOP("EarlierVisitsModel", "Method"),
        QT_TRANSLATE_NOOP("EarlierVisitsModel", "Satisfaction"),
        QT_TRANSLATE_NOOP("EarlierVisitsModel", "Settled"),
    )
    VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: list[EarlierVisit], parent=None):
        super().__init__(parent, rows)

    def display(self, r: EarlierVisit, column: int) -> str:
        return (
            self.tr("Visit {n}").format(n=r.visit_no),
            labels.state_label(r.state),
            date_text(r.visited_on),
            labels.choice_label("method", r.method),
            labels.choice_label("satisfaction", r.satisfaction),
            labels.choice_label("settled", r.settled),
        )[column]

    def role_data(self, r: EarlierVisit, column: int, role: int):
        return r.id if role == self.VISIT_ID_ROLE else None


class FollowUpItemsModel(RowTableModel):
    """The task's rework, help and follow-up items, read-only."""

    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpItemsModel", "Kind"),
        QT_TRANSLATE_NOOP("FollowUpItemsModel", "State"),
        QT_TRANSLATE_NOOP("FollowUpItemsModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpItemsModel", "Who"),
        QT_TRANSLATE_NOOP("FollowUpItemsModel", "Reason / action"),
    )

    def __init__(self, rows: list[FollowUpRow], parent=None):
        super().__init__(parent, rows)

    def display(self, r: FollowUpRow, column: int) -> str:
        return (
            labels.kind_label(r.kind),
            labels.item_state_label(r.state),
            date_text(r.due_on),
            r.assignee or "",
            " / ".join(t for t in (r.reason, r.action) if t),
        )[column]

    def role_data(self, r: FollowUpRow, column: int, role: int):
        if role == Qt.ItemDataRole.UserRole:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and r.state == "closed":
            return QColor("#666666")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(r, column)
        return None


def _table() -> QTableView:
    view = QTableView()
    header = set_up_rows(view, selection=EXTENDED)
    view.setTabKeyNavigation(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(14)
    return form


def _page_form(content: QWidget) -> QFormLayout:
    """A form at the top of a page: rows keep their height, the space left stays below."""
    layout = QVBoxLayout(content)
    form = _form()
    layout.addLayout(form)
    layout.addStretch(1)
    return form


class FormTabs:
    """Builds the tab pages; holds the inputs by field name."""

    def __init__(self, owner: QWidget):
        self.owner = owner
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        self.labels_of: dict[str, QLabel] = {}
        self.pages: dict[str, QWidget] = {}
        self.case_labels: dict[str, QLabel] = {}

    def tr(self, text: str) -> str:
        # not a QObject: its strings live in the context lupdate gives them, "FormTabs"
        return QCoreApplication.translate("FormTabs", text)

    # --- fields --------------------------------------------------------------------

    def input_for(self, name: str) -> QWidget:
        if name in CHECKBOXES:
            widget: QWidget = QCheckBox(labels.field_label(name))
        elif labels.choices(name):
            widget = ChoiceGroup(labels.choices(name))
        elif name == "visited_at":
            widget = DateField(with_time=True)
        elif name in DATES:
            widget = DateField()
        elif name in TEXT_AREAS:
            widget = PlainText(2 if name.startswith("away_") or name == "conclusion_note" else 3)
        elif name == "contacts":
            widget = ContactsEditor()
        else:
            widget = QLineEdit()
            if name in FIELD_LIMITS:
                widget.setMaxLength(FIELD_LIMITS[name])
        return widget

    def field(self, form: QFormLayout, name: str) -> QWidget:
        """Add the input of ``name`` to ``form`` with its label and tooltip."""
        widget = self.input_for(name)
        widget.setObjectName(f"field_{name}")
        tip = labels.field_tip(name)
        widget.setToolTip(tip)
        if isinstance(widget, QCheckBox):
            label = QLabel("")
        else:
            label = QLabel(labels.field_label(name))
            label.setBuddy(widget)
            label.setToolTip(tip)
        label.setObjectName(f"label_{name}")
        form.addRow(label, widget)
        self.inputs[name] = widget
        self.labels_of[name] = label
        self._forms[name] = form
        return widget

    def fields(self, form: QFormLayout, *names: str) -> None:
        """Add the inputs of ``names`` to ``form``, in that order."""
        for name in names:
            self.field(form, name)

    def error_label(self, name: str) -> QLabel:
        """The line under the field for its problems, made when first needed (opening
        the form stays fast: most fields never show one)."""
        if name not in self.errors:
            error = QLabel()
            error.setObjectName(f"error_{name}")
            set_text_colour(error, ERROR_COLOUR)
            error.setWordWrap(True)
            error.setVisible(False)
            form = self._forms[name]
            row, _role = form.getWidgetPosition(self.inputs[name])
            form.insertRow(row + 1, QLabel(""), error)
            self.errors[name] = error
        return self.errors[name]

    def page(self, key: str, content: QWidget) -> QWidget:
        """The tab's page, scrolled (a small screen, a large system font)."""
        page = _scrolled(content)
        page.setObjectName(f"tab_{key}")
        self.pages[key] = page
        return page

    # --- the tabs ------------------------------------------------------------------

    def case_tab(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        form = _form()
        for key, text in (
            ("case_no", self.tr("Case number")),
            ("petitioner", self.tr("Petitioner")),
            ("phones", self.tr("Phone numbers")),
            ("address", self.tr("Address")),
            ("village", self.tr("Village or community")),
            ("source", self.tr("Source and channel")),
            ("category", self.tr("Category")),
            ("registered_on", self.tr("Registered on")),
            ("demand", self.tr("Demand")),
            ("handling_unit", self.tr("Handling unit")),
            ("leader", self.tr("Responsible leader")),
            ("concluded_on", self.tr("Concluded on")),
            ("conclusion", self.tr("Handling conclusion")),
        ):
            value = QLabel()
            value.setObjectName(f"case_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, value)
            self.case_labels[key] = value
        layout.addLayout(form)
        row = QHBoxLayout()
        self.case_link = QLabel()
        self.case_link.setObjectName("caseLink")
        self.case_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.case_link.setToolTip(
            self.tr("The case in the register: petitioner, handling, history (Ctrl+K)")
        )
        row.addWidget(self.case_link)
        row.addStretch(1)
        layout.addLayout(row)
        self.earlier_title = _bold(QLabel(self.tr("Earlier visits (read-only)")))
        self.earlier = _table()
        self.earlier.setObjectName("earlierVisits")
        self.earlier.setToolTip(self.tr("Enter or double-click shows that visit's form, read-only"))
        self.earlier.setMaximumHeight(130)
        self.earlier.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.earlier_title)
        layout.addWidget(self.earlier)
        layout.addStretch(1)
        return self.page("case", content)

    def visit_tab(self) -> QWidget:
        content = QWidget()
        form = _page_form(content)
        self.fields(
            form,
            "visited_at",
            "method",
            "method_reason",
            "visitors",
            "joining_units",
            "location",
            "respondent",
            "respondent_name",
            "respondent_relation",
            "petitioner_away",
        )
        self.away_box = QGroupBox(
            self.tr("Petitioner away: phone, and ask at the former residence")
        )
        self.away_box.setObjectName("awayBox")
        away = _form(self.away_box)
        self.fields(away, "away_phone_result", "away_people_asked", "away_statement")
        form.addRow(self.away_box)
        self.fields(form, "contacts", "contact_result", "contact_note")
        return self.page("visit", content)

    def findings_tab(self) -> QWidget:
        content = QWidget()
        form = _page_form(content)
        self.fields(
            form,
            "conclusion_reasonable",
            "conclusion_note",
            "conclusion_view",
            "demands_solved",
            "opinions_carried_out",
            "demands_note",
            "no_rework_reason",
            "satisfaction",
            "dissatisfaction_reason",
            "unit_rating",
            "settled",
            "risk",
        )
        return self.page("findings", content)

    def difficulties_tab(self) -> QWidget:
        content = QWidget()
        form = _page_form(content)
        self.fields(form, "has_difficulties", "difficulties", "help_given", "help_by")
        return self.page("difficulties", content)

    def opinions_tab(self) -> QWidget:
        content = QWidget()
        form = _page_form(content)
        self.field(form, "has_opinions")
        opinions = self.field(form, "opinions")
        opinions.setFixedHeight(opinions.fontMetrics().lineSpacing() * 8 + 14)
        return self.page("opinions", content)

    def three_looks_tab(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        note = QLabel(
            self.tr(
                "The three looks (三看) follow the answers to points (1), (3) and (5). Take them "
                "with the button; an answer that differs needs a note."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.suggest_button = QPushButton(self.tr("Confirm the suggestions"))
        self.suggest_button.setObjectName("confirmLooks")
        self.suggest_button.setToolTip(self.tr("Take the answers suggested by the tabs above"))
        row = QHBoxLayout()
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        layout.addLayout(row)
        form = _form()
        self.suggestions: dict[str, QLabel] = {}
        for name in ("look_lawful", "look_satisfied", "look_opinions"):
            self.field(form, name)
            hint = QLabel()
            hint.setObjectName(f"suggest_{name}")
            set_text_colour(hint, HINT_COLOUR)
            self.suggestions[name] = hint
            form.addRow("", hint)
        self.field(form, "looks_note")
        layout.addLayout(form)
        layout.addStretch(1)
        return self.page("three_looks", content)

    def follow_up_tab(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        form = _form()
        self.fields(form, "followup_needed", "explained", "next_action", "next_by", "next_due")
        layout.addLayout(form)
        title = _bold(
            QLabel(self.tr("Items of this task (rework, help, follow-up), tracked until closed"))
        )
        self.items = _table()
        self.items.setObjectName("followUpItems")
        self.items.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # read-only: Tab passes it
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.close_item_button = QPushButton(self.tr("Close item…"))
        self.close_item_button.setObjectName("closeItem")
        self.close_item_button.setToolTip(
            self.tr("Record the result of the chosen open item (or double-click it)")
        )
        self.close_item_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.close_item_button)
        layout.addLayout(row)
        layout.addWidget(self.items, 1)
        return self.page("follow_up", content)

    def sign_off_tab(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        form = _form()
        self.fields(form, "recorded_by", "recorded_on", "signed_visitors", "signed_petitioner")
        layout.addLayout(form)
        self.state_box = QGroupBox(self.tr("State of the record"))
        state = _form(self.state_box)
        self.state_label = QLabel()
        self.state_label.setObjectName("recordState")
        self.reviewed_label = QLabel()
        self.reopen_label = QLabel()
        self.reopen_label.setWordWrap(True)
        state.addRow(self.tr("State"), self.state_label)
        state.addRow(self.tr("Reviewed by"), self.reviewed_label)
        state.addRow(self.tr("Reopened because"), self.reopen_label)
        hint = QLabel(
            self.tr(
                "Draft → final (Ctrl+Enter, when nothing is missing) → reviewed by the office "
                "lead. A final record is read-only until reopened with a reason."
            )
        )
        hint.setWordWrap(True)
        set_text_colour(hint, HINT_COLOUR)
        state.addRow(hint)
        layout.addWidget(self.state_box)
        layout.addStretch(1)
        return self.page("sign_off", content)
