"""The grid of the registration form: what is printed where, on its two pages.

The form is one sheet, printed on both sides (``LAYOUT`` 2): page 1 holds the
case and the visit (how the petitioner was reached), page 2 the findings,
difficulties, opinions, the three looks, the follow-up and the signatures.
``pages()`` lists each page's sections top to bottom, each a list of rows of
cells with their widths in millimetres (171 per row). Every field of
``data/visit_record.toml`` with ``paper = true`` has its cell, labelled and
ticked from that file; ``Layout`` places the cells, and the form's map
(``form_map``) reads the same places, so a scanner finds every box.

A layout change that moves a box must raise ``LAYOUT``: forms already
printed are read with their own version's map.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm

from ...domain import visit_fields, vocabulary
from ..forms_data import FormCase, FormVisit
from . import form_words
from .form_blocks import ContactsTable, Signature
from .form_cells import CaseArea, CaseValue, Cell, Label, Ticks, VisitArea, VisitValue
from .form_style import GRID_BOTTOM, GRID_TOP, LEFT, RIGHT, SECTION_W, Box, fmt_date, fmt_time

__all__ = ["LAYOUT", "Layout", "PageGrid", "Row", "Section", "pages"]

#: The layout version: printed in the QR code of every page, the key of the form's map.
LAYOUT = 2


@dataclass
class Row:
    height_mm: float
    cells: list[Cell]


@dataclass
class Section:
    title: str
    rows: list[Row]


# --- cell builders: a field's label and its cell, from visit_fields ------------------------


def _label(width: float, key: str) -> Label:
    return Label(width, visit_fields.label(key))


def _case_label(width: float, key: str) -> Label:
    return Label(width, form_words.label(key))


def _ticks(key: str, label_w: float, ticks_w: float) -> list[Cell]:
    return [_label(label_w, key), Ticks(ticks_w, key)]


def _area(key: str, label_w: float = 22, area_w: float = 149) -> list[Cell]:
    return [_label(label_w, key), VisitArea(area_w, key)]


def _value(key: str, label_w: float, value_w: float, **kw) -> list[Cell]:
    return [_label(label_w, key), VisitValue(value_w, key, lambda v: getattr(v, key), **kw)]


def _date(key: str, label_w: float, value_w: float) -> list[Cell]:
    template = form_words.text("date_template")
    return [_label(label_w, key),
            VisitValue(value_w, key, lambda v: fmt_date(getattr(v, key)), template)]  # fmt: skip


def _case(key: str, label_w: float, value_w: float, get) -> list[Cell]:
    return [_case_label(label_w, key), CaseValue(value_w, get)]


def _joined(items) -> str:
    return form_words.text("list_separator").join(items)


# --- the two pages ---------------------------------------------------------------------------


def _case_section() -> Section:
    return Section(form_words.text("section_case"), [
        Row(7.5, [*_case("case_no", 22, 49, lambda c: c.case_no),
                  *_case("source_level", 22, 28, lambda c: c.source_level),
                  *_case("channel", 22, 28, lambda c: c.channel)]),
        Row(7.5, [*_case("petitioner", 22, 49, _petitioner),
                  *_case("id_number", 22, 78, lambda c: c.id_number)]),
        Row(7.5, [*_case("phones", 22, 49, lambda c: _joined(c.phones)),
                  *_case("address", 22, 78, lambda c: c.address)]),
        Row(7.5, [*_case("handling_unit", 22, 49, lambda c: c.handling_unit),
                  *_case("concluded_on", 22, 28, lambda c: fmt_date(c.concluded_on)),
                  *_case("responsible_leader", 22, 28, lambda c: c.responsible_leader)]),
        Row(7.5, [*_case("planned_method", 22, 49, lambda c: c.planned_method),
                  *_case("due_on", 22, 28, lambda c: fmt_date(c.due_on)),
                  *_case("key_case", 22, 28, lambda c: vocabulary.label("yes_no", c.key_case))]),
        Row(30, [_case_label(22, "demand"),
                 CaseArea(149, form_words.label("demand"), lambda c: c.demand)]),
        Row(30, [_case_label(22, "conclusion"),
                 CaseArea(149, form_words.label("conclusion"), lambda c: c.conclusion)]),
    ])  # fmt: skip


def _visit_section() -> Section:
    when = form_words.text("datetime_template")
    return Section(visit_fields.tab_title("visit"), [
        Row(7.5, [_label(22, "visited_at"),
                  VisitValue(58, "visited_at", lambda v: fmt_time(v.visited_at), when),
                  *_value("location", 22, 69)]),
        Row(7.5, _ticks("method", 22, 149)),
        Row(12, _area("method_reason")),
        Row(7.5, [*_value("visitors", 22, 58, prefill=lambda c: _joined(c.visitors)),
                  *_value("joining_units", 22, 69, prefill=lambda c: _joined(c.joining_units))]),
        Row(7.5, _ticks("respondent", 22, 149)),
        Row(7.5, [_label(22, "respondent_name"),
                  VisitValue(58, "respondent_name", _respondent_name),
                  _label(22, "respondent_relation"),
                  VisitValue(69, "respondent_relation", lambda v: v.respondent_relation)]),
        Row(7.5, _ticks("contact_result", 22, 149)),
        Row(12, _area("contact_note")),
        Row(41, [_label(22, "contacts"), ContactsTable(149, rows=5)]),
        Row(12, [*_ticks("petitioner_away", 22, 36), *_area("away_phone_result", 22, 91)]),
        Row(12, _area("away_people_asked")),
        Row(12, _area("away_statement")),
    ])  # fmt: skip


def _findings_sections() -> list[Section]:
    findings = Section(visit_fields.tab_title("findings"), [
        Row(7.5, [*_ticks("conclusion_reasonable", 38, 40.5),
                  *_ticks("conclusion_view", 33, 59.5)]),
        Row(12, _area("conclusion_note")),
        Row(7.5, [*_ticks("demands_solved", 38, 43.5),
                  *_ticks("opinions_carried_out", 38, 51.5)]),
        Row(12, _area("demands_note")),
        Row(10, _area("no_rework_reason")),
        Row(7.5, _ticks("satisfaction", 38, 133)),
        Row(12, _area("dissatisfaction_reason")),
        Row(7.5, _ticks("unit_rating", 38, 133)),
        Row(7.5, [*_ticks("settled", 38, 57), *_ticks("risk", 30, 46)]),
    ])  # fmt: skip
    difficulties = Section(visit_fields.tab_title("difficulties"), [
        Row(7.5, [*_ticks("has_difficulties", 38, 43.5), *_value("help_by", 38, 51.5)]),
        Row(14, _area("difficulties")),
        Row(14, _area("help_given")),
    ])  # fmt: skip
    opinions = Section(visit_fields.tab_title("opinions"), [
        Row(7.5, _ticks("has_opinions", 38, 133)),
        Row(28, _area("opinions")),
    ])  # fmt: skip
    return [findings, difficulties, opinions]


def _closing_sections() -> list[Section]:
    looks = Section(visit_fields.tab_title("three_looks"), [
        Row(7.5, [*_ticks("look_lawful", 38, 43.5), *_ticks("look_satisfied", 38, 51.5)]),
        Row(10, [*_ticks("look_opinions", 38, 43.5), *_area("looks_note", 22, 67.5)]),
    ])  # fmt: skip
    follow = Section(visit_fields.tab_title("follow_up"), [
        Row(7.5, [*_ticks("followup_needed", 30, 33), *_value("next_by", 16, 34),
                  *_date("next_due", 22, 36)]),
        Row(14, _area("explained")),
        Row(14, _area("next_action")),
    ])  # fmt: skip
    sign = Section(visit_fields.tab_title("sign_off"), [
        Row(7.5, [*_ticks("signed_visitors", 30, 30), *_ticks("signed_petitioner", 38, 73)]),
        Row(18, [Signature(85.5, "visitor_sign", _visitor_signature),
                 Signature(85.5, "petitioner_sign", _petitioner_signature)]),
        Row(7.5, [*_value("recorded_by", 22, 40), *_date("recorded_on", 22, 30),
                  _case_label(22, "reviewer"), VisitValue(35, None, _reviewer)]),
    ])  # fmt: skip
    return [looks, follow, sign]


def pages() -> list[list[Section]]:
    """The form's two pages, each its sections top to bottom."""
    return [[_case_section(), _visit_section()], [*_findings_sections(), *_closing_sections()]]


