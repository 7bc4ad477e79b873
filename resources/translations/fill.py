#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file from a JSON mapping {source: translation}.

    python resources/translations/fill.py rv_desktop_zh_CN.ts mapping.json
    python resources/translations/fill.py rv_desktop_zh_CN.ts --list   # print unfinished sources

The .ts file stays the source of truth (Qt Linguist edits it too); this only
saves typing when many strings arrive at once. Run `python3 dev.py
translations` afterwards to compile the .qm.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def unfinished(root: ET.Element):
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            yield message, translation


def main(argv: list[str]) -> int:
    ts = Path(argv[0])
    tree = ET.parse(ts)
    root = tree.getroot()
    if argv[1] == "--list":
        sources = sorted({m.findtext("source") for m, _ in unfinished(root)})
        print(json.dumps({s: "" for s in sources}, ensure_ascii=False, indent=1))
        return 0
    mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    filled = 0
    for message, translation in unfinished(root):
        text = mapping.get(message.findtext("source"))
        if text:
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes" and forms:
                for form in forms:  # Chinese has one plural form: the same text in each
                    form.text = text
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    left = sum(1 for _ in unfinished(root))
    print(f"filled {filled}, unfinished {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
