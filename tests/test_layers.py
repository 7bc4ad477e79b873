"""The layers: the domain and the services never import Qt (they run without a
QApplication), and import-linter's contracts (pyproject.toml) hold."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "rv_desktop"


def _modules(folder: str) -> list[str]:
    return sorted(
        "rv_desktop." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in (PACKAGE / folder).rglob("*.py")
        if p.name != "__init__.py"
    )


def test_domain_and_services_do_not_import_qt():
    modules = _modules("domain") + _modules("services")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt imported by domain/services: {result.stdout}"


def test_the_layers_contracts_hold():
    """domain <- services <- gui / cli; nothing in domain or services imports PySide6;
    the GUI never imports rv_desktop.domain.models (nor peewee). The contracts are
    pyproject.toml's [tool.importlinter]; lint-imports' report says what broke them."""
    lint = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    if not lint.exists():
        lint = shutil.which("lint-imports")
    assert lint, "pip install import-linter (the test extra)"
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    result = subprocess.run(
        [str(lint), "--no-cache"], capture_output=True, text=True, cwd=PACKAGE.parent, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
