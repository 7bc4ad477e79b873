"""scan-forms: the copier's scans of printed forms read back into draft visit records,
through the command line in a subprocess, on a demo database (issue 19)."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess

import pytest
from PIL import Image

from tests.conftest import run_cli
from tests.services.scan_tools import answer_page, as_pdf, render

#: the tick-box fields ``visits --json`` also gives
SHARED = ("method", "satisfaction", "settled", "petitioner_away", "contact_result")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from rv_desktop.services.demo import create_demo_database

    folder = tmp_path_factory.mktemp("scancli")
    return create_demo_database(folder / "demo.sqlite", cases=60).path


def _json(*args):
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_filled_forms_read_back_as_visits_json(demo, tmp_path):
    """ "scan-forms --json on scans of print-forms --filled output (final records printed
    with their ticks, rendered with pdftoppm at 200 dpi, rotated 2° and JPEG-compressed)
    reads back the same values as visits --json for every tick-box field." """
    db = tmp_path / "office.sqlite"
    shutil.copy(demo, db)
    filled = tmp_path / "filled.pdf"
    assert run_cli("print-forms", "--db", str(db), "--filled", "--out", str(filled)).returncode == 0
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-f", "1", "-l", "12", str(filled),
                    str(tmp_path / "p")], check=True)  # fmt: skip
    pages = [
        Image.open(p).rotate(2, expand=True, fillcolor=255)
        for p in sorted(tmp_path.glob("p-*.pgm"))
    ]
    scans = as_pdf(pages, tmp_path / "scans.pdf", 200)  # the copier's PDF: a JPEG a page
    read = _json("scan-forms", "--db", str(db), str(scans), "--json")
    assert read["pages"] == 12 and read["unreadable"] == []
    finals = {(v["case_no"], v["visit_no"]): v for v in _json("visits", "--db", str(db), "--json")
              if v["state"] == "final"}  # fmt: skip
    compared = 0
    for form in read["forms"]:
        assert form["uncertain"] == []
        visit = finals.get((form["case_no"], form["visit_no"]))
        if visit is None:
            continue  # a form printed for a visit not yet recorded: empty boxes
        assert form["saved"] == "skipped" and form["reason"]
        for key in SHARED:
            assert form["fields"][key] == visit[key], (form["case_no"], key)
        compared += 1
    assert compared >= 3
    with sqlite3.connect(demo) as a, sqlite3.connect(db) as b:  # no final record touched
        query = "SELECT * FROM visit_record WHERE state != 'draft' ORDER BY id"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_ticked_forms_become_drafts(demo, tmp_path):
    """ "What it reads becomes a draft visit record (never final)"; a draft the clerk
    has typed into is not overwritten; a dry run stores nothing."""
    db = tmp_path / "office.sqlite"
    shutil.copy(demo, db)
    forms = tmp_path / "forms.pdf"
    assert run_cli("print-forms", "--db", str(db), "--out", str(forms)).returncode == 0
    rng = random.Random(7)
    files = []
    for n, page in enumerate(render(forms, 200, first=0, count=8)):
        answer_page(page, 200, rng, none_share=0.1)
        files.append(tmp_path / f"scan-{n}.jpg")
        page.rotate(180 if n % 3 == 0 else -1.5, expand=True, fillcolor=255).save(
            files[-1], quality=60
        )
    printed_blank = tmp_path / "blank-form.pdf"
    assert run_cli("print-forms", "--db", str(db), "--blank", "1",
                   "--out", str(printed_blank)).returncode == 0  # fmt: skip
    blank = as_pdf(render(printed_blank, 200), tmp_path / "blank.pdf", 200)  # scanned blank
    args = ["scan-forms", "--db", str(db), *map(str, reversed(files)), str(blank), "--json"]
    dry = _json(*args, "--dry-run")
    assert {f["saved"] for f in dry["forms"]} == {"skipped"}
    assert [u["page"] for u in dry["unreadable"]] == [1, 2]  # the blank form: no case number
    read = _json(*args)
    assert read["pages"] == 10 and len(read["forms"]) == 4
    assert [f["pages"] for f in dry["forms"]] == [f["pages"] for f in read["forms"]]
    drafts = [f for f in read["forms"] if f["saved"] == "draft"]
    assert drafts, read["forms"]
    visits = {(v["case_no"], v["visit_no"]): v for v in _json("visits", "--db", str(db), "--json")}
    for form in drafts:
        visit = visits[(form["case_no"], form["visit_no"])]
        assert visit["state"] == "draft"
        for key in SHARED:
            if key not in form["uncertain"] and form["fields"][key] is not None:
                assert visit[key] == form["fields"][key], key
    with sqlite3.connect(db) as con:
        notes = con.execute("SELECT note FROM audit_record WHERE action = 'scan_read'").fetchall()
        kept = con.execute("SELECT count(*), sum(length(image)) FROM visit_scan").fetchone()
    assert len(notes) == len(drafts)
    assert kept[0] == 2 * len(drafts) and kept[1] < 2 * len(drafts) * 400_000  # the pages kept
    again = _json(*args)  # the drafts now hold what the first reading wrote
    assert {f["saved"] for f in again["forms"]} == {"skipped"}
