"""The return-visit registration form (信访事项办理情况回访登记表) as PDF, on A4.

One case, one form, one sheet printed on both sides: page 1 the case and the
visit, page 2 the findings, the three looks, the follow-up and the
signatures (``form_layout``). Every field of ``data/visit_record.toml`` with
``paper = true`` is printed with its label and its choices as tick boxes
(≥ 4 mm) or ruled room to write; the form shows which visit it is (第N次回访)
and marks a key case (重点). Every page carries the case number, "第 x 页 共
y 页", registration marks in its corners and a QR code saying which form and
page it is (``services.form_payload``), so a scanner can read it with the
form's map (``form_map``).

Three modes:

``prefilled``
    the case is printed (number, petitioner, phones, address, source, handling
    unit, conclusion date, demand and conclusion); the visit part is left to
    fill in by hand. What visitors carry.
``filled``
    the case and its final visit record, ticks shown as √ in their boxes and
    the texts written in: the copy for the file. A form whose target has no
    final record is printed prefilled.
``blank``
    no case at all, for cases not yet in the register.

Speed: the grid, the labels and the empty boxes are the same on every form,
so they are drawn once per document as PDF form XObjects and placed on each
page (``doForm``); only the variable texts, the ticks and the QR code are laid
out per page, at the canvas level. 1,000 prefilled forms take a few seconds
and a couple of megabytes (the font is embedded as a subset).

Long texts wrap (CJK rules, mixed Chinese, digits and Latin); what does not
fit its box continues on continuation pages (续页) that repeat the title and
the case number; a form always has an even number of pages. Characters the font
lacks are reported before anything is written (``MissingCharacters``), never
printed as boxes.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...domain.errors import QT_TRANSLATE_NOOP, UserError
from ..forms_data import FormData
from ..xlsx_out import write_atomically
from . import form_words
from .fonts import FontSet, find_fonts, missing_characters, replace_missing
from .form_marks import qr_modules
from .form_renderer import FORM_PAGES, FormRenderer

__all__ = [
    "FormRenderError",
    "MissingCharacters",
    "Mode",
    "RenderResult",
    "FORM_PAGES",
    "TITLE",
    "qr_modules",
    "render_forms",
]

Mode = Literal["prefilled", "filled", "blank"]
TITLE = form_words.text("title")


class FormRenderError(UserError):
    """The forms could not be written; the target file was not changed."""


class MissingCharacters(FormRenderError):  # noqa: N818 - the name the issue uses
    """The font lacks characters of the document (rare characters in names).

    ``missing`` maps where they are (a form's case number; in a table, the
    cell's text) to the characters the font lacks. Nothing was written.
    """

    def __init__(self, missing: dict[str, set[str]], font: str, in_table: bool = False):
        self.missing = missing
        if in_table:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "The font {font} cannot print these characters: {characters} "
                "(for example in “{case_no}”). Choose a font that has them in the settings, "
                "or print anyway and write them in by hand.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "The font {font} cannot print these characters: {characters} "
                "(in {count} forms, e.g. case {case_no}). Choose a font that has them "
                "in the settings, or print anyway and write them in by hand.",
            )
        super().__init__(
            "missing_characters",
            template,
            font=font,
            characters="".join(sorted(set().union(*missing.values()))),
            count=len(missing),
            case_no=next(iter(missing)),
        )


@dataclass
class RenderResult:
    """What ``render_forms`` wrote."""

    path: Path
    pages: int
    forms: int
    missing_characters: dict[str, set[str]] = field(default_factory=dict)


# --- the public function ------------------------------------------------------------------


def _texts(form: FormData, mode: Mode) -> Iterable[str]:
    """Every text of a form that the font must be able to print."""
    if mode == "blank" or form.case is None:
        return
    case = form.case
    for value in case.__dict__.values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            yield from (v for v in value if isinstance(v, str))
    if mode == "filled" and form.visit is not None:
        for value in form.visit.__dict__.values():
            if isinstance(value, str):
                yield value
        for contact in form.visit.contacts:
            if contact.note:
                yield contact.note


def _clean(form: FormData, fonts: FontSet) -> FormData:
    """The form with characters the font lacks replaced by a gap to write in."""

    def fix(obj):
        changes = {}
        for k, v in obj.__dict__.items():
            if isinstance(v, str) and missing_characters(v, fonts.body):
                changes[k] = replace_missing(v, fonts.body)
            elif isinstance(v, tuple) and v and isinstance(v[0], str):
                changes[k] = tuple(replace_missing(s, fonts.body) for s in v)
        return dataclasses.replace(obj, **changes) if changes else obj

    return FormData(fix(form.case) if form.case else None, fix(form.visit) if form.visit else None)


def _missing(items: list[FormData], mode: Mode, fonts: FontSet) -> dict[str, set[str]]:
    """Per case number, the characters of its form the font lacks."""
    missing: dict[str, set[str]] = {}
    for form in items:
        gaps: set[str] = set()
        for text in _texts(form, mode):
            gaps |= missing_characters(text, fonts.body)
        if gaps:
            missing[form.case_no] = gaps
    return missing


def _visit_no(form: FormData, mode: Mode) -> int | None:
    """Which visit the form is for: the record's in filled mode, else the next one."""
    if mode == "blank" or form.case is None:
        return None
    if mode == "filled" and form.visit is not None:
        return form.visit.visit_no
    return form.case.visit_no


def render_forms(
    forms: Iterable[FormData],
    out: str | os.PathLike,
    mode: Mode = "prefilled",
    town: str = "",
    office: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    font_file: str | os.PathLike | None = None,
    *,
    allow_missing: bool = False,
    fonts: FontSet | None = None,
) -> RenderResult:
    """Write one registration form per item of ``forms`` into the PDF ``out``.

    The file is written beside ``out`` under a temporary name and replaces it
    only when complete. Raises ``FontMissing`` when there is no Chinese font,
    ``MissingCharacters`` (before writing anything) when the font lacks
    characters of the forms and ``allow_missing`` is False (when True they
    are printed as a gap ＿ to write in by hand and listed in the result),
    ``FormRenderError`` coded ``cancelled`` when ``cancelled()`` turns True.
    ``progress(done, total)`` is called every few forms.
    """
    if mode not in ("prefilled", "filled", "blank"):
        raise ValueError(f"unknown mode {mode!r}")
    out = Path(out)
    items = list(forms)
    fonts = fonts or find_fonts(font_file)
    missing = _missing(items, mode, fonts)
    if missing and not allow_missing:
        raise MissingCharacters(missing, fonts.body_path.name)

    total = len(items)
    if not items:
        raise FormRenderError(
            "no_forms", QT_TRANSLATE_NOOP("UserError", "There are no forms to print.")
        )
    counted = [0]

    def write(tmp: Path) -> None:
        c = Canvas(str(tmp), pagesize=A4, pageCompression=1, initialFontName=fonts.body)
        c.setTitle(TITLE)
        c.setAuthor(office or town or "")
        c.setCreator("rv_desktop")
        renderer = FormRenderer(c, fonts, town, office)
        for done, form in enumerate(items, start=1):
            if form.case_no in missing:
                form = _clean(form, fonts)
            page, extra = renderer.plan(form, mode)
            counted[0] += renderer.draw(form, page, extra, _visit_no(form, mode))
            if done % 25 == 0 or done == total:
                if cancelled is not None and cancelled():
                    raise FormRenderError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))
                if progress is not None:
                    progress(done, total)
        c.save()

    write_atomically(out, write)
    pages = counted[0]
    return RenderResult(out, pages, total, missing)
