"""Small helpers shared by the pages' filter proxies."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, change) -> None:
    """Change what ``proxy`` filters by (Qt 6.10 replaced invalidateFilter)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateRowsFilter()
