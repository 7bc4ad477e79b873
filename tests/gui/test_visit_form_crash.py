"""A crash after typing loses nothing: the program is killed with SIGKILL after the
autosave, and the draft is there on restart (in the domain and in the form)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest

from rv_desktop.domain import visits as vs
from rv_desktop.domain.models import Campaign, Case, Petitioner, Target
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.visit_form import VisitFormDialog

from ..conftest import ROOT

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _lines(stream, out: queue.Queue) -> None:
    for line in stream:
        out.put(line.strip())


def wait_for(lines: queue.Queue, prefix: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no {prefix!r} line within {timeout} s")
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            continue
        if line.startswith(prefix):
            return line


def test_killed_after_typing_the_draft_is_there_on_restart(database, db_path, qtbot, tmp_path):
    campaign = Campaign.create(name="2026年千案回访", is_current=True)
    case = Case.create(case_no="K01", petitioner=Petitioner.create(name="张三"))
    target = Target.create(campaign=campaign, case=case, status="assigned")

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # the child's QSettings, not the clerk's
    )
    child = subprocess.Popen(
        [sys.executable, "-u", "-m", "tests.gui.crash_typing", str(db_path), str(target.id)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(child.stdout, lines), daemon=True).start()
    try:
        wait_for(lines, "TYPED", timeout=60)
        visit_id = int(wait_for(lines, "AUTOSAVED", timeout=30).split()[1])
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    form = vs.load_visit(visit_id)  # "restart": read what the killed program left
    v = form.values
    assert form.state == "draft" and form.target_id == target.id
    assert v.visited_at.isoformat() == "2026-11-18T09:30:00"
    assert (v.method, v.location, v.respondent) == ("phone", "电话回访，信访人在家", "petitioner")
    assert v.conclusion_reasonable == "yes" and v.opinions == "希望多来回访"

    make_application("en")  # and the form opened again shows it all
    dialog = VisitFormDialog([target.id])
    qtbot.addWidget(dialog)
    assert dialog.form.id == visit_id
    assert dialog.inputs["location"].text() == "电话回访，信访人在家"
    assert dialog.inputs["opinions"].toPlainText() == "希望多来回访"
    assert dialog.inputs["method"].value() == "phone"
    dialog.close()
