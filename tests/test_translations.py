"""The zh_CN translation is complete, current, compiled, and keeps placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "rv_desktop_zh_CN.ts"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed")
    return found


def _sources() -> list[str]:
    files = sorted(str(p) for p in (ROOT / "rv_desktop").rglob("*.py"))
    return files + sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_string_is_translated_and_the_ts_is_current(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *_sources(), "-ts", str(copy)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    fresh = _messages(copy)
    committed = _messages(TS)
    missing = sorted(set(fresh) - set(committed))
    assert not missing, f"run `python3 dev.py translations`: new strings {missing[:5]}"
    unfinished = [key for key, tr in fresh.items() if tr.get("type") == "unfinished" or not tr.text]
    assert not unfinished, f"untranslated: {unfinished[:10]}"


def test_placeholders_survive_translation():
    for (ctx, source), translation in _messages(TS).items():
        wanted = sorted(re.findall(r"\{[a-z_]+[^}]*\}", source))
        got = sorted(re.findall(r"\{[a-z_]+[^}]*\}", translation.text or ""))
        assert wanted == got, f"{ctx}: {source!r} -> {translation.text!r}"


def test_qm_is_compiled_from_the_ts(tmp_path):
    out = tmp_path / "out.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "run `python3 dev.py translations` to recompile the .qm"
    )
