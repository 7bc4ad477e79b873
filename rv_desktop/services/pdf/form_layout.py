"""The grid of the registration form: what is printed where, and how.

``sections()`` lists the form top to bottom: four sections (the case, the
visit, the findings, the signatures), each a list of rows of cells with their
widths in millimetres. A cell draws its fixed part once into the shared frame
(``static``: labels, empty tick boxes, ruled lines, date templates) and its
form's values on each page (``fill``). ``FormPage`` is what a cell draws
with on one form's page: one-line values shrunk to fit, and wrapped areas
whose overflow goes to the continuation page (续页).

Geometry is in points (``mm`` from reportlab converts); A4 portrait.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ..forms_data import FormCase, FormData, FormVisit, label
from .fit import cut_to_room
from .text import Pen

TITLE = "信访事项办理情况回访登记表"

PAGE_W, PAGE_H = A4
LEFT = 15 * mm
RIGHT = PAGE_W - 15 * mm
TOP = PAGE_H - 10 * mm
GRID_TOP = PAGE_H - 31 * mm
FOOTER_Y = 10 * mm
SECTION_W = 9 * mm

LABEL_SIZE = 10.0
VALUE_SIZE = 10.0
AREA_SIZE = 9.5
AREA_LEADING = 12.5
AREA_SIZES = (AREA_SIZE, 8.75, 8.0)  # tried in turn before a text continues on a 续页
MAX_AREA_LINES = 160  # a text longer than this many lines is cut with "…" (about 3 续页)
TICK_SIZE = 9.5
PAD = 1.6 * mm
WRITE_GAP = 6.2 * mm  # at least this between ruled lines for handwriting

LINE = 0.5
BORDER = 1.1


# --- the layout: rows of cells ----------------------------------------------------------


@dataclass
class Box:
    x: float
    y: float  # bottom
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


def _baseline(box: Box, size: float) -> float:
    """The baseline that centres a line of CJK text of ``size`` in ``box``."""
    return box.y + box.h / 2 - size * 0.36


def fmt_date(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def fmt_time(t: dt.datetime | None) -> str:
    if t is None:
        return ""
    text = f"{t.year}年{t.month}月{t.day}日"
    if isinstance(t, dt.datetime):
        text += f"{t.hour}时{t.minute:02d}分" if t.minute else f"{t.hour}时"
    return text


class Cell:
    """A cell of the grid. ``static`` draws into the shared frame, ``fill`` per page."""

    box: Box

    def __init__(self, width_mm: float):
        self.width = width_mm * mm

    def static(self, pen: Pen, blank_visit: bool) -> None:
        """What every form shows; ``blank_visit`` adds the hand-fill furniture."""

    def fill(self, page: FormPage) -> None:
        """The form's own values (case, visit)."""


class Label(Cell):
    def __init__(self, width_mm: float, text: str, size: float = LABEL_SIZE):
        super().__init__(width_mm)
        self.text = text
        self.size = size

    def static(self, pen, blank_visit):
        b = self.box
        avail = b.w - 2 * PAD * 0.6
        size = self.size
        spans = [(0, len(self.text))]
        if "\n" in self.text or pen.width(self.text, size) > avail:
            spans = pen.wrap(self.text, avail, size)
        lead = size * 1.22
        y = b.y + b.h / 2 + (len(spans) - 1) * lead / 2 - size * 0.36
        for s, e in spans:
            pen.text(b.x + b.w / 2, y, self.text[s:e], size, align="centre")
            y -= lead


class CaseValue(Cell):
    """One line of case data, shrunk to fit."""

    def __init__(self, width_mm: float, get: Callable[[FormCase], str | None], align="left"):
        super().__init__(width_mm)
        self.get = get
        self.align = align

    def fill(self, page):
        if page.case is None:
            return
        page.line(self.box, self.get(page.case) or "", align=self.align)


class CaseArea(Cell):
    """Wrapped case text (demand, conclusion); what does not fit continues on a 续页."""

    def __init__(self, width_mm: float, title: str, get: Callable[[FormCase], str | None]):
        super().__init__(width_mm)
        self.title = title
        self.get = get

    def fill(self, page):
        if page.case is None:
            return
        page.area(self.box, self.get(page.case) or "", self.title)


