"""The domain and the services never import Qt; they run without a QApplication."""

from __future__ import annotations

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


def test_no_widget_module_touches_the_orm_directly():
    """Widgets call services; only domain and services import the models."""
    offenders = []
    for path in (PACKAGE / "gui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "domain.models import" in text or "from peewee" in text or "import peewee" in text:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
