"""What only the county's office sees: the rows by town in the statistics and
the merge of the towns' packages on the Exchange page. A town's office never
has towns to compare or packages to merge, so these stay hidden unless the
office's level (``domain.office.office_level``) is ``county``."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ..domain.office import office_level
from .models.statistics_model import dimension_label

#: the statistics' row dimension only a county has
TOWN = "town"


def is_county() -> bool:
    return office_level() == "county"


def offer_town_rows(combo: QComboBox, county: bool) -> None:
    """Offer "by town" in the statistics' row chooser only to a county office."""
    index = combo.findData(TOWN)
    if county and index < 0:
        combo.addItem(dimension_label(TOWN), TOWN)
    elif not county and index >= 0:
        blocked = combo.blockSignals(True)
        if combo.currentIndex() == index:
            combo.setCurrentIndex(0)
        combo.removeItem(index)
        combo.blockSignals(blocked)
