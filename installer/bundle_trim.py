"""Helpers of ``rv_desktop.spec`` that make the Linux bundle smaller.

Two things PyInstaller cannot do by itself:

* ``unneeded_libraries``: the system libraries that were collected only for
  Qt plugins the spec drops afterwards (the GTK theme, the TIFF plugin...).
  A library no kept binary names in its ``DT_NEEDED`` entries is loaded by
  nobody; if a system library outside the bundle needs it, the system has it.
* ``shrink_icu_data``: Qt's ``libicudata`` (32 MB) holds ICU's data for 800
  locales. Qt Core is the only user of ICU in the bundle, and it calls it for
  collation, time-zone names, case mapping and character-set conversion
  only. The shrunk copy keeps everything but the locale bundles of languages
  other than English and Chinese, the break-iteration dictionaries and the
  transliterators (about 10 MB instead of 32); ICU falls back to its root
  locale for any other language, as it does for a locale it does not know.

Pure Python apart from ``as`` and ``ld`` (binutils, which PyInstaller needs on
Linux anyway for stripping) to wrap the shrunk data into a shared library.
"""

from __future__ import annotations

import bisect
import mmap
import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

# --- ELF ----------------------------------------------------------------------

_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NULL, _DT_NEEDED, _DT_STRTAB = 0, 1, 5
_SHT_DYNSYM = 11


class _Elf:
    """The few fields of an ELF file this module reads (either class and byte order)."""

    def __init__(self, data):
        if data[:4] != b"\x7fELF":
            raise ValueError("not an ELF file")
        self.data = data
        self.wide = data[4] == 2  # ELFCLASS64
        self.order = "<" if data[5] == 1 else ">"
        if self.wide:
            self.phoff, self.shoff = self.unpack("QQ", 0x20)
            self.phentsize, self.phnum, self.shentsize, self.shnum = self.unpack("HHHH", 0x36)
        else:
            self.phoff, self.shoff = self.unpack("II", 0x1C)
            self.phentsize, self.phnum, self.shentsize, self.shnum = self.unpack("HHHH", 0x2A)

    def unpack(self, fmt: str, offset: int):
        return struct.unpack_from(self.order + fmt, self.data, offset)

    def segments(self):
        """(type, file offset, virtual address, size in the file) of each program header."""
        for i in range(self.phnum):
            at = self.phoff + i * self.phentsize
            if self.wide:
                kind, _flags, offset, vaddr, _paddr, filesz = self.unpack("IIQQQQ", at)
            else:
                kind, offset, vaddr, _paddr, filesz = self.unpack("IIIII", at)
            yield kind, offset, vaddr, filesz

    def sections(self):
        """(type, file offset, size, link) of each section header."""
        for i in range(self.shnum):
            at = self.shoff + i * self.shentsize
            if self.wide:
                _name, kind, _flags, _addr, offset, size, link = self.unpack("IIQQQQI", at)
            else:
                _name, kind, _flags, _addr, offset, size, link = self.unpack("IIIIIII", at)
            yield kind, offset, size, link

    def string(self, offset: int) -> str:
        return bytes(self.data[offset : self.data.find(b"\0", offset)]).decode()

    def file_offset(self, vaddr: int) -> int:
        for kind, offset, start, size in self.segments():
            if kind == _PT_LOAD and start <= vaddr < start + size:
                return offset + vaddr - start
        raise ValueError(f"address {vaddr:#x} is in no loaded segment")


def _open_elf(path: Path):
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def needed_libraries(path: str | Path) -> list[str]:
    """The ``DT_NEEDED`` names of an ELF binary (what the loader loads with it); [] if not ELF."""
    with _open_elf(Path(path)) as data:
        try:
            elf = _Elf(data)
        except ValueError:
            return []
        entry = "qq" if elf.wide else "ii"
        step = struct.calcsize(entry)
        for kind, offset, _vaddr, size in elf.segments():
            if kind != _PT_DYNAMIC:
                continue
            tags = [elf.unpack(entry, at) for at in range(offset, offset + size, step)]
            tags = tags[: next((i for i, (t, _) in enumerate(tags) if t == _DT_NULL), len(tags))]
            strtab = elf.file_offset(next(v for t, v in tags if t == _DT_STRTAB))
            return [elf.string(strtab + v) for t, v in tags if t == _DT_NEEDED]
        return []


def unneeded_libraries(binaries: Iterable[tuple[str, str, str]]) -> set[str]:
    """Destinations of the top-level shared libraries in a PyInstaller binaries
    TOC that no other binary of it needs, directly or through one another.

    Only libraries at the top of the bundle (where PyInstaller puts the system
    libraries it collects as dependencies) are candidates, but for libpython,
    which the bootloader opens; Python extensions, Qt plugins and anything in
    a package folder are what the program loads by itself and stay.
    """
    entries = list(binaries)
    needs = {dest.replace("\\", "/"): set(needed_libraries(src)) for dest, src, _ in entries}
    candidates = {
        dest
        for dest in needs
        if "/" not in dest
        and re.match(r"lib.*\.so(\.|$)", dest)
        and not dest.startswith("libpython")  # the bootloader loads it
    }
    dropped: set[str] = set()
    while True:
        wanted = set().union(*(n for dest, n in needs.items() if dest not in dropped))
        more = {dest for dest in candidates - dropped if dest not in wanted}
        if not more:
            return dropped
        dropped |= more


