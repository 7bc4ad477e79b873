#!/usr/bin/env python3
"""Fill the English plural forms: "%n page(s)" → "%n page" / "%n pages".

    pyside6-lupdate -pluralonly -target-language en ... -ts rv_desktop_en.ts
    python resources/translations/fill_en_plurals.py rv_desktop_en.ts

English needs a translation file only for its numerus forms (lupdate
``-pluralonly``); every other English text is the source itself. Forms
already filled (by hand, for an irregular plural) are kept.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(argv: list[str]) -> int:
    ts = Path(argv[0])
    tree = ET.parse(ts)
    root = tree.getroot()
    filled = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        forms = translation.findall("numerusform")
        if len(forms) != 2:
            continue
        forms[0].text = forms[0].text or source.replace("(s)", "")
        forms[1].text = forms[1].text or source.replace("(s)", "s")
        del translation.attrib["type"]
        filled += 1
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    print(f"filled {filled}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
