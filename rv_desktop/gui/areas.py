"""The areas of the main window, in the navigation's order: each one's title and
what it is for (shown over an area while the register is empty).

The strings keep the ``MainWindow`` translation context they had in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def area_texts() -> list[tuple[str, str]]:
    return [
        (
            translate("MainWindow", "Cases"),
            translate(
                "MainWindow",
                "The register of concluded cases: import the county's ledgers, "
                "find any case as you type, see a petitioner's other cases.",
            ),
        ),
        (
            translate("MainWindow", "Campaign & screening"),
            translate(
                "MainWindow",
                "Create the campaign with its stages and deadline, and screen the "
                "targets by the plan's criteria, keeping every exclusion's reason.",
            ),
        ),
        (
            translate("MainWindow", "Board"),
            translate(
                "MainWindow",
                "Give every target to a leader and visitors, by method and due date, "
                "and see which are not assigned, not visited or overdue.",
            ),
        ),
        (
            translate("MainWindow", "Visit records"),
            translate(
                "MainWindow",
                "One case, one form: type in the return-visit registration forms, "
                "drafts saved as you type, follow-ups tracked until closed.",
            ),
        ),
        (
            translate("MainWindow", "Follow-ups"),
            translate(
                "MainWindow",
                "Rework, help and follow-up items raised by the visits: what is open, "
                "what is overdue, and closing each with its result.",
            ),
        ),
        (
            translate("MainWindow", "Statistics"),
            translate(
                "MainWindow",
                "The feedback statistics and summary tables for the county, "
                "and the analysis report for the leaders.",
            ),
        ),
        (
            translate("MainWindow", "Exchange"),
            translate(
                "MainWindow",
                "The encrypted data package for the county on a USB stick, and backups.",
            ),
        ),
    ]
