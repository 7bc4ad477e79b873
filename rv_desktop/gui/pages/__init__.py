"""The main window's pages.

``PAGE_FACTORIES`` builds each page after the overview, in the order of the
window's areas, importing its module only then (``gui/lazy_pages.py``): the
Statistics page alone brings reportlab and QtCharts. Plain import
statements, not names in strings, so that PyInstaller still finds them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def _cases(title: str) -> QWidget:
    from .cases_page import CasesPage

    return CasesPage(title)


def _campaign(title: str) -> QWidget:
    from .campaign_page import CampaignPage

    return CampaignPage(title)


def _board(title: str) -> QWidget:
    from .board_page import BoardPage

    return BoardPage(title)


def _visits(title: str) -> QWidget:
    from .visits_page import VisitsPage

    return VisitsPage(title)


def _followups(title: str) -> QWidget:
    from .followups_page import FollowUpsPage

    return FollowUpsPage(title)


def _statistics(title: str) -> QWidget:
    from .statistics_page import StatisticsPage

    return StatisticsPage(title)


def _exchange(title: str) -> QWidget:
    from .exchange_page import ExchangePage

    return ExchangePage(title)


#: the window's attribute for each page, and how to build it from its title
PAGE_FACTORIES: dict[str, Callable[[str], QWidget]] = {
    "cases_page": _cases,
    "campaign_page": _campaign,
    "board_page": _board,
    "visits_page": _visits,
    "followups_page": _followups,
    "statistics_page": _statistics,
    "exchange_page": _exchange,
}
