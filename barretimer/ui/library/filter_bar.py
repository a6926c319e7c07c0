"""The row above the routine list: the search, the tag and level filters, and New routine.

The bar sets its filters on the list's :class:`RoutineFilterProxy` itself; ``filter_changed``
tells the page to show what is now selected.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from barretimer.core.model import Level
from barretimer.ui.labels import level_label
from barretimer.ui.library.model import RoutineFilterProxy
from barretimer.ui.widgets import arrows_open_list


class RoutineFilterBar(QWidget):
    """Signals: ``filter_changed()`` (a tag or level was chosen)."""

    filter_changed = Signal()

    def __init__(self, proxy: RoutineFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search names, descriptions and tags"))
        self.search_edit.setAccessibleName(self.tr("Search routines"))
        self.search_edit.setClearButtonEnabled(True)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Filter by tag"))
        self.tag_combo.addItem(self.tr("All tags"), "")  # the tags come with the routines
        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(self.tr("Filter by level"))
        self.level_combo.addItem(self.tr("All levels"), None)
        for level in Level:
            self.level_combo.addItem(level_label(level), level.value)
        self.new_button = QPushButton(self.tr("New routine"), self)
        self.new_button.setMinimumHeight(36)

        filters = QHBoxLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.tag_combo, 1)
        filters.addWidget(self.level_combo, 1)
        filters.addWidget(self.new_button)
        arrows_open_list(self.tag_combo, self.level_combo)

        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.tag_combo.currentIndexChanged.connect(self._tag_changed)
        self.level_combo.currentIndexChanged.connect(self._level_changed)

    def set_tags(self, tags: list[str]) -> None:
        """The tags to choose from (those of the routines listed), keeping the one chosen."""
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag_combo.addItem(tag, tag)
        position = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(0, position))
        self.tag_combo.blockSignals(False)
        self.proxy.set_tag(self.tag_combo.currentData() or "")

    @Slot(int)
    def _tag_changed(self, _position: int) -> None:
        self.proxy.set_tag(self.tag_combo.currentData() or "")
        self.filter_changed.emit()

    @Slot(int)
    def _level_changed(self, _position: int) -> None:
        value = self.level_combo.currentData()
        self.proxy.set_level(Level(value) if value else None)
        self.filter_changed.emit()
