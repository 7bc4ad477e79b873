"""PDF documents: the registration forms and the printed tables, with reportlab.

Every document embeds a Chinese TrueType font found by ``fonts.find_fonts``
and is written to a temporary file that replaces the target only when
complete. No Qt here: the GUI previews and prints the PDF files these
functions write.
"""

from __future__ import annotations

from reportlab import rl_config

from .fonts import FontMissing, FontSet, find_fonts, missing_characters
from .registration_form import (
    FormRenderError,
    MissingCharacters,
    RenderResult,
    render_forms,
)
from .tables import TableError, TableResult, render_table

# Our PDFs are binary files: ASCII85-encoding their streams only makes them a
# quarter larger and slower to write.
rl_config.useA85 = 0

__all__ = [
    "FontMissing",
    "FontSet",
    "FormRenderError",
    "MissingCharacters",
    "RenderResult",
    "TableError",
    "TableResult",
    "find_fonts",
    "missing_characters",
    "render_forms",
    "render_table",
]
