"""Reading scanned forms (issue 19): accuracy on generated scans, speed, memory.

    python benchmarks/bench_scan.py [--quick] [--pages N]

Forms are printed by the program on a demo database (made once in
``benchmarks/_work``), rendered at 150, 200 and 300 dpi, ticked with Pillow
as people tick (✓, ✗, a filled box, a tick over the edge; a few boxes
scribbled out and another ticked) and distorted at random (rotation ±3° or
upside down, scale ±3 %, offset, salt-and-pepper noise, blur, JPEG 50–90).
The table gives the fields read right, the share left uncertain and the
wrong readings marked sure (goal: none), then the pages per second at
200 dpi from a copier's PDF (one JPEG a page; the page images are taken
out of the PDF as stored, services/scan/pdf_pages.py) and the peak memory of a
process reading a long PDF (pages are read one at a time). Faint pencil
ticks and circles around a label (the box left empty) are counted on rows of
their own: the reader must doubt them, never read them as empty.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from common import Bench, Workspace  # noqa: E402


def forms_pdf(work: Workspace) -> Path:
    """Prefilled forms of a demo office, printed once."""
    pdf = work.folder / "scan-forms.pdf"
    if not pdf.exists():
        from rv_desktop.services.demo import create_demo_database

        db = work.folder / "scan-demo.sqlite"
        db.unlink(missing_ok=True)
        create_demo_database(db, cases=200)
        subprocess.run([sys.executable, "-m", "rv_desktop", "print-forms", "--db", str(db),
                        "--out", str(pdf)], check=True, capture_output=True)  # fmt: skip
    return pdf


def _distortion(rng: random.Random, dpi: int):
    from tests.services.scan_tools import Distortion

    turn = rng.uniform(-3, 3) + (180 if rng.random() < 0.25 else 0)
    return Distortion(rotate=turn, scale=rng.uniform(0.97, 1.03),
                      offset=(rng.randint(-60, 60), rng.randint(-60, 60)),
                      noise=rng.choice([0, 0, 0.005, 0.01, 0.02]),
                      blur=rng.choice([0, 0.7, 1.2]) * dpi / 200,
                      jpeg=rng.choice([None, 50, 70, 90]))  # fmt: skip


def accuracy(pdf: Path, pages: int, seed: int = 19, styles=None, scribble: float = 0.03) -> dict:
    from rv_desktop.services.scan.reader import Unreadable, read_page
    from rv_desktop.services.scan.sources import SourcePage
    from tests.services.scan_tools import STYLES, answer_page, distort, render

    rng = random.Random(seed)
    counts = dict(pages=0, unreadable=0, fields=0, right=0, uncertain=0, wrong_sure=0,
                  two_marks=0, two_marks_doubted=0)  # fmt: skip
    for dpi in (150, 200, 300):
        for n in range(pages // 3):
            page = render(pdf, dpi, first=n % 40, count=1)[0]
            truth = answer_page(page, dpi, rng, styles=styles or STYLES, scribble_share=scribble)
            reading = read_page(
                SourcePage("bench", n + 1, distort(page, _distortion(rng, dpi), rng))
            )
            counts["pages"] += 1
            if isinstance(reading, Unreadable):
                counts["unreadable"] += 1
                continue
            for name, value in truth.items():
                got = reading.fields[name]
                if value == "?":  # scribbled out and another ticked: must be doubted
                    counts["two_marks"] += 1
                    counts["two_marks_doubted"] += not got.sure
                    continue
                counts["fields"] += 1
                if not got.sure:
                    counts["uncertain"] += 1
                elif got.value == value:
                    counts["right"] += 1
                else:
                    counts["wrong_sure"] += 1
    return counts


def copier_pdf(work: Workspace, pages: int) -> Path:
    """A copier's 200 dpi PDF (a JPEG a page) of ticked, slightly turned forms."""
    from tests.services.scan_tools import answer_page, as_pdf, render

    out = work.folder / f"scan-copier-{pages}.pdf"
    if not out.exists():
        rng = random.Random(5)
        images = []
        for n in range(pages):
            page = render(forms_pdf(work), 200, first=n % 40, count=1)[0]
            answer_page(page, 200, rng)
            images.append(page.rotate(rng.uniform(-2, 2), expand=True, fillcolor=255))
        as_pdf(images, out, 200)
    return out


