"""Python's cyclic garbage collection, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation
fills up. When that is a background job's thread and the garbage holds a Qt
object (a dialog in a reference cycle through a lambda, say), the object is
destroyed outside the GUI thread, which crashes Qt at random. So the program
turns automatic collection off and a timer on the GUI thread collects,
generation by generation, as the thresholds say (the approach PyQt's and
Anki's developers use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Collect garbage on the GUI thread every ``interval_ms``, as ``gc`` would."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.collections = 0
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """The youngest generation at every tick (cheap: it holds only what was
        made since the last tick), the older ones when their thresholds say.

        Not only when ``gc.get_count()[0]`` passes its threshold, as Python
        does: the count is allocations minus frees, so a burst of frees (a
        page's old rows let go) hides new garbage from a timer that samples it.
        """
        _count0, count1, count2 = gc.get_count()
        generation = 0
        if count1 >= self.threshold[1]:
            generation = 1
            if count2 >= self.threshold[2]:
                generation = 2
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        """Back to how collection was before (Python's own, unless a test runner
        had turned it off)."""
        self.timer.stop()
        if self._was_enabled:
            gc.enable()
