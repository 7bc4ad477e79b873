"""What the QR code of a printed registration form's page says, and reading it back.

Every page of a form carries ``RV1|<town>|<campaign>|<case_no>|<visit_no>|<page>/<pages>|<layout>``
(docs/registration-form.md): the office's town, the campaign, the case number, the
visit number, the page of the form's pages, and the layout version whose map
tells a scanner where the boxes are. A text field never holds ``|`` (it is
written as ``/``); a blank form leaves campaign, case and visit empty.

``parse_scan(text)`` reads what a hand scanner typed into the Visit records
page: the new payload, or a plain case number (forms printed before it).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PREFIX", "FormPayload", "format_payload", "parse_payload", "parse_scan"]

PREFIX = "RV1"


@dataclass(frozen=True)
class FormPayload:
    """What one page's QR code says."""

    town: str
    campaign: str
    case_no: str
    visit_no: int | None
    page: int
    pages: int
    layout: int


def _field(text: object) -> str:
    return str(text or "").replace("|", "/").replace("\n", " ").strip()


def format_payload(p: FormPayload) -> str:
    """The QR text of one page."""
    visit = "" if p.visit_no is None else str(p.visit_no)
    parts = [PREFIX, _field(p.town), _field(p.campaign), _field(p.case_no), visit,
             f"{p.page}/{p.pages}", str(p.layout)]  # fmt: skip
    return "|".join(parts)


def parse_payload(text: str) -> FormPayload | None:
    """The payload ``text`` holds; None when it is not one (a plain case number)."""
    parts = text.strip().split("|")
    if len(parts) != 7 or parts[0] != PREFIX:
        return None
    _, town, campaign, case_no, visit, page_of, layout = parts
    page, _, pages = page_of.partition("/")
    try:
        return FormPayload(
            town=town,
            campaign=campaign,
            case_no=case_no,
            visit_no=int(visit) if visit else None,
            page=int(page),
            pages=int(pages),
            layout=int(layout),
        )
    except ValueError:
        return None


def parse_scan(text: str) -> str:
    """The case number a scan typed: from a form's QR payload, or the text itself."""
    payload = parse_payload(text)
    return payload.case_no if payload is not None else text.strip()
