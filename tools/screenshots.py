"""Take the user guide's screenshots from the real program, offscreen.

    python tools/screenshots.py [--lang zh_CN|en|all] [--screen 1366|1920|all] [--only NAME ...]

Two screens, the ones town offices have: ``1366`` is a 1366×768 screen with a
40-pixel taskbar (the guide's pictures), ``1920`` a 1920×1080 screen at 125 %
scaling (QT_SCALE_FACTOR=1.25) with its taskbar, for checking (written to
``build/screenshots-1920``, not to the guide). The offscreen screen is given
the size of the available area; each screen runs in its own process.

Everything happens in a temporary folder (data folder, settings, a demo
database, a folder standing for the USB stick; never a real drive): the first
start with its welcome, the empty register, a ledger imported through the
dialog, then each area on the demo database: the registration form (a
re-visit typed in as a draft, every tab), the statistics, charts and the
analysis report, a package written and its receipt, and the county office
merging two towns' packages. Chinese shots go to ``docs/images/NAME.png``
(``docs/user-guide.md``), English ones to ``docs/images/en/NAME.png``
(``docs/user-guide.en.md``). About 20 s per language.

To add a screenshot, write a function ``def shot_NAME(ctx) -> QWidget`` that
returns the widget to grab (``ctx`` holds the window, the paths, ``settle``)
and add it to ``SHOTS`` in the order the guide tells the story.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's rv_desktop, not an installed one

from PySide6.QtCore import QSettings, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from rv_desktop.domain.visits import TABS as VISIT_TABS  # noqa: E402

IMAGES = ROOT / "docs" / "images"
#: name: (the available area in physical pixels, QT_SCALE_FACTOR, Chinese shots' folder)
SCREENS = {
    "1366": ((1366, 768 - 40), None, IMAGES),
    "1920": ((1920, 1080 - 48), "1.25", ROOT / "build" / "screenshots-1920"),
}


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

    def wait_until(self, ready: Callable[[], bool], what: str, seconds: float = 60) -> None:
        """Process events until ``ready()`` (timers included, unlike ``settle``)."""
        app = QApplication.instance()
        deadline = time.monotonic() + seconds
        while not ready():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: gave up waiting for {what}")
            QThreadPool.globalInstance().waitForDone(50)
            app.processEvents()
            time.sleep(0.02)
        self.settle()

    def page(self, page: QWidget) -> QWidget:
        """Show one of the window's pages (by the page, not its row: pages get added)."""
        self.window.nav.setCurrentRow(self.window.stack.indexOf(page))
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
    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.office import OfficeNames, save_office_names
    from rv_desktop.gui.app import open_main_window

    # the office's new, empty database, as the welcome makes it (commands and the
    # window no longer create one for a path that does not exist)
    dbmod.open_database(paths.default_database(), create=True)
    save_office_names(OfficeNames("青山镇", "青山镇信访办", "李文静"))
    dbmod.close_database()
    window = open_main_window(str(paths.default_database()))
    window.showMaximized()
    ctx.window = window
    return ctx.page(window.cases_page)


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
    return ctx.page(ctx.window.overview_page)


def shot_cases(ctx: Context) -> QWidget:
    return ctx.page(ctx.window.cases_page)


def shot_campaign(ctx: Context) -> QWidget:
    page = ctx.window.campaign_page
    ctx.page(page)
    # the live counts come after a short pause: wait for them, not "Counting…"
    ctx.wait_until(
        lambda: not page.preview_timer.isActive() and page.counts is not None, "the counts"
    )
    return ctx.window


def shot_board(ctx: Context) -> QWidget:
    return ctx.page(ctx.window.board_page)


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
    return ctx.page(window.followups_page)


