"""The form window's keyboard and moving through the list of tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from ....domain.errors import UserError
from ....domain.visits import TABS, discard_draft
from .inputs import ChoiceGroup


class Navigation:
    """Part of ``VisitFormDialog``: tabs, focus, Ctrl+PgDown / Ctrl+PgUp."""

    # --- keyboard -------------------------------------------------------------------

    def show_tab(self, key: str) -> None:
        self.switch_tab(TABS.index(key))

    def _focus_first(self, page: QWidget, last: bool = False) -> None:
        chain = self._focus_chain(page)
        if chain:
            (chain[-1] if last else chain[0]).setFocus(Qt.FocusReason.TabFocusReason)

    def _focus_chain(self, page: QWidget) -> list[QWidget]:
        """The widgets Tab visits on ``page``, in order."""
        chain: list[QWidget] = []
        widget = page.nextInFocusChain()
        seen = set()
        while widget is not None and widget is not page and id(widget) not in seen:
            seen.add(id(widget))
            if (
                page.isAncestorOf(widget)
                and widget.isEnabled()
                and widget.isVisibleTo(page)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not widget.focusProxy()
            ):
                member = widget.parentWidget()
                if not isinstance(member, ChoiceGroup):  # Tab visits a radio group once
                    member = widget
                if not chain or chain[-1] is not member:
                    chain.append(member)
            widget = widget.nextInFocusChain()
        return chain

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab from the last field of a tab goes on to the next tab (Shift+Tab back)."""
        page = self.tabs.currentWidget()
        focus = self.focusWidget()
        if page is not None and focus is not None and page.isAncestorOf(focus):
            chain = self._focus_chain(page)
            owner = _chain_member(focus, chain)
            if owner is not None and (owner is chain[-1] if forward else owner is chain[0]):
                step = 1 if forward else -1
                n = self.tabs.currentIndex() + step
                while 0 <= n < self.tabs.count() and not self._focus_chain(self.tabs.widget(n)):
                    n += step  # a tab with nothing to type (read-only): pass it
                if 0 <= n < self.tabs.count():
                    self.switch_tab(n, last=not forward)
                return True  # Tab stays in the form
        return super().focusNextPrevChild(forward)

    def switch_tab(self, n: int, last: bool = False) -> None:
        """Show tab ``n`` with the focus on its first (or last) field."""
        # take the focus off the old page first: a page hidden with the focus in it
        # would pass the focus on itself, and so turn a second page
        self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        self.tabs.setCurrentIndex(n)
        self._focus_first(self.tabs.currentWidget(), last=last)

    @Slot(int)
    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.ui.pages.get("three_looks"):
            self._update_relevance()

    # --- moving through the list ----------------------------------------------------

    def leave_record(self) -> bool:
        """Before another record is shown or the window closes: keep what was typed.

        False when the draft could not be saved (the message says why): the
        clerk stays on it, so nothing typed is lost. A draft this window
        created and nothing was typed into is discarded (opened by mistake):
        the card goes back where it was.
        """
        self.autosave_timer.stop()
        form = self.form
        if form is None or self.read_only:
            return True
        if self._dirty:
            if not self._save(quiet=True):
                return False
            self.record_changed.emit(form.target_id)
        elif form.created and not self._touched:
            try:
                discard_draft(form.id)
            except UserError:
                return True
            self.form = None
            self.record_changed.emit(form.target_id)
        return True

    @Slot()
    def next_task(self) -> bool:
        return self._go(1)

    @Slot()
    def previous_task(self) -> bool:
        return self._go(-1)

    def _go(self, step: int) -> bool:
        index = self.index + step
        wanted = getattr(self, "step_filter", None)  # e.g. the review's "forms with doubts"
        while wanted is not None and 0 <= index < len(self.target_ids):
            if wanted(self.target_ids[index]):
                break
            index += step
        if not 0 <= index < len(self.target_ids):
            return False
        if not self.leave_record():
            return False
        return self.open_task(index)


def _chain_member(focus: QWidget, chain: list[QWidget]) -> QWidget | None:
    """The member of ``chain`` that is ``focus`` or contains it (an editor in a table)."""
    for widget in chain:
        if widget is focus or widget.isAncestorOf(focus):
            return widget
    return None
