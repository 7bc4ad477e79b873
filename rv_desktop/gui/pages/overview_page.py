"""The overview: where the campaign stands, at a glance, and what to do next."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...domain.overview import NextStep, Overview, next_steps
from ..formatting import date_text, number_text

#: Where each tile leads: the area (a page of the main window) and the filter
#: that shows the same items there ("" for none).
TILE_AREAS = {
    "cases": ("cases", ""),
    "petitioners": ("cases", ""),
    "targets": ("campaign", ""),
    "excluded": ("campaign", ""),
    "unassigned": ("board", ""),
    "assigned": ("board", ""),
    "visited": ("board", ""),
    "follow_up": ("board", ""),
    "done": ("board", ""),
    "drafts": ("visits", "draft"),
    "followups_open": ("followups", "open"),
    "followups_overdue": ("followups", "overdue"),
}


class StatTile(QFrame):
    """A labelled figure; a click (or Enter, Space) opens where its items are."""

    clicked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        self.value = QLabel("0")
        self.value.setObjectName("statValue")
        self.caption = QLabel(label)
        self.caption.setObjectName("statCaption")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def set_value(self, n: int, warn: bool = False) -> None:
        self.value.setText(number_text(n))
        self.value.setProperty("warn", warn)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


class OverviewPage(QWidget):
    #: a tile was clicked: the area to open and the filter to show there
    area_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        self.title = QLabel(self.tr("Overview"))
        self.title.setObjectName("pageTitle")
        self.campaign = QLabel()
        self.campaign.setObjectName("campaignLine")
        self.campaign.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadlineLine")
        layout.addWidget(self.title)
        layout.addWidget(self.campaign)
        layout.addWidget(self.deadline)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.tiles = {
            "cases": StatTile(self.tr("Cases in the register")),
            "petitioners": StatTile(self.tr("Petitioners")),
            "targets": StatTile(self.tr("Return-visit targets")),
            "excluded": StatTile(self.tr("Considered and excluded")),
            "unassigned": StatTile(self.tr("Not yet assigned")),
            "assigned": StatTile(self.tr("Assigned, not visited")),
            "visited": StatTile(self.tr("Visited, form to finish")),
            "follow_up": StatTile(self.tr("Follow-up needed")),
            "done": StatTile(self.tr("Done")),
            "drafts": StatTile(self.tr("Draft visit records")),
            "followups_open": StatTile(self.tr("Open follow-ups")),
            "followups_overdue": StatTile(self.tr("Overdue follow-ups")),
        }
        for i, (key, tile) in enumerate(self.tiles.items()):
            grid.addWidget(tile, i // 4, i % 4)
            area, shown = TILE_AREAS[key]
            tile.clicked.connect(lambda a=area, f=shown: self.area_requested.emit(a, f))
        layout.addLayout(grid)
        self.next_title = QLabel(self.tr("Next steps"))
        self.next_title.setObjectName("sectionTitle")
        self.next_steps = QLabel()
        self.next_steps.setObjectName("nextSteps")
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)
        self.next_steps.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.next_steps.linkActivated.connect(self._link)
        layout.addWidget(self.next_title)
        layout.addWidget(self.next_steps)
        self.hint = QLabel()
        self.hint.setObjectName("emptyState")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def name_areas(self, titles: dict[str, str]) -> None:
        """The areas' titles as the window's navigation shows them, for the tiles' tooltips."""
        for key, tile in self.tiles.items():
            area = TILE_AREAS[key][0]
            tile.setToolTip(self.tr("Open {area}").format(area=titles[area]))

    def _link(self, target: str) -> None:
        area, _, shown = target.partition(":")
        self.area_requested.emit(area, shown)

    def step_text(self, step: NextStep) -> str:
        n = number_text(step.count) if step.count is not None else ""
        if step.code == "create_campaign":
            return self.tr("Create the campaign and its plan")
        if step.code == "screen":
            return self.tr("Screen the register for the campaign's targets")
        if step.code == "overdue_followups":
            return self.tr("Overdue follow-up items: {n}").format(n=n)
        if step.code == "assign":
            return self.tr("Targets without a visitor: {n}").format(n=n)
        if step.code == "visit":
            return self.tr("Assigned targets not yet visited: {n}").format(n=n)
        if step.code == "finish_drafts":
            return self.tr("Visit records still in draft: {n} (finish and finalise them)").format(
                n=n
            )
        if step.code == "report":
            if step.count is None:
                return self.tr("Send the campaign's data to the county")
            if step.count < 0:
                return self.tr(
                    "Send the campaign's data to the county: the deadline passed {n} days ago"
                ).format(n=number_text(-step.count))
            return self.tr("Send the campaign's data to the county: {n} days left").format(n=n)
        return step.code

    def show_next_steps(self, steps: list[NextStep]) -> None:
        shown = [s for s in steps if s.code != "import"]  # the hint below says it
        self.next_steps.setText(
            "".join(
                f'<p style="margin: 0 0 6px 0">•&nbsp;<a href="{s.area}:{s.shown}"'
                f' style="color: #1f5fa8">{html.escape(self.step_text(s))}</a></p>'
                for s in shown
            )
        )
        self.next_title.setVisible(bool(shown))
        self.next_steps.setVisible(bool(shown))

    def show_overview(self, data: Overview, today: dt.date) -> None:
        self.show_next_steps(next_steps(data, today))
        self.tiles["cases"].set_value(data.cases)
        self.tiles["petitioners"].set_value(data.petitioners)
        current = data.current
        if current is None:
            self.campaign.setText(self.tr("No current campaign."))
            self.deadline.clear()
            for key in list(self.tiles)[2:]:
                self.tiles[key].set_value(0)
        else:
            stage = {
                "preparation": self.tr("preparation stage"),
                "implementation": self.tr("implementation stage"),
                "summary": self.tr("summary stage"),
            }.get(current.stage or "", self.tr("outside the planned stages"))
            self.campaign.setText(
                self.tr("Current campaign: {name} ({stage})").format(name=current.name, stage=stage)
            )
            days = current.days_left(today)
            if days is None:
                self.deadline.setText(self.tr("No report deadline set."))
            elif days >= 0:
                self.deadline.setText(
                    self.tr("{days} days left to the report deadline ({date}).").format(
                        days=days, date=date_text(current.report_deadline)
                    )
                )
            else:
                self.deadline.setText(
                    self.tr("The report deadline ({date}) passed {days} days ago.").format(
                        days=-days, date=date_text(current.report_deadline)
                    )
                )
            self.deadline.setProperty("warn", days is not None and days <= 7)
            self.deadline.style().unpolish(self.deadline)
            self.deadline.style().polish(self.deadline)
            self.tiles["targets"].set_value(current.targets)
            self.tiles["excluded"].set_value(current.excluded)
            for status, n in current.by_status.items():
                if status in self.tiles:
                    self.tiles[status].set_value(n, warn=status == "unassigned" and n > 0)
            self.tiles["drafts"].set_value(current.drafts, warn=current.drafts > 0)
            self.tiles["followups_open"].set_value(current.followups_open)
            self.tiles["followups_overdue"].set_value(
                current.followups_overdue, warn=current.followups_overdue > 0
            )
        if data.cases == 0:
            self.hint.setText(
                self.tr(
                    "The register is empty. Start by importing the county's ledger of "
                    "concluded cases (File ▸ Import ledger), then create the campaign "
                    "and screen the targets."
                )
            )
        else:
            self.hint.clear()
