"""Ledgers in the old formats, made the way the clerks' machines make them: an .xlsx
converted by LibreOffice (``soffice --convert-to``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

#: a test that converts with LibreOffice is skipped where it is not installed
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def convert(source: Path, fmt: str, out: Path, profile: Path) -> Path:
    """``source`` converted to ``fmt`` (xls, ods) in the folder ``out``. LibreOffice runs
    with the profile folder ``profile`` of its own, so one already running for someone
    else neither takes the job nor blocks it."""
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = Path(out) / f"{Path(source).stem}.{fmt}"
    assert converted.is_file(), f"soffice made no .{fmt}"
    return converted
