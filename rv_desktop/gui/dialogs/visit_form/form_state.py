"""The form window's values: reading and setting the inputs, relevance, validation."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from ....domain.visits import FIELD_TABS, TABS, FieldProblem, VisitError, validate
from ....i18n import tr_error
from . import labels
from .inputs import ChoiceGroup, ContactsEditor, DateField
from .relevance import _FIELDS, relevant_fields, suggested_looks
from .tabs import CHECKBOXES


class FormState:
    """Part of ``VisitFormDialog``: the inputs' values, what is relevant, what is missing."""

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
            self.scan_side.suggesting = True  # the form's tick, not the clerk's confirmation
            try:
                self.inputs["followup_needed"].setChecked(True)
            finally:
                self.scan_side.suggesting = False

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


def _tab_of(name: str | None) -> str:
    return FIELD_TABS.get(name or "", "visit")


def _message(problem: FieldProblem) -> str:
    """The problem in the user's language (local problems are translated already)."""
    if problem.code == "bad_date":
        return problem.template
    return problem.format(labels.translate("UserError", problem.template))
