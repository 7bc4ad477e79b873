"""What keeps a batch of forms fast and small: the fixed part of each page drawn once
(form XObjects), the QR codes encoded from cached templates and drawn as 1-bit masks.

The plan: 'Mainly in accordance with the requirements of "one case, one form",
detailed registration is carried out.' (a thousand cases, a thousand forms).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.graphics.barcode import qrencoder

from rv_desktop.services.forms_data import FormData
from rv_desktop.services.pdf import form_marks
from rv_desktop.services.pdf.form_marks import qr_modules
from rv_desktop.services.pdf.registration_form import render_forms

from .test_pdf_registration_form import a_case, a_visit


def reportlabs_symbol(text: str) -> list[list[bool]]:
    """The symbol as reportlab alone makes it: its own Reed-Solomon step and layout."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text if text.isascii() else qrencoder.QR8bitByte(text))
    code.version = code.calculate_version()
    code.makeImpl(False, form_marks._QR_MASK)
    return code.modules


def test_the_cached_qr_templates_give_reportlabs_symbols_of_every_size(monkeypatch):
    """Small and large versions (7 and up carry version bits), ASCII and UTF-8."""
    texts = [f"RV1|青山镇|2026年“千案回访”活动|QS2025-{n:05d}|{n % 3 or ''}|{n % 4 + 1}/4|2"
             for n in range(20)]  # fmt: skip
    texts += ["QS2025-00262", "12345", "a", "长" * 120, "A" * 300, "x" * 1000, "长" * 600]
    ours = [qr_modules(t) for t in texts]
    assert {len(m) for m in ours} >= {21, 57, 121, 157}
    monkeypatch.setattr(qrencoder.QRCode, "createBytes",
                        staticmethod(form_marks._REPORTLAB_CREATE_BYTES))  # fmt: skip
    assert ours == [reportlabs_symbol(t) for t in texts]


def test_the_fixed_part_is_one_xobject_a_page_reused_by_every_form(fonts, tmp_path):  # noqa: F811
    forms = [FormData(a_case(f"QS2025-{i:05d}")) for i in range(5)]
    out = tmp_path / "forms.pdf"
    render_forms(forms, out, "prefilled", "青山镇", "青山镇信访办", fonts=fonts)
    reader = PdfReader(out)
    assert len(reader.pages) == 10
    used = []
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        content = page.get_contents().get_data().decode("latin-1")
        drawn = re.findall(r"(/\S+) Do", content)
        assert len(drawn) == 1  # the page's frame, nothing else
        used.append(xobjects.raw_get(drawn[0]).idnum)
    assert len(set(used)) == 2 and used[0::2] == [used[0]] * 5 and used[1::2] == [used[1]] * 5
    raw = out.read_bytes()
    assert raw.count(b"/Subtype /Form") == 2  # drawn once for the whole batch


def test_the_qr_code_is_one_small_image_mask_not_a_rectangle_a_module(fonts, tmp_path):  # noqa: F811
    out = tmp_path / "forms.pdf"
    render_forms([FormData(a_case(), a_visit())], out, "filled", "青山镇", "", fonts=fonts)
    for page in PdfReader(out).pages:
        content = page.get_contents().get_data().decode("latin-1")
        assert content.count(" BI ") == 1 and "/IM true" in content
        assert len(re.findall(r"\b1 1 re\b", content)) == 0


def test_a_scanner_reads_the_drawn_code(fonts, tmp_path):  # noqa: F811
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (Debian: poppler-utils)")
    out = tmp_path / "forms.pdf"
    render_forms([FormData(a_case())], out, "prefilled", "青山镇", "", fonts=fonts)
    subprocess.run(["pdftoppm", "-gray", "-r", "100", str(out), str(tmp_path / "p")], check=True)
    for n, png in enumerate(sorted(tmp_path.glob("p-*.pgm")), start=1):
        texts = [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
        assert texts == [f"RV1|青山镇|2026年\"千案回访\"活动|QS2025-00001|1|{n}/2|2"]
