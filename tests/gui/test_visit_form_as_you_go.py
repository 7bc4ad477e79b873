"""Missing fields are marked as the clerk goes (issue 16), not only at Ctrl+Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rv_desktop.domain.visits import TABS

from .test_visit_form import open_form, world  # noqa: F401 - the fixture


def shown_errors(dialog) -> set[str]:
    # not hidden: a label on a tab not shown is not "visible", yet set to show
    return {name for name, label in dialog.errors.items() if not label.isHidden()}


def test_a_field_left_empty_is_marked_when_left_and_a_tab_when_left(world, qtbot):  # noqa: F811
    """'Missing fields marked as you go (on leaving a field or a tab), not only at
    finalise.'"""
    dialog = open_form(qtbot, world)
    visit = TABS.index("visit")
    dialog.tabs.setCurrentIndex(visit)
    dialog.visited.reset()  # as a record freshly shown
    QApplication.processEvents()
    dialog._validate()
    assert shown_errors(dialog) == set()  # a fresh form is quiet
    # into the visit's time, then out of it, empty: marked there at once
    when = dialog.inputs["visited_at"]
    when.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    dialog.inputs["location"].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: "visited_at" in shown_errors(dialog))
    assert "satisfaction" not in shown_errors(dialog)  # not been there yet
    # leaving a tab marks what is missing on it; the tabs not yet seen stay quiet
    dialog.tabs.setCurrentIndex(TABS.index("findings"))
    dialog.tabs.setCurrentIndex(TABS.index("visit"))
    qtbot.waitUntil(lambda: "satisfaction" in shown_errors(dialog))
    assert "recorded_by" not in shown_errors(dialog)
    dialog.autosave_timer.stop()
    dialog.reject()
