"""The workout's totals at the top right of the player: the time gone and the time left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class TotalsLabel(QLabel):
    """ "Elapsed 0:34 · Left 0:36", in a box fixed to the longest clock shown so far.

    The totals change every second, and a new text in a label whose size may change makes
    every layout up to the window run again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # as plain_label: never rich text
        self.setObjectName("totals")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._longest_clock = "0:00"  # of the totals shown so far, for their size

    def show_totals(self, elapsed: str, left: str) -> None:
        self.setText(self._totals_text(elapsed, left))
        longest = max(elapsed, left, key=len)
        if len(longest) > len(self._longest_clock):
            self._longest_clock = longest
            self.fit()

    def fit(self) -> None:
        """Fix the size to fit the longest clock shown so far in the widest digits (again
        after a change of font)."""
        metrics = self.fontMetrics()
        digit = max("0123456789", key=metrics.horizontalAdvance)
        clock = "".join(digit if c.isdigit() else c for c in self._longest_clock)
        widest = self._totals_text(clock, clock)
        self.setFixedSize(
            metrics.size(Qt.TextFlag.TextSingleLine, widest).width(), metrics.height()
        )

    def _totals_text(self, elapsed: str, left: str) -> str:
        return self.tr("Elapsed {elapsed}  ·  Left {left}").format(elapsed=elapsed, left=left)
