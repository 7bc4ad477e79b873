"""The window names coded choices with the county's vocabulary, as the paper does.

"The form window, the paper form, the feedback statistics, the summary table,
the assignment table, the exports, the exchange package and the CLI's text
output all take their words from there."
"""

from __future__ import annotations

import pytest

from rv_desktop.domain import vocabulary
from rv_desktop.gui.app import make_application


@pytest.mark.parametrize(("lang", "office", "central"), [("zh_CN", "来访面谈", "中央交办"),
                                                          ("en", "At the office", "Central")])  # fmt: skip
def test_screen_labels_are_the_vocabularys(lang, office, central):
    from rv_desktop.gui.dialogs.close_followup_dialog import kind_label
    from rv_desktop.gui.labels import channel_label, method_label, source_level_label
    from rv_desktop.gui.models.statistics_model import satisfaction_label

    make_application(lang)
    try:
        assert method_label("office") == office
        assert source_level_label("central") == central
        assert channel_label("online") == vocabulary.label("channel", "online", lang)
        assert satisfaction_label("not_reached") == vocabulary.label(
            "satisfaction", "not_reached", lang
        )
        assert kind_label("rework") == vocabulary.label("followup_kind", "rework", lang)
    finally:
        make_application("zh_CN")
