"""Settings ▸ Records to review…: reopen, or keep with a note (issue 14)."""

from __future__ import annotations

import shutil

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import VisitRecord
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.rule_review_dialog import RuleReviewDialog

from ..conftest import FIXTURES


@pytest.fixture
def dialog(qtbot, tmp_path):
    """The dialog on a copy of a version-3 file: one final record the new rules refuse."""
    make_application("en")
    path = tmp_path / "v3.sqlite"
    shutil.copy(FIXTURES / "schema_v3.sqlite", path)
    dbmod.open_database(path, actor="tester")
    try:
        dialog = RuleReviewDialog()
        qtbot.addWidget(dialog)
        yield dialog
    finally:
        dbmod.close_database()


def test_an_old_record_is_shown_and_kept_with_a_note(dialog):
    """Issue 14: "Records finalised under the old rules that break a new one ... are listed
    for review in the window ... or marked reviewed as they are with a note."
    """
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "QS2018-00001"
    assert "The town must meet the petitioner" in dialog.model.index(0, 2).data()
    assert not dialog.keep_with("")  # a note is needed
    assert dialog.message.text()
    assert dialog.keep_with("老台账补录，已电话核实")
    assert dialog.model.rowCount() == 0 and not dialog.keep_button.isEnabled()
    assert VisitRecord.get().rules_reviewed_note == "老台账补录，已电话核实"


def test_reopening_from_the_list(qtbot, dialog):
    with qtbot.waitSignal(dialog.reopened):
        assert dialog.reopen_with("按新规则补充回访内容")
    assert VisitRecord.get().state.value == "draft"
