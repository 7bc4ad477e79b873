"""The case list on the 100,000-case demo database: filter as you type, sort, export.

"Filter as you type" is timed at the model: from a new search text until the
model has reset and the rows of the first screen are read (what the page
does once the 150 ms debounce has passed), for a surname, a two-character
name, a phone fragment and a case-number fragment.
"""

from __future__ import annotations

import sqlite3

from common import Bench, Workspace

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.cases import CaseFilter, SearchIndex, iter_rows, ordered_ids

SCREEN_ROWS = 40  # rows of a maximised window at 1080 px


def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench"])


def _model(work: Workspace):
    from rv_desktop.gui.models.case_table_model import CaseTableModel

    _application()
    dbmod.open_database(work.big_database())
    model = CaseTableModel()
    model.set_index(SearchIndex.build())
    model.set_filter(CaseFilter())
    return model


def _fragments(work: Workspace) -> dict[str, str]:
    """Search texts that occur in the demo data (it is deterministic, but look anyway)."""
    con = sqlite3.connect(work.big_database())
    try:
        surname = con.execute(
            "SELECT substr(name, 1, 1) AS s FROM petitioner GROUP BY s ORDER BY count(*) DESC"
        ).fetchone()[0]
        name = con.execute(
            "SELECT name FROM petitioner WHERE length(name) = 2 ORDER BY id LIMIT 1"
        ).fetchone()[0]
        case_no = con.execute(
            'SELECT case_no FROM "case" ORDER BY id LIMIT 1 OFFSET 5000'
        ).fetchone()[0]
    finally:
        con.close()
    return {
        "surname": surname,
        "name": name,
        "phone": "5678",
        "case_no": case_no[:-2],  # QS2019-000: a hundred or so cases
    }


def _typing(kind: str):
    def prepare(work: Workspace):
        model = _model(work)
        text = _fragments(work)[kind]

        def reset():
            model.set_text("")

        def run():
            model.set_text(text)
            shown = range(min(SCREEN_ROWS, model.rowCount()))
            for r in shown:
                for c in range(model.columnCount()):
                    model.data(model.index(r, c))
            assert model.rowCount() > 0, text

        return reset, run

    return prepare


def sort_by_petitioner(work: Workspace):
    _application()
    dbmod.open_database(work.big_database())

    def run():
        ordered_ids(CaseFilter(), "petitioner")

    return run


def structured_filter(work: Workspace):
    _application()
    dbmod.open_database(work.big_database())
    flt = CaseFilter(source_levels=("central", "provincial"), settled=False)

    def run():
        ordered_ids(flt)

    return run


def index_build(work: Workspace):
    dbmod.open_database(work.big_database())
    return SearchIndex.build


def export_all(work: Workspace):
    from rv_desktop.services.case_export import export_cases

    dbmod.close_database()
    copy = work.big_copy("case-list-export.sqlite")  # the export writes an audit record
    dbmod.open_database(copy)
    ids = ordered_ids(CaseFilter())
    out = work.folder / "case-list.xlsx"

    def run():
        export_cases(iter_rows(ids), out, reveal=False, total=len(ids))

    return run


BENCHMARKS = [
    Bench("type a surname (1 char), 100,000 cases", "< 100 ms", _typing("surname"), repeat=9),
    Bench("type a name (2 chars), 100,000 cases", "< 100 ms", _typing("name"), repeat=9),
    Bench("type a phone fragment (4 digits)", "< 100 ms", _typing("phone"), repeat=9),
    Bench("type a case-number fragment", "< 100 ms", _typing("case_no"), repeat=9),
    Bench("sort 100,000 cases by petitioner (SQL, off GUI)", "(report)", sort_by_petitioner),
    Bench("source + unsettled filter (SQL, off GUI)", "(report)", structured_filter),
    Bench("build the search index (off GUI)", "(report)", index_build, repeat=3),
    Bench("export 100,000 cases to xlsx", "< 15 s", export_all, repeat=1),
]
