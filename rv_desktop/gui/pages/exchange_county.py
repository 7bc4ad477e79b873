"""The Exchange page's county box: merge the towns' packages, and what each town sent.

"Merge packages…" asks for the towns' packages (and, for those sealed with
the shared passphrase, the passphrase; for unencrypted ones, a confirmation)
and merges them off the GUI thread (``import_packages``); a line per
package says what became of it and, when the town's package records it,
what was still open when the town wrote it. Below, each town's latest
merged package is listed with the same figures (``county_history``), so
the county sees at any time which towns sent work still open. The box is
shown to a county office only; it calls services only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr_error
from .. import window_state
from ..background import run_in_background
from ..formatting import number_text
from ..models.export_table_model import when_text


class CountyMergeBox(QGroupBox):
    data_changed = Signal()  # a merge changed the data
    failed = Signal(object)  # the merge could not run (the page says why)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("County office: merge the towns' packages"))
        self._merge_job = None
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        column.addLayout(row)
        self.merge_button = QPushButton(self.tr("Merge packages…"))
        self.merge_button.clicked.connect(self.merge_packages)
        note = QLabel(
            self.tr(
                "Each package is checked whole and merged by town and case number; a signed "
                "receipt is written beside it for the town."
            )
        )
        note.setWordWrap(True)
        row.addWidget(self.merge_button)
        row.addWidget(note, 1)
        self.merge_label = QLabel()
        self.merge_label.setWordWrap(True)
        self.merge_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.merge_label)
        self.towns_label = QLabel()
        self.towns_label.setWordWrap(True)
        self.towns_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.towns_label)

    def refresh(self) -> None:
        """Each town's latest merged package, with what was open when it was written."""
        from ...services.county_history import merged_towns

        lines = []
        for town in merged_towns():
            line = self.tr("{town}, {campaign}: package of {produced}, merged {merged}").format(
                town=town.town,
                campaign=town.campaign,
                produced=when_text(town.produced_at),
                merged=when_text(town.imported_at),
            )
            lines.append(line + "; " + self.open_text(town.open_at_export))
        self.towns_label.setText(
            self.tr("Towns merged:") + "\n" + "\n".join(lines) if lines else ""
        )

    def open_text(self, record: dict | None) -> str:
        """What was still open at export, in words (or that the package does not say)."""
        from ...services.open_at_export import open_counts

        counts = open_counts(record)
        if counts is None:
            return self.tr("what was still open is not recorded (an older package)")
        if not any(counts.values()):
            return self.tr("nothing was still open when the town wrote it")
        return self.tr(
            "still open when written: {unassigned} unassigned, {unvisited} not visited, "
            "{draft_only} draft only, {overdue} with overdue items"
        ).format(**{k: number_text(v) for k, v in counts.items()})

    @Slot()
    def merge_packages(self) -> None:
        from ...services.county import import_packages
        from ...services.package_read import sealing_of

        start = str(window_state.value(window_state.LAST_FOLDER, str(Path.home())))
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("The towns' packages"), start, self.tr("Exchange packages (*.rvpkg)")
        )
        if not names:
            return
        kinds = sealing_of([Path(n) for n in names])
        passphrase, allow = "", False
        if kinds.passphrase:
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("Passphrase"),
                self.tr(
                    "The passphrase agreed with the towns (for {count} of the packages):"
                ).format(count=len(kinds.passphrase)),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        if kinds.unencrypted:
            answer = QMessageBox.question(
                self,
                self.tr("Unencrypted packages"),
                self.tr(
                    "{count} of the packages are not encrypted: anyone could have read or "
                    "written them on the way, and their origin is not proven. Merge them "
                    "anyway?"
                ).format(count=len(kinds.unencrypted)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            allow = answer == QMessageBox.StandardButton.Yes
        self.merge_button.setEnabled(False)
        self._merge_job = run_in_background(
            lambda job: import_packages(
                [Path(n) for n in names],
                passphrase or None,
                progress=job.progress,
                allow_unencrypted=allow,
            ),
            on_done=self._merged,
            on_error=lambda exc: (self.merge_button.setEnabled(True), self.failed.emit(exc)),
        )

    def protection_text(self, protection: str | None) -> str:
        return {
            "town_key": self.tr("signed with the town's registered key"),
            "town_key_unencrypted": self.tr("signed with the town's key, not encrypted"),
            "shared_passphrase": self.tr("shared passphrase: origin not proven"),
            "unencrypted": self.tr("not encrypted: origin not proven"),
        }.get(protection or "", "")

    def _merged(self, outcomes) -> None:
        self.merge_button.setEnabled(True)
        labels = {
            "merged": self.tr("merged"),
            "unchanged": self.tr("unchanged (merged before)"),
            "refused": self.tr("refused"),
        }
        lines = []
        for o in outcomes:
            text = f"{o.package.name}: {labels[o.status]}"
            if o.error is not None:
                text += f" — {tr_error(o.error)}"
            elif o.targets is not None:
                text += " " + self.tr("({town}: {targets} targets)").format(
                    town=o.town, targets=number_text(o.targets)
                )
                text += " — " + self.protection_text(o.protection)
                text += "\n    " + self.open_text(o.open_at_export)
            lines.append(text)
        if any(o.status == "merged" for o in outcomes):
            self.data_changed.emit()
        self.merge_label.setText("\n".join(lines))
        self.refresh()
