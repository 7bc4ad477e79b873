"""Where things live: the user's data folder, the shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "rv_desktop"
APP_AUTHOR = "rv_desktop"


def data_dir() -> Path:
    """The user's data folder (``%LOCALAPPDATA%\\rv_desktop`` on Windows).

    ``RV_DESKTOP_DATA_DIR`` moves it (tests, a portable copy on a stick).
    """
    override = os.environ.get("RV_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    return user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def default_database() -> Path:
    return data_dir() / "rv_desktop.sqlite"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite"


def backups_dir() -> Path:
    return data_dir() / "backups"


def resources_dir() -> Path:
    """``resources/`` inside a PyInstaller bundle, inside the installed package
    (``rv_desktop/resources``, from a wheel), or beside the package (a source tree)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def docs_dir() -> Path:
    """``docs/`` (the user guide and its images), beside the package or in the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"
