#!/usr/bin/env python3
"""Build the program for people who do not install Python.

    python installer/build.py [--dist DIR] [--work DIR] [--no-installer] [--iscc PATH]

1. The PyInstaller bundle (``installer/rv_desktop.spec``), for the machine it
   runs on: ``DIST/rv_desktop/`` with ``rv-desktop`` (windowed) and
   ``rv-desktop-cli`` (console) beside ``_internal/``.
2. On Windows, the setup program ``DIST/rv_desktop-setup-VERSION.exe`` with
   Inno Setup 6.3 or later (``ISCC.exe``: ``--iscc``, the ``ISCC`` environment
   variable, PATH, or the usual install folders). When Inno Setup is missing
   the bundle is still built and the script says so; ``--require-installer``
   makes that an error (exit 3).

Run it with the Python that has the project and its ``build`` extra
installed (``pip install -e .[build]``). Exit codes: 0 built, 1 PyInstaller
failed, 3 the installer was required but could not be made.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "rv_desktop.spec"
ISS = ROOT / "installer" / "rv_desktop.iss"
BUNDLE_NAME = "rv_desktop"
WINDOWS = sys.platform == "win32"
INNO_DOWNLOAD = "https://jrsoftware.org/isdl.php"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(dist: Path, work: Path, quiet: bool = False) -> Path:
    """Run PyInstaller on the spec; return the bundle folder. Raises CalledProcessError."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    if quiet:
        command += ["--log-level", "WARN"]
    subprocess.run([*command, str(SPEC)], cwd=ROOT, check=True)
    return dist / BUNDLE_NAME


def find_iscc(explicit: str | None = None) -> Path | None:
    """ISCC.exe of Inno Setup 6, or None."""
    candidates: list[str | None] = [explicit, os.environ.get("ISCC"), shutil.which("iscc")]
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if root:
            sub = "Programs/Inno Setup 6" if base == "LOCALAPPDATA" else "Inno Setup 6"
            candidates.append(str(Path(root) / sub / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def build_installer(iscc: Path, bundle: Path, out_dir: Path) -> Path:
    """Compile the Inno Setup script around ``bundle``; return the setup .exe."""
    ver = version()
    subprocess.run(
        [
            str(iscc),
            f"/DAppVersion={ver}",
            f"/DBundleDir={bundle}",
            f"/DOutputDir={out_dir}",
            str(ISS),
        ],
        cwd=ISS.parent,
        check=True,
    )
    return out_dir / f"rv_desktop-setup-{ver}.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder"
    )
    parser.add_argument("--no-installer", action="store_true", help="build the bundle only")
    parser.add_argument(
        "--require-installer",
        action="store_true",
        help="fail (exit 3) when the Inno Setup installer cannot be made",
    )
    parser.add_argument("--iscc", metavar="PATH", help="Inno Setup's ISCC.exe")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller warnings only")
    args = parser.parse_args(argv)

    started = time.monotonic()
    try:
        bundle = build_bundle(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    except subprocess.CalledProcessError as exc:
        print(f"PyInstaller failed (exit {exc.returncode}).", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    size = folder_size(bundle) / 1e6
    print(f"Bundle: {bundle} ({size:.0f} MB unpacked, built in {seconds:.0f} s)")

    if args.no_installer:
        return 0
    missing = None
    if not WINDOWS:
        missing = (
            "Inno Setup runs on Windows only: the installer was not built here. "
            "Run this script on Windows to make it."
        )
    else:
        iscc = find_iscc(args.iscc)
        if iscc is None:
            missing = (
                "Inno Setup was not found (ISCC.exe): the installer was not built.\n"
                f"Install Inno Setup 6.3 or later from {INNO_DOWNLOAD}, then run this "
                "script again, or pass --iscc PATH\\ISCC.exe (or set ISCC)."
            )
    if missing:
        print(missing, file=sys.stderr)
        return 3 if args.require_installer else 0
    try:
        setup = build_installer(iscc, bundle, args.dist.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"Inno Setup failed (exit {exc.returncode}).", file=sys.stderr)
        return 3
    print(f"Installer: {setup} ({setup.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
