"""The list of places at the main window's left, and the stand-in the Library's place shows
while its routines are read."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget


class PlaceList(QListWidget):
    """Library, Player, Editor, History and Exercises, in large type, one row each."""

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
        self.restyle()
        self.setFixedWidth(max(160, self.sizeHintForColumn(0) + 56))

    def restyle(self) -> None:
        """Set the style sheet again: it reads palette() when it is set, so the list keeps the
        colours of the theme it started with unless it is set again when the theme changes."""
        self.setStyleSheet("")
        self.setStyleSheet(
            "QListWidget#places { border: none; border-right: 1px solid palette(mid); }"
            "QListWidget#places::item { padding: 10px 14px; }"
        )


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
