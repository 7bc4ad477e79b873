"""Page images from scanned files, one at a time, within bounds.

A copier writes one PDF a stack (one image a page, taken out as it is
stored: ``pdf_pages``, no rendering); a phone or a scanner writes PNG, JPEG
or a multi-page TIFF. Every page is yielded as a greyscale
Pillow image and dropped before the next is read, so a 1,000-page PDF takes
the memory of one page. A hostile or broken file cannot make the reader
allocate without bound: the file's size and each page's pixel count are
checked before decoding.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ...domain.errors import QT_TRANSLATE_NOOP

__all__ = ["MAX_FILE_BYTES", "MAX_PIXELS", "SourcePage", "pages_of"]

#: the largest file read (a 1,000-page copier PDF at 300 dpi is ~300 MB)
MAX_FILE_BYTES = 1 << 30
#: the most pixels a page may have: A4 at 600 dpi is 35 Mpx
MAX_PIXELS = 40_000_000


@dataclass
class SourcePage:
    """One page of a file: its image ("L"), or the reason it could not be read."""

    file: str
    page: int  # from 1
    image: Image.Image | None = None
    reason: str | None = None


def _bad(file: str, page: int, reason: str) -> SourcePage:
    return SourcePage(file, page, None, reason)


def pages_of(path: Path) -> Iterator[SourcePage]:
    """The pages of ``path``, one at a time (each image is the caller's until the next)."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError:
        yield _bad(name, 0, QT_TRANSLATE_NOOP("scan", "the file cannot be read"))
        return
    if size > MAX_FILE_BYTES:
        yield _bad(name, 0, QT_TRANSLATE_NOOP("scan", "the file is larger than 1 GB"))
        return
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"%PDF"):
        yield from _pdf_pages(path)
    else:
        yield from _image_pages(path)


def _pdf_pages(path: Path) -> Iterator[SourcePage]:
    """A copier's PDF: each page's own image, taken out as stored (pdf_pages.py)."""
    from .pdf_pages import pdf_images

    name = str(path)
    for number, image, reason in pdf_images(path, MAX_PIXELS):
        yield SourcePage(name, number, image, reason)


def _image_pages(path: Path) -> Iterator[SourcePage]:
    name = str(path)
    try:
        image = Image.open(path)
    except (OSError, Image.DecompressionBombError, ValueError):
        yield _bad(name, 0, QT_TRANSLATE_NOOP("scan", "the file is neither a PDF nor an image"))
        return
    with image:
        frames = getattr(image, "n_frames", 1)
        for index in range(frames):
            try:
                image.seek(index)
                if image.width * image.height > MAX_PIXELS:
                    yield _bad(
                        name, index + 1, QT_TRANSLATE_NOOP("scan", "the page has too many pixels")
                    )
                    continue
                page = image.convert("L")
            except (OSError, ValueError, Image.DecompressionBombError):
                yield _bad(
                    name, index + 1, QT_TRANSLATE_NOOP("scan", "the page's image is damaged")
                )
                continue
            yield SourcePage(name, index + 1, page)
