"""Every subcommand on the error paths, as a script or a county IT person meets them.

Real subprocesses with no display at all (no ``DISPLAY``, no
``QT_QPA_PLATFORM``): the command line must parse and run without one. Each
subcommand gets ``--help``, a database file that does not exist, a folder
where the file is expected, and a damaged database. The issue: "exit 2 (or 1
for check finding problems; check --json prints JSON in every case), a
message in the chosen language, no traceback, no file created".
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: what each subcommand needs besides --db for argparse to let it through;
#: {out} is a folder that does not exist (nothing may appear there either)
EXTRA_ARGS: dict[str, list[str]] = {
    "init": [],
    "check": ["--json"],
    "import-ledger": ["{out}/台账.xlsx"],
    "cases": [],
    "print-forms": ["--out", "{out}/forms.pdf"],
    "print": ["--out", "{out}/p.pdf", "--document", "assignment"],
    "office": [],
    "backup": ["--out", "{out}/bk"],
    "restore": ["{out}/missing-backup.sqlite"],
    "screen": ["--campaign", "活动"],
    "export-assignments": ["--out", "{out}/a.xlsx"],
    "stats": [],
    "report": ["--out", "{out}/r.pdf"],
    "visits": [],
    "followups": [],
    "close-followup": ["1", "--result", "已办"],
    "export-package": ["--out", "{out}/stick", "--no-encryption"],
    "exports": [],
    "import-receipt": ["{out}/r.rvreceipt"],
    "import-package": ["{out}/p.rvpkg"],
}

MISSING = "数据库文件不存在"
FOLDER = "是文件夹"
DAMAGED = "已损坏"


def _commands() -> list[str]:
    from rv_desktop.cli import COMMAND_TABLE as _COMMAND_TABLE

    return [name for name, *_ in _COMMAND_TABLE]


def cli_env(tmpdir: Path) -> dict[str, str]:
    """The test's environment without any display, with a private TMPDIR."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(PYTHONIOENCODING="utf-8", TMPDIR=str(tmpdir), PYTHONPATH=str(ROOT))
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rv_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def damage_schema(path: Path) -> None:
    """Overwrite the cell pointers of page 1 (the schema): SQLite says so on any access."""
    with path.open("r+b") as fh:
        fh.seek(108)
        fh.write(b"\xde\xad\xbe\xef" * 100)


