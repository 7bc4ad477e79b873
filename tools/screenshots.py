"""Take the user guide's screenshots from the real program, offscreen.

    python tools/screenshots.py [--lang zh_CN|en|all] [--only NAME ...]

Everything happens in a temporary folder (data folder, settings, a demo
database): the first start with its welcome, the empty register, a ledger
imported through the dialog, then each area on the demo database. Chinese
shots go to ``docs/images/NAME.png`` (``docs/user-guide.md``), English ones to
``docs/images/en/NAME.png`` (``docs/user-guide.en.md``).

To add a screenshot, write a function ``def shot_NAME(ctx) -> QWidget`` that
returns the widget to grab (``ctx`` holds the window, the paths, ``settle``)
and add it to ``SHOTS`` in the order the guide tells the story.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's rv_desktop, not an installed one

from PySide6.QtCore import QSettings, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

IMAGES = ROOT / "docs" / "images"
WINDOW_SIZE = (1280, 800)


@dataclass
class Context:
    lang: str
    work: Path
    window: object | None = None
    extra: dict = field(default_factory=dict)

    def settle(self, rounds: int = 6) -> None:
        """Let background loads finish and their results reach the widgets."""
        app = QApplication.instance()
        for _ in range(rounds):
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(10000)
            app.processEvents()

    def page(self, row: int) -> QWidget:
        self.window.nav.setCurrentRow(row)
        self.settle()
        return self.window


def shot_welcome(ctx: Context) -> QWidget:
    from rv_desktop import paths
    from rv_desktop.gui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(paths.default_database())
    dialog.form.town.setText("青山镇")
    dialog.form._town_edited("青山镇")
    dialog.form.clerk.setText("李文静")
    dialog.show()
    ctx.settle()
    ctx.extra["dialogs"] = [dialog]
    return dialog


def shot_empty_state(ctx: Context) -> QWidget:
    from rv_desktop import paths
    from rv_desktop.domain.office import OfficeNames, save_office_names
    from rv_desktop.gui.app import open_main_window

    window = open_main_window(str(paths.default_database()))
    save_office_names(OfficeNames("青山镇", "青山镇信访办", "李文静"))
    window.resize(*WINDOW_SIZE)
    window.show()
    ctx.window = window
    return ctx.page(1)


def _ledger(ctx: Context) -> Path:
    """A county ledger of 40 cases, made from a small demo register."""
    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.cases import list_cases
    from rv_desktop.services.case_export import export_cases
    from rv_desktop.services.demo import create_demo_database

    source = ctx.work / "county.sqlite"
    create_demo_database(source, cases=60, seed=7)
    current = ctx.window.session.path
    ctx.window.session.close()
    dbmod.open_database(source)
    ledger = ctx.work / "青山镇已办结信访事项台账.xlsx"
    export_cases(list_cases()[:40], ledger, reveal=True)
    dbmod.close_database()
    _spoil(ledger)
    ctx.window.session.open(current)
    return ledger


def _spoil(ledger: Path) -> None:
    """Two rows as ledgers really come: a case number missing, an ID Excel rounded."""
    from openpyxl import load_workbook

    book = load_workbook(ledger)
    sheet = book.active
    sheet["A8"] = None
    sheet["C12"] = 3.60426198802e17
    book.save(ledger)


def shot_import_columns(ctx: Context) -> QWidget:
    from rv_desktop.gui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(ctx.window, path=_ledger(ctx))
    dialog.resize(1100, 720)
    dialog.show()
    for _ in range(50):
        ctx.settle(1)
        if dialog.pages.currentIndex() == 1:
            break
    ctx.extra["import"] = dialog
    return dialog


def shot_import_check(ctx: Context) -> QWidget:
    dialog = ctx.extra["import"]
    dialog.next_button.click()
    for _ in range(50):
        ctx.settle(1)
        if dialog.pages.currentIndex() == 2:
            break
    return dialog


def shot_overview(ctx: Context) -> QWidget:
    from rv_desktop import paths
    from rv_desktop.services.demo import create_demo_database

    ctx.extra["import"].close()
    demo = paths.demo_database()
    create_demo_database(demo)
    ctx.window._switch(demo)
    return ctx.page(0)


def shot_cases(ctx: Context) -> QWidget:
    return ctx.page(1)


def shot_campaign(ctx: Context) -> QWidget:
    return ctx.page(2)


def shot_board(ctx: Context) -> QWidget:
    return ctx.page(3)


def shot_registration_form(ctx: Context) -> QWidget:
    """The first page of the prefilled forms, as printed (rendered from the PDF)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QLabel

    from rv_desktop.services.printing import print_forms

    pdf = ctx.work / "forms.pdf"
    print_forms(pdf)
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0).toSize()
    page = document.render(0, QSize(size.width() * 3 // 2, size.height() * 3 // 2))
    image = QImage(page.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))  # the page is transparent where nothing is printed
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(image))
    label.resize(image.size())
    return label


def shot_followups(ctx: Context) -> QWidget:
    """The Follow-ups page: every open item, the overdue ones first."""
    window = ctx.window
    return ctx.page(window.stack.indexOf(window.followups_page))


SHOTS: list[tuple[str, Callable[[Context], QWidget]]] = [
    ("welcome", shot_welcome),
    ("empty-state", shot_empty_state),
    ("import-columns", shot_import_columns),
    ("import-check", shot_import_check),
    ("overview", shot_overview),
    ("cases", shot_cases),
    ("campaign", shot_campaign),
    ("board", shot_board),
    ("registration-form", shot_registration_form),
    ("followups", shot_followups),
]


def _shrink(png: Path) -> None:
    """256 colours are plenty for a screenshot of flat widgets: a third of the bytes."""
    from PIL import Image

    with Image.open(png) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(png, optimize=True)


def take(lang: str, only: set[str] | None) -> list[Path]:
    from rv_desktop.gui.app import make_application

    work = Path(tempfile.mkdtemp(prefix="rv-shots-"))
    os.environ["RV_DESKTOP_DATA_DIR"] = str(work / "data")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    make_application(lang)
    out_dir = IMAGES if lang == "zh_CN" else IMAGES / "en"
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = Context(lang=lang, work=work)
    written = []
    try:
        for name, make in SHOTS:
            widget = make(ctx)  # every step runs: later shots build on earlier ones
            if only and name not in only:
                continue
            target = out_dir / f"{name}.png"
            if not widget.grab().save(str(target)):
                raise SystemExit(f"could not write {target}")
            _shrink(target)
            written.append(target)
            print(target, flush=True)
    finally:
        QThreadPool.globalInstance().waitForDone(10000)
        if ctx.window is not None:
            ctx.window.session.close()
            ctx.window.deleteLater()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("zh_CN", "en", "all"), default="all")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="only these shots")
    args = parser.parse_args()
    QApplication.instance() or QApplication(["rv-desktop"])
    for lang in ("zh_CN", "en") if args.lang == "all" else (args.lang,):
        take(lang, set(args.only) if args.only else None)
    QTimer.singleShot(0, QApplication.instance().quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