class Ticks(Cell):
    """A row of tick boxes; in filled mode the chosen one carries a √."""

    def __init__(self, width_mm: float, options: list[tuple[object, str]],
                 get: Callable[[FormVisit], object] | None = None, prefix: str = ""):  # fmt: skip
        super().__init__(width_mm)
        self.options = options
        self.get = get
        self.prefix = prefix

    def _draw(self, pen: Pen, chosen: object = None, has_value: bool = False):
        b = self.box
        avail = b.w - 2 * PAD
        size = TICK_SIZE
        while True:  # squeeze the gaps, then the size, until the row fits
            box_w = size * 0.95
            gap_in, gap_out = size * 0.3, size * 0.9
            parts = [pen.width(text, size) for _, text in self.options]
            prefix_w = pen.width(self.prefix, size) + (size * 0.3 if self.prefix else 0)
            fixed = prefix_w + sum(box_w + gap_in + w for w in parts)
            gaps = max(1, len(parts) - 1)
            if fixed + gap_out * gaps > avail:
                gap_out = max(size * 0.5, (avail - fixed) / gaps)
            if fixed + gap_out * gaps <= avail or size <= 7.5:
                break
            size -= 0.25
        x = b.x + PAD
        base = _baseline(b, size)
        if self.prefix:
            pen.text(x, base, self.prefix, size)
            x += prefix_w
        for (code, text), w in zip(self.options, parts, strict=True):
            by = base - size * 0.1
            pen.rect(x, by, box_w, box_w, 0.6)
            if has_value and code == chosen:
                _tick(pen, x, by, box_w, size)
            pen.text(x + box_w + gap_in, base, text, size)
            x += box_w + gap_in + w + gap_out

    def static(self, pen, blank_visit):
        if blank_visit or self.get is None:
            self._draw(pen)

    def fill(self, page):
        if self.get is not None and page.visit is not None:
            self._draw(page.pen, self.get(page.visit), True)


def _tick(pen: Pen, x: float, y: float, w: float, size: float) -> None:
    """A √ in the box at (x, y): the font's own (as people write it), else drawn."""
    if pen.has("√"):
        pen.text(x + w / 2, y + w * 0.12, "√", size * 1.05, align="centre", bold=True)
        return
    c = pen.c
    c.saveState()
    c.setLineWidth(w * 0.14)
    path = c.beginPath()
    path.moveTo(x + w * 0.18, y + w * 0.5)
    path.lineTo(x + w * 0.42, y + w * 0.2)
    path.lineTo(x + w * 0.85, y + w * 0.85)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


class VisitValue(Cell):
    """One line of the visit: blank (or a date template) to fill in, or the record's value."""

    def __init__(self, width_mm: float, get: Callable[[FormVisit], str | None],
                 template: str = "", align: str = "left"):  # fmt: skip
        super().__init__(width_mm)
        self.get = get
        self.template = template
        self.align = align

    def static(self, pen, blank_visit):
        if blank_visit and self.template:
            _date_template(pen, self.box, self.template)

    def fill(self, page):
        if page.visit is None:
            return
        value = self.get(page.visit)
        if value:
            page.line(self.box, value, align=self.align)
        elif self.template:
            _date_template(page.pen, self.box, self.template)


class RespondentName(VisitValue):
    """The respondent's name: the petitioner's own when they answered themselves."""

    def fill(self, page):
        v = page.visit
        if v is not None and not v.respondent_name and v.respondent == "petitioner" and page.case:
            page.line(self.box, page.case.petitioner)
        else:
            super().fill(page)


def _date_template(pen: Pen, box: Box, template: str) -> None:
    """``年  月  日`` spaced for handwriting, right-aligned in ``box``."""
    size = VALUE_SIZE
    gaps = [{"年": 3.0}.get(unit, 2.0) for unit in template]  # in em, before each unit
    natural = (sum(gaps) + len(template)) * size
    scale = min(1.0, (box.w - 2 * PAD - len(template) * size) / (sum(gaps) * size))
    x = box.right - PAD - natural + (1 - scale) * sum(gaps) * size
    base = _baseline(box, size)
    for unit, gap in zip(template, gaps, strict=True):
        x += gap * size * scale
        pen.text(x, base, unit, size)
        x += size


