"""The documents of an exchange package: the tables (xlsx and PDF) and the filled forms.

``documents`` writes the feedback statistics (by source level) and the
summary table, as xlsx and PDF, and the filled registration forms of every
target in route order, into a private staging folder, and gives them as
member bytes. From ``PARALLEL_TARGETS`` targets on the tables are written by
a second process while this one draws the forms. Moved out of
``package.py``, which calls it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..domain.campaigns import get_campaign
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.models import db

STATISTICS_XLSX = "tables/feedback-statistics.xlsx"
STATISTICS_PDF = "tables/feedback-statistics.pdf"
SUMMARY_XLSX = "tables/summary.xlsx"
SUMMARY_PDF = "tables/summary.pdf"
FORMS_PDF = "forms/registration-forms.pdf"

# weights of the steps of an export, out of 100
DATA_STEP, TABLES_STEP, FORMS_STEP, SEAL_STEP = 10, 20, 80, 90
_DATA, _TABLES, _FORMS = DATA_STEP, TABLES_STEP, FORMS_STEP


def cancelled_error() -> UserError:
    return UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))


_TABLES_MEMBERS = (STATISTICS_XLSX, STATISTICS_PDF, SUMMARY_XLSX, SUMMARY_PDF)
#: From this many targets on the tables are written by a second process while
#: this one draws the forms (a 5,000-target summary alone is ~300 pages).
PARALLEL_TARGETS = 500


def _file(work: Path, member: str) -> Path:
    return work / member.replace("/", "-")


def _write_tables(campaign_id: int, work: Path, fonts=None) -> None:
    """The feedback statistics (by source level) and the summary table, xlsx and PDF."""
    from ..domain.statistics import feedback_statistics, summary_rows
    from .pdf import find_fonts
    from .printing import _font_file
    from .statistics_export import (
        render_layout_pdf,
        statistics_layout,
        summary_layout,
        write_layout_xlsx,
    )

    campaign = get_campaign(campaign_id)
    fonts = fonts or find_fonts(_font_file())
    stats = statistics_layout(feedback_statistics(campaign, "source"))
    summary = summary_layout(campaign.name, summary_rows(campaign))
    for member, layout in zip(_TABLES_MEMBERS, (stats, stats, summary, summary), strict=True):
        if member.endswith(".xlsx"):
            write_layout_xlsx(layout, _file(work, member))
        else:
            render_layout_pdf(layout, _file(work, member), fonts=fonts, allow_missing=True)


def _tables_process(db_path: str, campaign_id: int, work: str) -> None:
    """The second process: open the database (reading only) and write the tables."""
    from ..domain import db as dbmod

    dbmod.open_database(db_path)
    try:
        _write_tables(campaign_id, Path(work))
    finally:
        dbmod.close_database()


def _start_tables_process(campaign_id: int, work: Path):
    """The process writing the tables, or None (few targets, one CPU, cannot start)."""
    import multiprocessing

    if (os.cpu_count() or 1) < 2:
        return None
    try:
        child = multiprocessing.get_context("spawn").Process(
            target=_tables_process,
            args=(str(db.obj.database), campaign_id, str(work)),
            daemon=True,
        )
        child.start()
    except OSError:
        return None
    return child


def documents(
    campaign, ids: list[int], work: Path, step: Callable[[int], None], cancelled
) -> dict[str, bytes]:
    """The tables and the filled forms of ``campaign`` as member bytes."""
    from .forms_data import form_data_for_targets, office_names
    from .pdf import find_fonts, render_forms
    from .printing import _font_file

    fonts = find_fonts(_font_file())
    child = _start_tables_process(campaign.id, work) if len(ids) >= PARALLEL_TARGETS else None
    try:
        if child is None:
            _write_tables(campaign.id, work, fonts)
            step(_TABLES)
        if cancelled and cancelled():
            raise cancelled_error()
        start = _TABLES if child is None else _DATA
        if ids:
            town, office = office_names()
            render_forms(
                form_data_for_targets(ids, filled=True),
                work / "forms.pdf",
                mode="filled",
                town=town,
                office=office,
                fonts=fonts,
                allow_missing=True,
                progress=lambda done, total: step(start + (_FORMS - start) * done // total),
                cancelled=cancelled,
            )
        if child is not None:
            child.join()
            if child.exitcode != 0:  # say why as if done here: the same error, translated
                _write_tables(campaign.id, work, fonts)
            step(_FORMS)
    finally:
        if child is not None and child.is_alive():
            child.terminate()
            child.join()
    out = {member: _file(work, member).read_bytes() for member in _TABLES_MEMBERS}
    if ids:
        out[FORMS_PDF] = (work / "forms.pdf").read_bytes()
    return out
