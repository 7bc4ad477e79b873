"""The installed program finds its data: data/, resources/ and ui/ travel inside the wheel.

"data/ stays at the top level, as the design card says, and is mapped into
the installed package and the PyInstaller bundle: a test builds a plain
(non-editable) wheel, installs it in a fresh environment and checks that the
vocabulary is found." The same holds for ui/, the forms drawn in Qt Designer
(issue 18: "ui/ must be found when installed and in the PyInstaller bundle").
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_in_pyproject():
    """A new sub-package not named in pyproject.toml would be missing from the wheel."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "rv_desktop").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_the_pyinstaller_spec_ships_data():
    spec = (ROOT / "installer" / "rv_desktop.spec").read_text()
    assert '"rv_desktop/data"' in spec
    assert '"rv_desktop/ui"' in spec, "the forms (ui/*.ui) must travel in the bundle"
    used, excluded = spec.split("QT_EXCLUDED = [", 1)
    assert '"PySide6.QtUiTools"' in used, "QUiLoader reads the forms"
    assert '"PySide6.QtUiTools"' not in excluded.split("]", 1)[0]


def test_an_installed_wheel_finds_vocabulary_and_translations(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(wheels)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("rv_desktop-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "rv_desktop/data/vocabulary.toml" in names
    assert "rv_desktop/resources/translations/rv_desktop_zh_CN.qm" in names
    forms = sorted(p.name for p in (ROOT / "ui").glob("*.ui"))
    assert forms and all(f"rv_desktop/ui/{name}" in names for name in forms)

    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        cwd=tmp_path,
    )
    # The dependencies (PySide6, peewee ...) come from this environment's
    # site-packages, added as a plain path: its .pth files (the editable
    # install of the source tree) are not run, so rv_desktop comes from the wheel.
    (site / "shared_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    script = (
        "import rv_desktop, pathlib\n"
        "from rv_desktop.domain import vocabulary\n"
        "from rv_desktop.paths import translations_dir\n"
        "print(pathlib.Path(rv_desktop.__file__).parent)\n"
        "print(vocabulary.data_dir())\n"
        "print(vocabulary.label('method', 'office', 'zh_CN'))\n"
        "print((translations_dir() / 'rv_desktop_zh_CN.qm').is_file())\n"
        "from PySide6.QtWidgets import QApplication, QDialog\n"
        "from rv_desktop.gui.ui_loader import load_ui, ui_file\n"
        "app = QApplication([])\n"
        "dialog = load_ui('backup_settings', QDialog())\n"
        "print(ui_file('backup_settings'))\n"
        "print(type(dialog.keep).__name__, dialog.keep.maximum())\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"

    def installed(*args: str) -> str:
        """What the installed program prints, run from outside the source tree."""
        return subprocess.run(
            [str(python), *args],
            check=True,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            encoding="utf-8",
        ).stdout

    package, data, office, qm, form, keep = installed("-c", script).splitlines()
    assert Path(package).is_relative_to(site), "rv_desktop must come from the wheel"
    assert Path(data) == Path(package) / "data"
    assert office == "来访面谈"
    assert qm == "True"
    # a dialog's form is read from the installed package and built
    assert Path(form) == Path(package) / "ui" / "backup_settings.ui"
    assert keep == "QSpinBox 365"
    # the command line speaks Chinese: the translations were found and loaded
    helptext = installed("-m", "rv_desktop", "--lang", "zh_CN", "--help")
    assert "语言" in helptext or "数据库" in helptext, helptext