# --- ICU data -------------------------------------------------------------------

# ICU services Qt never calls (it calls collation, time-zone names, case mapping
# and converters only): break iteration with its dictionaries (3.4 MB) and
# transliteration (1.1 MB).
ICU_DROPPED_TREES = ("brkitr", "translit")
# Locale bundles kept: the program speaks Chinese and English (and Hong Kong
# Chinese's number spelling refers to Cantonese's).
ICU_KEPT_LANGUAGES = ("en", "zh", "yue")
# A locale bundle's name: language, optional script, region and variant
# (``zh``, ``zh_Hans_CN``, ``en_US_POSIX``, ``es_419``, ``de__PHONEBOOK``);
# ``root``, ``pool``, ``res_index`` and the supplemental data do not match.
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Z][a-z]{3})?(_([A-Z]{2}|[0-9]{3})?)?(_[A-Z0-9]+)?$")
_ALIGN = 16  # ICU's data items are 16-byte aligned in a package


def icu_items(package: bytes) -> list[tuple[str, bytes]]:
    """(name, bytes) of each item of an ICU common data package (``CmnD``), in order."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD" or package[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    starts = sorted(header_size + data for _, data in toc) + [len(package)]
    items = []
    for name_at, data_at in toc:
        start = header_size + data_at
        end = starts[bisect.bisect_right(starts, start)]
        name_at += header_size
        name = package[name_at : package.index(b"\0", name_at)].decode("ascii")
        items.append((name, package[start:end]))
    return items


def icu_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of ``items`` behind ``header`` (the original's)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first = -(-(toc_size + len(names)) // _ALIGN) * _ALIGN  # rounded up
    # the TOC's offsets count from the end of the header; keep the items aligned
    # to 16 bytes from the start of the package
    first += (-(len(header) + first)) % _ALIGN
    toc = [struct.pack("<I", len(items))]
    name_at, data_at, body = toc_size, first, []
    for name, data in items:
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = data + b"\0" * (-len(data) % _ALIGN)
        body.append(padded)
        data_at += len(padded)
    table = b"".join(toc) + names
    return header + table + b"\0" * (first - len(table)) + b"".join(body)


def keep_icu_item(name: str) -> bool:
    """Whether the shrunk ICU data keeps item ``name`` (``icudt73l/coll/zh.res``)."""
    parts = name.split("/")[1:]
    if len(parts) > 1 and parts[0] in ICU_DROPPED_TREES:
        return False
    stem, _, extension = parts[-1].rpartition(".")
    locale = _LOCALE.match(stem) if extension == "res" else None
    return locale is None or locale.group(1) in ICU_KEPT_LANGUAGES


def _data_symbol(elf: _Elf, name: str) -> tuple[int, int]:
    """(file offset, size) of the exported object ``name`` of a shared library."""
    sections = list(elf.sections())
    for kind, offset, size, link in sections:
        if kind != _SHT_DYNSYM:
            continue
        strings = sections[link][1]
        entry = 24 if elf.wide else 16
        for at in range(offset, offset + size, entry):
            if elf.wide:
                name_at, _info, _other, _shndx, value, length = elf.unpack("IBBHQQ", at)
            else:
                name_at, value, length = elf.unpack("III", at)
            if elf.string(strings + name_at) == name:
                return elf.file_offset(value), length
    raise ValueError(f"{name} is not exported")


def shrink_icu_data(library: str | Path, workdir: str | Path) -> Path | None:
    """Write ``workdir/libicudata.so.NN``: ``library`` (Qt's ICU data library)
    with the data ``keep_icu_item`` keeps. Returns None, and the caller keeps the
    original, when the library is not what this expects or binutils is missing.
    """
    library, workdir = Path(library), Path(workdir)
    found = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    tools = [shutil.which("as"), shutil.which("ld")]
    if not found or None in tools:
        return None
    symbol = f"icudt{found.group(1)}_dat"
    try:
        with _open_elf(library) as data:
            elf = _Elf(data)
            if elf.order != "<":
                return None
            offset, size = _data_symbol(elf, symbol)
            package = bytes(data[offset : offset + size])
        items = icu_items(package)
    except (ValueError, struct.error, StopIteration, IndexError):
        return None
    header_size = struct.unpack_from("<H", package, 0)[0]
    shrunk = icu_package(package[:header_size], [i for i in items if keep_icu_item(i[0])])

    workdir.mkdir(parents=True, exist_ok=True)
    dat = workdir / f"icudt{found.group(1)}l.dat"
    dat.write_bytes(shrunk)
    source = workdir / "icudata.s"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.balign {_ALIGN}\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol} STT_OBJECT\n"
        f"{symbol}:\n"
        f'\t.incbin "{dat.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",%progbits\n'
    )
    out = workdir / library.name
    try:
        subprocess.run([tools[0], "-o", "icudata.o", source.name], cwd=workdir, check=True)
        subprocess.run(
            [tools[1], "-shared", "-soname", library.name, "-o", out.name, "icudata.o"],
            cwd=workdir,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out