def _second_visit_draft() -> int:
    """A dissatisfied case's re-visit, typed in as a draft, so every tab of the form
    has something to show (the earlier visit, contact attempts, the rework item);
    returns the target's id."""
    from rv_desktop.domain import visits as vs
    from rv_desktop.domain.models import Target, VisitRecord
    from rv_desktop.services.demo import DEMO_TODAY

    candidates = (
        Target.select()
        .join(VisitRecord)
        .where(
            (Target.status == "follow_up")
            & (VisitRecord.satisfaction == "dissatisfied")
            & (VisitRecord.state == "final")
        )
        .order_by(Target.id)
    )
    for target in candidates:
        records = VisitRecord.select().where(VisitRecord.target == target.id)
        if records.count() == 1:
            break
    else:
        raise SystemExit("the demo database has no dissatisfied case to visit again")
    form = vs.start_visit(target.id)
    at = dt.datetime.combine(DEMO_TODAY - dt.timedelta(days=1), dt.time(9, 30))
    vs.save_draft(
        form.id,
        {
            "visited_at": at,
            "method": "former_residence",
            "location": "信访人原住地",
            "respondent": "relative",
            "respondent_name": "李建国",
            "respondent_relation": "儿子",
            "petitioner_away": True,
            "away_phone_result": "两次拨打信访人手机无人接听，发短信后回电，表示在外务工。",
            "away_people_asked": "其子李建国、村委会主任王德明",
            "away_statement": "补偿款已全部到位，信访人对补偿标准仍有意见，但表示不再上访。",
            "conclusion_reasonable": "yes",
            "conclusion_view": "agrees",
            "demands_solved": "partly",
            "opinions_carried_out": "yes",
            "satisfaction": "basically_satisfied",
            "unit_rating": "basically_satisfied",
            "settled": True,
            "risk": "low",
            "difficulties": "家中老人长期患病，医疗费用负担较重。",
            "help_given": "协助申请医疗救助，纳入低保复核。",
            "help_by": "镇民政办",
            "opinions": "希望今后政策调整时能提前入户宣传。",
            "recorded_by": "曾小芳",
            "signed_visitors": True,
            "signed_petitioner": "missing",
        },
        [
            {"at": at - dt.timedelta(days=1, hours=1), "means": "phone", "outcome": "no_answer"},
            {
                "at": at - dt.timedelta(days=1),
                "means": "message",
                "outcome": "reached",
                "note": "短信联系，信访人回电",
            },
            {"at": at, "means": "visit", "outcome": "moved_away", "note": "原住地走访"},
        ],
    )
    return target.id


def shot_visits_page(ctx: Context) -> QWidget:
    ctx.extra["revisit"] = _second_visit_draft()
    ctx.window.session.events.data_changed.emit()
    page = ctx.window.visits_page
    ctx.page(page)
    ctx.wait_until(lambda: page.model.rowCount() > 0, "the visit records")
    return ctx.window


def _visit_form_tab(number: int) -> Callable[[Context], QWidget]:
    def shot(ctx: Context) -> QWidget:
        page = ctx.window.visits_page
        if page.form is None:  # the form as Enter on the list opens it
            page.open_form([ctx.extra["revisit"]], 0)
            ctx.settle()
        page.form.tabs.setCurrentIndex(number)
        ctx.settle()
        return page.form

    return shot


def shot_visit_form_refused(ctx: Context) -> QWidget:
    """What Ctrl+Enter shows while something is missing."""
    dialog = ctx.window.visits_page.form
    dialog.inputs["recorded_by"].clear()
    dialog._changed()
    dialog.finalise_now()
    ctx.settle()
    return dialog


def _close_form(ctx: Context) -> None:
    dialog = ctx.window.visits_page.form
    if dialog is not None:
        dialog.autosave_timer.stop()
        dialog.reject()  # the draft was saved: nothing of the shots is lost or finalised
        ctx.settle()


def shot_statistics(ctx: Context) -> QWidget:
    """The feedback statistics by handling unit, the cases behind a figure listed."""
    from rv_desktop.gui.pages.statistics_page import TABLE_TAB

    _close_form(ctx)
    page = ctx.window.statistics_page
    ctx.page(page)
    page.tabs.setCurrentIndex(TABLE_TAB)
    page.dimension_combo.setCurrentIndex(page.dimension_combo.findData("unit"))
    ctx.wait_until(
        lambda: page.model.statistics is not None and page.model.statistics.by == "unit",
        "the feedback statistics",
    )
    # a figure in the rows shown without scrolling: the dissatisfied of a unit
    stats = page.model.statistics
    row = max(stats.rows[:6], key=lambda r: (r.dissatisfied, r.targets))
    index = page.model.index(page.model.row_of(row.key), page.model.column_of("dissatisfied"))
    page.table.setCurrentIndex(index)
    page.show_figure(row.key, "dissatisfied")
    ctx.wait_until(lambda: page.case_model.rowCount() > 0, "the cases behind the figure")
    return ctx.window


