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


def datetime_text(when: dt.datetime | None) -> str:
    """2026年11月28日 15:30 in Chinese, 28 Nov 2026 15:30 in English."""
    if when is None:
        return ""
    return f"{date_text(when.date())} {when:%H:%M}"


def size_text(size: int) -> str:
    """A file size for people: 98.0 MB, 512 KB."""
    if size >= 1 << 20:
        return translate("Format", "{n} MB").format(n=QLocale().toString(size / (1 << 20), "f", 1))
    return translate("Format", "{n} KB").format(n=QLocale().toString(max(1, size // 1024)))
