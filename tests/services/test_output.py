"""The one output helper: a file is whole or absent, and a failure says why."""

from __future__ import annotations

import pytest

from rv_desktop.domain.errors import UserError
from rv_desktop.services.output import OutputError, write_atomically
from rv_desktop.services.xlsx_out import write_atomically as reexported


class _Mine(UserError):
    pass


def test_the_file_is_whole_or_untouched_and_no_temporary_file_is_left(tmp_path):
    out = tmp_path / "t.txt"
    out.write_text("old")

    def half(tmp):
        tmp.write_text("half")
        raise RuntimeError("killed half way")

    with pytest.raises(RuntimeError):
        write_atomically(out, half)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.txt"]
    assert write_atomically(out, lambda tmp: tmp.write_text("new")) == out
    assert out.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.txt"]
    assert reexported is write_atomically


def test_an_unwritable_place_is_a_user_error_of_the_callers_kind(tmp_path):
    missing = tmp_path / "no such folder" / "t.xlsx"
    with pytest.raises(OutputError) as info:
        write_atomically(missing, lambda tmp: None)
    assert info.value.code == "output_write" and "t.xlsx" in str(info.value)
    with pytest.raises(_Mine) as info:
        write_atomically(missing, lambda tmp: None, error=_Mine, code="export_failed")
    assert info.value.code == "export_failed"
