"""The list of places at the main window's left, and the stand-in the Library's place shows
while its routines are read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QPainter

#: Room around each place's name: across, then down (each side).
PAD_X, PAD_Y = 14, 10


class PlaceList(QListWidget):
    """Library, Player, Editor, History and Exercises, in large type, one row each, with a
    line in the palette's Mid colour along the right edge.

    No style sheet: setting one costs about 7 ms before the window's first frame (Qt's style
    sheet engine starts), and it keeps the colours it read when set. The line is the list's
    own background, left showing in a one-pixel margin beside the viewport, so it follows
    the palette (light or dark) by itself.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Places"))
        for name in (
            self.tr("Library"), self.tr("Player"), self.tr("Editor"), self.tr("History"),
            self.tr("Exercises"),
        ):  # fmt: skip
            self.addItem(name)
        font = self.font()
        font.setPixelSize(17)
        self.setFont(font)
        self.setObjectName("places")
        self.setItemDelegate(_PaddedDelegate(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportMargins(0, 0, 1, 0)
        self.setBackgroundRole(QPalette.ColorRole.Mid)
        self.setAutoFillBackground(True)
        self.setFixedWidth(max(160, self.sizeHintForColumn(0) + 56))


class _PaddedDelegate(QStyledItemDelegate):
    """Each row drawn by the style with its name inset by ``PAD_X`` and ``PAD_Y``, and the
    highlight of the place shown across the whole row. (Nothing here names ``QStyle``: PySide
    builds that class's many enums on its first use, 6 ms before the window's first frame.)"""

    def __init__(self, places: QListWidget) -> None:
        super().__init__(places)
        self._places = places

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return super().sizeHint(option, index) + QSize(2 * PAD_X, 2 * PAD_Y)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        whole = option.rect
        selection = self._places.selectionModel()
        if selection is not None and selection.isSelected(index):
            painter.fillRect(whole, option.palette.highlight())
        inset = QStyleOptionViewItem(option)
        inset.rect = whole.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        super().paint(painter, inset, index)


class ReadingStandIn(QWidget):
    """ "Reading the routines...", in the middle of the Library's place (centred by
    stretches: an alignment flag would build the Qt namespace's enums before the first
    frame, see palette.system_is_dark)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("library-stand-in")
        reading = QLabel(self.tr("Reading the routines..."), self)  # the app's own words
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reading)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
