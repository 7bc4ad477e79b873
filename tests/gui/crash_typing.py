"""Type into the registration form, wait for the autosave, then wait to be killed.

    python -m tests.gui.crash_typing DB TARGET_ID

Used by ``test_visit_form_crash.py``: it starts this in a real process, waits for
the line ``AUTOSAVED <visit id>`` and kills the process with SIGKILL (no
chance to close the window or save). Nothing here saves explicitly: the
form's own autosave timer must do it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def main(db: str, target_id: int) -> int:
    from rv_desktop.domain import db as dbmod
    from rv_desktop.gui.app import make_application
    from rv_desktop.gui.dialogs.visit_form import VisitFormDialog

    from .keyboard import FormKeys, number, type_text

    app = make_application("en")
    dbmod.open_database(db, actor="crash-test")
    dialog = VisitFormDialog([target_id])
    dialog.show()
    dialog.activateWindow()

    def typed() -> None:
        f = FormKeys(dialog)
        f.at("visited_at")
        type_text("2026-11-18 9:30")
        f.next("method")
        number(2)  # phone
        f.next("visitors")
        f.next("joining_units")
        f.fill("location", "电话回访，信访人在家")
        f.pick("respondent", 1)
        dialog.show_tab("findings")
        f.at("conclusion_reasonable")
        number(1)
        dialog.show_tab("opinions")
        f.next("opinions")  # past point (5)'s yes/none: the text answers it
        type_text("希望多来回访")
        print("TYPED", flush=True)

    dialog.saved.connect(lambda visit_id: print(f"AUTOSAVED {visit_id}", flush=True))
    QTimer.singleShot(300, typed)  # once the window is shown and active
    return app.exec()  # until killed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
