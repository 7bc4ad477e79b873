"""The registration form window (信访事项办理情况回访登记表): one visit record of one task.

It opens on a task of a list (the visit-record page's filtered rows, a board
column) and steps through that list with Ctrl+PgDown / Ctrl+PgUp. The record
comes from ``domain.visits``: ``form_for_task`` (the latest record, or a new
draft), ``save_draft``, ``finalise``, ``reopen``, ``review``, ``start_visit``
(a re-visit) and ``discard_draft`` (a draft opened by mistake and left
untouched); the Follow-up tab closes an item of the task with ``close_followup``
(``CloseFollowUpDialog``). The window never writes anything else.

- **Autosave**: every change restarts a single-shot timer (``AUTOSAVE_MS``);
  when it fires the draft is saved. Leaving the record (next task, closing
  the window) saves too, so nothing typed is lost.
- **Validation** is the domain's ``validate``: each tab with a problem shows a
  mark; after a finalise attempt every message also shows under its field.
- **Relevance**: fields the method and the answers make meaningless are
  disabled (and skipped by Tab), and stored empty.
- **Read-only**: a final or reviewed record cannot be changed until
  *Reopen…* (a reason, audited).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain import plan_rules
from ....domain.cases import fetch_rows
from ....domain.errors import UserError
from ....domain.normalize import mask_address, mask_phone
from ....domain.visits import (
    FIELD_TABS,
    TABS,
    FieldProblem,
    VisitError,
    VisitForm,
    discard_draft,
    finalise,
    followup_list,
    form_for_task,
    load_visit,
    reopen,
    review,
    save_draft,
    start_visit,
    validate,
)
from ....i18n import tr_error
from ... import screen_fit, window_state
from ...formatting import date_text
from ...models.case_table_model import channel_label, source_level_label
from . import labels
from .as_you_go import VisitedFields
from .inputs import ChoiceGroup, ContactsEditor, DateField
from .tabs import (
    CHECKBOXES,
    ERROR_COLOUR,
    EarlierVisitsModel,
    FollowUpItemsModel,
    FormTabs,
    set_text_colour,
)

#: Milliseconds after the last change before the draft is saved.
AUTOSAVE_MS = 2000

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


def _problem_icon() -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#d93025"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


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


class VisitFormDialog(QDialog):
    """The registration form of one task, stepping through a list of tasks."""

    #: a record was saved, finalised, reopened, reviewed, started or discarded (target id)
    record_changed = Signal(int)
    #: the draft was written to the database (visit id): autosave or Ctrl+S
    saved = Signal(int)
    #: another task of the list is shown (its index in the list)
    moved = Signal(int)

    def __init__(
        self,
        target_ids: Sequence[int] = (),
        index: int = 0,
        parent: QWidget | None = None,
        *,
        visit_id: int | None = None,
        autosave_ms: int = AUTOSAVE_MS,
    ):
        super().__init__(parent)
        self.setObjectName("visitForm")
        self.target_ids = list(target_ids)
        self.index = index
        self.form: VisitForm | None = None
        self.read_only = True
        self.viewing_earlier = visit_id is not None and not target_ids
        self._loading = False
        self._dirty = False
        self._touched = False  # anything typed since this record was shown
        self._show_errors = False
        self._problems: list[FieldProblem] = []
        self._relevant: set[str] = set(_FIELDS)
        self._icon = _problem_icon()
        self.setWindowTitle(self.tr("Return-visit registration form"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setMinimumSize(QSize(820, 560))

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)

        self._build()
        self.visited = VisitedFields(self.inputs, self.tabs, list(TABS), _tab_of, self)
        self._connect()
        screen_fit.fit_window(
            self, (1000, 760), window_state.geometry(window_state.VISIT_FORM_GEOMETRY)
        )
        if visit_id is not None:
            self.show_form(load_visit(visit_id))
        elif self.target_ids:
            self.open_task(index)

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("dialogTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        self.position_label = QLabel()
        self.position_label.setObjectName("position")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state_badge)
        top.addSpacing(12)
        top.addWidget(self.position_label)

        self.ui = FormTabs(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("formTabs")
        self.tabs.setUsesScrollButtons(False)
        for key, build in (
            ("case", self.ui.case_tab),
            ("visit", self.ui.visit_tab),
            ("findings", self.ui.findings_tab),
            ("difficulties", self.ui.difficulties_tab),
            ("opinions", self.ui.opinions_tab),
            ("three_looks", self.ui.three_looks_tab),
            ("follow_up", self.ui.follow_up_tab),
            ("sign_off", self.ui.sign_off_tab),
        ):
            n = self.tabs.addTab(build(), labels.tab_title(key))
            self.tabs.setTabToolTip(n, self.tr("Alt+{n}").format(n=n + 1))
        self.inputs = self.ui.inputs
        self.errors = self.ui.errors

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)

        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setToolTip(self.tr("The previous task of the list (Ctrl+PgUp)"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("The next task of the list (Ctrl+PgDown)"))
        self.revisit_button = QPushButton(self.tr("&New visit"))
        self.revisit_button.setToolTip(
            self.tr("Start the next visit record of this case, a re-visit (Ctrl+Shift+N)")
        )
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.reopen_button.setToolTip(
            self.tr(
                "Make the final record a draft again to correct it; asks the reason (Ctrl+Shift+R)"
            )
        )
        self.review_button = QPushButton(self.tr("Re&view…"))
        self.review_button.setToolTip(
            self.tr("The office lead checks the final record (Ctrl+Shift+V)")
        )
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setToolTip(
            self.tr("Save as a draft (Ctrl+S); drafts are also saved as you type")
        )
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.finalise_button.setToolTip(
            self.tr("Check the form and make it final (Ctrl+Enter); moves the task on the board")
        )
        self.close_button = QPushButton(self.tr("Close"))
        for button in (
            self.prev_button,
            self.next_button,
            self.revisit_button,
            self.reopen_button,
            self.review_button,
            self.save_button,
            self.finalise_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the form
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        for button in (
            self.revisit_button,
            self.reopen_button,
            self.review_button,
            self.save_button,
            self.finalise_button,
            self.close_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.shortcuts: dict[str, QShortcut] = {}
        for name, keys, slot in (
            ("save", (QKeySequence.StandardKey.Save,), self.save_now),
            ("finalise", ("Ctrl+Return", "Ctrl+Enter"), self.finalise_now),
            ("next", ("Ctrl+PgDown",), self.next_task),
            ("previous", ("Ctrl+PgUp",), self.previous_task),
            ("case", ("Ctrl+K",), self.open_case),
            ("revisit", ("Ctrl+Shift+N",), self.start_revisit_key),
            ("reopen", ("Ctrl+Shift+R",), self.ask_reopen_key),
            ("review", ("Ctrl+Shift+V",), self.ask_review_key),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.setdefault(name, shortcut)
        for n in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{n + 1}"), self)
            shortcut.activated.connect(lambda n=n: self.show_tab(TABS[n]))

    def _connect(self) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, ChoiceGroup):
                widget.changed.connect(self._changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._changed)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, ContactsEditor):
                widget.changed.connect(self._changed)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._changed)
        self.inputs["satisfaction"].changed.connect(self._satisfaction_chosen)
        self.inputs["contacts"].default_time = self._contact_time
        self.ui.suggest_button.clicked.connect(self.confirm_suggestions)
        self.ui.case_link.linkActivated.connect(lambda _link: self.open_case())
        self.ui.earlier.activated.connect(self._open_earlier)
        self.ui.items.doubleClicked.connect(lambda _index: self.close_item())
        self.ui.close_item_button.clicked.connect(self.close_item)
        self.prev_button.clicked.connect(self.previous_task)
        self.next_button.clicked.connect(self.next_task)
        self.revisit_button.clicked.connect(self.start_revisit)
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.review_button.clicked.connect(self.ask_review)
        self.save_button.clicked.connect(self.save_now)
        self.finalise_button.clicked.connect(self.finalise_now)
        self.close_button.clicked.connect(self.close)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.visited.changed.connect(self._validate)

    # --- showing a record -----------------------------------------------------------

    def set_list(self, target_ids: Sequence[int], index: int) -> bool:
        """Step through ``target_ids`` from now on, showing the ``index``-th task."""
        self.leave_record()
        self.target_ids = list(target_ids)
        self.viewing_earlier = False
        return self.open_task(index)

    def open_task(self, index: int) -> bool:
        """Show the form of the ``index``-th task of the list (a new draft if it has none)."""
        if not 0 <= index < len(self.target_ids):
            return False
        target_id = self.target_ids[index]
        try:
            form = form_for_task(target_id)
        except UserError as error:
            self.index = index
            self.form = None
            self._show_state()
            self._update_position()
            self._say(tr_error(error), error=True)
            return False
        self.index = index
        self.show_form(form)
        if form.created:
            self.record_changed.emit(target_id)  # the card moved to "visited"
        self.moved.emit(index)
        return True

    def show_form(self, form: VisitForm) -> None:
        """Fill the widgets from ``form`` (as stored)."""
        self.autosave_timer.stop()
        self._loading = True
        try:
            self.form = form
            self._dirty = False
            self._touched = False
            self._show_errors = False
            self.visited.reset()
            v = form.values
            for name in _FIELDS:
                self._set(name, getattr(v, name))
            if v.contact_result is None and v.satisfaction == "not_reached":
                self._set("contact_result", "not_reached")  # a record of earlier versions
            self.inputs["contacts"].model.set_rows(
                [
                    {"at": c.at, "means": c.means, "outcome": c.outcome, "note": c.note}
                    for c in form.contacts
                ]
            )
            self._show_case(form)
            self.ui.earlier.setModel(EarlierVisitsModel(form.others, self.ui.earlier))
            self.ui.earlier_title.setVisible(bool(form.others))
            self.ui.earlier.setVisible(bool(form.others))
            self._show_items()
            self._show_state()
        finally:
            self._loading = False
        self._update_relevance()
        self._validate()
        self._update_position()
        self._say("")
        if not self.read_only:
            self.show_tab("visit")
        elif self.tabs.currentIndex() != 0 and self.viewing_earlier:
            self.tabs.setCurrentIndex(0)

    def _show_case(self, form: VisitForm) -> None:
        row = fetch_rows([form.case_id]).get(form.case_id) if form.case_id else None
        c = self.ui.case_labels
        c["case_no"].setText(form.case_no)
        c["petitioner"].setText(form.petitioner)
        c["handling_unit"].setText(form.handling_unit or "")
        c["concluded_on"].setText(date_text(form.concluded_on))
        c["conclusion"].setText(form.conclusion or "")
        if row is not None:
            c["phones"].setText("、".join(mask_phone(p) or "" for p in row.phones))
            c["address"].setText(mask_address(row.address) or "")
            c["village"].setText(row.village or "")
            c["source"].setText(
                " · ".join(
                    t
                    for t in (source_level_label(row.source_level), channel_label(row.channel))
                    if t
                )
            )
            c["category"].setText(row.category or "")
            c["registered_on"].setText(date_text(row.registered_on))
            c["demand"].setText(row.demand or "")
            c["leader"].setText(row.leader or "")
        self.ui.case_link.setText(
            '<a href="case">{}</a>'.format(self.tr("Open the case in the register…"))
        )
        self.heading.setText(
            self.tr("{case_no} · {petitioner} · visit {n}").format(
                case_no=form.case_no, petitioner=form.petitioner, n=form.visit_no
            )
        )

    def _show_items(self) -> None:
        rows = followup_list(self.form.target_id) if self.form else []
        old = self.ui.items.model()
        self.ui.items.setModel(FollowUpItemsModel(rows, self.ui.items))
        if old is not None:
            old.deleteLater()
        self.ui.items.selectionModel().currentRowChanged.connect(self._update_close_item)
        first_open = next((n for n, r in enumerate(rows) if r.state == "open"), None)
        if first_open is not None:  # open items are listed first: the one to close
            self.ui.items.setCurrentIndex(self.ui.items.model().index(first_open, 0))
        self._update_close_item()

    def current_item(self):
        """The follow-up item chosen in the Follow-up tab (a ``FollowUpRow``), or None."""
        index = self.ui.items.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    @Slot()
    def _update_close_item(self) -> None:
        item = self.current_item()
        self.ui.close_item_button.setEnabled(item is not None and item.state == "open")

    def close_item_dialog(self):
        """The Close item dialog for the chosen open item (None when there is none).
        Items are closed whatever the record's state: a final record is where they start."""
        from ..close_followup_dialog import CloseFollowUpDialog

        item = self.current_item()
        if item is None or item.state != "open":
            return None
        return CloseFollowUpDialog(item, self)

    @Slot()
    def close_item(self) -> bool:
        dialog = self.close_item_dialog()
        if dialog is None:
            return False
        closed = bool(dialog.exec())
        dialog.deleteLater()
        if closed:
            self.item_closed(dialog)
        return closed

    def item_closed(self, dialog) -> None:
        self._show_items()
        if dialog.board_status == "done":
            self._say(self.tr("Item closed. It was the last open one: the task is done."))
        else:
            self._say(self.tr("Item closed."))
        self.record_changed.emit(self.form.target_id)

    def _show_state(self) -> None:
        form = self.form
        state = form.state if form else None
        self.read_only = form is None or form.read_only or self.viewing_earlier
        latest = form is not None and all(o.visit_no < form.visit_no for o in form.others)
        self.state_badge.setText(labels.state_label(state))
        colour = {"draft": "#8a5a00", "final": "#1e6b34", "reviewed": "#1f3a5f"}.get(
            state or "", "#555"
        )
        self.state_badge.setStyleSheet(
            f"QLabel#stateBadge {{ color: white; background: {colour}; padding: 2px 10px;"
            " border-radius: 9px; font-weight: bold; }"
        )
        self.ui.state_label.setText(labels.state_label(state))
        reviewed = ""
        if form and form.reviewed_by:
            reviewed = f"{form.reviewed_by} {date_text(form.reviewed_on)}"
        self.ui.reviewed_label.setText(reviewed)
        self.ui.reopen_label.setText(form.reopen_reason or "" if form else "")
        final = state in ("final", "reviewed")
        v = form.values if form else None
        needs_revisit = bool(
            v and (v.satisfaction not in _GOOD or v.settled is not True or v.followup_needed)
        )
        self.save_button.setEnabled(not self.read_only)
        self.finalise_button.setEnabled(not self.read_only)
        self.reopen_button.setEnabled(final and latest and not self.viewing_earlier)
        self.review_button.setEnabled(state == "final" and not self.viewing_earlier)
        self.revisit_button.setEnabled(
            final and latest and needs_revisit and not self.viewing_earlier
        )
        self.revisit_button.setVisible(not self.viewing_earlier)
        self.ui.suggest_button.setEnabled(not self.read_only)

    def _update_position(self) -> None:
        many = len(self.target_ids) > 1
        self.position_label.setText(
            self.tr("{n} of {total}").format(n=self.index + 1, total=len(self.target_ids))
            if many
            else ""
        )
        self.prev_button.setVisible(many)
        self.next_button.setVisible(many)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.target_ids) - 1)

    # --- values ---------------------------------------------------------------------

    def _set(self, name: str, value) -> None:
        widget = self.inputs[name]
        if isinstance(widget, ChoiceGroup):
            widget.set_value(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, DateField):
            widget.set_value(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        else:
            widget.setText(value or "")

    def _get(self, name: str):
        widget = self.inputs[name]
        if isinstance(widget, ChoiceGroup):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, DateField):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip() or None
        return widget.text().strip() or None

    def raw_values(self) -> dict:
        """Every field as the widgets show it; a date that cannot be read is left out."""
        values = {}
        for name in _FIELDS:
            try:
                values[name] = self._get(name)
            except ValueError:
                continue
        return values

    def values(self) -> dict:
        """What is stored: the fields shown, with those that mean nothing here emptied."""
        values = self.raw_values()
        relevant = relevant_fields(values)
        for name in list(values):
            if name not in relevant:
                values[name] = False if name in CHECKBOXES else None
        return values

    def contacts(self) -> list[dict]:
        return self.inputs["contacts"].model.contacts()

    def bad_dates(self) -> list[str]:
        return [
            name
            for name, w in self.inputs.items()
            if isinstance(w, DateField) and w.isEnabled() and not w.is_valid()
        ]

    # --- changes, relevance, validation ---------------------------------------------

    @Slot()
    def _changed(self) -> None:
        if self._loading:
            return
        self._update_relevance()
        self._validate()
        if self.read_only:
            return
        self._dirty = True
        self._touched = True
        self.autosave_timer.start()

    @Slot()
    def _satisfaction_chosen(self) -> None:
        """A dissatisfied petitioner needs a follow-up: tick it (the clerk may still see it)."""
        if not self._loading and self.inputs["satisfaction"].value() == "dissatisfied":
            self.inputs["followup_needed"].setChecked(True)

    def _update_relevance(self) -> None:
        self._relevant = relevant_fields(self.raw_values())
        for name, widget in self.inputs.items():
            relevant = name in self._relevant or name == "contacts"
            editable = relevant and not self.read_only
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(self.read_only)
                widget.setEnabled(relevant)
            elif isinstance(widget, ContactsEditor):
                widget.set_read_only(self.read_only)
            else:
                widget.setEnabled(editable)
            self.ui.labels_of[name].setEnabled(relevant)
        away = bool({"away_phone_result"} & self._relevant)
        self.ui.away_box.setEnabled(away)
        v = self.raw_values()
        for name, value in suggested_looks(v).items():
            text = (
                self.tr("Suggested by the tabs above: {answer}").format(
                    answer=labels.choice_label(name, value)
                )
                if value is not None
                else self.tr("The tabs above do not say: decide.")
            )
            self.ui.suggestions[name].setText(text)

    def problems(self) -> list[FieldProblem]:
        """What keeps the form from being final, as the domain sees it, plus unreadable dates."""
        problems: list[FieldProblem] = []
        for name in self.bad_dates():
            problems.append(
                FieldProblem(
                    name,
                    _tab_of(name),
                    "bad_date",
                    self.tr("Not a date: write it as 2026-11-18."),
                )
            )
        try:
            found = validate(
                self.values(),
                self.contacts(),
                concluded_on=self.form.concluded_on if self.form else None,
            )
        except VisitError as error:
            field = error.params.get("field")
            found = [FieldProblem(field or "contacts", _tab_of(field), error.code, tr_error(error))]
        bad = set(self.bad_dates())
        return problems + [p for p in found if p.field not in bad]

    def _validate(self) -> None:
        self._problems = self.problems() if not self.read_only else []
        by_tab: dict[str, list[str]] = {}
        by_field: dict[str, list[str]] = {}
        for p in self._problems:
            text = _message(p)
            by_tab.setdefault(p.tab, []).append(text)
            by_field.setdefault(p.field, []).append(text)
        for n, key in enumerate(TABS):
            texts = by_tab.get(key)
            self.tabs.setTabIcon(n, self._icon if texts else QIcon())
            self.tabs.setTabToolTip(
                n, "\n".join(texts) if texts else self.tr("Alt+{n}").format(n=n + 1)
            )
        self._show_field_errors(by_field if self._show_errors else self.visited.only(by_field))

    def _show_field_errors(self, by_field: dict[str, list[str]]) -> None:
        for name in by_field:
            if name in self.inputs:
                self.ui.error_label(name)
        for name, label in self.errors.items():
            texts = by_field.get(name)
            label.setText("\n".join(texts or []))
            label.setVisible(bool(texts))

    def tabs_with_problems(self) -> list[str]:
        return list(dict.fromkeys(p.tab for p in self._problems))

    # --- keyboard -------------------------------------------------------------------

    def show_tab(self, key: str) -> None:
        self.switch_tab(TABS.index(key))

    def _focus_first(self, page: QWidget, last: bool = False) -> None:
        chain = self._focus_chain(page)
        if chain:
            (chain[-1] if last else chain[0]).setFocus(Qt.FocusReason.TabFocusReason)

    def _focus_chain(self, page: QWidget) -> list[QWidget]:
        """The widgets Tab visits on ``page``, in order."""
        chain: list[QWidget] = []
        widget = page.nextInFocusChain()
        seen = set()
        while widget is not None and widget is not page and id(widget) not in seen:
            seen.add(id(widget))
            if (
                page.isAncestorOf(widget)
                and widget.isEnabled()
                and widget.isVisibleTo(page)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not widget.focusProxy()
            ):
                member = widget.parentWidget()
                if not isinstance(member, ChoiceGroup):  # Tab visits a radio group once
                    member = widget
                if not chain or chain[-1] is not member:
                    chain.append(member)
            widget = widget.nextInFocusChain()
        return chain

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab from the last field of a tab goes on to the next tab (Shift+Tab back)."""
        page = self.tabs.currentWidget()
        focus = self.focusWidget()
        if page is not None and focus is not None and page.isAncestorOf(focus):
            chain = self._focus_chain(page)
            owner = _chain_member(focus, chain)
            if owner is not None and (owner is chain[-1] if forward else owner is chain[0]):
                step = 1 if forward else -1
                n = self.tabs.currentIndex() + step
                while 0 <= n < self.tabs.count() and not self._focus_chain(self.tabs.widget(n)):
                    n += step  # a tab with nothing to type (read-only): pass it
                if 0 <= n < self.tabs.count():
                    self.switch_tab(n, last=not forward)
                return True  # Tab stays in the form
        return super().focusNextPrevChild(forward)

    def switch_tab(self, n: int, last: bool = False) -> None:
        """Show tab ``n`` with the focus on its first (or last) field."""
        # take the focus off the old page first: a page hidden with the focus in it
        # would pass the focus on itself, and so turn a second page
        self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        self.tabs.setCurrentIndex(n)
        self._focus_first(self.tabs.currentWidget(), last=last)

    @Slot(int)
    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.ui.pages.get("three_looks"):
            self._update_relevance()

    # --- actions --------------------------------------------------------------------

    def _contact_time(self) -> dt.datetime:
        try:
            visited = self.inputs["visited_at"].value()
        except ValueError:
            visited = None
        return visited or dt.datetime.now().replace(second=0, microsecond=0)

    @Slot()
    def confirm_suggestions(self) -> None:
        if self.read_only:
            return
        for name, value in suggested_looks(self.raw_values()).items():
            if value is not None:
                self.inputs[name].set_value(value)
        self._changed()

    @Slot()
    def autosave(self) -> None:
        if self._dirty and not self.read_only:
            self._save(quiet=True)

    @Slot()
    def save_now(self) -> bool:
        """Ctrl+S: save the draft now."""
        if self.form is None:
            return False
        if self.read_only:
            self._say(self._read_only_text(), error=True)
            return False
        return self._save(quiet=False)

    def _save(self, quiet: bool) -> bool:
        self.autosave_timer.stop()
        if self.form is None or self.read_only:
            return False
        try:
            form = save_draft(self.form.id, self.values(), self.contacts())
        except UserError as error:
            self._say(tr_error(error), error=True)
            return False
        except Exception as error:  # the file went away, the disk is full…: keep the typing
            self._say(
                self.tr("The draft could not be saved: {error}. It stays on screen.").format(
                    error=error
                ),
                error=True,
            )
            self._dirty = True
            return False
        self.form = form
        self._dirty = False
        time = dt.datetime.now().strftime("%H:%M:%S")
        if quiet:
            self._say(self.tr("Draft saved automatically at {time}.").format(time=time))
        else:
            self._say(self.tr("Draft saved at {time}.").format(time=time))
        self.saved.emit(form.id)
        return True

    @Slot()
    def finalise_now(self) -> bool:
        """Ctrl+Enter: make the record final, or show what is still missing."""
        if self.form is None:
            return False
        if self.read_only:
            self._say(self._read_only_text(), error=True)
            return False
        self.autosave_timer.stop()
        self._show_errors = True
        self._validate()
        if self._problems:
            self._show_problems()
            if self._dirty:
                self._save(quiet=True)
                self._show_problems()
            return False
        try:
            result = finalise(self.form.id, self.values(), self.contacts())
        except VisitError as error:
            if error.problems:
                self._problems = error.problems
                self._show_problems()
            else:
                self._say(tr_error(error), error=True)
            return False
        except UserError as error:
            self._say(tr_error(error), error=True)
            return False
        self._dirty = False
        self.show_form(load_visit(result.visit_id))
        column = {"done": self.tr("Done"), "follow_up": self.tr("Follow-up needed")}.get(
            result.task_status, result.task_status
        )
        parts = [self.tr("Final. The task is now in the column “{column}”.").format(column=column)]
        if result.rework_id:
            parts.append(self.tr("A rework item went to the handling unit."))
        if result.help_id:
            parts.append(self.tr("A help item was raised."))
        if result.followup_id:
            parts.append(self.tr("A follow-up item was raised."))
        self._say(" ".join(parts))
        self.record_changed.emit(self.form.target_id)
        return True

    def _show_problems(self) -> None:
        problems = self._problems
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(_message(p))
        self._show_field_errors(by_field)
        self._say(
            self.tr(
                "Not final yet: %n field(s) still need attention (marked tabs).", "", len(problems)
            ),
            error=True,
        )
        first = problems[0]
        if first.tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(first.tab))
        widget = self.inputs.get(first.field)
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def reopen_with(self, reason: str) -> bool:
        """Make the final record a draft again (the reason is audited)."""
        if self.form is None:
            return False
        try:
            form = reopen(self.form.id, reason)
        except UserError as error:
            self._say(tr_error(error), error=True)
            return False
        self.show_form(form)
        self._say(self.tr("Reopened: the record is a draft again."))
        self.record_changed.emit(form.target_id)
        return True

    @Slot()
    def ask_reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen the record"),
            self.tr("Why is the final record reopened? (kept in the history)"),
        )
        if ok:
            self.reopen_with(reason)

    def review_by(self, reviewer: str) -> bool:
        if self.form is None:
            return False
        try:
            form = review(self.form.id, reviewer)
        except UserError as error:
            self._say(tr_error(error), error=True)
            return False
        self.show_form(form)
        self._say(self.tr("Reviewed."))
        self.record_changed.emit(form.target_id)
        return True

    @Slot()
    def ask_review(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Review the record"), self.tr("Reviewed by (the office lead):")
        )
        if ok:
            self.review_by(name)

    @Slot()
    def start_revisit(self) -> bool:
        if self.form is None:
            return False
        try:
            form = start_visit(self.form.target_id)
        except UserError as error:
            self._say(tr_error(error), error=True)
            return False
        self.show_form(form)
        self.show_tab("visit")
        self.record_changed.emit(form.target_id)
        return True

    # the buttons' shortcuts: only what the button allows now
    @Slot()
    def start_revisit_key(self) -> None:
        if self.revisit_button.isEnabled():
            self.start_revisit()

    @Slot()
    def ask_reopen_key(self) -> None:
        if self.reopen_button.isEnabled():
            self.ask_reopen()

    @Slot()
    def ask_review_key(self) -> None:
        if self.review_button.isEnabled():
            self.ask_review()

    @Slot()
    def open_case(self) -> None:
        if self.form is None or not self.form.case_id:
            return
        from ..case_dialog import CaseDialog

        try:
            dialog = CaseDialog(self.form.case_id, parent=self)
        except UserError as error:
            self._say(tr_error(error), error=True)
            return
        self.case_dialog = dialog
        dialog.open()

    @Slot(QModelIndex)
    def _open_earlier(self, index: QModelIndex) -> None:
        visit_id = index.data(EarlierVisitsModel.VISIT_ID_ROLE)
        if visit_id is None:
            return
        dialog = VisitFormDialog(visit_id=int(visit_id), parent=self)
        self.earlier_dialog = dialog
        dialog.open()

    # --- moving through the list ----------------------------------------------------

    def leave_record(self) -> bool:
        """Before another record is shown or the window closes: keep what was typed.

        False when the draft could not be saved (the message says why): the
        clerk stays on it, so nothing typed is lost. A draft this window
        created and nothing was typed into is discarded (opened by mistake):
        the card goes back where it was.
        """
        self.autosave_timer.stop()
        form = self.form
        if form is None or self.read_only:
            return True
        if self._dirty:
            if not self._save(quiet=True):
                return False
            self.record_changed.emit(form.target_id)
        elif form.created and not self._touched:
            try:
                discard_draft(form.id)
            except UserError:
                return True
            self.form = None
            self.record_changed.emit(form.target_id)
        return True

    @Slot()
    def next_task(self) -> bool:
        return self._go(1)

    @Slot()
    def previous_task(self) -> bool:
        return self._go(-1)

    def _go(self, step: int) -> bool:
        index = self.index + step
        if not 0 <= index < len(self.target_ids):
            return False
        if not self.leave_record():
            return False
        return self.open_task(index)

    # --- messages and closing -------------------------------------------------------

    def _read_only_text(self) -> str:
        return self.tr(
            "This record is final and read-only. Press Reopen… and give the reason to change it."
        )

    def _say(self, text: str, error: bool = False) -> None:
        set_text_colour(self.message, ERROR_COLOUR if error else "#1f3a5f")
        self.message.setText(text)

    def done(self, result: int) -> None:
        if not self.leave_record():
            return  # the draft could not be saved: stay, the message says why
        window_state.set_value(window_state.VISIT_FORM_GEOMETRY, self.saveGeometry())
        super().done(result)


def _tab_of(name: str | None) -> str:
    return FIELD_TABS.get(name or "", "visit")


def _message(problem: FieldProblem) -> str:
    """The problem in the user's language (local problems are translated already)."""
    if problem.code == "bad_date":
        return problem.template
    return problem.format(labels.translate("UserError", problem.template))


def _chain_member(focus: QWidget, chain: list[QWidget]) -> QWidget | None:
    """The member of ``chain`` that is ``focus`` or contains it (an editor in a table)."""
    for widget in chain:
        if widget is focus or widget.isAncestorOf(focus):
            return widget
    return None