class VisitArea(Cell):
    """A framed area: prompts and ruled lines to write on, or the record's text."""

    def __init__(self, width_mm: float, title: str, prompts: list[str],
                 get: Callable[[FormVisit], str | None], hint: str = ""):  # fmt: skip
        super().__init__(width_mm)
        self.title = title
        self.prompts = prompts
        self.get = get
        self.hint = hint

    def static(self, pen, blank_visit):
        if not blank_visit:
            return
        b = self.box
        c = pen.c
        n = max(1, len(self.prompts), int(b.h // WRITE_GAP))
        gap = b.h / n
        c.setLineWidth(0.3)
        c.setStrokeGray(0.55)
        c.setDash(1, 1.5)
        for i in range(1, n):
            y = b.top - i * gap
            c.line(b.x + PAD, y, b.right - PAD, y)
        c.setDash()
        c.setStrokeGray(0)
        for i, prompt in enumerate(self.prompts[:n]):
            pen.text(b.x + PAD, b.top - (i + 1) * gap + 1.4 * mm, prompt, AREA_SIZE)
        if self.hint:
            pen.text(b.right - PAD, b.y + 1.2 * mm, self.hint, 7.5, align="right")

    def fill(self, page):
        if page.visit is None:
            return
        page.area(self.box, self.get(page.visit) or "无", self.title)


class Signature(Cell):
    """Half of the signature row: who signs, a line, a date; filled: names and state."""

    def __init__(self, width_mm: float, who: str, refuse_box: bool,
                 get: Callable[[FormVisit], tuple[str, object, dt.date | None]]):  # fmt: skip
        super().__init__(width_mm)
        self.who = who
        self.refuse_box = refuse_box
        self.get = get

    def _furniture(self, pen, refused=None, filled=False) -> None:
        """Who signs, and the box to tick when the petitioner refuses."""
        b = self.box
        size = VALUE_SIZE
        y = b.top - PAD - size
        pen.text(b.x + PAD, y, self.who, size)
        if self.refuse_box:
            t = Ticks(30, [("refused", "拒绝签字")])
            t.box = Box(b.right - 30 * mm, y - size * 0.55, 30 * mm, size * 1.8)
            t._draw(pen, refused, filled)

    def _date_box(self) -> Box:
        return Box(self.box.x, self.box.y + 0.8 * mm, self.box.w, 7 * mm)

    def static(self, pen, blank_visit):
        if blank_visit:
            self._furniture(pen)
            _date_template(pen, self._date_box(), "年月日")

    def fill(self, page):
        if page.visit is None:
            return
        names, state, day = self.get(page.visit)
        pen = page.pen
        self._furniture(pen, state, True)
        lower = self._date_box()
        if names:
            page.line(Box(lower.x + 3 * mm, lower.y, lower.w * 0.6, lower.h), names)
        if day:
            page.line(self._date_box(), fmt_date(day), align="right")
        else:
            _date_template(pen, self._date_box(), "年月日")


@dataclass
class Row:
    height_mm: float
    cells: list[Cell]


@dataclass
class Section:
    title: str
    rows: list[Row]


YES_PARTLY_NO = [("yes", "是"), ("partly", "部分"), ("no", "否")]
YES_NO = [(True, "是"), (False, "否")]
METHODS = [
    ("home_visit", "上门走访"),
    ("phone", "电话回访"),
    ("former_residence", "原住地走访"),
    ("office", "约谈"),
    ("other", "其他"),
]
RESPONDENTS = [
    ("petitioner", "本人"),
    ("relative", "亲属"),
    ("committee", "村(居)委会"),
    ("other", "其他"),
]
SATISFACTION = [
    ("satisfied", "满意"),
    ("basically_satisfied", "基本满意"),
    ("dissatisfied", "不满意"),
    ("not_reached", "联系不上"),
]
AWAY_PROMPTS = ["电话联系情况：", "走访原住地询问的亲属、村(居)委会人员：", "了解到的情况："]
HELP_PROMPTS = ["实际困难：", "", "帮扶措施及责任单位："]
FOLLOWUP_PROMPTS = ["不满意原因：", "政策宣讲及引导情况：", "跟踪措施（责任人、时限）："]


def sections() -> list[Section]:
    """The grid of the form, top to bottom; widths in mm add up to 171 per row."""
    L, V = Label, CaseValue  # noqa: N806 - short names keep the table readable
    case = Section(
        "信访事项基本情况",
        [
            Row(7.5, [
                L(22, "信访件编号"), V(49, lambda c: c.case_no),
                L(22, "交办来源"), V(28, lambda c: c.source_level),
                L(22, "信访形式"), V(28, lambda c: c.channel),
            ]),
            Row(7.5, [
                L(22, "信访人"), V(49, _petitioner),
                L(22, "身份证号"), V(78, lambda c: c.id_number),
            ]),
            Row(7.5, [
                L(22, "联系电话"), V(49, lambda c: "、".join(c.phones)),
                L(22, "住址"), V(78, lambda c: c.address),
            ]),
            Row(7.5, [
                L(22, "承办单位"), V(49, lambda c: c.handling_unit),
                L(22, "办结日期"), V(28, lambda c: fmt_date(c.concluded_on)),
                L(22, "包案领导"), V(28, lambda c: c.responsible_leader),
            ]),
            Row(7.5, [
                L(22, "回访人员"), V(49, lambda c: "、".join(c.visitors)),
                L(22, "拟回访方式"), V(28, lambda c: c.planned_method),
                L(22, "完成时限"), V(28, lambda c: fmt_date(c.due_on)),
            ]),
            Row(21, [L(22, "主要诉求"), CaseArea(149, "主要诉求", lambda c: c.demand)]),
            Row(21, [L(22, "办理结果"), CaseArea(149, "办理结果", lambda c: c.conclusion)]),
        ],
    )  # fmt: skip
    visit = Section(
        "回访情况",
        [
            Row(7.5, [
                L(22, "回访时间"), VisitValue(40, lambda v: fmt_time(v.visited_at), "年月日"),
                L(22, "回访方式"), Ticks(87, METHODS, lambda v: v.method),
            ]),
            Row(7.5, [
                L(22, "回访地点"), VisitValue(40, lambda v: v.location),
                L(22, "参与单位"), VisitValue(87, lambda v: v.joining_units),
            ]),
            Row(7.5, [
                L(22, "受访人"), Ticks(62, RESPONDENTS, lambda v: v.respondent),
                L(13, "姓名"), RespondentName(30, lambda v: v.respondent_name),
                L(13, "关系"), VisitValue(31, _respondent_relation),
            ]),
            Row(20, [
                L(22, "信访人\n不在家时\n走访情况"),
                VisitArea(149, "不在家走访情况", AWAY_PROMPTS, _away_text),
            ]),
            Row(14, [
                L(22, "联系记录"),
                VisitArea(149, "联系记录", [], _contacts_text, hint="（联系时间、方式、结果）"),
            ]),
        ],
    )  # fmt: skip
    findings = Section(
        "回访结果",
        [
            Row(7.5, [
                L(40, "办理结论是否合法合理"),
                Ticks(45.5, YES_PARTLY_NO, lambda v: v.conclusion_reasonable),
                L(40, "合理诉求是否解决到位"),
                Ticks(45.5, YES_PARTLY_NO, lambda v: v.demands_solved),
            ]),
            Row(7.5, [
                L(40, "处理意见是否落实到位"),
                Ticks(45.5, YES_PARTLY_NO, lambda v: v.opinions_carried_out),
                L(40, "是否息诉罢访"),
                Ticks(45.5, [(True, "已息诉罢访"), (False, "未息诉罢访")], lambda v: v.settled),
            ]),
            Row(7.5, [L(22, "满意度"), Ticks(149, SATISFACTION, lambda v: v.satisfaction)]),
            Row(7.5, [
                L(22, "三看"),
                Ticks(50, YES_NO, lambda v: v.look_lawful, prefix="依法依规办理"),
                Ticks(45, YES_NO, lambda v: v.look_satisfied, prefix="群众满意"),
                Ticks(54, [(True, "有"), (False, "无")], lambda v: v.look_opinions,
                      prefix="意见建议"),
            ]),
            Row(22, [
                L(22, "生产生活\n实际困难\n及帮扶情况"),
                VisitArea(149, "实际困难及帮扶情况", HELP_PROMPTS, _help_text),
            ]),
            Row(16, [
                L(22, "对信访工作\n的意见建议"),
                VisitArea(149, "意见建议", [], lambda v: v.opinions),
            ]),
            Row(22, [
                L(22, "不满意的\n政策宣讲及\n跟踪措施"),
                VisitArea(149, "政策宣讲及跟踪措施", FOLLOWUP_PROMPTS, _followup_text),
            ]),
        ],
    )  # fmt: skip
    sign = Section(
        "签字确认",
        [
            Row(17, [
                Signature(85.5, "回访人员（签字）：", False, _visitor_signature),
                Signature(85.5, "信访人（受访人）（签字）：", True, _petitioner_signature),
            ]),
            Row(7.5, [
                L(22, "填表人"), VisitValue(40, lambda v: v.recorded_by),
                L(22, "填表日期"), VisitValue(30, lambda v: fmt_date(v.recorded_on), "年月日"),
                L(22, "审核人"), VisitValue(35, _reviewer),
            ]),
        ],
    )  # fmt: skip
    return [case, visit, findings, sign]


def _petitioner(c: FormCase) -> str:
    return c.petitioner + (f"（等{c.people_count}人）" if c.people_count > 1 else "")


def _respondent_relation(v: FormVisit) -> str | None:
    return v.respondent_relation or ("本人" if v.respondent == "petitioner" else None)


def _joined(*parts: tuple[str, str | None]) -> str:
    return "\n".join(f"{prompt}{text}" for prompt, text in parts if text)


def _away_text(v: FormVisit) -> str:
    if not (v.petitioner_away or v.away_phone_result or v.away_statement):
        return ""
    return _joined(
        ("电话联系情况：", v.away_phone_result),
        ("走访原住地询问的人员：", v.away_people_asked),
        ("了解到的情况：", v.away_statement),
    )


def _contacts_text(v: FormVisit) -> str:
    parts = []
    for i, a in enumerate(v.contacts, start=1):
        when = f"{a.at.month}月{a.at.day}日{a.at.hour}:{a.at.minute:02d}" if a.at else ""
        text = (
            f"{i}. {when} {label('contact_means', a.means)}，{label('contact_outcome', a.outcome)}"
        )
        if a.note:
            text += f"（{a.note}）"
        parts.append(text)
    return "；".join(parts)


def _help_text(v: FormVisit) -> str:
    helped = v.help_given or ""
    if helped and v.help_by:
        helped += f"（{v.help_by}）"
    return _joined(("实际困难：", v.difficulties), ("帮扶措施：", helped or None))


def _followup_text(v: FormVisit) -> str:
    plan = v.next_action or ""
    terms = []
    if v.next_by:
        terms.append(f"责任人：{v.next_by}")
    if v.next_due:
        terms.append(f"时限：{fmt_date(v.next_due)}")
    if plan and terms:
        plan += f"（{'，'.join(terms)}）"
    return _joined(
        ("不满意原因：", v.dissatisfaction_reason),
        ("政策宣讲及引导情况：", v.explained),
        ("跟踪措施：", plan or None),
    )


def _visitor_signature(v: FormVisit):
    names = (v.visitors or "") + ("（已签字）" if v.signed_visitors and v.visitors else "")
    day = v.visited_at.date() if isinstance(v.visited_at, dt.datetime) else v.visited_at
    return names, None, day


def _petitioner_signature(v: FormVisit):
    text = {"signed": "（已签字）", "missing": "（未签字）"}.get(v.signed_petitioner or "", "")
    day = v.visited_at.date() if isinstance(v.visited_at, dt.datetime) else v.visited_at
    return text, v.signed_petitioner, day if v.signed_petitioner == "signed" else None


def _reviewer(v: FormVisit) -> str | None:
    if not v.reviewed_by:
        return None
    return (
        f"{v.reviewed_by} {v.reviewed_on.month}月{v.reviewed_on.day}日"
        if v.reviewed_on
        else v.reviewed_by
    )


# --- geometry ---------------------------------------------------------------------------


class Layout:
    """The sections placed on the page: every cell gets its box."""

    def __init__(self):
        self.sections = sections()
        self.cells: list[Cell] = []
        self.section_boxes: list[tuple[str, Box]] = []
        self.row_lines: list[float] = []
        y = GRID_TOP
        x0 = LEFT + SECTION_W
        for section in self.sections:
            top = y
            for row in section.rows:
                h = row.height_mm * mm
                y -= h
                x = x0
                for cell in row.cells:
                    cell.box = Box(x, y, cell.width, h)
                    x += cell.width
                    self.cells.append(cell)
                if abs(x - RIGHT) > 0.5:
                    raise AssertionError(f"row of {section.title} is {(x - LEFT) / mm:.1f} mm wide")
            self.section_boxes.append((section.title, Box(LEFT, y, SECTION_W, top - y)))
        self.bottom = y
        if self.bottom < FOOTER_Y + 5 * mm:
            raise AssertionError(f"the grid runs {(FOOTER_Y + 5 * mm - y) / mm:.1f} mm too low")


# --- drawing ----------------------------------------------------------------------------


class FormPage:
    """What a form's page needs while its variable parts are drawn.

    Wrapped areas are laid out once, when the form is measured (``plan``),
    and drawn from that layout; what does not fit is collected in
    ``overflow`` for the continuation pages.
    """

    def __init__(self, pen: Pen, form: FormData, mode: str):
        self.pen = pen
        self.case = form.case if mode != "blank" else None
        self.visit = form.visit if mode == "filled" else None
        self.overflow: list[tuple[str, str]] = []  # (title, text) for the 续页
        self.continued_on: dict[str, int] = {}  # title -> page number of its continuation
        self.measure_only = False
        self._laid: dict[int, tuple[str, list[tuple[int, int]], bool]] = {}

    def line(self, box: Box, text: str, align: str = "left") -> None:
        if not text or self.measure_only:
            return
        pen = self.pen
        avail = box.w - 2 * PAD
        # two lines of the smallest print at most: a 3,000-character name ends in "…"
        text = cut_to_room(text, lambda ch: pen.width(ch, 6.0), avail, 2)
        size = pen.fit_size(text, avail, VALUE_SIZE)
        if pen.width(text, size) > avail * 1.001:  # even the smallest size is too wide: 2 lines
            small = max(6.0, min(VALUE_SIZE, (box.h - 1 * mm) / 2.2))
            spans = pen.wrap(text, avail, small)[:2]
            y = box.y + box.h / 2 + small * 0.2
            for s, e in spans:
                pen.text(box.x + PAD, y, text[s:e], small)
                y -= small * 1.1
            return
        x = {"left": box.x + PAD, "centre": box.x + box.w / 2, "right": box.right - PAD}[align]
        pen.text(x, _baseline(box, size), text, size, align=align)

    def area(self, box: Box, text: str, title: str) -> None:
        laid = self._laid.get(id(box))
        if laid is None:
            laid = self._lay_out(box, text.strip(), title)
            self._laid[id(box)] = laid
        if self.measure_only:
            return
        text, spans, cut, size = laid
        pen = self.pen
        leading = size * AREA_LEADING / AREA_SIZE
        y = box.top - PAD * 0.6 - size * 1.02
        for i, (s, e) in enumerate(spans):
            line = text[s:e]
            if cut and i == len(spans) - 1:
                line += f"（续见第{self.continued_on.get(title, 2)}页）"
            pen.text(box.x + PAD, y, line, size)
            y -= leading

    def _lay_out(self, box: Box, text: str, title: str):
        """Wrap ``text`` into ``box``, smaller (down to 8 pt) before continuing elsewhere."""
        if not text:
            return text, [], False, AREA_SIZE
        pen = self.pen
        avail = box.w - 2 * PAD
        # the box and a few continuation pages at most: bounded pages, bounded time
        text = cut_to_room(text, lambda ch: pen.width(ch, AREA_SIZE), avail, MAX_AREA_LINES)
        for size in AREA_SIZES:
            leading = size * AREA_LEADING / AREA_SIZE
            spans = pen.wrap(text, avail, size)
            room = max(1, int((box.h - 2 * PAD * 0.6) // leading))
            if len(spans) <= room:
                return text, spans, False, size
        # too long even in small print: keep the normal size and continue on a 续页
        size = AREA_SIZE
        spans = pen.wrap(text, avail, size)
        room = max(1, int((box.h - 2 * PAD * 0.6) // AREA_LEADING))
        marker_w = pen.width("（续见第9页）", size)
        s, e = spans[room - 1]
        while e > s and pen.width(text[s:e], size) + marker_w > avail:
            e -= 1
        self.overflow.append((title, text[e:].lstrip()))
        return text, spans[: room - 1] + [(s, e)], True, size
