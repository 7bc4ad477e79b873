"""The form window says the words of the field list (data/visit_record.toml), in the
language of the interface, and asks for every field of it: no more, no fewer.

"Every field of a case and of a visit record ... is defined once: its key, its Chinese
label (the official term), its English label, its choices with their labels, its length
limit, the tab it sits on ... one test walks every label of the form window ... and
checks that each field is called the same everywhere ... compare what the clerk sees."
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from rv_desktop.domain import visit_fields, vocabulary
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.visit_form import labels
from rv_desktop.gui.dialogs.visit_form.inputs import ChoiceGroup
from rv_desktop.gui.dialogs.visit_form.tabs import CHECKBOXES, DATES, TEXT_AREAS

from .test_visit_form import open_form, world  # noqa: F401 - the fixture

#: What the clerk types into, ticks or picks (buttons that act are not answers).
INPUTS = (QLineEdit, QPlainTextEdit, QCheckBox, QRadioButton, QComboBox, QDateTimeEdit)


def _field_of(widget: QWidget) -> str | None:
    """The field whose input ``widget`` is (or is a part of)."""
    while widget is not None:
        if widget.objectName().startswith("field_"):
            return widget.objectName().removeprefix("field_")
        widget = widget.parentWidget()
    return None


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_form_window_says_the_words_of_the_field_list(qtbot, world, lang):  # noqa: F811
    make_application(lang)
    try:
        dialog = open_form(qtbot, world)
        short = vocabulary.language(lang)
        asked = {f.key for f in visit_fields.fields() if f.tab != "case"}

        titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert titles == [visit_fields.tab_title(t, short) for t in visit_fields.tabs()]

        inputs = {
            w.objectName().removeprefix("field_"): w
            for w in dialog.findChildren(QWidget)
            if w.objectName().startswith("field_")
        }
        assert set(inputs) == asked  # every field of the file is asked, and only those
        for key, widget in inputs.items():
            f = visit_fields.field(key)
            assert dialog.ui.pages[f.tab].isAncestorOf(widget), f"{key} not on tab {f.tab}"
            if isinstance(widget, QCheckBox):
                shown = widget.text()
            else:
                label = dialog.findChild(QLabel, f"label_{key}")
                assert label.buddy() is widget, key
                shown = label.text()
            assert shown == visit_fields.label(key, short), key
            if isinstance(widget, ChoiceGroup):
                offered = [b.text() for b in widget.buttons]
                wanted = visit_fields.choice_labels(key, short)
                assert offered == [f"{n} {text}" for n, (_, text) in enumerate(wanted, 1)], key

        # the other way round: every input on the record's tabs belongs to a field
        for tab, page in dialog.ui.pages.items():
            if tab == "case":
                continue
            for widget in page.findChildren(QWidget):
                if isinstance(widget, INPUTS):
                    assert _field_of(widget) in asked, (tab, type(widget).__name__)
        labelled = {
            w.objectName().removeprefix("label_")
            for w in dialog.findChildren(QLabel)
            if w.objectName().startswith("label_")
        }
        assert labelled == asked
    finally:
        make_application("zh_CN")


def test_the_windows_own_tables_agree_with_the_field_list():
    """How a field is typed on screen follows its kind in the file; every tooltip is
    a field's."""
    kinds = {f.key: f.kind for f in visit_fields.fields()}
    assert all(kinds[name] == "text" for name in TEXT_AREAS)
    assert all(kinds[name] == "bool" for name in CHECKBOXES)
    assert all(kinds[name] == "date" for name in DATES)
    assert set(labels.FIELD_TIPS) <= set(kinds)


def test_a_text_past_its_length_is_refused_naming_the_field(qtbot, world):  # noqa: F811
    """ "its length limit": a text longer than max_len is not saved; the message names the
    field as the form does, in the clerk's language."""
    make_application("zh_CN")
    try:
        dialog = open_form(qtbot, world)
        limit = visit_fields.field("difficulties").max_len
        dialog.inputs["difficulties"].setPlainText("难" * (limit + 1))
        assert not dialog.save_now()
        assert dialog.message.text() == (
            f"{visit_fields.label('difficulties', 'zh')}：最多 {limit} 个字，"
            f"现填写了 {limit + 1} 个字。"
        )
        dialog.inputs["difficulties"].setPlainText("难" * limit)
        assert dialog.save_now()
    finally:
        make_application("zh_CN")


def test_what_is_missing_is_said_in_chinese(qtbot, world):  # noqa: F811
    """The window's own messages stay translated after its split into parts (a %n text
    of a part would show in English: Qt's tr() looks in the window's context first)."""
    make_application("zh_CN")
    try:
        dialog = open_form(qtbot, world)
        assert not dialog.finalise_now()
        assert dialog.message.text().startswith("尚不能定稿"), dialog.message.text()
        dialog.inputs["recorded_by"].setText("曾小芳")
        assert dialog.save_now() and dialog.message.text().startswith("草稿已于")
    finally:
        make_application("zh_CN")
