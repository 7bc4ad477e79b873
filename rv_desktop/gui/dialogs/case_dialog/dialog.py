"""The case dialog: one case with its petitioner, handling, campaigns and history.

Four tabs: the case, the petitioner (with the petitioner's other cases,
repeat petitions), the handling (with the campaigns that considered the
case) and the history of changes from the audit records. The fields are
loaded from ``case_detail`` and saved through ``register.save_case``, which
validates; its messages are shown next to the field concerned. ID number,
phones and address stay masked and read-only until revealed (recorded).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.cases import CaseDetail, case_detail
from ....domain.enums import Channel, SourceLevel
from ....domain.errors import UserError
from ....domain.normalize import mask_address, mask_id, mask_phone
from ....domain.register import RegisterError, reveal_personal_data, save_case
from ....i18n import tr_error
from ... import screen_fit, window_state
from ...models.case_table_model import channel_label, source_level_label
from .labels import _FLAGS, _PERSONAL, _date_input, field_label
from .tables import CampaignsModel, HistoryModel, OtherCasesModel, _table

# --- the dialog --------------------------------------------------------------------


class CaseDialog(QDialog):
    """View and edit one case and its petitioner."""

    case_saved = Signal(int)

    def __init__(
        self,
        case_id: int,
        choices: dict[str, list[str]] | None = None,
        revealed: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.choices = choices or {}
        self.revealed = revealed
        self.detail: CaseDetail | None = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loaded: dict[str, object] = {}
        self.setMinimumSize(720, 520)

        self.heading = QLabel()
        self.heading.setObjectName("dialogTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._case_tab(), self.tr("Case"))
        self.tabs.addTab(self._petitioner_tab(), self.tr("Petitioner"))
        self.tabs.addTab(self._handling_tab(), self.tr("Handling"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        screen_fit.fit_window(
            self, (860, 640), window_state.geometry(window_state.CASE_DIALOG_GEOMETRY)
        )
        self.tabs.setCurrentIndex(int(window_state.value(window_state.CASE_DIALOG_TAB, 0) or 0))
        self.load(case_id)

    # --- tabs ------------------------------------------------------------------------

    def _field(self, form: QFormLayout, key: str, widget: QWidget) -> QWidget:
        """Add ``widget`` to ``form`` with its label and a line for its error."""
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.setVisible(False)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(field_label(key), holder)
        widget.setObjectName(f"field_{key}")
        self.inputs[key] = widget
        self.errors[key] = error
        return widget

    def _combo(self, items: list[tuple[str, str | None]], editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _date(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("yyyy-mm-dd"))
        edit.setMaximumWidth(160)
        return edit

    def _case_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        case_no = self._field(form, "case_no", QLineEdit())
        case_no.setReadOnly(True)
        self._field(
            form,
            "channel",
            self._combo([("", None)] + [(channel_label(c.value), c.value) for c in Channel]),
        )
        self._field(
            form,
            "source_level",
            self._combo(
                [("", None)] + [(source_level_label(s.value), s.value) for s in SourceLevel]
            ),
        )
        self._field(form, "registered_on", self._date())
        self._field(
            form,
            "category",
            self._combo([(v, v) for v in [""] + self.choices.get("category", [])], True),
        )
        demand = self._field(form, "demand", QPlainTextEdit())
        demand.setMinimumHeight(90)
        people = self._field(form, "people_count", QSpinBox())
        people.setRange(1, 100_000)
        people.setMaximumWidth(120)
        flags = QWidget()
        grid = QGridLayout(flags)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate(_FLAGS):
            box = QCheckBox(field_label(key))
            box.setObjectName(f"field_{key}")
            self.inputs[key] = box
            grid.addWidget(box, i // 2, i % 2)
        form.addRow(self.tr("Marks"), flags)
        return page

    def _petitioner_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self._field(form, "name", QLineEdit())
        self._field(form, "id_number", QLineEdit())
        phones = self._field(form, "phones", QLineEdit())
        phones.setToolTip(self.tr("Several numbers separated by commas"))
        self._field(form, "address", QLineEdit())
        self._field(
            form,
            "village",
            self._combo([(v, v) for v in [""] + self.choices.get("village", [])], True),
        )
        layout.addLayout(form)
        reveal_row = QHBoxLayout()
        self.masked_note = QLabel(
            self.tr("ID number, phones and address are masked. Showing them is recorded.")
        )
        self.masked_note.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Reveal personal data"))
        self.reveal_button.clicked.connect(self.reveal)
        reveal_row.addWidget(self.masked_note, 1)
        reveal_row.addWidget(self.reveal_button)
        layout.addLayout(reveal_row)
        self.others_label = QLabel()
        layout.addWidget(self.others_label)
        self.others = _table(OtherCasesModel([]))
        self.others.setObjectName("otherCases")
        self.others.activated.connect(self._open_other)
        layout.addWidget(self.others, 1)
        return page

    def _handling_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self._field(
            form,
            "handling_unit",
            self._combo([(v, v) for v in [""] + self.choices.get("handling_unit", [])], True),
        )
        self._field(form, "leader", QLineEdit())
        self._field(form, "concluded_on", self._date())
        conclusion = self._field(form, "conclusion", QPlainTextEdit())
        conclusion.setMinimumHeight(90)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Return-visit campaigns that considered this case")))
        self.campaigns = _table(CampaignsModel([]))
        self.campaigns.setObjectName("campaigns")
        layout.addWidget(self.campaigns, 1)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history = _table(HistoryModel([], False))
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        return page

    # --- load and values ----------------------------------------------------------------

    def load(self, case_id: int) -> None:
        """Show ``case_id`` (read again from the database)."""
        try:
            self.detail = case_detail(case_id)
        except Exception as exc:  # the case was deleted meanwhile: peewee's DoesNotExist
            raise _CaseGoneError() from exc
        row = self.detail.row
        self.case_id = row.id
        self.setWindowTitle(self.tr("Case {case_no}").format(case_no=row.case_no))
        self.heading.setText(
            self.tr("{case_no} · {petitioner}").format(
                case_no=row.case_no, petitioner=row.petitioner
            )
        )
        values = {
            "case_no": row.case_no,
            "channel": row.channel,
            "source_level": row.source_level,
            "registered_on": _date_input(row.registered_on),
            "category": row.category or "",
            "demand": row.demand or "",
            "people_count": row.people_count,
            "many_people": row.many_people,
            "policy": row.policy,
            "rebound": row.rebound,
            "settled": row.settled,
            "handling_unit": row.handling_unit or "",
            "leader": row.leader or "",
            "concluded_on": _date_input(row.concluded_on),
            "conclusion": row.conclusion or "",
            "name": row.petitioner,
            "id_number": row.id_number or "",
            "phones": ", ".join(row.phones),
            "address": row.address or "",
            "village": row.village or "",
        }
        self._loaded = values
        for key, value in values.items():
            self._set(key, value)
        self._show_personal()
        self.others.setModel(OtherCasesModel(self.detail.other_cases, self.others))
        self.others_label.setText(
            self.tr("Other cases of this petitioner: {count}").format(
                count=len(self.detail.other_cases)
            )
            if self.detail.other_cases
            else self.tr("This petitioner has no other case in the register.")
        )
        self._fit_columns(self.others, [110, 100, 90, 240, 100])
        self.campaigns.setModel(CampaignsModel(self.detail.campaigns, self.campaigns))
        self._fit_columns(self.campaigns, [240, 80, 160])
        self.history.setModel(HistoryModel(self.detail.history, self.revealed, self.history))
        self._fit_columns(self.history, [130, 90, 130])
        self.history.resizeRowsToContents()
        self._clear_errors()

    def _fit_columns(self, view: QTableView, widths: list[int]) -> None:
        for column, width in enumerate(widths):
            view.horizontalHeader().resizeSection(column, width)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _set(self, key: str, value) -> None:
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.setCurrentText(str(value or ""))
            else:
                widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setText(str(value))

    def _get(self, key: str):
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            return widget.currentText().strip() if widget.isEditable() else widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.text()

    def _show_personal(self) -> None:
        """Masked, read-only personal fields until revealed."""
        row = self.detail.row if self.detail else None
        for key in _PERSONAL:
            widget = self.inputs[key]
            widget.setReadOnly(not self.revealed)
            if not self.revealed and row is not None:
                masked = {
                    "id_number": mask_id(row.id_number),
                    "phones": ", ".join(mask_phone(p) or "" for p in row.phones),
                    "address": mask_address(row.address),
                }[key]
                widget.setText(masked or "")
        self.masked_note.setVisible(not self.revealed)
        self.reveal_button.setVisible(not self.revealed)

    def values(self) -> dict[str, object]:
        """What the fields show now, keyed like ``load``'s values."""
        keys = [k for k in self._loaded if k not in _PERSONAL or self.revealed]
        return {key: self._get(key) for key in keys}

    def changes(self) -> tuple[dict, dict]:
        """(case changes, petitioner changes): the fields that differ from the loaded ones."""
        changed = {
            k: v
            for k, v in self.values().items()
            if k != "case_no" and _normal(v) != _normal(self._loaded.get(k))
        }
        person_keys = {"name", *_PERSONAL, "village"}
        case = {k: v for k, v in changed.items() if k not in person_keys}
        person = {k: v for k, v in changed.items() if k in person_keys}
        return case, person

    def has_unsaved_changes(self) -> bool:
        case, person = self.changes()
        return bool(case or person)

    # --- actions ----------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        case, person = self.changes()
        self._clear_errors()
        if not case and not person:
            self._say(self.tr("Nothing changed."))
            return True
        try:
            warnings = save_case(self.case_id, case, person)
        except RegisterError as exc:
            self._show_error(exc)
            return False
        except UserError as exc:
            self._say(tr_error(exc), error=True)
            return False
        self.load(self.case_id)
        if warnings:
            self._say("\n".join(tr_error(w) for w in warnings), warning=True)
        else:
            self._say(self.tr("Saved."))
        self.case_saved.emit(self.case_id)
        return True

    def _show_error(self, error: RegisterError) -> None:
        text = tr_error(error)
        self._say(text, error=True)
        label = self.errors.get(error.field or "")
        if label is not None:
            label.setText(text)
            label.setVisible(True)
            widget = self.inputs[error.field]
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(i)
            widget.setFocus()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        self.message.clear()

    def _say(self, text: str, error: bool = False, warning: bool = False) -> None:
        colour = "#b3261e" if error else "#8a5a00" if warning else "#1f3a5f"
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)

    @Slot()
    def reveal(self) -> None:
        try:
            reveal_personal_data("case", [self.case_id])
        except UserError as exc:
            self._say(tr_error(exc), error=True)
            return
        unsaved = self.values()  # without the masked fields
        self.revealed = True
        self.load(self.case_id)
        for key, value in unsaved.items():  # keep what was typed meanwhile
            if _normal(value) != _normal(self._loaded.get(key)):
                self._set(key, value)

    @Slot(QModelIndex)
    def _open_other(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.has_unsaved_changes() and not self._confirm_discard():
            return
        self.load(index.data(OtherCasesModel.CASE_ID_ROLE))
        self.tabs.setCurrentIndex(0)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Discard the changes made to this case?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.has_unsaved_changes() and not self._confirm_discard():
            return
        super().reject()

    def done(self, result: int) -> None:
        window_state.set_value(window_state.CASE_DIALOG_GEOMETRY, self.saveGeometry())
        window_state.set_value(window_state.CASE_DIALOG_TAB, self.tabs.currentIndex())
        super().done(result)


class _CaseGoneError(UserError):
    def __init__(self):
        super().__init__(
            "not_found",
            QT_TRANSLATE_NOOP("UserError", "The case no longer exists in the register."),
        )


def _normal(value) -> object:
    """Compare typed and loaded values as the clerk sees them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return value
