"""Finding the Chinese font: the standard ones, the clerk's file, and plainly none."""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab

from rv_desktop.services.pdf.fonts import (
    FONT_DIRS_ENV,
    FontMissing,
    find_fonts,
    missing_characters,
    replace_missing,
)

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # a Latin font, always there


def test_a_chinese_font_is_found_and_prints_the_rare_name_characters(fonts):
    assert fonts.body_path.exists()
    assert missing_characters("信访事项办理情况回访登记表", fonts.body) == set()
    # the rare characters of the demo's names (WenQuanYi, SimSun and YaHei have them)
    assert missing_characters("张㛃 李堃 王喆 赵犇", fonts.body) == set()


def test_missing_characters_are_reported_not_boxed(fonts):
    assert missing_characters("王𠀀，𪚥", fonts.body) == {"𠀀", "𪚥"}  # CJK Extension B
    assert missing_characters("", fonts.body) == set()
    assert missing_characters(" \n\t", fonts.body) == set()
    assert replace_missing("王𠀀", fonts.body) == "王＿"


def test_no_font_anywhere_says_so_and_how_to_fix_it(tmp_path):
    with pytest.raises(FontMissing) as caught:
        find_fonts(search_dirs=[tmp_path])
    error = caught.value
    assert error.code == "font_missing"
    assert "No Chinese font was found" in str(error)
    assert "SimSun" in str(error) and "settings" in str(error)


def test_the_environment_can_point_the_search_at_an_empty_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(FONT_DIRS_ENV, str(tmp_path))
    with pytest.raises(FontMissing):
        find_fonts()


def test_a_latin_font_is_not_a_chinese_font(tmp_path):
    with pytest.raises(FontMissing):
        find_fonts(font_file=VERA, search_dirs=[tmp_path])


def test_the_clerks_font_file_is_used(fonts, tmp_path):
    chosen = find_fonts(font_file=fonts.body_path, search_dirs=[tmp_path])
    assert chosen.body_path == fonts.body_path
    assert chosen.title == chosen.body and chosen.title_is_body  # no 黑体 to be found


def test_postscript_outline_fonts_are_refused_and_the_next_one_tried(fonts, tmp_path):
    cff = tmp_path / "NotoSansCJK-Regular.otf"
    cff.write_bytes(b"OTTO" + bytes(60))  # an OpenType font with CFF outlines starts so
    chosen = find_fonts(font_file=cff, search_dirs=[fonts.body_path.parent])
    assert chosen.body_path == fonts.body_path


def test_a_file_that_is_no_font_is_refused(tmp_path):
    junk = tmp_path / "simsun.ttc"
    junk.write_bytes(b"not a font at all")
    with pytest.raises(FontMissing):
        find_fonts(search_dirs=[tmp_path])
