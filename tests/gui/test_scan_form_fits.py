"""The registration form and its scan fit a 1366×768 screen together (issue 19).

As ``test_screen_fit.py`` does, the screen is an offscreen screen of the
available size (1366×768 less a 40-pixel taskbar), in a subprocess.
"""

from __future__ import annotations

from tests.gui.test_screen_fit import SCREENS, inside


def test_the_form_and_its_scan_fit_a_1366_screen_together(tmp_path):
    """'the two fit a 1366×768 screen together, with a splitter or a switch'."""
    seen = _open(tmp_path)
    area, window = seen["available"], seen["window"]
    assert inside(window["frame"], area), (window["frame"], area)
    for button in window["buttons"]:
        if not button["in_scroll"]:
            assert button["visible"] and button["in_window"], button
            assert inside(button["rect"], area), button
    assert {"保存草稿", "定稿", "关闭", "确认"} <= {b["text"] for b in window["buttons"]
                                                 if b["enabled"]}  # fmt: skip
    # side by side, each with room: the form's tabs whole, the scan a readable width
    tabs, panel = seen["tabs"], seen["panel"]
    assert panel is not None and panel[0] >= tabs[0] + tabs[2]
    assert tabs[2] >= seen["tabs_needs"]
    assert panel[2] >= 400 and seen["scan"][3] >= 250
    assert seen["zoom_in"] > seen["fit"]  # zoomable; fit width brings it back
    assert seen["fit"] <= seen["scan"][2]
    assert seen["hidden"] is False  # the switch hides the scan


def _open(tmp_path):
    """``open_windows`` of the screen test, running this test's script."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    size, _scale = SCREENS["1366x768"]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0,
                                               "width": size[0], "height": size[1]}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    env["PYTHONPATH"] = os.pathsep.join([str(here.parent.parent), env.get("PYTHONPATH", "")])
    work = tmp_path / "work"
    work.mkdir()
    done = subprocess.run([sys.executable, str(here / "scan_form_screen.py"), str(work)],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
