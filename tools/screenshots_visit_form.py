#!/usr/bin/env python3
"""Screenshots of the registration form (each tab) and the Visit records page, in Chinese.

    python tools/screenshots_visit_form.py [OUT_DIR]     # default: docs/images

Runs offscreen on a fresh demo database in a temporary folder (never the
clerk's files): a dissatisfied case gets its second visit, typed in as a
draft, so every tab has something to show (the earlier visit, the contact
attempts, the rework item). Writes ``visit-form-<tab>.png`` per tab and
``visits-page.png``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def second_visit_draft() -> int:
    """A dissatisfied case's re-visit, typed in as a draft; returns the target id."""
    from rv_desktop.domain import visits as vs
    from rv_desktop.domain.models import Target, VisitRecord
    from rv_desktop.services.demo import DEMO_TODAY

    candidates = (
        Target.select()
        .join(VisitRecord)
        .where(
            (Target.status == "follow_up")
            & (VisitRecord.satisfaction == "dissatisfied")
            & (VisitRecord.state == "final")
        )
        .order_by(Target.id)
    )
    for target in candidates:
        latest = VisitRecord.select().where(VisitRecord.target == target.id)
        if all(r.state.value != "draft" for r in latest) and latest.count() == 1:
            break
    else:
        raise SystemExit("the demo database has no dissatisfied case to visit again")
    form = vs.start_visit(target.id)
    at = dt.datetime.combine(DEMO_TODAY - dt.timedelta(days=1), dt.time(9, 30))
    vs.save_draft(
        form.id,
        {
            "visited_at": at,
            "method": "former_residence",
            "location": "信访人原住地",
            "respondent": "relative",
            "respondent_name": "李建国",
            "respondent_relation": "儿子",
            "petitioner_away": True,
            "away_phone_result": "两次拨打信访人手机无人接听，发短信后回电，表示在外务工。",
            "away_people_asked": "其子李建国、村委会主任王德明",
            "away_statement": "补偿款已全部到位，信访人对补偿标准仍有意见，但表示不再上访。",
            "conclusion_reasonable": "yes",
            "conclusion_view": "agrees",
            "demands_solved": "partly",
            "opinions_carried_out": "yes",
            "satisfaction": "basically_satisfied",
            "unit_rating": "basically_satisfied",
            "settled": True,
            "risk": "low",
            "difficulties": "家中老人长期患病，医疗费用负担较重。",
            "help_given": "协助申请医疗救助，纳入低保复核。",
            "help_by": "镇民政办",
            "opinions": "希望今后政策调整时能提前入户宣传。",
            "recorded_by": "曾小芳",
            "signed_visitors": True,
            "signed_petitioner": "missing",
        },
        [
            {"at": at - dt.timedelta(days=1, hours=1), "means": "phone", "outcome": "no_answer"},
            {
                "at": at - dt.timedelta(days=1),
                "means": "message",
                "outcome": "reached",
                "note": "短信联系，信访人回电",
            },  # fmt: skip
            {"at": at, "means": "visit", "outcome": "moved_away", "note": "原住地走访"},
        ],
    )
    return target.id


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="rv-shots-"))
    os.environ["RV_DESKTOP_DATA_DIR"] = str(folder)
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))

    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.visits import TABS
    from rv_desktop.gui.app import make_application
    from rv_desktop.gui.dialogs.visit_form import VisitFormDialog
    from rv_desktop.gui.pages.visits_page import VisitsPage
    from rv_desktop.services.demo import create_demo_database

    app = make_application("zh_CN")
    path = create_demo_database(folder / "demo.sqlite", cases=600).path
    dbmod.open_database(path, actor="曾小芳")
    target_id = second_visit_draft()

    dialog = VisitFormDialog([target_id])
    dialog.resize(1000, 760)
    dialog.show()
    for n, key in enumerate(TABS):
        dialog.tabs.setCurrentIndex(n)
        app.processEvents()
        dialog.grab().save(str(out / f"visit-form-{n + 1}-{key.replace('_', '-')}.png"))
    dialog._show_errors = True  # what a refused Ctrl+Enter shows
    dialog.inputs["recorded_by"].clear()
    dialog._changed()
    dialog.finalise_now()
    app.processEvents()
    dialog.grab().save(str(out / "visit-form-refused.png"))
    dialog.autosave_timer.stop()
    dialog.hide()

    page = VisitsPage(QApplication.translate("MainWindow", "Visit records"))
    page.resize(1180, 640)
    page.show()
    while page.model.rowCount() == 0:
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    page.grab().save(str(out / "visits-page.png"))
    dbmod.close_database()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
