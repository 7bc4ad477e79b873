"""How dates and numbers are written for people, in the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate


def date_text(day: dt.date | None) -> str:
    """2026年11月28日 in Chinese, 28 Nov 2026 in English; empty for no date."""
    if day is None:
        return ""
    pattern = translate("Format", "d MMM yyyy")  # zh_CN: yyyy年M月d日
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def number_text(n: int) -> str:
    return QLocale().toString(n)
