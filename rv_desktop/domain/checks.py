"""The schema's own consistency checks, beyond what SQLite can enforce.

``check_database()`` runs SQLite's integrity and foreign-key checks and then
the rules of the campaign that a constraint cannot express (a task marked
done has a final visit record, visit numbers have no gaps, one current
campaign, ID numbers keep their check digit, ...). It only reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import db as dbmod
from .errors import QT_TRANSLATE_NOOP
from .models import AUDITED_MODELS, Petitioner, db
from .normalize import id_check_char


@dataclass(frozen=True)
class Problem:
    code: str
    template: str
    count: int
    detail: str = ""

    def format(self, template: str | None = None) -> str:
        return (template or self.template).format(count=self.count, detail=self.detail)


_RULES: list[tuple[str, str, str]] = [
    (
        "one_current_campaign",
        QT_TRANSLATE_NOOP("UserError", "{count} campaigns are marked current; only one may be."),
        "SELECT CASE WHEN count(*) > 1 THEN count(*) ELSE 0 END FROM campaign WHERE is_current = 1",
    ),
    (
        "done_without_final",
        QT_TRANSLATE_NOOP("UserError", "{count} tasks are done but have no final visit record."),
        "SELECT count(*) FROM target t WHERE t.status = 'done' AND NOT EXISTS ("
        " SELECT 1 FROM visit_record v WHERE v.target_id = t.id"
        " AND v.state IN ('final','reviewed'))",
    ),
    (
        "visited_without_record",
        QT_TRANSLATE_NOOP(
            "UserError", "{count} tasks are marked visited but have no visit record."
        ),
        "SELECT count(*) FROM target t WHERE t.status IN ('visited','follow_up') AND NOT EXISTS ("
        " SELECT 1 FROM visit_record v WHERE v.target_id = t.id)",
    ),
    (
        "excluded_with_task",
        QT_TRANSLATE_NOOP("UserError", "{count} excluded cases still have a task state."),
        "SELECT count(*) FROM target WHERE included = 0 AND status <> 'unassigned'",
    ),
    (
        "visit_number_gap",
        QT_TRANSLATE_NOOP("UserError", "{count} targets have gaps in their visit numbers."),
        "SELECT count(*) FROM (SELECT target_id FROM visit_record GROUP BY target_id"
        " HAVING max(visit_no) <> count(*))",
    ),
    (
        "final_without_satisfaction",
        QT_TRANSLATE_NOOP(
            "UserError", "{count} final visit records have no satisfaction recorded."
        ),
        "SELECT count(*) FROM visit_record WHERE state IN ('final','reviewed')"
        " AND satisfaction IS NULL",
    ),
]


def check_database() -> list[Problem]:
    """Every problem found; an empty list means the database is sound."""
    problems = [
        Problem("sqlite", QT_TRANSLATE_NOOP("UserError", "SQLite reports: {detail}"), 1, p)
        for p in dbmod.integrity_check()
    ]
    if problems:
        return problems  # the rules below mean little on a damaged file
    for code, template, sql in _RULES:
        count = db.execute_sql(sql).fetchone()[0]
        if count:
            problems.append(Problem(code, template, count))
    bad_ids = [
        number
        for (number,) in Petitioner.select(Petitioner.id_number)
        .where(Petitioner.id_number.is_null(False))
        .tuples()
        if id_check_char(number[:17]) != number[17:]
    ]
    if bad_ids:
        problems.append(
            Problem(
                "bad_id_number",
                QT_TRANSLATE_NOOP(
                    "UserError", "{count} stored ID numbers have a wrong check digit."
                ),
                len(bad_ids),
            )
        )
    triggers = {
        name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    missing = [
        m._meta.table_name
        for m in AUDITED_MODELS
        if f"audit_{m._meta.table_name}_update" not in triggers
    ]
    if missing:
        problems.append(
            Problem(
                "audit_missing",
                QT_TRANSLATE_NOOP("UserError", "Audit triggers are missing on: {detail}"),
                len(missing),
                ", ".join(missing),
            )
        )
    return problems