def shot_statistics_charts(ctx: Context) -> QWidget:
    from rv_desktop.gui.pages.statistics_page import CHARTS_TAB

    page = ctx.window.statistics_page
    loaded: list[int] = []
    page.loaded.connect(loaded.append)
    page.tabs.setCurrentIndex(CHARTS_TAB)
    ctx.wait_until(lambda: CHARTS_TAB in loaded, "the charts")
    page.loaded.disconnect(loaded.append)
    return ctx.window


def shot_statistics_history(ctx: Context) -> QWidget:
    from rv_desktop.gui.pages.statistics_page import HISTORY_TAB

    page = ctx.window.statistics_page
    page.tabs.setCurrentIndex(HISTORY_TAB)
    ctx.wait_until(lambda: page.history_model.rowCount() > 0, "the units over the years")
    return ctx.window


def shot_report_dialog(ctx: Context) -> QWidget:
    """Print ▸ Analysis report…: the drafted conclusions and suggestions."""
    from rv_desktop.gui.dialogs.report_dialog import AnalysisReportDialog
    from rv_desktop.gui.pages.statistics_page import TABLE_TAB

    ctx.window.statistics_page.tabs.setCurrentIndex(TABLE_TAB)
    dialog = AnalysisReportDialog(ctx.work / "prints", ctx.window)
    dialog.show()
    ctx.wait_until(lambda: dialog.report is not None, "the analysis report's figures")
    ctx.extra["dialogs"] = [*ctx.extra.get("dialogs", []), dialog]
    return dialog


CLERK = "曾小芳"  # the demo office's clerk: the login name the program records
PASSPHRASE = "青山镇2026年回访口令"  # the passphrase "agreed with the county" of the shots


def _county_receipt(ctx: Context, package: Path) -> Path:
    """The county merges ``package`` into its own database; the receipt's path."""
    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.models import Setting, db
    from rv_desktop.services.county import import_packages

    current = ctx.window.session.path
    ctx.window.session.close()
    dbmod.open_database(ctx.work / "county-office.sqlite", actor="县活动办")
    with db.atomic():  # a county database: an office, no town of its own
        Setting.create(key="office_name", value="某某县千案回访活动办公室")
        Setting.create(key="office_level", value="county")
    (outcome,) = import_packages([package], PASSPHRASE)
    dbmod.close_database()
    ctx.window.session.open(current)
    if outcome.receipt is None:
        raise SystemExit(f"the county refused {package.name}: {outcome.error}")
    return outcome.receipt


def shot_exchange(ctx: Context) -> QWidget:
    """A package written a week ago and received; the data changed since; the clerk
    writes today's package to the stick (a temporary folder standing for it)."""
    from rv_desktop.domain.office import OfficeNames, office_names, save_office_names
    from rv_desktop.services.package import write_package
    from rv_desktop.services.receipts import import_receipt

    ctx.extra["dialogs"][-1].close()
    names = office_names()  # the demo office's clerk, who writes the package
    save_office_names(OfficeNames(names.town, names.office, CLERK))
    stick = ctx.work / "U盘"
    stick.mkdir()
    first = write_package(stick, None, PASSPHRASE, now=dt.datetime(2026, 11, 21, 16, 30))
    import_receipt(_county_receipt(ctx, first.path))
    ctx.window.session.events.data_changed.emit()
    page = ctx.window.exchange_page
    ctx.page(page)
    page.target_combo.addItem(str(stick), str(stick))
    page.target_combo.setCurrentIndex(page.target_combo.count() - 1)
    page.passphrase.setText(PASSPHRASE)
    page.passphrase_again.setText(PASSPHRASE)
    # the demo's campaign is still running: the clerk confirms sending with work open
    from PySide6.QtWidgets import QMessageBox

    asked = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    try:
        page.write_button.click()
    finally:
        QMessageBox.question = asked
    ctx.wait_until(lambda: page.model.rowCount() == 2 and page._job is None, "the package")
    return ctx.window


