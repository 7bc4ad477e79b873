"""installer/bundle_trim.py: the Linux bundle's diet, on the real Qt libraries.

The shrunk ICU data is checked the way Qt uses it: a Python with PySide6
sorts Chinese names, names time zones and decodes GB18030 once with the
wheel's ICU data and once with the shrunk copy preloaded in its place, and
the Chinese and English answers must be the same.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "installer"))
import bundle_trim  # noqa: E402

QT_LIB = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "lib"
ICU_DATA = sorted(QT_LIB.glob("libicudata.so.*"))

linux_qt = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not ICU_DATA,
    reason="the Linux wheels of PySide6 carry ICU",
)


@linux_qt
def test_needed_libraries_reads_what_the_loader_loads():
    core = bundle_trim.needed_libraries(QT_LIB / "libQt6Core.so.6")
    assert ICU_DATA[0].name in core
    assert any(name.startswith("libicuuc.so.") for name in core)
    assert "libc.so.6" in core
    assert bundle_trim.needed_libraries(ICU_DATA[0]) == []  # data only
    assert bundle_trim.needed_libraries(ROOT / "pyproject.toml") == []  # not ELF


@linux_qt
def test_unneeded_libraries_are_those_no_kept_binary_needs():
    icu = {p.name.split(".so")[0]: p for p in QT_LIB.glob("libicu*.so.*")}
    top_level = [(icu[n].name, str(icu[n]), "BINARY") for n in ("libicui18n", "libicuuc")]
    top_level.append((ICU_DATA[0].name, str(ICU_DATA[0]), "BINARY"))
    # alone, nothing needs i18n; without it nothing needs uc, then data
    assert bundle_trim.unneeded_libraries(top_level) == {e[0] for e in top_level}
    # Qt Core needs all three; a plugin-like binary in a folder is never dropped
    core = ("PySide6/Qt/lib/libQt6Core.so.6", str(QT_LIB / "libQt6Core.so.6"), "BINARY")
    assert bundle_trim.unneeded_libraries([*top_level, core]) == set()
    python = ("libpython3.11.so.1.0", str(ICU_DATA[0]), "BINARY")  # loaded by the bootloader
    assert bundle_trim.unneeded_libraries([python]) == set()


@pytest.fixture(scope="module")
def shrunk_icu(tmp_path_factory) -> Path:
    if shutil.which("as") is None or shutil.which("ld") is None:
        pytest.skip("binutils (as, ld) is not installed")
    out = bundle_trim.shrink_icu_data(ICU_DATA[0], tmp_path_factory.mktemp("icu"))
    assert out is not None
    return out


@linux_qt
def test_the_shrunk_icu_data_keeps_chinese_and_english_only(shrunk_icu):
    assert shrunk_icu.name == ICU_DATA[0].name
    assert shrunk_icu.stat().st_size < ICU_DATA[0].stat().st_size * 0.4
    version = ICU_DATA[0].name.rsplit(".", 1)[1]
    names = {
        n.split("/", 1)[1]
        for n, _ in bundle_trim.icu_items((shrunk_icu.parent / f"icudt{version}l.dat").read_bytes())
    }
    for kept in (
        "coll/zh.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "zone/zh.res",
        "zone/en.res",
        "zh_Hans_CN.res",
        "en_US.res",
        "zoneinfo64.res",
        "metaZones.res",
        "cnvalias.icu",
        "gb18030.cnv",
        "res_index.res",
    ):
        assert kept in names
    for dropped in (
        "coll/sv.res",
        "de.res",
        "zone/fr.res",
        "coll/de_.res",
        "brkitr/cjdict.dict",
        "translit/root.res",
    ):
        assert dropped not in names
    assert bundle_trim.needed_libraries(shrunk_icu) == []


PROBE = r"""
import json
from PySide6.QtCore import (QBuffer, QByteArray, QCollator, QLocale, QStringConverter,
                            QTimeZone, QXmlStreamReader)
out = {}
names = ["张三", "李四", "王五", "赵六", "阿明", "周七", "欧阳修", "曾国藩", "重庆", "Zoe", "abc", "é", "e"]
for loc in ("zh_CN", "en_US"):
    out["sort " + loc] = sorted(names, key=QCollator(QLocale(loc)).sortKey)
    out["upper " + loc] = QLocale(loc).toUpper("istanbul ß")
    tz = QTimeZone(b"Asia/Shanghai")
    out["zone " + loc] = [tz.displayName(t, QTimeZone.LongName, QLocale(loc))
                          for t in (QTimeZone.StandardTime, QTimeZone.DaylightTime)]
for name, codec, text in (("GB18030", "gb18030", "回访登记表𠮷"), ("Big5", "big5", "回訪")):
    buffer = QBuffer()
    buffer.setData(QByteArray(f'<?xml version="1.0" encoding="{name}"?><a>{text}</a>'.encode(codec)))
    buffer.open(QBuffer.ReadOnly)
    reader, got = QXmlStreamReader(buffer), ""
    while not reader.atEnd():
        reader.readNext()
        got += reader.text() if reader.isCharacters() else ""
    out["xml " + name] = got
out["codecs"] = len(QStringConverter.availableCodecs())
out["icu"] = sorted({l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l})
print(json.dumps(out, ensure_ascii=False))
"""


def probe(preload: Path | None = None) -> dict:
    env = dict(os.environ)
    if preload:
        env["LD_PRELOAD"] = str(preload)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@linux_qt
def test_qt_answers_alike_with_the_shrunk_icu_data(shrunk_icu):
    full, shrunk = probe(), probe(preload=shrunk_icu)
    assert full.pop("icu") == [str(ICU_DATA[0])]
    assert shrunk.pop("icu") == [str(shrunk_icu)]  # the shrunk data was the one used
    assert shrunk == full
    # and the answers are ICU's, not a fallback's: pinyin order, Chinese names
    han = ["阿明", "曾国藩", "重庆", "李四", "欧阳修", "王五", "张三", "赵六", "周七"]
    assert full["sort zh_CN"][: len(han)] == han
    assert full["zone zh_CN"] == ["中国标准时间", "中国夏令时间"]
    assert full["zone en_US"] == ["China Standard Time", "China Daylight Time"]
    assert full["xml GB18030"] == "回访登记表𠮷"
    assert full["xml Big5"] == "回訪"
