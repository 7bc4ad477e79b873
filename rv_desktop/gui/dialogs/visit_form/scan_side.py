"""The registration form beside its scan: ties ``ScanPanel`` to the form window (issue 19).

When the record shown has scanned pages (``services.scan.store.scans_of``)
the window puts them beside its tabs (a splitter; the *Scan* switch in the
heading hides or shows them) and widens to hold both (bounded by the
screen: 1366×768 fits). The fields the latest reading doubted and the clerk
has not confirmed (``services.scan.review.doubts_of``, from the record's
history) are outlined on the scan and framed in the form, their tooltip
saying what the scan read. A doubt is settled by *Confirm* in the panel or
by the clerk changing the field's input; both go through
``services.scan.review.confirm_fields``, the same service as the review
window: the draft gets the value and the history what the scan said and
what the clerk chose. The panel's handwriting follows the current tab.

Opening a record reads its pages from the database (a few ms) on the GUI
thread; decoding them and cutting the handwriting areas (150–550 ms) runs in
the background helper (``gui.background``): the scan and its handwriting are
shown when the job ends, the form is usable meanwhile, and the result of a
record left before its job ended is dropped (``generation``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QSplitter, QToolButton, QWidget

from ....domain.errors import UserError
from ....domain.visits import FIELD_TABS, TABS
from ....i18n import tr_error
from ....services.scan.reader import _layout_map
from ....services.scan.review import confirm_fields, doubts_of
from ....services.scan.store import scans_of
from ... import screen_fit
from ...background import run_in_background
from ...errors import error_text
from . import labels
from .inputs import ChoiceGroup
from .scan_panel import DOUBT_COLOUR, WRITING_COLOUR, ScanPanel, load_scan

#: the frame of a doubtful field's input
DOUBT_STYLE = (
    '[scanDoubt="true"] {{ border: 2px solid {c}; border-radius: 4px; background: #fff4e5;'
    " padding: 1px 3px; }}"
).format(c=DOUBT_COLOUR)
#: the window's width with the scan beside the form (bounded by the screen)
WIDE = 1360


class ScanSide(QObject):
    """Part of ``VisitFormDialog``: the scan beside the fields, the doubts, the confirmations."""

    #: a doubt of the record was confirmed (visit id)
    confirmed = Signal(int)
    #: the scan of the record (visit id) is shown, with its handwriting
    scan_shown = Signal(int)

    def __init__(self, dialog: QWidget):
        super().__init__(dialog)
        self.dialog = dialog
        self.panel = ScanPanel()
        self.panel.setVisible(False)
        self.toggle = QToolButton()
        self.toggle.setObjectName("scanToggle")
        self.toggle.setText(self.tr("Scan"))
        self.toggle.setToolTip(self.tr("Show or hide the scanned form beside the fields"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setVisible(False)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("formSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(dialog.tabs)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.visit_id: int | None = None
        self.pages: list[tuple[int, int, bytes]] = []
        self.areas: list[dict] = []
        self.generation = 0  # one more per record shown: a late job's result is dropped
        self.ready = True  # the pages and handwriting of the record are shown (or none)
        self.doubts: dict[str, Any] = {}
        self.suggesting = False  # the form ticks a field itself: not the clerk's choice
        for name, widget in dialog.inputs.items():
            if isinstance(widget, ChoiceGroup):
                widget.changed.connect(lambda name=name: self._input_changed(name))
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(lambda _on, name=name: self._input_changed(name))
        self.panel.confirm_requested.connect(self.confirm)
        self.panel.go_requested.connect(self.go_to)
        self.toggle.toggled.connect(self._toggled)
        dialog.tabs.currentChanged.connect(lambda _n: self._tab_changed())

    # --- showing --------------------------------------------------------------------

    def show_record(self, form) -> None:
        """After the form shows ``form``: its scan beside, its doubts marked (or nothing)."""
        for name in list(self.doubts):
            self._mark(name, None)
        visit_id = form.id if form is not None else None
        if visit_id != self.visit_id:
            self.visit_id = visit_id
            self.pages = scans_of(visit_id) if visit_id is not None else []
            self._load()
        editable = bool(self.pages) and not self.dialog.read_only
        self.doubts = doubts_of(visit_id) if editable else {}
        has_scan = bool(self.pages)
        self.toggle.setVisible(has_scan)
        self.panel.setVisible(has_scan and self.toggle.isChecked())
        for name, said in self.doubts.items():
            if name in self.dialog.inputs:
                self._mark(name, self._doubt_text(name, said))
        self._refresh()
        if has_scan and self.toggle.isChecked():
            self._widen()

    def _load(self) -> None:
        """Decode the record's pages and cut its handwriting in the background."""
        self.generation += 1
        self.areas = []
        self.panel.view.set_pages([])
        self.ready = not self.pages
        if self.pages:
            pages, generation, visit_id = list(self.pages), self.generation, self.visit_id
            run_in_background(lambda _job: (generation, visit_id, load_scan(pages)),
                              self._loaded, self._failed)  # fmt: skip

    def _loaded(self, result: tuple[int, int, dict]) -> None:
        generation, visit_id, scan = result
        if generation != self.generation:
            return  # the record was left before its scan was ready
        self.ready = True
        self.areas = scan["areas"]
        self.panel.view.set_pages(scan["images"])
        self._tab_changed()
        self.scan_shown.emit(visit_id)

    def _failed(self, error: BaseException) -> None:
        if self.ready:
            return  # the job of a record left already (the error is in the log)
        self.ready = True
        self.dialog._say(error_text(error), error=True)

    def _refresh(self) -> None:
        self.panel.set_doubts([(name, self._row_text(name, said), not self.dialog.read_only)
                               for name, said in self.doubts.items()])  # fmt: skip
        self._tab_changed()

    def _tab_changed(self) -> None:
        if not self.pages:
            return
        tab = TABS[self.dialog.tabs.currentIndex()] if self.dialog.tabs.currentIndex() >= 0 else ""
        areas = [a for a in self.areas if a["tab"] == tab]
        self.panel.set_writing(areas, loading=not self.ready)
        outlines = [(p, b, DOUBT_COLOUR) for p, b in self._boxes(list(self.doubts))]
        outlines += [(a["page"], a["box"], WRITING_COLOUR) for a in areas]
        self.panel.view.set_outlines(outlines)
        here = [b for b in self._boxes([n for n in self.doubts if FIELD_TABS.get(n) == tab])]
        here += [(a["page"], a["box"]) for a in areas]
        if here:
            self.panel.view.show_box(*here[0])

    def _boxes(self, names: list[str]) -> list[tuple[int, list[float]]]:
        """(page, box) of every tick box of the fields, on the scanned pages."""
        out = []
        for page_no, layout, _jpeg in self.pages:
            for page in (_layout_map(layout) or {"pages": []})["pages"]:
                if page["page"] == page_no:
                    out += [(page_no, t["box"]) for t in page["ticks"] if t["field"] in names]
        return out

    def _toggled(self, on: bool) -> None:
        self.panel.setVisible(on and bool(self.pages))
        if on and self.pages:
            self._widen()

    def _widen(self) -> None:
        """Room for the form and its scan: as wide as ``WIDE`` allows on this screen."""
        dialog = self.dialog
        if dialog.isMaximized() or dialog.width() >= min(WIDE, screen_fit.room(dialog).width()):
            return
        screen_fit.fit_window(dialog, (WIDE, max(dialog.height(), 720)))
        form_width = max(dialog.tabs.minimumSizeHint().width(), dialog.width() * 3 // 5)
        self.splitter.setSizes([form_width, max(300, dialog.width() - form_width)])

    # --- the doubts -----------------------------------------------------------------

    def _said(self, name: str, value: Any) -> str:
        if value is None:
            return ""
        text = labels.choice_label(name, value)
        if text:
            return text
        if isinstance(value, bool):
            return self.tr("ticked") if value else self.tr("not ticked")
        return str(value)

    def _doubt_text(self, name: str, said: Any) -> str:
        text = self._said(name, said)
        if text:
            unsure = self.tr("The scan is unsure: it read “%1”. Check the scan, then confirm.")
            return unsure.replace("%1", text)
        return self.tr("The scan is unsure: nothing sure was read. Check the scan, then confirm.")

    def _row_text(self, name: str, said: Any) -> str:
        text = self._said(name, said)
        if not text:
            return self.tr("%1: nothing sure was read").replace("%1", labels.field_label(name))
        return self.tr("%1: the scan read “%2”").replace("%1", labels.field_label(name)).replace(
            "%2", text
        )

    def _mark(self, name: str, text: str | None) -> None:
        """Frame the field's input (and say why in its tooltip), or take the frame off."""
        widget = self.dialog.inputs.get(name)
        if widget is None:
            return
        label = self.dialog.ui.labels_of.get(name)
        tip = labels.field_tip(name)
        if isinstance(widget, ChoiceGroup):  # its buttons inside the frame, not under it
            margin = 4 if text else 0
            widget.layout().setContentsMargins(margin, margin // 2, margin, margin // 2)
        if text:
            widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            widget.setProperty("scanDoubt", True)
            widget.setStyleSheet(DOUBT_STYLE)
            tip = f"{text}\n{tip}" if tip else text
        else:
            widget.setProperty("scanDoubt", False)
            widget.setStyleSheet("")
        widget.setToolTip(tip)
        if label is not None and label.text():
            label.setToolTip(tip)

    def _input_changed(self, name: str) -> None:
        """The clerk set a doubtful field: that settles its doubt."""
        if name in self.doubts and not self.dialog._loading and not self.suggesting:
            self.confirm(name)

    def confirm(self, name: str) -> bool:
        """Keep what the form shows for ``name``: into the draft, audited (scan vs clerk)."""
        form = self.dialog.form
        if form is None or self.dialog.read_only or name not in self.doubts:
            return False
        value = self.dialog.values().get(name)
        try:
            confirm_fields(form.id, {name: value})
        except UserError as error:
            self.dialog._say(tr_error(error), error=True)
            return False
        del self.doubts[name]
        self._mark(name, None)
        self._refresh()
        self.dialog._say(self.tr("Confirmed: %1.").replace("%1", labels.field_label(name)))
        self.confirmed.emit(form.id)
        return True

    def go_to(self, name: str) -> None:
        tab = FIELD_TABS.get(name)
        if tab in TABS:
            self.dialog.show_tab(tab)
        widget = self.dialog.inputs.get(name)
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        boxes = self._boxes([name])
        if boxes:
            self.panel.view.show_box(*boxes[0])
