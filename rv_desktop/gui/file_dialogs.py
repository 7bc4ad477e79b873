"""Where to write or what to read: the one way the window asks for a file.

Both start in the last folder used (``window_state.LAST_FOLDER``) unless told
otherwise, and remember the folder of the file chosen. ``None`` when the clerk
cancels.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from . import window_state


def last_folder(default: Path | None = None) -> Path:
    return Path(str(window_state.value(window_state.LAST_FOLDER, str(default or Path.home()))))


def _chosen(name: str) -> Path | None:
    if not name:
        return None
    window_state.set_value(window_state.LAST_FOLDER, str(Path(name).parent))
    return Path(name)


def ask_save_path(
    parent: QWidget,
    caption: str,
    name: str,
    pattern: str,
    suffix: str = "",
    folder: Path | None = None,
) -> Path | None:
    """Ask where to save a file proposed as ``name``; ``suffix`` is added when the
    clerk types a name without it."""
    start = folder if folder is not None else last_folder()
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start / name), pattern)
    if path and suffix and not path.lower().endswith(suffix.lower()):
        path += suffix
    return _chosen(path)


def ask_open_path(
    parent: QWidget, caption: str, pattern: str, folder: Path | None = None
) -> Path | None:
    """Ask which file to open."""
    start = folder if folder is not None else last_folder()
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(start), pattern)
    return _chosen(path)


def safe_file_name(text: str, default: str) -> str:
    """``text`` fit for a file name on Windows: quotes dropped, reserved characters replaced."""
    text = re.sub(r'["“”]', "", text)
    return re.sub(r"[<>:/\\|?*]+", "_", text).strip() or default
