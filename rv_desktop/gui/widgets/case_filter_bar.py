"""The Cases page's filter bar: the search box, then the structured filters.

Source level, channel, category, handling unit, village (several choices
each), the concluded dates, settled or not, in the current campaign or not.
``changed`` is emitted when a structured filter changes (the search text has
its own timer on the page); ``widget_filter`` reads them as a ``CaseFilter``;
``state``/``restore`` are what QSettings keeps between sessions. Strings keep
the ``CasesPage`` translation context they had on the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.cases import CaseFilter
from ...domain.enums import Channel, SourceLevel
from ..labels import channel_label, source_level_label
from .multi_choice import MultiChoiceButton

ANY_DATE = QDate(1990, 1, 1)  # the QDateEdit minimum, shown as "any"


class CaseFilterBar(QWidget):
    """Two rows: the search box with settled/campaign; the choices, dates and buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._search_row())
        layout.addLayout(self._filter_row())
        for button in self.choice_buttons():
            button.selection_changed.connect(self.changed)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.settled_combo.currentIndexChanged.connect(self.changed)
        self.campaign_combo.currentIndexChanged.connect(self.changed)

    def _search_row(self) -> QHBoxLayout:
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setEnabled(False)
        self.search.setPlaceholderText(
            QCoreApplication.translate("CasesPage", "Building the search index…")
        )
        self.settled_combo = QComboBox()
        self.settled_combo.addItem(QCoreApplication.translate("CasesPage", "Settled or not"), None)
        self.settled_combo.addItem(QCoreApplication.translate("CasesPage", "Settled"), True)
        self.settled_combo.addItem(QCoreApplication.translate("CasesPage", "Not settled"), False)
        self.campaign_combo = QComboBox()
        self.campaign_combo.addItem(QCoreApplication.translate("CasesPage", "Any campaign"), None)
        self.campaign_combo.addItem(
            QCoreApplication.translate("CasesPage", "In the current campaign"), True
        )
        self.campaign_combo.addItem(
            QCoreApplication.translate("CasesPage", "Not in the current campaign"), False
        )
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.settled_combo)
        search_row.addWidget(self.campaign_combo)
        return search_row

    def _filter_row(self) -> QHBoxLayout:
        translate = QCoreApplication.translate
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.source_button = MultiChoiceButton(translate("CasesPage", "Source level"))
        self.source_button.set_choices(
            [(s.value, source_level_label(s.value)) for s in SourceLevel]
        )
        self.channel_button = MultiChoiceButton(translate("CasesPage", "Channel"))
        self.channel_button.set_choices([(c.value, channel_label(c.value)) for c in Channel])
        self.category_button = MultiChoiceButton(translate("CasesPage", "Category"))
        self.unit_button = MultiChoiceButton(translate("CasesPage", "Handling unit"))
        self.village_button = MultiChoiceButton(translate("CasesPage", "Village"))
        for button in self.choice_buttons():
            filters.addWidget(button)
        filters.addSpacing(12)
        filters.addWidget(QLabel(translate("CasesPage", "Concluded")))
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        self.clear_button = QPushButton(translate("CasesPage", "Clear filters"))
        self.columns_button = QToolButton()
        self.columns_button.setText(translate("CasesPage", "Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setStyleSheet("QToolButton { padding: 3px 18px 3px 6px; }")
        filters.addWidget(self.clear_button)
        filters.addWidget(self.columns_button)
        return filters

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setMaximumDate(QDate(2100, 12, 31))
        edit.setSpecialValueText(QCoreApplication.translate("CasesPage", "any"))
        edit.setDate(ANY_DATE)
        edit.setMinimumWidth(104)
        return edit

    def choice_buttons(self) -> list[MultiChoiceButton]:
        return [
            self.source_button,
            self.channel_button,
            self.category_button,
            self.unit_button,
            self.village_button,
        ]

    def filter_widgets(self) -> list[QWidget]:
        return [
            *self.choice_buttons(),
            self.date_from,
            self.date_to,
            self.settled_combo,
            self.campaign_combo,
        ]

    def _block(self, blocked: bool) -> None:
        for widget in self.filter_widgets():
            widget.blockSignals(blocked)

    def restore(self, saved: dict) -> dict[str, list[str]]:
        """Show the filters kept from the last session, without ``changed``; the
        choices of category, unit and village are returned, to select once offered."""
        self._block(True)
        try:
            self.source_button.set_selected(saved.get("source_levels", ()), notify=False)
            self.channel_button.set_selected(saved.get("channels", ()), notify=False)
            pending = {
                "category": saved.get("categories", []),
                "handling_unit": saved.get("handling_units", []),
                "village": saved.get("villages", []),
            }
            for edit, key in ((self.date_from, "concluded_from"), (self.date_to, "concluded_to")):
                day = QDate.fromString(saved.get(key) or "", "yyyy-MM-dd")
                edit.setDate(day if day.isValid() else ANY_DATE)
            self.settled_combo.setCurrentIndex(
                max(self.settled_combo.findData(saved.get("settled")), 0)
            )
            self.campaign_combo.setCurrentIndex(
                max(self.campaign_combo.findData(saved.get("in_campaign")), 0)
            )
        finally:
            self._block(False)
        return pending

    def state(self) -> dict:
        """The filters to keep for the next session."""
        flt = self.widget_filter()
        return {
            "source_levels": list(flt.source_levels),
            "channels": list(flt.channels),
            "categories": list(flt.categories),
            "handling_units": list(flt.handling_units),
            "villages": list(flt.villages),
            "concluded_from": flt.concluded_from.isoformat() if flt.concluded_from else None,
            "concluded_to": flt.concluded_to.isoformat() if flt.concluded_to else None,
            "settled": flt.settled,
            "in_campaign": self.campaign_combo.currentData(),
        }

    def widget_filter(self) -> CaseFilter:
        """The filter the widgets show (the current campaign is the page's to add)."""

        def day(edit: QDateEdit) -> dt.date | None:
            d = edit.date()
            return None if d == ANY_DATE else dt.date(d.year(), d.month(), d.day())

        return CaseFilter(
            text=self.search.text(),
            source_levels=self.source_button.selected(),
            channels=self.channel_button.selected(),
            categories=self.category_button.selected(),
            handling_units=self.unit_button.selected(),
            villages=self.village_button.selected(),
            concluded_from=day(self.date_from),
            concluded_to=day(self.date_to),
            settled=self.settled_combo.currentData(),
        )

    def clear(self) -> None:
        """Every structured filter back to "any", without ``changed``."""
        self._block(True)
        for button in self.choice_buttons():
            button.set_selected((), notify=False)
        self.date_from.setDate(ANY_DATE)
        self.date_to.setDate(ANY_DATE)
        self.settled_combo.setCurrentIndex(0)
        self.campaign_combo.setCurrentIndex(0)
        self._block(False)

    def offer_choices(self, choices: dict[str, list[str]], pending: dict[str, list[str]]) -> None:
        """The register's categories, units and villages; ``pending`` selected among them."""
        for button, key in (
            (self.category_button, "category"),
            (self.unit_button, "handling_unit"),
            (self.village_button, "village"),
        ):
            button.blockSignals(True)
            button.set_choices([(v, v) for v in choices.get(key, [])])
            if key in pending:
                button.set_selected(pending[key], notify=False)
            button.blockSignals(False)


def with_campaign(flt: CaseFilter, campaign_id: int | None, in_campaign: bool | None) -> CaseFilter:
    """``flt`` limited to the current campaign's cases (or the others), if one exists."""
    if campaign_id is None or in_campaign is None:
        return flt
    return replace(flt, campaign_id=campaign_id, in_campaign=in_campaign)
