"""Hostile and unreadable ledger files: each says its real cause, none exhausts
the machine, and nothing in the database changes."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from rv_desktop.domain.models import AuditRecord, Case
from rv_desktop.services import ledger_import as li

from ..conftest import run_cli
from .test_ledger_reader import _encrypted_office_file

ROOT = Path(__file__).resolve().parents[2]


def import_error(path: Path) -> li.LedgerImportError:
    with pytest.raises(li.LedgerImportError) as info:
        li.import_ledger(path)
    assert Case.select().count() == 0 and AuditRecord.select().count() == 0
    return info.value


def test_password_protected_workbook_says_password(database, tmp_path):
    """Plan: "a password-protected xlsx ... get[s] ... [its own message]; the
    reader knows which it is"."""
    path = tmp_path / "加密台账.xlsx"
    path.write_bytes(_encrypted_office_file())
    error = import_error(path)
    assert error.code == "encrypted"
    assert "password" in str(error) and "damaged" not in str(error)


def test_csv_field_over_the_csv_limit(database, tmp_path):
    """Plan: "a CSV field over the csv module's limit" gets its own message."""
    path = tmp_path / "long.csv"
    path.write_text('编号,姓名\nA-1,"张三' + "x" * 200_000 + '"\n', encoding="utf-8")
    error = import_error(path)
    assert error.code == "csv_field_too_large"
    assert "131072" in str(error) and "quote" in str(error)


def test_csv_with_nul_bytes(database, tmp_path):
    """Plan: "a CSV with NUL bytes" gets its own message."""
    path = tmp_path / "nul.csv"
    path.write_bytes("编号,姓名\nA-1,张\x00三\n".encode())
    error = import_error(path)
    assert error.code == "csv_nul"
    assert "NUL" in str(error)


def test_file_without_read_permission(tmp_path):
    """Plan: "a file without read permission" gets its own message. Run as an
    unprivileged user when the tests run as root (root reads anything)."""
    folder = Path(tempfile.mkdtemp(prefix="rv-perm-"))
    try:
        folder.chmod(0o755)
        path = folder / "台账.csv"
        path.write_text("编号,姓名\nA-1,张三\n", encoding="utf-8")
        path.chmod(0o000)
        code = (
            "import sys\n"
            "from rv_desktop.services.ledger_reader import read_ledger, LedgerError\n"
            "try:\n    read_ledger(sys.argv[1])\n"
            "except LedgerError as e:\n    print(e.code)\n"
        )
        command = [sys.executable, "-c", code, str(path)]
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("running as root without setpriv: cannot drop the privilege")
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert result.stdout.strip() == "permission", result.stderr
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def shared_strings_bomb(tmp_path_factory) -> Path:
    """A real xlsx (about 1 MB) whose shared strings inflate to 1 GiB."""
    source = tmp_path_factory.mktemp("bomb") / "source.xlsx"
    wb = Workbook()
    wb.active.append(["编号", "信访人"])
    wb.active.append(["A-1", "张三"])
    wb.save(source)
    path = source.with_name("台账.xlsx")
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/sharedStrings.xml":
                dst.writestr(info, src.read(info))
        with dst.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            fh.write(b"<si><t>")
            chunk = b"A" * (1 << 20)
            for _ in range(1024):
                fh.write(chunk)
            fh.write(b"</t></si></sst>")
    return path


def test_decompression_bomb_is_refused_quickly(database, shared_strings_bomb):
    """Plan: "a 1 MB xlsx whose shared strings expand to 1 GiB ... Bound what is
    decompressed (per member and in total, and the ratio), and refuse with a
    clear message"."""
    assert shared_strings_bomb.stat().st_size < 2 * 1024 * 1024
    start = time.perf_counter()
    error = import_error(shared_strings_bomb)
    assert time.perf_counter() - start < 2.0
    assert error.code == "too_large"
    assert "memory" in str(error)


def test_a_high_ratio_member_is_refused(database, tmp_path):
    path = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        dst.writestr("xl/worksheets/sheet1.xml", b"<a/>" * (6 << 20))  # 24 MiB of one tag
    assert import_error(path).code == "too_large"


def test_cli_says_the_cause_exit_2(tmp_path, shared_strings_bomb):
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"\xe7\xbc\x96\xe5\x8f\xb7,x\n\x00\n")
    for path, words in ((nul, "NUL bytes"), (shared_strings_bomb, "too much memory")):
        db = str(tmp_path / "c.sqlite")
        result = run_cli("import-ledger", "--create", "--db", db, str(path), "--lang", "en")
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert words in result.stderr


def test_a_member_larger_than_its_declared_size_is_not_inflated(database, tmp_path):
    """The bounds trust the zip directory's sizes: calamine (the zip crate)
    stops at the declared size, so a member that lies is refused, not read."""
    source = tmp_path / "source.xlsx"
    wb = Workbook()
    wb.active.append(["编号", "信访人"])
    wb.active.append(["A-1", "张三"])
    wb.save(source)
    text = b"<sst><si><t>" + b"A" * (20 << 20) + b"</t></si></sst>"
    path = tmp_path / "lie.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/sharedStrings.xml":
                dst.writestr(info, src.read(info))
        dst.writestr("xl/sharedStrings.xml", text)
    data = path.read_bytes()
    real = struct.pack("<I", len(text))
    assert data.count(real) == 2  # the local header and the central directory
    path.write_bytes(data.replace(real, struct.pack("<I", 1000)))
    start = time.perf_counter()
    assert import_error(path).code == "not_a_spreadsheet"
    assert time.perf_counter() - start < 2.0
