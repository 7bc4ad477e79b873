"""Garbage with Qt objects in it must be collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading

from rv_desktop.gui.app import make_application
from rv_desktop.gui.garbage import GuiThreadCollector


class _Cyclic:
    finalised_in: list[str] = []

    def __init__(self):
        self.me = self  # a reference cycle: only the cyclic collector frees it

    def __del__(self):
        _Cyclic.finalised_in.append(threading.current_thread().name)


def test_cycles_are_collected_on_the_gui_thread_not_in_a_busy_worker(qtbot):
    make_application("en")
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        _Cyclic.finalised_in.clear()
        for _ in range(gc.get_threshold()[0] + 100):
            _Cyclic()  # garbage at once, in a cycle: more than the collector's threshold

        def allocate():  # enough container allocations to trigger automatic gc many times
            keep = [[i] for i in range(200_000)]
            del keep

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert _Cyclic.finalised_in == []  # the worker did not collect it
        qtbot.waitUntil(lambda: _Cyclic.finalised_in != [], timeout=3000)
        qtbot.waitUntil(lambda: len(_Cyclic.finalised_in) >= gc.get_threshold()[0], timeout=3000)
        assert set(_Cyclic.finalised_in) == {threading.main_thread().name}
        assert collector.collections >= 1
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled
