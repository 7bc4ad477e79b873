"""The import's fast paths give what its full paths give: the reader's test
for ordinary data rows against every row through the full checks, and an
import into a new register (whose lookups by case and ID number are skipped,
there being nothing to find) against the same import into a register that
holds a case (whose lookups run)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import db
from rv_desktop.services import ledger_import as li
from rv_desktop.services.ledger_reader.header_row import _find_header
from rv_desktop.services.ledger_reader.rows import _collect_rows

from .test_ledger_import import GOOD_ID, GOOD_ID_2, messy_ledger

HEADER = ["编号", "姓名", "身份证号", "联系电话", "住址", "交办来源", "办结日期", "办理结果"]

# Cells that start like a note, a section title, a sign-off, a totals row or
# the header, next to ordinary ones: each row kind and its look-alikes.
_CELLS = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "",
            "  ",
            "QS2018-001",
            "编号",
            "姓名",
            "一、2017年下半年",
            "二、2018年上半年",
            "(一)第一批",
            "第二批",
            "2017年下半年",
            "合计",
            "共5件",
            "小计：",
            "注：",
            "备注",
            "说明：日期为年月日",
            "制表人：张三",
            "审核：李四",
            "张三",
            "李四等12人",
            GOOD_ID,
            "13812345678",
            "1",
            "2",
            "3",
            "(4)",
        ]
    ),
    st.integers(min_value=0, max_value=10),
    st.floats(min_value=0, max_value=1e12, allow_nan=False),
    st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2020, 1, 1)),
    st.text(max_size=4),
)


@given(
    st.lists(st.lists(_CELLS, min_size=0, max_size=9), min_size=1, max_size=12),
    st.integers(min_value=0, max_value=2),
)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example([["QS2018-001", "张三"], HEADER, ["QS2018-002", "李四"]], 0)
@example([["QS2018-001", "张三"], HEADER, ["QS2018-002", "李四"]], 2)
@example([["QS2018-001", "张三"], ["合计", 5], ["一、2018年"], ["注：无"]], 1)
def test_reader_quick_rows_are_what_the_full_checks_find(rows, left):
    """The table may start in any column (``left`` empty columns before it)."""
    pad = [""] * left
    grid = [
        ["台账"],
        pad + HEADER,
        *(pad + [("" if v is None else v) for v in row] for row in rows),
    ]
    header = _find_header(grid)
    assert header is not None
    quick = _collect_rows(grid, header, 1)
    full = _collect_rows(grid, header, 1, quick=False)
    assert [(r.row_number, r.values) for r in quick[0]] == [
        (r.row_number, r.values) for r in full[0]
    ]
    assert quick[1:] == full[1:]


def _rows():
    """Rows that exercise the lookups: the same person by ID and by name and
    phone, an ID given to two names, case numbers in other spellings."""
    base = ["某某县青山镇石桥村", "中央交办", "来访", dt.date(2018, 3, 5), "镇国土所", "已调解"]
    return [
        ["QS2018-001", "张三", GOOD_ID, "13812345678", *base],
        ["QS2018-002", "张三", GOOD_ID, "13812345678", *base],
        ["QS2018-003", "李四", GOOD_ID, "13912345678", *base],
        ["QS2018-004", "王五", "", "13712345678", *base],
        ["QS2018-005", "王五", "", "13712345678,13612345678", *base],
        ["qs2018-006", "赵六", GOOD_ID_2, "", *base],
        ["QS2018-006", "赵六", GOOD_ID_2, "", *base],
        ["ＱＳ2018-007", "钱七等6人", "", "0792-1234567", *base],
        ["QS 2018-007", "钱七", "", "", *base],
        ["", "孙八", "", "", *base],
    ]


def _import(path, ledger, seed=None) -> tuple[dict, dict]:
    """Import ``ledger`` into a new database at ``path`` (after ``seed``, if
    given): the summary, and every case of the ledger as stored, by number."""
    dbmod.open_database(path, actor="tester")
    try:
        if seed is not None:
            li.import_ledger(seed)
        plan = li.import_ledger(ledger)
        summary = plan.summary()
        cases = {}
        people: dict[int, str] = {}
        for row in db.execute_sql(
            'SELECT c.case_no, c.people_count, c.channel, c.source_level, c.registered_on,'
            " c.category, c.demand, c.leader, c.concluded_on, c.conclusion, c.many_people,"
            " c.source_file, u.name, p.id, p.name, p.id_number, p.phones, p.address, p.village"
            ' FROM "case" c JOIN petitioner p ON p.id = c.petitioner_id'
            " LEFT JOIN handling_unit u ON u.id = c.handling_unit_id"
            " WHERE c.source_file = ?",
            (ledger.name,),
        ):
            # the petitioner by the first case number that names them: ids differ
            person = people.setdefault(row[13], row[0])
            cases[row[0]] = (*row[1:13], person, *row[14:])
        return summary, cases
    finally:
        dbmod.close_database()


def test_new_register_imports_as_a_filled_one(tmp_path):
    ledger = messy_ledger(tmp_path / "台账.xlsx")
    rows = messy_ledger(tmp_path / "lookups.xlsx", _rows())
    seed = messy_ledger(
        tmp_path / "seed.xlsx",
        [["OTHER-1", "周九", "", "13512345678", "某某县", "县交办", "来信", None, None, None]],
    )
    for path in (ledger, rows):
        fast = _import(tmp_path / f"new-{path.stem}.sqlite", path)
        full = _import(tmp_path / f"filled-{path.stem}.sqlite", path, seed)
        assert fast == full
        assert fast[1] and fast[0]["new"] == len(fast[1])
