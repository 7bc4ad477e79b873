"""Splitters that remember where the clerk left them, and make room when asked.

``remember(splitter, key)`` restores the splitter's state from the window
state (``window_state``) and saves it whenever the clerk moves a handle.
``make_room(splitter, index, share)`` gives pane ``index`` at least ``share``
of the splitter when something appears in it (the cases behind a figure).
"""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from .. import window_state


def remember(splitter: QSplitter, key: str) -> None:
    state = window_state.geometry(key)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: window_state.set_value(key, splitter.saveState()))


def make_room(splitter: QSplitter, index: int, share: float) -> None:
    """At least ``share`` of the room for pane ``index`` (taken from the others)."""
    sizes = splitter.sizes()
    total = sum(sizes)
    if not total or sizes[index] >= total * share:
        return
    wanted = int(total * share)
    others = total - sizes[index]
    rest = total - wanted
    splitter.setSizes(
        [wanted if i == index else int(size * rest / others) for i, size in enumerate(sizes)]
    )
