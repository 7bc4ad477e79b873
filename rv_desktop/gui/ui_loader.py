"""Forms drawn in Qt Designer (``ui/*.ui``), built into a dialog when it opens.

The fixed dialogs' layouts and words live in ``ui/`` at the top of the
repository (``ui/settings.ui`` …); the installed package carries them as
``rv_desktop/ui`` and the PyInstaller bundle likewise, as with ``data/`` and
``resources/``. ``load_ui("backup_settings", self)`` builds the form into
``self``, which plays the form's top-level widget: the form's layout, title
and size become the dialog's, and every named child becomes an attribute of
``self`` named as in the form (``self.folder``), as ``uic.loadUi`` does.

Forms are read when the dialog is built, never at import time, so the main
window's start does not pay for them. Their strings are translated by Qt
with the form's class name as the context (``<class>`` in the .ui file, the
dialog's class name); ``pyside6-lupdate`` extracts them when the .ui files
are passed to it (``python3 dev.py translations``). Layouts that are
computed (the registration form's tabs from the field list, the board's
columns) stay in code: see docs/architecture.md.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

__all__ = ["load_ui", "ui_dir", "ui_file"]


def ui_dir() -> Path:
    """``rv_desktop/ui`` inside the installed package, ``ui/`` in the PyInstaller bundle
    (under ``rv_desktop/ui`` too), else ``ui/`` of the source tree."""
    packaged = Path(__file__).resolve().parent.parent / "ui"
    if packaged.is_dir():
        return packaged
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "rv_desktop" / "ui").is_dir():
        return Path(bundle) / "rv_desktop" / "ui"
    return Path(__file__).resolve().parents[2] / "ui"


def ui_file(name: str) -> Path:
    """The path of form ``name`` (``"backup_settings"`` → ``…/ui/backup_settings.ui``)."""
    return ui_dir() / f"{name}.ui"


class _IntoBase(QUiLoader):
    """Builds the form's top-level widget as ``base`` itself and its children under it."""

    def __init__(self, base: QWidget, custom: Mapping[str, Callable[[QWidget], QWidget]]):
        # QUiLoader's constructor loads every Qt Designer plugin of the library
        # paths: PySide6's wheels bring QtWebEngine's and QtQuick's (50 ms and
        # 30 MB on the first dialog). The forms use none: build it without them.
        paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])
        try:
            super().__init__(base)
        finally:
            QCoreApplication.setLibraryPaths(paths)
        self.base = base
        self.custom = custom

    def _bind(self, name: str, thing: object) -> None:
        if hasattr(type(self.base), name):  # a form's name would hide a method (layout, close)
            raise RuntimeError(f"{name!r} of the form hides {type(self.base).__name__}.{name}")
        setattr(self.base, name, thing)

    def createWidget(self, class_name: str, parent=None, name: str = "") -> QWidget:
        if parent is None:
            return self.base
        make = self.custom.get(class_name)
        widget = make(parent) if make else super().createWidget(class_name, parent, name)
        if make and name:
            widget.setObjectName(name)
        if name:
            self._bind(name, widget)
        return widget

    def createLayout(self, class_name: str, parent=None, name: str = ""):
        layout = super().createLayout(class_name, parent, name)
        if name:
            self._bind(name, layout)
        return layout


Custom = Iterable[type[QWidget]] | Mapping[str, Callable[[QWidget], QWidget]]


def load_ui(name: str, base: QWidget, custom: Custom = ()) -> QWidget:
    """Build ``ui/NAME.ui`` into ``base`` and return it.

    ``custom`` names the program's own widgets the form uses (promoted widgets
    in Designer): classes built as ``cls(parent=parent)`` (``OptionalDateEdit``),
    or a mapping of class name to a function of the parent, for a widget that
    needs more (``{"DateField": lambda parent: DateField(parent=parent)}``).
    A missing or broken form is a bug of the installation, not the clerk's: it
    raises ``RuntimeError``.
    """
    if not isinstance(custom, Mapping):
        custom = {cls.__name__: (lambda parent, cls=cls: cls(parent=parent)) for cls in custom}
    path = ui_file(name)
    device = QFile(str(path))
    if not device.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"form {name} not found: {path}")
    loader = _IntoBase(base, custom)
    try:
        built = loader.load(device, None)
    finally:
        device.close()
    if built is None:
        raise RuntimeError(f"form {path} could not be read: {loader.errorString()}")
    return base
