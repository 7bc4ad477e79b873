"""The dialogs' forms drawn in Qt Designer (ui/*.ui), built by gui/ui_loader.py.

Issue 18: "Forms drawn in Qt Designer (ui/*.ui … loaded at run time with
QUiLoader; generated code is never committed) … Layouts that are computed
stay in code." The forms are read when a dialog opens, never at start; their
words are translated in the dialog's own context.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from rv_desktop.gui import ui_loader
from rv_desktop.gui.app import make_application

from .test_startup import _program_env, _seed

ROOT = Path(__file__).resolve().parent.parent.parent
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _loaders() -> dict[str, list[Path]]:
    """Form name -> the modules that call ``load_ui("name", ...)``."""
    found: dict[str, list[Path]] = {}
    for module in (ROOT / "rv_desktop").rglob("*.py"):
        if module.name == "ui_loader.py":  # its docstring's example
            continue
        for name in re.findall(r'load_ui\(\s*"([a-z_]+)"', module.read_text(encoding="utf-8")):
            found.setdefault(name, []).append(module)
    return found


def test_the_fixed_dialogs_are_forms():
    """At least the fixed dialogs of the issue have a form in ui/."""
    names = {form.stem for form in FORMS}
    wanted = {"backup_settings", "welcome", "office_dialog", "campaign", "assign", "restore"}
    wanted |= {"close_followup", "report", "import", "plan"}
    assert wanted <= names


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_every_form_is_loaded_by_the_class_it_is_named_after(form):
    """A form's strings are translated in the context of its <class>: that must be the
    class that loads it, so code and form share one context (and no form is orphaned)."""
    cls = ET.parse(form).getroot().findtext("class")
    modules = _loaders().get(form.stem)
    assert modules, f"nothing loads {form.name}"
    for module in modules:
        assert re.search(rf"^class {cls}\(", module.read_text(encoding="utf-8"), re.M), (
            f"{form.name}: <class>{cls}</class> is not a class of {module.name}"
        )


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_every_form_is_one_qt_designer_reads(form):
    """The forms are Designer's files, not a private dialect: pyside6-uic (Designer's own
    reader of .ui files) compiles each one."""
    uic = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    if uic is None:
        pytest.skip("pyside6-uic not installed")
    result = subprocess.run([uic, str(form)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "setupUi" in result.stdout


def test_no_generated_form_code_is_committed():
    """"generated code is never committed": no pyside6-uic output in the package."""
    generated = [
        p
        for p in (ROOT / "rv_desktop").rglob("*.py")
        if "generated from reading UI file" in p.read_text(encoding="utf-8")
    ]
    assert not generated


def test_a_form_is_built_into_the_dialog_with_its_named_widgets(qtbot, tmp_path):
    from rv_desktop.gui.dialogs.settings_dialog import BackupSettingsDialog

    dialog = BackupSettingsDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "BackupSettingsDialog"
    assert dialog.windowTitle() == "Backup settings"
    assert isinstance(dialog.folder, QLineEdit) and dialog.folder.parent() is not None
    assert dialog.folder.window() is dialog
    assert dialog.folder.placeholderText() == str(tmp_path)
    assert (dialog.keep.minimum(), dialog.keep.maximum()) == (1, 365)


def test_the_forms_speak_chinese_in_the_dialogs_context(qtbot, tmp_path):
    """The words drawn in a form go through Qt's translation like the code's."""
    from rv_desktop.gui.dialogs.settings_dialog import BackupSettingsDialog

    make_application("zh_CN")
    try:
        dialog = BackupSettingsDialog(tmp_path)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "备份设置"
        assert dialog.box.title() == "自动备份"
        assert dialog.last.text() == "尚无自动备份。"  # set by the code, same context
    finally:
        make_application("en")


def test_tab_goes_from_the_names_to_create_as_before(qtbot, tmp_path):
    """The welcome's order of keys is the order it had when built in code."""
    from rv_desktop.gui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(tmp_path / "office.sqlite")
    qtbot.addWidget(dialog)
    chain = [dialog.form.town]
    while len(chain) < 7:
        chain.append(chain[-1].nextInFocusChain())
        while not chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    form = dialog.form
    assert chain == [form.town, form.office, form.clerk, form.phone, dialog.demo_button,
                     dialog.close_button, dialog.create_button]  # fmt: skip


def test_a_missing_form_or_a_name_hiding_a_method_is_refused(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ui_loader, "ui_dir", lambda: tmp_path)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    with pytest.raises(RuntimeError, match="not found"):
        ui_loader.load_ui("nothing", dialog)
    (tmp_path / "bad.ui").write_text(
        '<ui version="4.0"><class>Bad</class><widget class="QDialog" name="Bad">'
        '<layout class="QVBoxLayout" name="main_layout"><item>'
        '<widget class="QPushButton" name="close"/></item></layout></widget></ui>',
        encoding="utf-8",
    )
    with pytest.raises(RuntimeError, match="hides"):
        ui_loader.load_ui("bad", QDialog())


_START_AND_LIST = """
import sys
from rv_desktop.cli import main
code = main(["--db", sys.argv[1], "--lang", "en"])
print("PySide6.QtUiTools" in sys.modules)
sys.exit(code)
"""


def _run(script: str, arg: Path, tmp_path: Path) -> str:
    """What ``python -c SCRIPT ARG`` prints, run as the program runs; it must succeed."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(arg)],
        env=_program_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_starting_the_window_reads_no_form(tmp_path, db_path):
    """"the main window must not load these at start, only when the dialog opens"."""
    _seed(db_path)
    out = _run(_START_AND_LIST, db_path, tmp_path)
    assert out.strip().splitlines()[-1] == "False", out


_OPEN_A_DIALOG = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QCoreApplication
app = QApplication([])
paths = QCoreApplication.libraryPaths()
from rv_desktop.gui.dialogs.settings_dialog import BackupSettingsDialog
dialog = BackupSettingsDialog(Path(sys.argv[1]))
maps = open("/proc/self/maps").read()
print(QCoreApplication.libraryPaths() == paths, "WebEngine" in maps or "Quick" in maps)
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps")
def test_opening_a_form_loads_no_designer_plugin(tmp_path):
    """QUiLoader would load every Qt Designer plugin (QtWebEngine's, QtQuick's) when built:
    the forms need none, and the library paths are left as they were."""
    out = _run(_OPEN_A_DIALOG, tmp_path, tmp_path)
    assert out.split() == ["True", "False"], out
