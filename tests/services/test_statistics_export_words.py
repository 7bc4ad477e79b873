"""The statistics and summary xlsx name the visit record's questions with the form's words.

The visit record's fields are defined once in data/visit_record.toml
(``visit_fields.label``): a header over a question's answers is the question's
label (三看 questions prefixed by the tab's title), a column counting one
answer is that answer's label, so the county reads 办理结论是否属实合理 on the
form, the statistics and the summary alike. 满意度 stays the county's term for
the satisfaction levels (docs/vocabulary.md).
"""

from __future__ import annotations

from openpyxl import load_workbook

from rv_desktop.domain import visit_fields
from rv_desktop.domain.statistics import summary_rows
from rv_desktop.services.statistics_export import (
    DEFAULT_LABELS,
    export_statistics_xlsx,
    export_summary_xlsx,
)

from ..domain.test_statistics import TODAY, data  # noqa: F401 - the shared dataset
from .test_statistics_export import stats  # noqa: F401

#: header key -> the visit-record field whose question it names
QUESTIONS = {
    "group.method": "method",
    "group.conclusion": "conclusion_reasonable",
    "group.demands": "demands_solved",
    "group.carried": "opinions_carried_out",
    "group.difficulties": "difficulties",
    "group.opinions": "has_opinions",
    "sum.visited_on": "visited_at",
    "sum.method": "method",
    "sum.visitors": "visitors",
    "sum.settled": "settled",
    "sum.opinions": "opinions",
}
LOOKS = {
    "group.look_lawful": "look_lawful",
    "group.look_satisfied": "look_satisfied",
    "group.look_opinions": "look_opinions",
}
#: column key -> (field, answer) it counts
ANSWERS = {
    **{
        f"col.conclusion_reasonable_{a}": ("conclusion_reasonable", a)
        for a in ("yes", "partly", "no")
    },
    **{f"col.demands_solved_{a}": ("demands_solved", a) for a in ("yes", "partly", "no")},
    "col.opinions_carried_out": ("opinions_carried_out", "yes"),
    "col.opinions_carried_out_partly": ("opinions_carried_out", "partly"),
    "col.opinions_carried_out_no": ("opinions_carried_out", "no"),
    "col.settled": ("settled", True),
    **{f"col.{look}_yes": (look, True) for look in LOOKS.values()},
    **{f"col.{look}_no": (look, False) for look in LOOKS.values()},
}


def expected() -> dict[str, str]:
    words = {key: visit_fields.label(name) for key, name in QUESTIONS.items()}
    looks = visit_fields.tab_title("three_looks")
    words.update({key: f"{looks}：{visit_fields.label(name)}" for key, name in LOOKS.items()})
    for key, (name, answer) in ANSWERS.items():
        words[key] = dict(visit_fields.choice_labels(name))[answer]
    return words


def test_the_headers_are_the_visit_records_words():
    """办理结论是否属实合理 and every other question: the words of data/visit_record.toml."""
    differ = {k: (DEFAULT_LABELS[k], v) for k, v in expected().items() if DEFAULT_LABELS[k] != v}
    assert differ == {}


def test_the_written_workbooks_carry_them(data, stats, tmp_path):  # noqa: F811
    """Read back from the xlsx files themselves: the header rows hold those words."""
    words = expected()
    ws = load_workbook(export_statistics_xlsx(stats, tmp_path / "s.xlsx", today=TODAY)).active
    header = {ws.cell(r, c).value for r in (3, 4) for c in range(1, ws.max_column + 1)}
    for key in (*[k for k in QUESTIONS if k.startswith("group.")], *LOOKS, "col.settled"):
        assert words[key] in header, key
    rows = summary_rows(data["campaign"], TODAY)
    out = export_summary_xlsx(rows, tmp_path / "h.xlsx", "2026年千案回访", today=TODAY)
    ws = load_workbook(out).active
    header = {ws.cell(r, c).value for r in (3, 4) for c in range(1, ws.max_column + 1)}
    for key in (k for k in QUESTIONS if k.startswith("sum.")):
        assert words[key] in header, key
    assert visit_fields.label("conclusion_reasonable") == "办理结论是否属实合理"
