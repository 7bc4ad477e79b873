"""The board's list views: a column of cards, and the visitors cards are dropped on."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView

from ..models.board_model import TASK_MIME
from ..models.staff_model import STAFF_ID_ROLE


def _accept_cards(event) -> None:
    """A drag of task cards may come in; anything else may not."""
    if event.mimeData().hasFormat(TASK_MIME):
        event.acceptProposedAction()
    else:
        event.ignore()


class ColumnView(QListView):
    """One column of cards: drags out the selection, takes drops of cards."""

    cards_dropped = Signal(object, str)  # QMimeData, status
    open_requested = Signal(QModelIndex)

    def __init__(self, status: str, parent=None):
        super().__init__(parent)
        self.status = status
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMinimumWidth(120)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        _accept_cards(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        _accept_cards(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(TASK_MIME):
            # the page reloads the board; Qt must not remove the dragged rows
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.cards_dropped.emit(event.mimeData(), self.status)
        else:
            event.ignore()


class VisitorView(QListView):
    """The visitors; a card dropped on one adds that visitor to the task."""

    cards_dropped = Signal(object, int)  # QMimeData, visitor id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        _accept_cards(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(TASK_MIME) and index.isValid():
            self.setCurrentIndex(index)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(TASK_MIME) and index.isValid():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.cards_dropped.emit(event.mimeData(), int(index.data(STAFF_ID_ROLE)))
        else:
            event.ignore()