# --- values shown ----------------------------------------------------------------------------


def _petitioner(c: FormCase) -> str:
    extra = form_words.text("people_count", count=c.people_count) if c.people_count > 1 else ""
    return c.petitioner + extra


def _respondent_name(v: FormVisit) -> str | None:
    return v.respondent_name


def _day(v: FormVisit) -> dt.date | None:
    return v.visited_at.date() if isinstance(v.visited_at, dt.datetime) else v.visited_at


def _visitor_signature(v: FormVisit):
    return (v.visitors or "") if v.signed_visitors else "", _day(v)


def _petitioner_signature(v: FormVisit):
    return "", _day(v) if v.signed_petitioner == "signed" else None


def _reviewer(v: FormVisit) -> str | None:
    if not v.reviewed_by:
        return None
    if not v.reviewed_on:
        return v.reviewed_by
    day = v.reviewed_on
    return form_words.text("reviewer_day", name=v.reviewed_by, month=day.month, day=day.day)


# --- geometry --------------------------------------------------------------------------------


@dataclass
class PageGrid:
    """One page's cells with their boxes, its sections' boxes, where its grid ends."""

    cells: list[Cell]
    section_boxes: list[tuple[str, Box]]
    bottom: float


class Layout:
    """The pages placed: every cell gets its box (``grids[page]``)."""

    version = LAYOUT

    def __init__(self):
        self.grids = [self._place(sections) for sections in pages()]

    @property
    def cells(self) -> list[Cell]:
        return [cell for grid in self.grids for cell in grid.cells]

    @staticmethod
    def _place(sections: list[Section]) -> PageGrid:
        cells: list[Cell] = []
        boxes: list[tuple[str, Box]] = []
        y = GRID_TOP
        x0 = LEFT + SECTION_W
        for section in sections:
            top = y
            for row in section.rows:
                h = row.height_mm * mm
                y -= h
                x = x0
                for cell in row.cells:
                    cell.box = Box(x, y, cell.width, h)
                    x += cell.width
                    cells.append(cell)
                if abs(x - RIGHT) > 0.5:
                    raise AssertionError(f"row of {section.title} is {(x - LEFT) / mm:.1f} mm wide")
            boxes.append((section.title, Box(LEFT, y, SECTION_W, top - y)))
        if y < GRID_BOTTOM:
            raise AssertionError(f"the grid runs {(GRID_BOTTOM - y) / mm:.1f} mm too low")
        return PageGrid(cells, boxes, y)

    def drawn_labels(self) -> list[str]:
        """Every label the form prints: cells' labels, section titles, choices, signatures."""
        out: list[str] = []
        for grid in self.grids:
            out += [title for title, _ in grid.section_boxes]
            for cell in grid.cells:
                if isinstance(cell, Label):
                    out.append(cell.text)
                elif isinstance(cell, Ticks):
                    out += [text for _, text in cell.options]
                elif isinstance(cell, Signature):
                    out.append(form_words.text(cell.who))
        return out
