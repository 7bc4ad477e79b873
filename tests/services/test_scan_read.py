"""Reading scanned registration forms (issue 19): real printed forms, ticked and
distorted with Pillow, read back by services/scan; no mocks."""

from __future__ import annotations

import io
import random
import zlib

import pytest
from PIL import Image, ImageOps

from rv_desktop.services.scan.pdf_pages import NOT_SCANNED
from rv_desktop.services.scan.reader import PageReading, Unreadable, read_page
from rv_desktop.services.scan.sources import MAX_PIXELS, SourcePage, pages_of
from tests.conftest import run_cli
from tests.services.scan_tools import (
    Distortion,
    answer_page,
    as_pdf,
    distort,
    image_pdf,
    render,
    tick,
)

# (dpi, distortion): the list, a handful of pages to keep the suite fast
CASES = [
    (150, Distortion(rotate=3.0, scale=1.03, offset=(30, -20), jpeg=50)),
    (200, Distortion(rotate=-2.5, scale=0.97, noise=0.01, blur=1.0)),
    (300, Distortion(rotate=180.8, offset=(-25, 40), blur=1.5, jpeg=50)),
    (200, Distortion(rotate=181.5, scale=1.02, noise=0.02, jpeg=50)),
]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """A demo office's database and its prefilled forms, printed by the program."""
    from rv_desktop.services.demo import create_demo_database

    folder = tmp_path_factory.mktemp("scan")
    db = create_demo_database(folder / "demo.sqlite", cases=60).path
    pdf = folder / "forms.pdf"
    result = run_cli("print-forms", "--db", str(db), "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    return db, pdf


def test_ticks_read_right_or_doubted(printed):
    """ "Goal: no wrong reading marked sure (every error must be among the uncertain)":
    a form's two pages ticked as people tick (✓, ✗, a filled box, a tick over the
    edge, a box scribbled out and another ticked), rotated ±3° and 180°, scaled ±3 %,
    offset, speckled, blurred, JPEG 50, at 150, 200 and 300 dpi."""
    _, pdf = printed
    rng = random.Random(19)
    fields = uncertain = 0
    for n, (dpi, how) in enumerate(CASES):
        page = render(pdf, dpi, first=n % 2, count=1)[0]
        truth = answer_page(page, dpi, rng, scribble_share=0.1)
        reading = read_page(SourcePage("generated", n + 1, distort(page, how, rng)))
        assert isinstance(reading, PageReading), (dpi, how, reading)
        assert set(reading.fields) == set(truth)
        for name, value in truth.items():
            got = reading.fields[name]
            fields += 1
            if value == "?":  # two boxes marked: only the clerk can tell
                assert not got.sure, (name, got)
            if got.sure:
                assert got.value == value, (dpi, how, name, value, got)
            else:
                uncertain += 1
    assert uncertain <= 0.15 * fields  # a reader that doubts everything saves nothing


def test_faint_tick_is_doubted_not_read_as_empty(printed):
    """ "A wrong reading must never be marked sure": a light pencil tick."""
    _, pdf = printed
    page = render(pdf, 200, first=1, count=1)[0]
    from tests.services.scan_tools import page_map_of

    box = next(t for t in page_map_of(page)["ticks"] if t["field"] == "satisfaction")
    tick(page, box["box"], 200, "faint", random.Random(1))
    reading = read_page(SourcePage("faint", 1, page))
    assert isinstance(reading, PageReading)
    assert not reading.fields["satisfaction"].sure
    assert reading.fields["settled"].sure and reading.fields["settled"].value is None


def test_circled_label_is_doubted_not_read_as_empty(printed):
    """ "a circle around the label": the box is empty, the field is not surely empty."""
    _, pdf = printed
    page = render(pdf, 200, first=0, count=1)[0]
    from tests.services.scan_tools import page_map_of

    box = next(t for t in page_map_of(page)["ticks"] if t["value"] == "phone")
    tick(page, box["box"], 200, "circle", random.Random(2))
    reading = read_page(SourcePage("circle", 1, page))
    assert not reading.fields["method"].sure and reading.fields["method"].value == "phone"
    assert reading.fields["respondent"].sure


def test_unreadable_pages_say_why(printed, tmp_path):
    """ "A blank page, a page of another office's form ...: each is handled or reported
    as unreadable with its reason; nothing is guessed silently." """
    _, pdf = printed
    blank = Image.new("L", (1654, 2339), 250)
    assert read_page(SourcePage("b", 1, blank)).reason == "the page is blank"
    text_page = blank.copy()
    from PIL import ImageDraw

    for k in range(30):  # a letter's lines: ink, no form
        ImageDraw.Draw(text_page).line([(200, 300 + 50 * k), (1400, 300 + 50 * k)], fill=0, width=8)
    assert "QR code" in read_page(SourcePage("t", 1, text_page)).reason
    # a page cut off: its lower marks gone
    page = render(pdf, 200, first=0, count=1)[0]
    cut = page.crop((0, 0, page.width, page.height // 2))
    assert "marks" in read_page(SourcePage("c", 1, cut)).reason
    # hostile and broken files
    (tmp_path / "note.txt").write_text("not a scan")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\0" * 100)
    huge = tmp_path / "huge.png"
    Image.new("1", (8000, MAX_PIXELS // 8000 + 10)).save(huge)
    reasons = {p.file.rsplit("/", 1)[-1]: p.reason for f in ("note.txt", "broken.pdf", "huge.png")
               for p in pages_of(tmp_path / f)}  # fmt: skip
    assert reasons == {
        "note.txt": "the file is neither a PDF nor an image",
        "broken.pdf": "the file is not a readable PDF",
        "huge.png": "the page has too many pixels",
    }
    # the program's own print-out, not scanned: no image to read, and no renderer
    printout = list(pages_of(pdf))
    assert len(printout) >= 2 and {p.image for p in printout} == {None}
    assert {p.reason for p in printout} == {NOT_SCANNED}
    assert NOT_SCANNED.startswith("not a scanned page") and "print it and scan it" in NOT_SCANNED


def _fields(reading) -> dict:
    assert isinstance(reading, PageReading), reading
    return {name: (f.value, f.sure) for name, f in reading.fields.items()}


def test_copier_pdfs_read_as_their_page_images(printed, tmp_path):
    """ "reads PDFs (as copiers write them: one page per scan, 150–300 dpi, grey or colour,
    JPEG-compressed)": each page's own image is read as stored, whatever its encoding
    (JPEG grey or colour, CCITT bilevel, Flate grey), resolution or placement (mirrored,
    inside a form XObject)."""
    _, pdf = printed
    page = render(pdf, 200, first=0, count=1)[0]
    answer_page(page, 200, random.Random(5), styles=("check", "fill"), none_share=0)
    expected = _fields(read_page(SourcePage("image", 1, page)))
    assert sum(1 for value, sure in expected.values() if sure and value is not None) >= 2
    files = {mode: as_pdf([page, page.rotate(180)], tmp_path / f"{mode}.pdf", 200, mode)
             for mode in ("L", "RGB", "1")}  # fmt: skip
    gray = f"/Width {page.width} /Height {page.height} /ColorSpace /DeviceGray /BitsPerComponent 8"
    files["flate"] = image_pdf(tmp_path / "flate.pdf", zlib.compress(page.tobytes()),
                               gray + " /Filter /FlateDecode")  # fmt: skip
    files["wrapped"] = image_pdf(tmp_path / "wrapped.pdf", zlib.compress(page.tobytes()),
                                 gray + " /Filter /FlateDecode", wrapped=True)  # fmt: skip
    jpeg = io.BytesIO()
    ImageOps.mirror(page).save(jpeg, "JPEG", quality=75)
    w, h = 595.28, 841.89  # a scanner that stores the page mirrored and turns it back on the page
    files["mirrored"] = image_pdf(tmp_path / "mirrored.pdf", jpeg.getvalue(),
                                  gray + " /Filter /DCTDecode", matrix=(-w, 0, 0, h, w, 0))  # fmt: skip
    for name, file in files.items():
        sources = list(pages_of(file))
        assert [s.reason for s in sources] == [None] * len(sources), name
        for src in sources:
            assert _fields(read_page(src)) == expected, name
    # a 600 dpi scan is decoded at 300 dpi (libjpeg's own scaling): a quarter of the pixels
    fine = render(pdf, 600, first=0, count=1)[0]
    (src,) = pages_of(as_pdf([fine], tmp_path / "fine.pdf", 600))
    assert src.image.size == (-(-fine.width // 2), -(-fine.height // 2))
    assert isinstance(read_page(src), PageReading)


def test_hostile_pdfs_are_refused_before_they_are_decoded(tmp_path):
    """ "A hostile or broken file cannot make the reader allocate without bound": a page
    image declaring 7 Gpx, a Flate bomb (200 MB of zeros in 200 KB) under a
    plausible size and a filter the program does not read are reported, not decoded."""
    gray = "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"
    huge = image_pdf(tmp_path / "huge.pdf", b"x" * 100, f"/Width 70000 /Height 99000 {gray}")
    pack = zlib.compressobj(9)
    bomb = b"".join(pack.compress(bytes(1 << 20)) for _ in range(200)) + pack.flush()
    bombed = image_pdf(tmp_path / "bomb.pdf", bomb, f"/Width 4134 /Height 5846 {gray}")
    # JBIG2 (a copier's "high compression" bilevel): pypdf would hand it to an external
    # jbig2dec; it is refused, with what to set on the copier
    jbig2 = image_pdf(tmp_path / "jbig2.pdf", b"\0" * 64,
                      "/Width 1654 /Height 2339 /ColorSpace /DeviceGray /BitsPerComponent 1 "
                      "/Filter /JBIG2Decode")  # fmt: skip
    (one,), (two,), (three,) = pages_of(huge), pages_of(bombed), pages_of(jbig2)
    assert (one.image, one.reason) == (None, "the page has too many pixels")
    assert (two.image, two.reason) == (None, "the page's image is damaged")
    assert three.image is None and three.reason.startswith("the page's image is compressed")


def test_multipage_tiff_pages_one_at_a_time(printed, tmp_path):
    """ "multi-page TIFF and PNG/JPEG images": a TIFF of a form's two pages, the second
    upside down."""
    _, pdf = printed
    one, two = render(pdf, 150, first=0, count=2)
    tiff = tmp_path / "stack.tif"
    one.save(tiff, save_all=True, append_images=[two.rotate(180)], compression="tiff_lzw")
    readings = [read_page(p) for p in pages_of(tiff)]
    assert [r.payload.page for r in readings if not isinstance(r, Unreadable)] == [1, 2]
    assert readings[0].payload.case_no == readings[1].payload.case_no


def test_not_reached_outcome_reads_as_satisfaction_not_reached():
    """"a ticked 'could not be reached' outcome reads as "satisfaction": "not_reached",
    as in visits --json" (a layout whose satisfaction offers the three levels only)."""
    from rv_desktop.services.scan.forms import _not_reached

    levels = {"satisfaction": {"satisfied", "basically_satisfied", "dissatisfied"}}
    for outcome, doubted, expected in [
        ("not_reached", set(), "not_reached"),
        ("refused", set(), "not_reached"),
        ("reached", set(), None),
        (None, set(), None),
        ("not_reached", {"contact_result"}, None),  # a doubt is never built upon
    ]:
        fields = {"contact_result": outcome, "satisfaction": None}
        _not_reached(fields, doubted, levels)
        assert fields["satisfaction"] == expected, outcome
    fields = {"contact_result": "refused", "satisfaction": None}
    _not_reached(fields, set(), {"satisfaction": {"satisfied", "not_reached"}})
    assert fields["satisfaction"] is None  # the form has the box: its reading stands
