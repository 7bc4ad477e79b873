"""People's names of the ledger's fields (context ``LedgerField``): the import
dialog's mapping form and the case dialog's fields and history use the same words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LEDGER_FIELD_LABELS = {
    "case_no": QT_TRANSLATE_NOOP("LedgerField", "Case number"),
    "petitioner": QT_TRANSLATE_NOOP("LedgerField", "Petitioner"),
    "id_number": QT_TRANSLATE_NOOP("LedgerField", "ID number"),
    "phones": QT_TRANSLATE_NOOP("LedgerField", "Phone"),
    "address": QT_TRANSLATE_NOOP("LedgerField", "Address"),
    "village": QT_TRANSLATE_NOOP("LedgerField", "Village or community"),
    "channel": QT_TRANSLATE_NOOP("LedgerField", "Channel"),
    "source_level": QT_TRANSLATE_NOOP("LedgerField", "Source level"),
    "registered_on": QT_TRANSLATE_NOOP("LedgerField", "Registered on"),
    "category": QT_TRANSLATE_NOOP("LedgerField", "Category"),
    "demand": QT_TRANSLATE_NOOP("LedgerField", "Demand"),
    "handling_unit": QT_TRANSLATE_NOOP("LedgerField", "Handling unit"),
    "leader": QT_TRANSLATE_NOOP("LedgerField", "Responsible leader"),
    "concluded_on": QT_TRANSLATE_NOOP("LedgerField", "Concluded on"),
    "conclusion": QT_TRANSLATE_NOOP("LedgerField", "Handling conclusion"),
    "people_count": QT_TRANSLATE_NOOP("LedgerField", "Number of people"),
}


def ledger_field_label(key: str) -> str:
    """The translated name of ledger field ``key``."""
    return QCoreApplication.translate("LedgerField", LEDGER_FIELD_LABELS[key])
