"""Every window fits the screens town offices have (issue 16).

Each screen size runs in its own subprocess (``screen_windows.py``): the
offscreen platform's screen is fixed when Qt starts. The offscreen screen has no
taskbar, so the screen is given the size of the *available* area: 1366×768 with
a 40-pixel taskbar is a 1366×728 screen; 1920×1080 at 125 % with its taskbar
(48 physical pixels) is 1920×1032 at a scale factor of 1.25.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

SCREENS = {
    "1366x768": ((1366, 728), None),
    "1920x1080@125%": ((1920, 1032), "1.25"),
}


def open_windows(tmp_path: Path, size: tuple[int, int], scale: str | None) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "office", "x": 0, "y": 0, "width": size[0], "height": size[1]}]}
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    work = tmp_path / "work"
    work.mkdir()
    done = subprocess.run(
        [sys.executable, str(HERE / "screen_windows.py"), str(work)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_lies_within_the_available_geometry(tmp_path, screen):
    """'Every window fits the screen it opens on ... Dialogs never exceed it and
    keep their buttons visible; remembered geometry that no longer fits (another
    monitor, another resolution) is corrected.'"""
    size, scale = SCREENS[screen]
    seen = open_windows(tmp_path, size, scale)
    area = seen["available"]
    windows = seen["windows"]
    for name in (
        "main",
        "main_remembered",
        "pdf_preview",
        "visit_form",
        "visit_form_remembered",
        "help",
        "help_remembered",
        "case",
        "case_remembered",
        "import",
        "welcome",
        "assign",
        "route_sheet",
    ):
        assert name in windows, name
    for name, window in windows.items():
        assert inside(window["frame"], area), (name, window["frame"], area)
        assert inside(window["normal"], area), (name, window["normal"], area)
        for button in window["buttons"]:
            if button["in_scroll"]:
                continue  # scrolled into view with its contents
            assert button["visible"] and button["in_window"], (name, button)
            assert inside(button["rect"], area), (name, button, area)
    # what each window must let the clerk press at once
    enabled = {
        name: {b["text"] for b in window["buttons"] if b["enabled"]}
        for name, window in windows.items()
    }
    assert {"打印(&P)…", "另存为(&S)…", "关闭"} <= enabled["pdf_preview"]
    assert {"保存草稿", "定稿", "关闭"} <= enabled["visit_form"]
    assert {"保存", "关闭"} <= enabled["case"]
    assert "关闭" in enabled["help"]
    assert {"确定", "取消"} <= enabled["assign"]


def test_the_main_window_opens_maximised_on_a_low_screen(tmp_path):
    """'On a screen 800 px high or less the main window opens maximised, and its
    normal (un-maximised) geometry fits the available geometry too.'"""
    seen = open_windows(tmp_path, *SCREENS["1366x768"])
    for name in ("main", "main_remembered"):
        main = seen["windows"][name]
        assert main["maximised"], name
        assert main["frame"] == seen["available"]
        assert inside(main["normal"], seen["available"])
    # the preview's actions are on top, above the pages
    preview = seen["windows"]["pdf_preview"]
    top = preview["frame"][1]
    assert all(b["rect"][1] - top < 60 for b in preview["buttons"] if not b["in_scroll"])
