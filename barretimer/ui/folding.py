"""A row of controls that folds onto two lines when the window is too narrow for it: German
and Dutch words make labels and buttons longer than English ones, and a 1024x600 screen
leaves the History page about 800 pixels."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout


class FoldingRow(QBoxLayout):
    """Groups of controls side by side while they all fit at their preferred widths, one
    group a line otherwise. Each group is a row of its own (``group(n)``), given extra room
    by its stretch factor; a group without one keeps its preferred width, on the left (the
    last group on the right, where it ends a single line)."""

    def __init__(self, stretches: tuple[int, ...]) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self._groups = [QHBoxLayout() for _ in stretches]
        for number, (group, stretch) in enumerate(zip(self._groups, stretches, strict=True)):
            self.addLayout(group, stretch)
            if not stretch:
                last = number == len(stretches) - 1
                side = Qt.AlignmentFlag.AlignRight if last else Qt.AlignmentFlag.AlignLeft
                self.setAlignment(group, side)

    def group(self, number: int) -> QHBoxLayout:
        return self._groups[number]

    def setGeometry(self, rect: QRect) -> None:
        wanted = sum(group.sizeHint().width() for group in self._groups)
        wanted += self.spacing() * (len(self._groups) - 1)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if wanted <= rect.width()
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self.direction():
            self.setDirection(direction)  # lays out again, with the same width
        super().setGeometry(rect)
