"""The review of scanned forms: one row per form, the doubtful first, the scan beside.

Opened by File ▸ Read scanned forms… once ``services.scan.forms.scan_files``
has read the files. Selecting a row shows the form's scanned page (kept in
the database) with its uncertain boxes outlined in red, and a choice for
each uncertain field; *Confirm* writes the clerk's choices into the draft
(``services.scan.review.confirm``: audited, what the scan said and what the
clerk chose). Ctrl+PgDown goes to the next form with doubts. The draft is
then finished and finalised in the registration form as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import visit_fields
from ...domain.errors import UserError
from ...i18n import tr_error
from ...services.scan.forms import FormResult, ScanResult
from ...services.scan.reader import SCALE, _layout_map
from ...services.scan.review import confirm, doubts_of, review_rows, target_of
from ...services.scan.store import scans_of
from ..background import run_in_background
from ..errors import error_text
from .visit_form.scan_panel import written_areas


def _lang() -> str:
    return "zh" if QLocale().name().startswith("zh") else "en"


class ScanReviewDialog(QDialog):
    # the handwriting of the row shown is on screen (how many areas)
    writing_shown = Signal(int)

    def __init__(self, result: ScanResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scanned forms"))
        self.forms = review_rows(result.forms)
        self.unreadable = result.unreadable
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Visit"), self.tr("State")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.scan = QLabel()
        self.scan.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(self.scan)
        scroll.setWidgetResizable(True)
        self.writing = QWidget()  # the handwriting areas that hold ink, by field
        self._writing_generation = 0  # one more per row shown: late areas are dropped
        self.writing_form = QFormLayout(self.writing)
        writing_scroll = QScrollArea()
        writing_scroll.setWidget(self.writing)
        writing_scroll.setWidgetResizable(True)
        self.right = QTabWidget()
        self.right.addTab(scroll, self.tr("Scan"))
        self.right.addTab(writing_scroll, self.tr("Handwriting"))
        self.choices_box = QWidget()
        self.choices = QFormLayout(self.choices_box)
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.clicked.connect(self.confirm_current)
        self.open_button = QPushButton(self.tr("&Open the form…"))
        self.open_button.clicked.connect(self.open_form)
        self.form_dialog = None
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.table)
        lv.addWidget(self.choices_box)
        lv.addWidget(self.confirm_button)
        lv.addWidget(self.open_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([420, 880])  # the two fit a 1366×768 screen
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next_doubtful)
        self.combos: dict[str, QComboBox] = {}
        self._fill()
        self.table.currentCellChanged.connect(lambda row, *_: self.show_form(row))
        if self.forms:
            self.table.selectRow(0)
            self.show_form(0)
        self.resize(1300, 700)

    def _state(self, form: FormResult) -> str:
        if form.saved != "draft":
            return self.tr("skipped: %1").replace("%1", self._reason(form.reason))
        if form.uncertain:
            return self.tr("%1 uncertain").replace("%1", str(len(form.uncertain)))
        return self.tr("all sure")

    @staticmethod
    def _reason(reason: str | None) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("scan", reason) if reason else ""

    def _fill(self) -> None:
        rows = [(f.case_no, str(f.visit_no or ""), self._state(f)) for f in self.forms]
        rows += [(u.file.rsplit("/", 1)[-1], str(u.page),
                  self.tr("unreadable: %1").replace("%1", self._reason(u.reason)))
                 for u in self.unreadable]  # fmt: skip
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def current(self) -> FormResult | None:
        row = self.table.currentRow()
        return self.forms[row] if 0 <= row < len(self.forms) else None

    def show_form(self, row: int) -> None:
        while self.choices.rowCount():
            self.choices.removeRow(0)
        self.combos = {}
        form = self.forms[row] if 0 <= row < len(self.forms) else None
        if form is None:
            self.scan.clear()
            self.confirm_button.setEnabled(False)
            self.open_button.setEnabled(False)
            return
        editable = form.saved == "draft"
        for name in form.uncertain:
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), None)
            for value, text in visit_fields.choice_labels(name, _lang()):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(form.fields.get(name))))
            combo.setEnabled(editable)
            self.combos[name] = combo
            self.choices.addRow(visit_fields.label(name, _lang()), combo)
        self.confirm_button.setEnabled(editable and bool(form.uncertain))
        self.open_button.setEnabled(form.visit_id is not None)
        self._show_scan(form)

    def _show_scan(self, form: FormResult) -> None:
        pages = scans_of(form.visit_id) if form.visit_id else []
        if not pages:
            self.scan.setText(self.tr("The scan is not kept (the form was not stored)."))
            self._show_writing([])
            return
        page_no, layout, jpeg = next(((p, lay, j) for p, lay, j in pages
                                      if self._doubts_on(form, lay, p)), pages[0])  # fmt: skip
        self._show_writing(pages)
        pixmap = QPixmap()
        pixmap.loadFromData(jpeg)
        the_map = _layout_map(layout) or {"pages": []}
        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor("red"), 3))
        first_y = None
        for page in the_map["pages"]:
            if page["page"] != page_no:
                continue
            for t in page["ticks"]:
                if t["field"] in form.uncertain:
                    x, y, w, h = (v * SCALE for v in t["box"])
                    painter.drawRect(int(x - 4), int(y - 4), int(w + 8), int(h + 8))
                    first_y = y if first_y is None else min(first_y, y)
        painter.end()
        shown = pixmap.scaledToWidth(860, Qt.TransformationMode.SmoothTransformation)
        self.scan.setPixmap(shown)
        if first_y is not None:  # the first doubtful box in view, once laid out
            y = int(first_y * shown.width() / pixmap.width())
            QTimer.singleShot(0, self, lambda: self.scroll.ensureVisible(0, y, 0, 250))

    def _show_writing(self, pages: list[tuple[int, int, bytes]]) -> None:
        """Each handwriting area that holds ink, cut from the scan, beside its field's name:
        the clerk types the notes looking at them. The areas are cut in the background
        (``visit_form.scan_panel.written_areas``, as the form window does); a row left
        before they are ready drops them."""
        self._writing_generation += 1
        while self.writing_form.rowCount():
            self.writing_form.removeRow(0)
        if not pages:
            return
        generation, pages = self._writing_generation, list(pages)
        run_in_background(lambda _job: (generation, written_areas(pages)),
                          self._writing_ready, self._writing_failed)  # fmt: skip

    def _writing_ready(self, result: tuple[int, list[dict]]) -> None:
        generation, areas = result
        if generation != self._writing_generation:
            return  # another row is shown now
        for area in areas:
            name = visit_fields.label(area["field"], _lang())
            if area.get("row"):
                name = f"{name} {area['row']}"
            shown = QPixmap()
            shown.loadFromData(area["png"])
            label = QLabel()
            label.setPixmap(shown)
            self.writing_form.addRow(name, label)
        self.writing_shown.emit(len(areas))

    def _writing_failed(self, error: BaseException) -> None:
        self.writing_form.addRow(QLabel(error_text(error)))

    @staticmethod
    def _doubts_on(form: FormResult, layout: int, page_no: int) -> bool:
        the_map = _layout_map(layout) or {"pages": []}
        return any(t["field"] in form.uncertain for p in the_map["pages"] if p["page"] == page_no
                   for t in p["ticks"])  # fmt: skip

    def confirm_current(self) -> None:
        form = self.current()
        if form is None or not self.combos:
            return
        chosen = {name: combo.currentData() for name, combo in self.combos.items()}
        try:
            confirm(form, chosen)
        except UserError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.windowTitle(), tr_error(error))
            return
        row = self.table.currentRow()
        self.table.item(row, 2).setText(self._state(form))
        self.show_form(row)

    def open_form(self) -> None:
        """The registration form of the selected form's case, on its draft, with the scan
        beside it: the clerk confirms the doubts there, types the handwriting and
        finalises as usual. Its Ctrl+PgDown goes on to the next form with doubts."""
        from .visit_form.dialog import VisitFormDialog

        form = self.current()
        if form is None or form.visit_id is None:
            return
        stored = [f for f in self.forms if f.visit_id is not None]
        self._visit_of = {target_of(f.visit_id): f.visit_id for f in stored}
        targets = list(self._visit_of)
        if self.form_dialog is None:
            self.form_dialog = VisitFormDialog(parent=self)
            self.form_dialog.step_filter = lambda t: bool(doubts_of(self._visit_of[t]))
            self.form_dialog.scan_side.confirmed.connect(self._refresh_doubts)
            self.form_dialog.record_changed.connect(lambda _t: self._refresh_doubts())
            self.form_dialog.moved.connect(self._form_moved)
        self.form_dialog.set_list(targets, targets.index(target_of(form.visit_id)))
        self.form_dialog.open()

    def _refresh_doubts(self, *_args) -> None:
        """The form window settled doubts: the rows say what is left."""
        for row, form in enumerate(self.forms):
            if form.visit_id is not None and form.uncertain:
                left = doubts_of(form.visit_id)
                form.uncertain = [n for n in form.uncertain if n in left]
                self.table.item(row, 2).setText(self._state(form))

    def _form_moved(self, index: int) -> None:
        """The form window went on to another form: the same row here."""
        targets = list(getattr(self, "_visit_of", {}))
        if 0 <= index < len(targets):
            visit_id = self._visit_of[targets[index]]
            for row, form in enumerate(self.forms):
                if form.visit_id == visit_id:
                    self.table.selectRow(row)
                    break

    def next_doubtful(self) -> None:
        start = self.table.currentRow()
        for offset in range(1, len(self.forms) + 1):
            row = (start + offset) % len(self.forms)
            if self.forms[row].uncertain:
                self.table.selectRow(row)
                return
