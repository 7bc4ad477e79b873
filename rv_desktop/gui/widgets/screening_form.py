"""The Campaign page's screening panel: the criteria (concluded between, which
cases, which to leave out, key cases), the counts a screening would give, and
the Screen button. The page runs the preview and the screening; this holds the
widgets and reads or shows a ``Criteria``. Strings keep the ``CampaignPage``
translation context they had on the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Channel, SourceLevel
from ...domain.screening import EXCLUSION_ORDER, Criteria
from ..dialogs.campaign_dialog import OptionalDateEdit
from ..labels import channel_label, exclusion_label, source_level_label
from .multi_choice import MultiChoiceButton

translate = QCoreApplication.translate


class ScreeningForm(QGroupBox):
    """The screening criteria's widgets, with the totals and the Screen button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("CampaignPage", "Screening"), parent)
        dates, filters = self._build_criteria()

        exclusions = self._build_exclusions()

        self._build_results()

        form = QFormLayout()
        form.addRow(translate("CampaignPage", "Concluded from"), dates)
        form.addRow(translate("CampaignPage", "Cases"), filters)
        form.addRow(translate("CampaignPage", "Leave out"), exclusions)
        form.addRow("", self.key_unsettled)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.totals)
        layout.addWidget(self.register_notice)
        layout.addWidget(self.screen_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

    def _build_criteria(self) -> tuple[QHBoxLayout, QVBoxLayout]:
        """The concluded-date range and the case filters."""
        self.concluded_from = OptionalDateEdit()
        self.concluded_to = OptionalDateEdit()
        dates = QHBoxLayout()
        dates.addWidget(self.concluded_from)
        dates.addWidget(QLabel(translate("CampaignPage", "to")))
        dates.addWidget(self.concluded_to)
        dates.addStretch(1)
        self.sources = MultiChoiceButton(translate("CampaignPage", "Source level"))
        self.sources.set_choices([(s.value, source_level_label(s.value)) for s in SourceLevel])
        self.channels = MultiChoiceButton(translate("CampaignPage", "Channel"))
        self.channels.set_choices([(c.value, channel_label(c.value)) for c in Channel])
        self.categories = MultiChoiceButton(translate("CampaignPage", "Category"))
        self.units = MultiChoiceButton(translate("CampaignPage", "Handling unit"))
        filters = QVBoxLayout()
        for button in (self.sources, self.channels, self.categories, self.units):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            filters.addWidget(button)
        return dates, filters

    def _build_exclusions(self) -> QVBoxLayout:
        """What to leave out, and the key-case mark."""
        self.exclusion_boxes: dict[str, QCheckBox] = {
            reason: QCheckBox(exclusion_label(reason)) for reason in EXCLUSION_ORDER
        }
        exclusions = QVBoxLayout()
        for box in self.exclusion_boxes.values():
            exclusions.addWidget(box)
        self.key_unsettled = QCheckBox(
            translate("CampaignPage", "Mark unsettled targets as key cases")
        )
        return exclusions

    def _build_results(self) -> None:
        """The totals, the empty-register notice, the Screen button and its result."""
        self.totals = QLabel()
        self.totals.setObjectName("screeningTotals")
        self.totals.setWordWrap(True)
        self.register_notice = QLabel(
            translate(
                "CampaignPage",
                "The case register is empty. Import the county's ledger of concluded "
                "cases first (Cases page).",
            )
        )
        self.register_notice.setObjectName("emptyRegister")
        self.register_notice.setWordWrap(True)
        self.register_notice.setStyleSheet("color: #8a5a00;")
        self.register_notice.hide()
        self.screen_button = QPushButton(translate("CampaignPage", "Screen"))
        self.screen_button.setToolTip(
            translate(
                "CampaignPage",
                "Write the target list from these criteria. Targets with an assignment, "
                "a visit record or a change by hand are kept as they are.",
            )
        )
        self.result_label = QLabel()
        self.result_label.setObjectName("screeningResult")
        self.result_label.setWordWrap(True)

    def show_criteria(self, criteria: Criteria) -> None:
        """Set the widgets (the page keeps their signals from asking for a preview)."""
        self.concluded_from.set_value(criteria.concluded_from)
        self.concluded_to.set_value(criteria.concluded_to)
        self.sources.set_selected(criteria.sources, notify=False)
        self.channels.set_selected(criteria.channels, notify=False)
        self.categories.set_selected(criteria.categories, notify=False)
        self.units.set_selected(criteria.handling_units, notify=False)
        for reason, box in self.exclusion_boxes.items():
            box.setChecked(getattr(criteria, f"exclude_{reason}"))
        self.key_unsettled.setChecked(criteria.key_unsettled)

    def criteria(self) -> Criteria:
        """The criteria as the widgets show them."""
        values: dict[str, Any] = {
            "concluded_from": self.concluded_from.value(),
            "concluded_to": self.concluded_to.value(),
            "sources": self.sources.selected(),
            "channels": self.channels.selected(),
            "categories": self.categories.selected(),
            "handling_units": self.units.selected(),
            "key_unsettled": self.key_unsettled.isChecked(),
        }
        for reason, box in self.exclusion_boxes.items():
            values[f"exclude_{reason}"] = box.isChecked()
        return Criteria(**values)
