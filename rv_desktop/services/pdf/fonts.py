"""Finding, registering and checking the Chinese fonts of printed documents.

Every PDF the program writes embeds a TrueType font (subset), so it prints
the same on any printer and opens in any viewer. ``find_fonts`` looks for
one in this order:

1. the font file the clerk chose in the settings (``font_file``), when it is
   usable: an explicit choice wins over the defaults;
2. the standard Windows fonts (``C:\\Windows\\Fonts`` and the user's own
   ``%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts``): SimSun (宋体, ``simsun.ttc``
   subfont 0) for body text, SimHei (黑体) for titles, Microsoft YaHei as a
   fallback;
3. common Linux CJK fonts under ``/usr/share/fonts`` and the user's font
   folders, found by file name: AR PL UMing (a 宋体 look-alike), WenQuanYi
   Zen Hei and Micro Hei, Droid Sans Fallback.

A candidate is refused, and the next one tried, when reportlab cannot load it
(PostScript/CFF outlines such as Noto Sans CJK, a damaged file) or when it
lacks common Chinese characters (a Latin font chosen by mistake). When none
is left, ``FontMissing`` says so plainly and how to fix it; nothing is ever
printed with boxes in place of characters. ``missing_characters`` reports the
rare characters of names (㛃, 堃 ...) that the chosen font lacks, before
anything is printed.

``RV_DESKTOP_FONT_DIRS`` (folders separated by ``os.pathsep``) replaces the
standard folders; tests and support staff use it to see what happens on a
machine without fonts.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...domain import vocabulary
from ...domain.errors import QT_TRANSLATE_NOOP, UserError

__all__ = [
    "FONT_DIRS_ENV",
    "FontMissing",
    "FontSet",
    "find_fonts",
    "missing_characters",
    "register_font",
    "replace_missing",
]

FONT_DIRS_ENV = "RV_DESKTOP_FONT_DIRS"

# Characters every usable font must have: words of the printed forms and tables.
PROBE = "".join(
    [
        *(text for _code, text in vocabulary.choices("satisfaction")),
        vocabulary.table("statistics")["summary.title"].format(campaign=""),
        vocabulary.table("common")["signoff.date"],
        vocabulary.table("cases")["col.case_no"],
    ]
)

# Body fonts by file name, best first, with the subfont index of a collection.
BODY_FONTS: tuple[tuple[str, int], ...] = (
    ("simsun.ttc", 0),  # 宋体
    ("simsun.ttf", 0),
    ("msyh.ttc", 0),  # 微软雅黑
    ("msyh.ttf", 0),
    ("simhei.ttf", 0),
    ("simkai.ttf", 0),
    ("simfang.ttf", 0),
    ("uming.ttc", 0),  # AR PL UMing, 明体 like 宋体
    ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
    ("ukai.ttc", 0),
    ("droidsansfallbackfull.ttf", 0),
    ("droidsansfallback.ttf", 0),
)

# Title fonts (黑体 style), best first; the body font when none is found.
TITLE_FONTS: tuple[tuple[str, int], ...] = (
    ("simhei.ttf", 0),  # 黑体
    ("msyhbd.ttc", 0),
    ("msyhbd.ttf", 0),
    ("msyh.ttc", 0),
    ("msyh.ttf", 0),
    ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
)


class FontMissing(UserError):  # noqa: N818 - the name the issue uses
    """No usable Chinese font: the document cannot be printed correctly."""

    def __init__(self, searched: Sequence[str] = (), chosen: str | None = None):
        super().__init__(
            "font_missing",
            QT_TRANSLATE_NOOP(
                "UserError",
                "No Chinese font was found, so the document cannot be printed. "
                "Install the SimSun (宋体) font, or choose a Chinese TrueType font file "
                "(.ttf or .ttc) in the settings.",
            ),
            searched=", ".join(searched),
            chosen=chosen or "",
        )


@dataclass(frozen=True)
class FontSet:
    """The registered reportlab font names for body text and titles.

    ``title_is_body`` says the title has no font of its own (no 黑体 found):
    the renderer then thickens the body font's strokes for titles.
    """

    body: str
    title: str
    body_path: Path
    title_path: Path
    title_is_body: bool = False

    @property
    def body_font(self) -> TTFont:
        return pdfmetrics.getFont(self.body)

    def missing(self, text: str) -> set[str]:
        """Characters of ``text`` the body font cannot print."""
        return missing_characters(text, self.body)


_lock = threading.Lock()
_registered: dict[tuple[str, int], str] = {}
_refused: dict[tuple[str, int], str] = {}


def register_font(path: str | os.PathLike, subfont: int = 0) -> str | None:
    """Register a TrueType font (or one face of a collection) with reportlab.

    Returns its reportlab name, or None when the file cannot be used
    (missing, damaged, PostScript outlines). The result is remembered.
    """
    key = (os.path.normcase(os.path.abspath(path)), subfont)
    with _lock:
        if key in _registered:
            return _registered[key]
        if key in _refused:
            return None
        # the stem names it in pdffonts; the count keeps two files of one name apart
        name = f"RV-{Path(path).stem}-{subfont}-{len(_registered) + len(_refused)}"
        try:
            font = TTFont(name, str(path), subfontIndex=subfont)
        except Exception as exc:  # noqa: BLE001 - any failure means: try the next font
            _refused[key] = str(exc)
            return None
        pdfmetrics.registerFont(font)
        _registered[key] = name
        return name


def missing_characters(text: str | None, font: str | TTFont) -> set[str]:
    """The characters of ``text`` that ``font`` has no glyph for.

    White space and control characters are ignored (they are never drawn).
    """
    if not text:
        return set()
    if isinstance(font, str):
        font = pdfmetrics.getFont(font)
    cmap = font.face.charToGlyph
    return {ch for ch in set(text) if ord(ch) not in cmap and not _invisible(ch)}


def replace_missing(text: str, font: str | TTFont, placeholder: str = "\uff3f") -> str:
    """``text`` with every missing character replaced by ``placeholder``.

    The default is a full-width low line (＿): a gap to write the character
    in by hand, never a box that looks like a character.
    """
    missing = missing_characters(text, font)
    if not missing:
        return text
    if isinstance(font, str):
        font = pdfmetrics.getFont(font)
    if ord(placeholder) not in font.face.charToGlyph:
        placeholder = "_"
    return "".join(placeholder if ch in missing else ch for ch in text)


def _invisible(ch: str) -> bool:
    return ch.isspace() or ord(ch) < 32 or ch in "\u200b\u200c\u200d\ufeff"


def default_font_dirs() -> list[Path]:
    """The folders searched for fonts, Windows ones first."""
    env = os.environ.get(FONT_DIRS_ENV)
    if env is not None:
        return [Path(p) for p in env.split(os.pathsep) if p]
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    elif sys.platform == "win32":
        dirs.append(Path("C:/Windows/Fonts"))
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    dirs += [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
    ]
    return dirs


def _index(dirs: Iterable[Path]) -> dict[str, Path]:
    """Font files by lower-case file name; the first folder wins."""
    found: dict[str, Path] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _subdirs, files in os.walk(folder):
            for name in files:
                found.setdefault(name.lower(), Path(root) / name)
    return found


def _usable(path: Path, subfont: int, probe: str) -> str | None:
    name = register_font(path, subfont)
    if name is None or missing_characters(probe, name):
        return None
    return name


def find_fonts(
    font_file: str | os.PathLike | None = None,
    search_dirs: Sequence[str | os.PathLike] | None = None,
    probe: str = PROBE,
) -> FontSet:
    """The fonts to print with; raises ``FontMissing`` when there is none.

    ``font_file`` is the clerk's choice (``path`` or ``path#index`` for a
    face of a collection other than the first); ``search_dirs`` replaces
    the standard font folders (see ``default_font_dirs``).
    """
    dirs = [Path(d) for d in search_dirs] if search_dirs is not None else default_font_dirs()
    index = _index(dirs)
    body: tuple[str, Path] | None = None
    title: tuple[str, Path] | None = None
    if font_file:
        path, subfont = _split_subfont(str(font_file))
        name = _usable(path, subfont, probe)
        if name is not None:
            body = (name, path)
    for filename, subfont in BODY_FONTS if body is None else ():
        path = index.get(filename)
        if path is not None and (name := _usable(path, subfont, probe)):
            body = (name, path)
            break
    if body is None:
        raise FontMissing([str(d) for d in dirs], str(font_file) if font_file else None)
    for filename, subfont in TITLE_FONTS:
        path = index.get(filename)
        if path is not None and (name := _usable(path, subfont, probe)):
            title = (name, path)
            break
    if title is None:
        title = body
    return FontSet(body[0], title[0], body[1], title[1], title_is_body=title[0] == body[0])


def _split_subfont(spec: str) -> tuple[Path, int]:
    """``C:/fonts/x.ttc#1`` → (path, 1); a plain path is subfont 0."""
    head, sep, tail = spec.rpartition("#")
    if sep and tail.isdigit():
        return Path(head), int(tail)
    return Path(spec), 0