def _other_town_package(ctx: Context) -> Path:
    """A second town's package (白石镇, a smaller demo), for the county's merge."""
    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.models import Setting, db
    from rv_desktop.services.demo import create_demo_database
    from rv_desktop.services.package import write_package

    current = ctx.window.session.path
    ctx.window.session.close()
    other = ctx.work / "baishi.sqlite"
    create_demo_database(other, cases=400, seed=11)
    dbmod.open_database(other, actor="王丽")
    with db.atomic():
        Setting.update(value="白石镇").where(Setting.key == "town_name").execute()
        Setting.update(value="白石镇信访办").where(Setting.key == "office_name").execute()
    package = write_package(ctx.work / "U盘", None, PASSPHRASE).path
    dbmod.close_database()
    ctx.window.session.open(current)
    return package


def shot_exchange_county(ctx: Context) -> QWidget:
    """The county office merges the towns' packages brought on sticks."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from rv_desktop.gui.app import open_main_window

    packages = [str(ctx.window.exchange_page.model.row_at(0).path)]
    packages.append(str(_other_town_package(ctx)))
    # the county's own PC: the program started on the county's database
    ctx.window.session.close()
    ctx.window.deleteLater()
    ctx.window = open_main_window(str(ctx.work / "county-office.sqlite"))
    ctx.window.showMaximized()
    page = ctx.window.exchange_page
    ctx.page(page)
    asked = QFileDialog.getOpenFileNames, QInputDialog.getText
    QFileDialog.getOpenFileNames = staticmethod(lambda *a, **k: (packages, ""))
    QInputDialog.getText = staticmethod(lambda *a, **k: (PASSPHRASE, True))
    try:
        page.merge_packages()
    finally:
        QFileDialog.getOpenFileNames, QInputDialog.getText = asked
    ctx.wait_until(lambda: page.merge_button.isEnabled(), "the county's merge")
    return ctx.window


def shot_statistics_county(ctx: Context) -> QWidget:
    """The county's feedback statistics by town."""
    page = ctx.window.statistics_page
    ctx.page(page)
    page.dimension_combo.setCurrentIndex(page.dimension_combo.findData("town"))
    ctx.wait_until(
        lambda: page.model.statistics is not None and page.model.statistics.by == "town",
        "the statistics by town",
    )
    page.show_figure(page.model.statistics.rows[0].key, "dissatisfied")
    ctx.wait_until(lambda: page.case_model.rowCount() > 0, "the cases behind the figure")
    return ctx.window


# --- dialogs: shown over the window, closed once taken ----------------------------


def _dialog(ctx: Context, dialog: QWidget) -> QWidget:
    dialog.show()
    ctx.settle()
    ctx.extra["transient"] = dialog
    return dialog


def shot_case_dialog(ctx: Context) -> QWidget:
    """A case opened from the register (Enter on a row)."""
    from rv_desktop.gui.dialogs.case_dialog import CaseDialog

    page = ctx.window.cases_page
    return _dialog(ctx, CaseDialog(page.model.case_id(0), parent=ctx.window))


def shot_assign_dialog(ctx: Context) -> QWidget:
    """Three cards of the board assigned at once: the dialog names them."""
    from rv_desktop.gui.models.board_model import TARGET_ID_ROLE

    page = ctx.window.board_page
    proxy = page.views["assigned"].model()
    ids = [proxy.index(r, 0).data(TARGET_ID_ROLE) for r in range(min(3, proxy.rowCount()))]
    return _dialog(ctx, page.assign_dialog(ids))


def shot_route_sheet(ctx: Context) -> QWidget:
    from rv_desktop.domain.tasks import route_sheet, staff_list
    from rv_desktop.gui.dialogs.route_sheet_dialog import RouteSheetDialog

    visitor = next(v for v in staff_list(roles=["visitor"]) if route_sheet(v.id))
    dialog = RouteSheetDialog(visitor.id, visitor.name, route_sheet(visitor.id), ctx.window)
    return _dialog(ctx, dialog)


def shot_print_preview(ctx: Context) -> QWidget:
    """Print ▸ Registration forms: the preview, its actions on top."""
    from rv_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

    title = "回访登记表" if ctx.lang == "zh_CN" else "Registration forms"
    dialog = _dialog(ctx, PdfPreviewDialog(ctx.work / "forms.pdf", title, ctx.window))
    deadline = time.monotonic() + 3  # the view renders its pages in the background
    while time.monotonic() < deadline:
        QApplication.instance().processEvents()
        time.sleep(0.05)
    return dialog


def shot_close_followup(ctx: Context) -> QWidget:
    from rv_desktop.gui.dialogs.close_followup_dialog import CloseFollowUpDialog

    page = ctx.window.followups_page
    return _dialog(ctx, CloseFollowUpDialog(page.model.rows[0], ctx.window))


