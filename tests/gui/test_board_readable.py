"""The Board at 1366 pixels (issue 16): a legend, a left-out panel that folds away
with its count kept in view, and an assign dialog that names its cases."""

from __future__ import annotations

import pytest

from rv_desktop.gui.pages.board_page import BoardPage
from rv_desktop.gui.widgets.board_side import BoardLegend

from .shown import reload, shown_page


@pytest.fixture
def page(qtbot, demo_copy):
    with shown_page(qtbot, BoardPage, "Board", demo_copy(200, seed=4), actor=None) as page:
        page.show()
        reload(qtbot, page)
        yield page


def test_legend_and_the_left_out_panel_folds_with_its_count_in_view(page, qtbot):
    """'The left-out panel collapsible, a legend for the red border, orange number
    and ★.'"""
    legend = page.findChild(BoardLegend)
    assert legend is not None and "overdue" in legend.text() and "★" in legend.text()
    toggle = page.left_out_toggle
    total = sum(page.left_out.counts().values())
    assert total > 0
    toggle.setChecked(True)
    assert page.left_out.isVisible()
    toggle.setChecked(False)
    assert not page.left_out.isVisible()
    assert str(total) in toggle.text()  # folded, the count is still shown
    toggle.setChecked(True)
    assert page.left_out.isVisible()


def test_the_assign_dialog_names_its_cases_and_shows_their_values(page):
    """'The assign dialog names the case(s) it assigns and shows the current values.'"""
    cards = [c for c in page.model.cards() if c.leader and c.visitors][:6]
    one = cards[0]
    dialog = page.assign_dialog([one.target_id])
    assert one.case_no in dialog.cases_label.text()
    assert one.petitioner in dialog.cases_label.text()
    assert one.leader in dialog.current_label.text()
    ticked = dialog.values()["visitor_ids"]
    assert set(ticked) == set(one.visitor_ids)  # the present visitors, ticked
    dialog.reject()
    several = page.assign_dialog([c.target_id for c in cards])
    assert cards[0].case_no in several.cases_label.text()
    assert "2 more" in several.cases_label.text()
    several.reject()