def damage(path: Path) -> None:
    """Overwrite the cell pointers of the case table's pages (not its root, not page 1).

    SQLite notices only when those pages are read, and not always then.
    """
    con = sqlite3.connect(path)
    try:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'case'").fetchone()[0]
        try:
            pages = [
                p for (p,) in con.execute("SELECT pageno FROM dbstat WHERE name = 'case'")
                if p != root
            ]
        except sqlite3.OperationalError:  # no dbstat in this SQLite: the file's second half
            count = con.execute("PRAGMA page_count").fetchone()[0]
            pages = list(range(count // 2, count))
        size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    with path.open("r+b") as fh:
        for page in pages[:3]:
            fh.seek((page - 1) * size + 8)
            fh.write(b"\xde\xad\xbe\xef" * 200)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A sound demo database, a damaged copy, a folder named like a database."""
    folder = tmp_path_factory.mktemp("errors")
    tmpdir = folder / "tmp"
    tmpdir.mkdir()
    sound = folder / "sound.sqlite"
    made = run(["demo-db", str(sound), "--cases", "400", "--lang", "en"], cli_env(tmpdir))
    assert made.returncode == 0, made.stderr
    damaged = folder / "damaged.sqlite"
    damaged.write_bytes(sound.read_bytes())
    damage_schema(damaged)
    cases = folder / "damaged-cases.sqlite"
    cases.write_bytes(sound.read_bytes())
    damage(cases)
    (folder / "folder.sqlite").mkdir()
    return folder


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else "dir"
        for p in sorted(folder.rglob("*"))
    }


def _expect_clean(result: subprocess.CompletedProcess, what: str) -> None:
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream, f"{what}: {stream}"


def test_every_subcommand_on_missing_folder_and_damaged_databases(files):
    commands = _commands()
    tmpdir = files / "tmp"
    env = cli_env(tmpdir)
    before = _snapshot(files)
    jobs = []
    for name in commands:
        extra = [a.format(out=files / "out") for a in EXTRA_ARGS.get(name, [])]
        for case, db in (
            ("missing", files / "missing" / "typo.sqlite"),
            ("folder", files / "folder.sqlite"),
            ("damaged", files / "damaged.sqlite"),
        ):
            if name == "demo-db":
                args = ["demo-db", str(db)]
            else:
                args = [name, "--db", str(db), *extra]
            if name in ("init", "demo-db") and case == "missing":
                continue  # creating a new file is what they are for
            jobs.append((name, case, args + ["--lang", "zh_CN"]))
        jobs.append((name, "help", [name, "--help", "--lang", "zh_CN"]))
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda job: run(job[2], env), jobs))

    for (name, case, args), result in zip(jobs, results, strict=True):
        what = f"{name} ({case}): {' '.join(args)}"
        _expect_clean(result, what)
        if case == "help":
            assert result.returncode == 0, what
            assert "用法" in result.stdout, what
            continue
        expected = 1 if (name, case) == ("check", "damaged") else 2
        assert result.returncode == expected, f"{what}: {result.returncode} {result.stderr}"
        if name == "check":  # --json: JSON in every case
            data = json.loads(result.stdout)
            assert data["sound"] is False, what
        message = result.stderr + result.stdout
        assert any("\u4e00" <= ch <= "\u9fff" for ch in message), f"{what}: {message}"
        if name in EXTRA_ARGS and name not in ("init", "restore"):  # the database's message
            wanted = {"missing": MISSING, "folder": FOLDER, "damaged": DAMAGED}[case]
            assert wanted in message, f"{what}: {message}"

    assert _snapshot(files) == before  # nothing created, the damaged file not written
    assert not (files / "missing").exists()
    assert list(tmpdir.iterdir()) == []


def test_no_display_is_needed_to_be_told_a_command_is_mistyped(files):
    env = cli_env(files / "tmp")
    result = run(["chek", "--db", str(files / "sound.sqlite"), "--lang", "zh_CN"], env)
    assert result.returncode == 2
    assert "无效的选择" in result.stderr and "chek" in result.stderr
    _expect_clean(result, "chek")
    result = run(["--lang", "en", "--no-such-option"], env)
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


def test_db_before_or_after_the_subcommand_and_small_fixes(files):
    env = cli_env(files / "tmp")
    sound = str(files / "sound.sqlite")
    before = run(["--db", sound, "visits", "--lang", "en"], env)
    after = run(["visits", "--db", sound, "--lang", "en"], env)
    assert before.returncode == after.returncode == 0, before.stderr
    assert before.stdout == after.stdout
    # visits speaks words, not Python's True/False; counts are counted words
    assert "True" not in after.stdout and "False" not in after.stdout
    assert after.stdout.strip().splitlines()[-1].endswith("visit records.")
    none = run(["cases", "--lang", "en"], env)
    assert none.returncode == 2 and "--db" in none.stderr
    blank = run(["print-forms", "--db", sound, "--blank", "0", "--out", str(files / "b.pdf"),
                 "--lang", "en"], env)  # fmt: skip
    assert blank.returncode == 2 and "--blank" in blank.stderr
    assert not (files / "b.pdf").exists()
    # argparse's own words in the chosen language
    usage = run(["cases", "--lang", "zh_CN"], env)
    assert "用法" in usage.stderr and "错误" in usage.stderr


def test_a_closed_pipe_ends_quietly(files):
    proc = subprocess.Popen(
        [sys.executable, "-m", "rv_desktop", "cases", "--json", "--db",
         str(files / "sound.sqlite")],  # fmt: skip
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=cli_env(files / "tmp"),
    )
    assert proc.stdout.read(200)  # | head -c 200
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=60) == 141, stderr
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr


def test_system_errors_are_said_in_the_users_language(files, tmp_path):
    env = cli_env(files / "tmp")
    db = tmp_path / "office.sqlite"
    assert run(["init", "--db", str(db)], env).returncode == 0
    receipt = tmp_path / "receipt.rvreceipt"
    receipt.write_text("not JSON at all", encoding="utf-8")
    result = run(["import-receipt", "--db", str(db), str(receipt), "--lang", "zh_CN"], env)
    assert result.returncode == 2
    _expect_clean(result, "import-receipt")
    assert "Expecting value" not in result.stdout + result.stderr
    ledger = tmp_path / "台账.csv"
    ledger.write_text("案件编号,姓名\nQS-1,张三\n", encoding="utf-8")
    result = run(
        ["import-ledger", "--db", str(db), str(ledger), "--rejected-xlsx", str(tmp_path),
         "--reject-bad-ids", "--lang", "zh_CN"],  # fmt: skip
        env,
    )
    _expect_clean(result, "import-ledger --rejected-xlsx FOLDER")
    assert result.returncode == 2 and "是文件夹" in result.stderr
    assert "Is a directory" not in result.stdout + result.stderr
    counted = run(["cases", "--db", str(db), "--json"], env)
    assert json.loads(counted.stdout) == []  # refused before anything was imported
    # a service's message carries the system's reason in the user's language
    result = run(
        ["export-assignments", "--db", str(files / "sound.sqlite"), "--out", str(tmp_path),
         "--lang", "zh_CN"],  # fmt: skip
        env,
    )
    _expect_clean(result, "export-assignments --out FOLDER")
    assert result.returncode == 2
    assert "Is a directory" not in result.stderr and "文件夹" in result.stderr, result.stderr


def test_damage_sqlite_meets_later_is_refused_and_nothing_is_written(files):
    """ "commands refuse a file as soon as SQLite reports damage (no full check on every
    command ...), and no command writes into a damaged file." """
    env = cli_env(files / "tmp")
    path = files / "damaged-cases.sqlite"
    before = path.read_bytes()
    for args in (["cases"], ["cases", "--reveal"], ["cases", "--json"]):
        result = run([*args, "--db", str(path), "--lang", "zh_CN"], env)
        _expect_clean(result, " ".join(args))
        assert result.returncode == 2, result.stderr
        assert DAMAGED in result.stderr
    check = run(["check", "--db", str(path), "--json"], env)
    assert check.returncode == 1 and json.loads(check.stdout)["sound"] is False
    # a command that reads only undamaged pages runs: that is the cheap rule
    assert run(["exports", "--db", str(path)], env).returncode == 0
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()