def shot_user_guide(ctx: Context) -> QWidget:
    from rv_desktop.gui.dialogs.help_dialog import HelpDialog

    return _dialog(ctx, HelpDialog(ctx.window))


SHOTS: list[tuple[str, Callable[[Context], QWidget]]] = [
    ("welcome", shot_welcome),
    ("empty-state", shot_empty_state),
    ("import-columns", shot_import_columns),
    ("import-check", shot_import_check),
    ("overview", shot_overview),
    ("cases", shot_cases),
    ("case-dialog", shot_case_dialog),
    ("campaign", shot_campaign),
    ("board", shot_board),
    ("assign-dialog", shot_assign_dialog),
    ("route-sheet", shot_route_sheet),
    ("registration-form", shot_registration_form),
    ("print-preview", shot_print_preview),
    ("visits-page", shot_visits_page),
    *(
        (f"visit-form-{n + 1}-{key.replace('_', '-')}", _visit_form_tab(n))
        for n, key in enumerate(VISIT_TABS)
    ),
    ("visit-form-refused", shot_visit_form_refused),
    ("followups", shot_followups),
    ("close-followup", shot_close_followup),
    ("statistics", shot_statistics),
    ("statistics-charts", shot_statistics_charts),
    ("statistics-history", shot_statistics_history),
    ("report-dialog", shot_report_dialog),
    ("exchange", shot_exchange),
    ("exchange-county", shot_exchange_county),
    ("statistics-county", shot_statistics_county),
    ("user-guide", shot_user_guide),
]


def _shrink(png: Path) -> None:
    """256 colours are plenty for a screenshot of flat widgets: a third of the bytes."""
    from PIL import Image

    with Image.open(png) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(png, optimize=True)


def take(lang: str, only: set[str] | None, out: Path = IMAGES) -> list[Path]:
    from rv_desktop.gui.app import make_application

    work = Path(tempfile.mkdtemp(prefix="rv-shots-"))
    for name in ("LOGNAME", "USER", "USERNAME"):  # who the audit and the exports name
        os.environ[name] = CLERK
    os.environ["RV_DESKTOP_DATA_DIR"] = str(work / "data")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    make_application(lang)
    out_dir = out if lang == "zh_CN" else out / "en"
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = Context(lang=lang, work=work)
    written = []
    try:
        for name, make in SHOTS:
            widget = make(ctx)  # every step runs: later shots build on earlier ones
            transient = ctx.extra.pop("transient", None)
            try:
                if only and name not in only:
                    continue
                target = out_dir / f"{name}.png"
                if not widget.grab().save(str(target)):
                    raise SystemExit(f"could not write {target}")
            finally:
                if transient is not None:  # a dialog over the window: closed once taken
                    transient.close()
                    ctx.settle()
            _shrink(target)
            written.append(target)
            print(target, flush=True)
    finally:
        QThreadPool.globalInstance().waitForDone(10000)
        if ctx.window is not None:
            ctx.window.session.close()
            ctx.window.deleteLater()
    return written


def _screen_environment(screen: str, work: Path) -> dict[str, str]:
    """The environment of a process whose offscreen screen is ``screen``."""
    (width, height), scale, _ = SCREENS[screen]
    config = work / f"screen-{screen}.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": screen, "x": 0, "y": 0, "width": width, "height": height}]}
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("zh_CN", "en", "all"), default="all")
    parser.add_argument("--screen", choices=(*SCREENS, "all"), default="1366")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="only these shots")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.child:  # one process per screen and language: Qt fixes the screen at start
        work = Path(tempfile.mkdtemp(prefix="rv-screens-"))
        code = 0
        for screen in SCREENS if args.screen == "all" else (args.screen,):
            for lang in ("zh_CN", "en") if args.lang == "all" else (args.lang,):
                command = [sys.executable, __file__, "--child", "--lang", lang]
                command += ["--screen", screen, *(["--only", *args.only] if args.only else [])]
                code = (
                    code
                    or subprocess.run(command, env=_screen_environment(screen, work)).returncode
                )
        return code
    QApplication.instance() or QApplication(["rv-desktop"])
    take(args.lang, set(args.only) if args.only else None, SCREENS[args.screen][2])
    QTimer.singleShot(0, QApplication.instance().quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
