"""The PyInstaller bundle, built once per test session and run as a clerk's PC would.

``installer/build.py`` builds the one-folder bundle into a temporary folder
(about 40 s); the tests then run the bundled executables, offscreen, with no
Python of ours on the path: the version, a demo database, the check, a
printed form, and the window opening on the demo. Skipped only when
PyInstaller is not installed (it is in the ``test`` extra, so CI runs them).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rv_desktop import __version__

from .conftest import ROOT

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
)

EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--no-installer",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    folder = out / "dist" / "rv_desktop"
    assert (folder / f"rv-desktop{EXE}").is_file()
    return folder


def run(bundle: Path, *args: str, exe: str = "rv-desktop", env: dict | None = None):
    """Run a bundled executable from a neutral folder, without our Python on the path."""
    environment = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    environment.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", **(env or {}))
    return subprocess.run(
        [str(bundle / f"{exe}{EXE}"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=bundle.parent,
        env=environment,
        timeout=120,
    )


def test_the_bundled_program_says_its_version(bundle):
    result = run(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"rv-desktop {__version__}"
    console = run(bundle, "--version", exe="rv-desktop-cli")
    assert console.stdout.strip() == f"rv-desktop {__version__}"


def test_the_bundle_makes_a_demo_database_checks_it_and_prints_forms(bundle, tmp_path):
    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite"
    made = run(bundle, "demo-db", str(db), "--cases", "150")
    assert made.returncode == 0, made.stderr
    assert db.is_file()

    check = run(bundle, "--lang", "zh_CN", "check", "--db", str(db))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "数据库完好" in check.stdout  # the Chinese translation is in the bundle

    pdf = tmp_path / "forms.pdf"
    printed = run(bundle, "print-forms", "--db", str(db), "--out", str(pdf), exe="rv-desktop-cli")
    assert printed.returncode == 0, printed.stdout + printed.stderr
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    text = reader.pages[0].extract_text()
    assert "回访登记表" in text
    assert "填报单位" in text

    # the county's vocabulary (data/) is found in the bundle: Chinese labels, not codes
    cases = run(bundle, "--lang", "zh_CN", "cases", "--db", str(db), exe="rv-desktop-cli")
    assert cases.returncode == 0, cases.stdout + cases.stderr
    assert "交办" in cases.stdout and "provincial" not in cases.stdout


def test_the_bundle_reads_a_copiers_scan(bundle, tmp_path):
    """Issue 19: scan-forms in the bundle (pypdf, Pillow's JPEG, zxing-cpp) reads a
    copier's PDF (a JPEG a page) of printed forms, and reports the program's own
    print-out as not scanned."""
    import json

    from tests.services.scan_tools import as_pdf, render

    db = tmp_path / "demo.sqlite"
    assert run(bundle, "demo-db", str(db), "--cases", "30").returncode == 0
    printed = tmp_path / "forms.pdf"
    made = run(bundle, "print-forms", "--db", str(db), "--out", str(printed), exe="rv-desktop-cli")
    assert made.returncode == 0, made.stderr
    pages = [p.rotate(-1.5, expand=True, fillcolor=255) for p in render(printed, 200, count=4)]
    scans = as_pdf(pages, tmp_path / "scans.pdf", 200)
    args = ["scan-forms", "--db", str(db), str(scans), str(printed), "--dry-run", "--json"]
    result = run(bundle, *args, exe="rv-desktop-cli")
    assert result.returncode == 0, result.stdout + result.stderr
    read = json.loads(result.stdout)
    assert len(read["forms"]) == 2 and all(f["case_no"] for f in read["forms"])
    assert [f["pages"] for f in read["forms"]] == [[1, 2], [3, 4]]
    reasons = {u["reason"] for u in read["unreadable"]}
    assert len(reasons) == 1 and reasons.pop().startswith("not a scanned page")


def test_the_bundled_window_opens_on_the_demo(bundle, tmp_path):
    data = tmp_path / "data"
    result = run(
        bundle,
        "--demo",
        "--lang",
        "zh_CN",
        env={"RV_DESKTOP_DATA_DIR": str(data), "RV_DESKTOP_EXIT_WHEN_READY": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert (data / "demo.sqlite").is_file()


def test_the_bundle_carries_the_translations_and_the_guide_but_no_unused_qt(bundle):
    internal = bundle / "_internal"
    translations = internal / "resources" / "translations"
    assert (translations / "rv_desktop_zh_CN.qm").is_file()
    assert (translations / "qtbase_zh_CN.qm").is_file()  # Chinese standard buttons
    for name in ("vocabulary.toml", "plan.toml", "report.toml", "ledger.toml", "demo.toml"):
        assert (internal / "rv_desktop" / "data" / name).is_file(), name
    # the dialogs' forms, where rv_desktop.gui.ui_loader looks, and the module that reads them
    for form in (ROOT / "ui").glob("*.ui"):
        assert (internal / "rv_desktop" / "ui" / form.name).is_file(), form.name
    assert list((internal / "PySide6").glob("QtUiTools.*"))
    assert (internal / "docs" / "user-guide.md").is_file()
    assert (internal / "docs" / "user-guide.en.md").is_file()
    assert list((internal / "docs" / "images").glob("*.png"))
    names = {p.name for p in internal.rglob("*")}
    unused = [n for n in names if any(k in n for k in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D"))]
    assert not unused
    assert not [n for n in names if n.endswith(".ts")]  # translation sources stay home


def test_the_bundle_leaves_out_what_the_program_never_loads(bundle, capsys):
    internal = bundle / "_internal"
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    with capsys.disabled():  # the figure the issue asks for, in the test's output
        print(f"\nThe bundle: {size / 2**20:.0f} MiB ({size / 1e6:.0f} MB) unpacked")
    names = {p.name for p in files}
    # OpenSSL: no network, and hashlib has its own SHA-256
    assert not [n for n in names if n.startswith(("libcrypto", "libssl", "_hashlib", "_ssl"))]
    assert not [n for n in names if n.startswith("QtNetwork.")]  # the bindings only
    if sys.platform.startswith("linux"):
        assert (bundle / "rv-desktop-cli").is_symlink()
        (icu,) = (internal / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
        assert icu.stat().st_size < 15_000_000  # Chinese and English only (32 MB in full)
        assert not [n for n in names if n.startswith(("libgio-", "libgobject-", "libmount."))]
