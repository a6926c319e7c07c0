"""The routine's steps and repeat blocks as a tree model, with drag and drop that moves them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from barretimer.core.edits import Items, can_move
from barretimer.core.model import (
    Block,
    Item,
    Step,
)
from barretimer.core.problems import StepPath
from barretimer.ui.editor.models import PATH_ROLE, AnyIndex, position_text
from barretimer.ui.labels import (
    duration_label,
    kind_label,
    repeat_label,
    rounds_label,
    sides_label,
)
from barretimer.ui.style.icons import kind_icon


@dataclass(eq=False)
class _Node:
    parent: _Node | None
    row: int
    item: Item | None
    children: list[_Node] = field(default_factory=list)

    def path(self) -> StepPath:
        node: _Node | None = self
        path: list[int] = []
        while node is not None and node.parent is not None:
            path.append(node.row)
            node = node.parent
        return tuple(reversed(path))


def _build(parent: _Node, items: Items) -> None:
    parent.children = []
    for row, item in enumerate(items):
        node = _Node(parent, row, item)
        parent.children.append(node)
        if isinstance(item, Block):
            _build(node, item.steps)


def _shape(items: Items) -> tuple[Any, ...]:
    return tuple(_shape(item.steps) if isinstance(item, Block) else None for item in items)


class StepTreeModel(QAbstractItemModel):
    """The routine's steps as a tree; repeat blocks are groups. Drag and drop moves items."""

    NAME, KIND, DURATION, SIDES = range(4)
    MIME_TYPE = "application/x-barretimer-item-path"

    #: A drag was dropped: the moved item's path, the target parent's path and row (the row
    #: counted before the move, as views give it).
    item_dropped = Signal(object, object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: Items = ()
        self._root = _Node(None, 0, None)

    def items(self) -> Items:
        return self._items

    def set_items(self, items: Items) -> None:
        """Show ``items``; a change of values keeps selection and expansion, a change of shape
        resets the view."""
        if _shape(items) == _shape(self._items):
            old, self._items = self._items, items
            self._update(self._root, old, items)
            return
        self.beginResetModel()
        self._items = items
        _build(self._root, items)
        self.endResetModel()

    def _update(self, parent: _Node, old: Items, new: Items) -> None:
        for node, before, after in zip(parent.children, old, new, strict=True):
            if before == after:
                continue
            node.item = after
            row_index = self.createIndex(node.row, 0, node)
            self.dataChanged.emit(row_index, row_index.siblingAtColumn(self.SIDES))
            if isinstance(after, Block) and isinstance(before, Block):
                self._update(node, before.steps, after.steps)

    # --- paths and indexes

    def _node(self, index: AnyIndex) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def path_for_index(self, index: AnyIndex) -> StepPath | None:
        return self._node(index).path() if index.isValid() else None

    def index_for_path(self, path: StepPath | None, column: int = 0) -> QModelIndex:
        node = self._root
        for row in path or ():
            if not 0 <= row < len(node.children):
                return QModelIndex()
            node = node.children[row]
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if not (0 <= row < len(node.children) and 0 <= column < 4):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("editor", "Exercise"),
                QCoreApplication.translate("editor", "Kind"),
                QCoreApplication.translate("editor", "Duration"),
                QCoreApplication.translate("editor", "Sides"),
            )[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        item = node.item
        column = index.column()
        if role == PATH_ROLE:
            return node.path()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(item, column)
            if column == self.NAME:
                return QCoreApplication.translate("editor", "Item {position}: {text}").format(
                    position=position_text(node.path()), text=text
                )
            return text
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.KIND
            and isinstance(item, Step)
        ):
            return kind_icon(item.kind)
        return None

    def _display(self, item: Item | None, column: int) -> str:
        if isinstance(item, Block):
            if column == self.NAME:
                return repeat_label(item)
            if column == self.KIND:
                return QCoreApplication.translate("editor", "repeat block")
            if column == self.DURATION:
                if item.repeat == 1:
                    return QCoreApplication.translate("editor", "once")
                return rounds_label(item.repeat)
            return ""
        if isinstance(item, Step):
            if column == self.NAME:
                return item.exercise or QCoreApplication.translate("editor", "(no name)")
            if column == self.KIND:
                return kind_label(item.kind)
            if column == self.DURATION:
                return duration_label(item)
            return sides_label(item.sides)
        return ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if isinstance(self._node(index).item, Block):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        else:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # --- drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        paths = sorted({self._node(i).path() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(
            self.MIME_TYPE, json.dumps({"paths": [list(p) for p in paths]}).encode("utf-8")
        )
        return data

    def _dragged_path(self, data: QMimeData) -> StepPath | None:
        if not data.hasFormat(self.MIME_TYPE):
            return None
        try:
            decoded = json.loads(bytes(data.data(self.MIME_TYPE).data()).decode("utf-8"))
            paths = decoded["paths"]
            if len(paths) != 1 or not all(isinstance(i, int) for i in paths[0]):
                return None
            return tuple(paths[0])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        source = self._dragged_path(data)
        if source is None:
            return False
        target = self._node(parent).path() if parent.isValid() else ()
        return can_move(self._items, source, target)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = self._dragged_path(data)
        assert source is not None
        target = self._node(parent).path() if parent.isValid() else ()
        if row < 0:
            row = self.rowCount(parent)
        # The page applies the move as an undoable command, which updates this model. The
        # view then asks to remove the dragged rows; removeRows is not implemented, so that
        # request does nothing.
        self.item_dropped.emit(source, target, row)
        return True
