"""Counted words of the command line, in the user's language and number.

Qt chooses "1 page" or "2 pages" (and Chinese's single form) from the
translation files' numerus forms; lupdate collects those only from
``self.tr(text, "", n)``, hence this small QObject (QtCore only: no display).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def cases(self, n: int) -> str:
        return self.tr("%n case(s)", "", n)

    def petitioners(self, n: int) -> str:
        return self.tr("%n petitioner(s)", "", n)

    def targets(self, n: int) -> str:
        return self.tr("%n target(s)", "", n)

    def visit_records(self, n: int) -> str:
        return self.tr("%n visit record(s)", "", n)

    def campaigns(self, n: int) -> str:
        return self.tr("%n campaign(s)", "", n)

    def rows_read(self, n: int) -> str:
        return self.tr("%n row(s) read", "", n)

    def forms(self, n: int) -> str:
        return self.tr("%n form(s)", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%n page(s)", "", n)


def counts() -> Counts:
    return Counts()