def _pages_of(pdf: Path):
    from rv_desktop.services.scan.sources import pages_of

    return pages_of(pdf)


def read_all(pdf: Path) -> int:
    from rv_desktop.services.scan.reader import read_page
    from rv_desktop.services.scan.sources import pages_of

    return sum(1 for src in pages_of(pdf) if read_page(src) is not None)


def peak_memory(pdf: Path) -> tuple[float, float]:
    """(peak MB after 10 pages, peak MB after all pages) of a fresh process."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "def hwm():  # the process's peak resident memory, MB (ru_maxrss survives exec)\n"
        "    for line in Path('/proc/self/status').read_text().splitlines():\n"
        "        if line.startswith('VmHWM:'): return int(line.split()[1]) / 1024\n"
        "from rv_desktop.services.scan.reader import read_page\n"
        "from rv_desktop.services.scan.sources import pages_of\n"
        "for n, src in enumerate(pages_of(Path(sys.argv[1])), 1):\n"
        "    read_page(src)\n"
        "    if n == 10: print(hwm())\n"
        "print(hwm())\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True,
                         check=True, cwd=HERE.parent).stdout.split()  # fmt: skip
    return float(out[0]), float(out[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--pages", type=int, help="generated pages for the accuracy (default 150)")
    args = parser.parse_args(argv)
    work = Workspace(HERE / "_work", quick=args.quick)
    pdf = forms_pdf(work)
    n = args.pages or (30 if args.quick else 150)
    rows = [
        ("ticks as people tick", accuracy(pdf, n)),
        (
            "circles around the label only",
            accuracy(pdf, max(6, n // 5), 8, styles=("circle",), scribble=0),
        ),
        (
            "faint pencil ticks only",
            accuracy(pdf, max(6, n // 5), 7, styles=("faint",), scribble=0),
        ),
    ]
    print(
        "| set | pages | unreadable | fields | right | uncertain | wrong and sure "
        "| two marks doubted |"
    )
    print(
        "|-----|------:|-----------:|-------:|------:|----------:|---------------:"
        "|------------------:|"
    )
    for name, c in rows:
        f = max(1, c["fields"])
        print(
            f"| {name} | {c['pages']} | {c['unreadable']} | {c['fields']} | "
            f"{100 * c['right'] / f:.1f} % | {100 * c['uncertain'] / f:.1f} % | {c['wrong_sure']} | "
            f"{c['two_marks_doubted']}/{c['two_marks']} |"
        )
    long = copier_pdf(work, 40 if args.quick else 200)
    speed = copier_pdf(work, 40)
    start = time.perf_counter()
    count = read_all(speed)
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    taken = sum(1 for src in _pages_of(speed) if src.image is not None)
    taking = time.perf_counter() - start
    ten, peak = peak_memory(long)
    pages = 40 if args.quick else 200
    print()
    print("| measure | value | goal |")
    print("|---------|------:|------|")
    print(
        f"| pages per second, 200 dpi copier PDF ({count} pages, one process) | "
        f"{count / seconds:.2f} | ≥ 2 |"
    )
    print(
        f"| of which: page images out of the PDF (pypdf, JPEG decoded in grey; {taken} pages) | "
        f"{taken / taking:.1f} pages/s ({1000 * taking / max(1, taken):.0f} ms a page) | — |"
    )
    print(
        f"| peak memory after 10 pages / after {pages} pages | {ten:.0f} MB / {peak:.0f} MB | "
        "bounded (no growth) |"
    )
    return 0


def _bench(work: Workspace):
    pdf = copier_pdf(work, 20)
    return lambda: read_all(pdf)


BENCHMARKS = [Bench("scan: read a 20-page 200 dpi copier PDF", "≥ 2 pages/s (< 10 s)", _bench, 3)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
