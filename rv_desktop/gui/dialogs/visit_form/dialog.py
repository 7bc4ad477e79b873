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

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.cases import fetch_rows
from ....domain.errors import UserError
from ....domain.normalize import mask_address, mask_phone
from ....domain.visits import TABS, FieldProblem, VisitForm, form_for_task, load_visit
from ....i18n import tr_error
from ... import screen_fit, window_state
from ...formatting import date_text
from ...models.case_table_model import channel_label, source_level_label
from . import labels
from .as_you_go import VisitedFields
from .form_state import FormState, _message, _tab_of
from .inputs import ChoiceGroup, ContactsEditor
from .navigation import Navigation
from .record_actions import RecordActions
from .relevance import _FIELDS, _GOOD
from .scan_side import ScanSide
from .tabs import ERROR_COLOUR, EarlierVisitsModel, FormTabs, set_text_colour

#: Milliseconds after the last change before the draft is saved.
AUTOSAVE_MS = 2000


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


class VisitFormDialog(RecordActions, FormState, Navigation, QDialog):
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
        top = self._build_heading()
        self._build_tabs()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        buttons = self._build_buttons()
        self.scan_side = ScanSide(self)  # the scan beside the tabs, when the record has one
        top.insertWidget(1, self.scan_side.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scan_side.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._build_shortcuts()

    def _build_heading(self) -> QHBoxLayout:
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
        return top

    def _build_tabs(self) -> None:
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

    def _build_buttons(self) -> QHBoxLayout:
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
        return buttons

    def _build_shortcuts(self) -> None:
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
        self.scan_side.show_record(form)

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

    # --- messages and closing -------------------------------------------------------

    def _show_problems(self) -> None:
        # here, not in a mixin: Qt's tr() of a mixin looks in this class's context first,
        # and a %n text filled in looks translated there
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
