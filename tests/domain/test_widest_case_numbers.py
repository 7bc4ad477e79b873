"""The case numbers that size the Cases list's column (issue 16)."""

from __future__ import annotations

from rv_desktop.domain.cases import widest_case_numbers
from rv_desktop.domain.models import Case, db
from rv_desktop.services.demo import create_demo_database


def test_the_long_chinese_and_the_long_latin_numbers_are_both_found(tmp_path):
    """'Case numbers are never cut': the column is sized by the widest numbers of
    the whole register, not only by the rows read so far."""
    from rv_desktop.domain import db as dbmod

    path = tmp_path / "d.sqlite"
    create_demo_database(path, cases=80, seed=2)
    dbmod.open_database(path, actor="tester")
    try:
        first, second = (c.id for c in Case.select().order_by(Case.id.desc()).limit(2))
        with db.atomic():
            Case.update(case_no="青信复〔2019〕第00137号").where(Case.id == first).execute()
            Case.update(case_no="QHXF2017001010101").where(Case.id == second).execute()
        widest = widest_case_numbers(limit=3)
        assert "青信复〔2019〕第00137号" in widest
        assert "QHXF2017001010101" in widest
        assert len(widest) <= 6
    finally:
        dbmod.close_database()
