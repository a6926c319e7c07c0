"""The start panel's scale chooser: any scale from 50% to 150% in 5% steps, the progression's
offer marked and chosen first, and what the chosen scale adds said under it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from barretimer.core.model import Routine
from barretimer.core.progression import added_work
from barretimer.ui.labels import added_work_label
from barretimer.ui.widgets import plain_label

#: The scales offered, in percent: 50% to 150% in steps of 5%.
SCALE_PERCENTS = tuple(range(50, 151, 5))


def percent(scale: float) -> str:
    return f"{round(scale * 100)}%"


def scale_choices(offer: float | None) -> list[float]:
    """Every scale on the list; an offer off the 5% grid (a plan's own) is put in its place."""
    scales = [p / 100 for p in SCALE_PERCENTS]
    if offer is not None and all(abs(offer - s) > 1e-9 for s in scales):
        scales.append(offer)
        scales.sort()
    return scales


class ScaleChooser(QWidget):
    """``scale_changed(float)`` when the user picks another scale."""

    scale_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Scale"))
        self.combo.setToolTip(
            self.tr("Holds, balance, stretches and move sets are made longer or shorter")
        )
        label = QLabel(self.tr("&Scale:"), self)
        label.setBuddy(self.combo)
        self.effect_label = plain_label(self, object_name="start-scale-effect", wrap=True)
        self.effect_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.effect_label.setAccessibleName(self.tr("What the scale changes"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.effect_label)
        self._routine: Routine | None = None
        self.combo.currentIndexChanged.connect(self._chosen)

    def set_routine(self, routine: Routine, offer: float | None) -> None:
        """List the scales for ``routine`` and choose the offer (or 100%)."""
        self._routine = routine
        self.combo.blockSignals(True)
        self.combo.clear()
        chosen = offer if offer is not None else 1.0
        for scale in scale_choices(offer):
            text = percent(scale)
            if offer is not None and abs(scale - offer) < 1e-9:
                text = self.tr("{pct} (suggested)").format(pct=text)
            self.combo.addItem(text, scale)
            if abs(scale - chosen) < 1e-9:
                self.combo.setCurrentIndex(self.combo.count() - 1)
        self.combo.blockSignals(False)
        self._show_effect()

    def scale(self) -> float:
        value = self.combo.currentData()
        return float(value) if value is not None else 1.0

    def choose(self, scale: float) -> None:
        """Pick ``scale`` as the user would (tests and the keyboard)."""
        for index in range(self.combo.count()):
            if abs(float(self.combo.itemData(index)) - scale) < 1e-9:
                self.combo.setCurrentIndex(index)
                return

    @Slot(int)
    def _chosen(self, _index: int) -> None:
        self._show_effect()
        self.scale_changed.emit(self.scale())

    def _show_effect(self) -> None:
        # What the progression adds, from the core (its own words), always for the chosen scale.
        text = added_work_label(added_work(self._routine, self.scale())) if self._routine else ""
        self.effect_label.setText(text)
        self.effect_label.setVisible(bool(text))
