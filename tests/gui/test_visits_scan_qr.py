"""The scan-and-Enter box reads the printed form's QR payload too (issue 19).

"The Visit records page's scan-and-Enter box accepts the new QR payload as
well as a plain case number (forms printed before this change)."
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rv_desktop.domain.visits import visit_targets
from rv_desktop.services.form_payload import FormPayload, format_payload

from .test_visits_page import close_form, demo, page  # noqa: F401 - fixtures


def test_a_scanned_qr_payload_opens_its_form(page, qtbot):  # noqa: F811
    wanted = next(r for r in visit_targets() if r.state == "draft")
    payload = format_payload(FormPayload("青山镇", "2026年千案回访活动", wanted.case_no, 1, 2, 2, 2))
    page.search.setFocus()
    page.search.setText(payload)
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    form = page.form
    assert form is not None and form.form.case_no == wanted.case_no
    assert page.search.text() == ""
    close_form(qtbot, page)
