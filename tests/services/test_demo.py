"""The demo database: realistic, deterministic, complete, and never overwriting."""

from __future__ import annotations

import sqlite3

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.checks import check_database
from rv_desktop.domain.enums import Satisfaction, TaskStatus
from rv_desktop.services.demo import RARE, create_demo_database

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def valid_id(number: str) -> bool:
    """GB 11643-1999, written again here so the test does not trust the generator."""
    total = sum(int(c) * w for c, w in zip(number[:17], WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    summary = create_demo_database(path)
    con = sqlite3.connect(path)
    yield summary, con
    con.close()


def q(con, sql):
    return con.execute(sql).fetchall()


def test_counts_and_ids(demo):
    summary, con = demo
    assert summary.cases == 1200
    assert q(con, 'SELECT count(*) FROM "case"')[0][0] == 1200
    assert summary.petitioners == q(con, "SELECT count(*) FROM petitioner")[0][0]
    ids = [r[0] for r in q(con, "SELECT id_number FROM petitioner WHERE id_number IS NOT NULL")]
    assert len(ids) > 900 and all(valid_id(i) for i in ids)
    assert q(con, "SELECT count(*) FROM petitioner WHERE id_number IS NULL")[0][0] > 0
    phones = ",".join(r[0] for r in q(con, "SELECT phones FROM petitioner"))
    assert "0792" in phones  # landlines keep their area code
    names = "".join(r[0] for r in q(con, "SELECT name FROM petitioner"))
    assert any(ch in names for ch in RARE)
    # repeat petitioners
    assert (
        q(
            con,
            'SELECT count(*) FROM (SELECT petitioner_id FROM "case" GROUP BY 1 HAVING count(*) > 1)',
        )[0][0]
        > 50
    )
    lo, hi = q(con, 'SELECT min(concluded_on), max(concluded_on) FROM "case"')[0]
    assert lo >= "2017-07-01" and hi <= "2026-09-30"
    assert q(con, 'SELECT count(*) FROM "case" WHERE many_people = 1')[0][0] > 0


def test_campaign_has_every_state_and_satisfaction(demo):
    _summary, con = demo
    assert q(con, "SELECT count(*) FROM campaign WHERE is_current = 1")[0][0] == 1
    states = {r[0] for r in q(con, "SELECT DISTINCT status FROM target WHERE included = 1")}
    assert states == {s.value for s in TaskStatus}
    sats = {
        r[0]
        for r in q(
            con, "SELECT DISTINCT satisfaction FROM visit_record WHERE satisfaction IS NOT NULL"
        )
    }
    assert sats == {s.value for s in Satisfaction}
    record_states = {r[0] for r in q(con, "SELECT DISTINCT state FROM visit_record")}
    assert record_states == {"draft", "final", "reviewed"}
    assert q(con, "SELECT count(*) FROM visit_record WHERE visit_no = 2")[0][0] > 0
    reasons = {
        r[0] for r in q(con, "SELECT DISTINCT exclusion_reason FROM target WHERE included = 0")
    }
    assert reasons and None not in reasons
    kinds = {r[0] for r in q(con, "SELECT DISTINCT kind FROM follow_up")}
    assert {"help"} <= kinds and kinds & {"rework", "follow_up"}
    assert (
        q(con, "SELECT count(*) FROM visit_record WHERE respondent IN ('relative','committee')")[0][
            0
        ]
        > 0
    )
    assert (
        q(con, "SELECT count(*) FROM contact_attempt")[0][0]
        >= q(con, "SELECT count(*) FROM visit_record")[0][0]
    )
    # targets are the central and provincial cases only
    assert (
        q(
            con,
            'SELECT count(*) FROM target t JOIN "case" c ON c.id = t.case_id'
            " WHERE c.source_level NOT IN ('central','provincial')",
        )[0][0]
        == 0
    )


def test_sound_by_every_check(demo):
    summary, _con = demo
    assert q(_con, "PRAGMA integrity_check") == [("ok",)]
    assert q(_con, "PRAGMA foreign_key_check") == []
    dbmod.open_database(summary.path)
    try:
        assert check_database() == []
    finally:
        dbmod.close_database()


def test_deterministic(tmp_path):
    a = create_demo_database(tmp_path / "a.sqlite", cases=300, seed=5).path
    b = create_demo_database(tmp_path / "b.sqlite", cases=300, seed=5).path
    c = create_demo_database(tmp_path / "c.sqlite", cases=300, seed=6).path

    def dump(path):
        con = sqlite3.connect(path)
        try:
            return [
                q(con, f'SELECT * FROM "{t}" ORDER BY 1')
                for t in ("petitioner", "case", "target", "visit_record", "follow_up")
            ]
        finally:
            con.close()

    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_never_overwrites(tmp_path):
    path = tmp_path / "office.sqlite"
    path.write_bytes(b"the clerk's real work")
    with pytest.raises(Exception) as info:
        create_demo_database(path, cases=10)
    assert getattr(info.value, "code", "") == "demo_exists"
    assert path.read_bytes() == b"the clerk's real work"


def test_cancel_leaves_nothing(tmp_path):
    path = tmp_path / "demo.sqlite"
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Exception) as info:
        create_demo_database(path, cases=500, cancelled=cancelled)
    assert getattr(info.value, "code", "") == "cancelled"
    assert list(tmp_path.iterdir()) == []


def test_five_thousand_cases(tmp_path):
    summary = create_demo_database(tmp_path / "5k.sqlite", cases=5000)
    assert summary.cases == 5000 and summary.targets > 800
