#!/usr/bin/env python3
"""Developer commands that need nothing but Python 3.11+ on PATH.

    python3 dev.py demo            set up, then open the program on the demo database
    python3 dev.py test [ARGS]     set up, then run the whole test suite (pytest ARGS)
    python3 dev.py bench [ARGS]    set up, then run the benchmarks
    python3 dev.py translations    update the .ts sources and compile the .qm files
    python3 dev.py run [ARGS]      set up, then run rv-desktop ARGS

"Set up" makes ``.venv`` beside this file and installs the project with its
test extra into it; it is skipped when pyproject.toml has not changed since.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".rv_desktop-installed"
WINDOWS = os.name == "nt"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def venv_tool(name: str) -> Path:
    return VENV / ("Scripts" if WINDOWS else "bin") / (name + (".exe" if WINDOWS else ""))


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under any python3
        sys.exit("rv_desktop needs Python 3.11 or newer.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not venv_python().exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    print("Installing rv_desktop and its dependencies into .venv …", flush=True)
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def run(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def translations() -> int:
    ts_dir = ROOT / "resources" / "translations"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "rv_desktop").rglob("*.py"))
    # ui/*.ui: the Qt Designer forms of the fixed dialogs; their words are translated too
    sources += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    code = 0
    for ts in sorted(ts_dir.glob("*.ts")):
        # English needs only its plural forms ("%n page(s)" -> "1 page", "2 pages")
        english = ts.name.endswith("_en.ts")
        only = ["-pluralonly", "-target-language", "en"] if english else []
        code |= run(
            venv_tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *only,
            *sources,
            "-ts",
            ts,
        )
        if english:
            code |= run(venv_python(), ts_dir / "fill_en_plurals.py", ts)
        code |= run(venv_tool("pyside6-lrelease"), ts, "-qm", ts.with_suffix(".qm"))
    return code


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "bench", "translations", "run"}:
        print(__doc__)
        return 2
    setup()
    command, rest = argv[0], argv[1:]
    if command == "demo":
        return run(venv_python(), "-m", "rv_desktop", "--demo", *rest)
    if command == "run":
        return run(venv_python(), "-m", "rv_desktop", *rest)
    if command == "test":
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return run(venv_python(), "-m", "pytest", *rest, env=env)
    if command == "bench":
        return run(venv_python(), ROOT / "benchmarks" / "run.py", *rest)
    return translations()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
