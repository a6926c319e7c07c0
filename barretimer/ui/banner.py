"""The notice banner above the window's pages."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from barretimer.ui.widgets import plain_label


class NoticeBanner(QFrame):
    """Notices for the user (speech off, history not saved) above the pages, each once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), palette.color(palette.ColorRole.ToolTipBase))
        palette.setColor(self.foregroundRole(), palette.color(palette.ColorRole.ToolTipText))
        self.setPalette(palette)
        self._label: QLabel | None = None  # made with the first notice (see label)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the notice"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setAccessibleName(self.tr("Show the details of the notice"))
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self.details_button)
        self._layout.addWidget(self.dismiss_button)
        self._notices: list[str] = []
        self._details: list[str] = []  # the technical words behind the notices, on demand
        self._seen: set[str] = set()
        self.hide()

    @property
    def label(self) -> QLabel:
        """The notices' text, as plain text (a file name can hold anything). Made when first
        needed: a plain-text label would build the Qt namespace's enums before the window's
        first frame (see palette.system_is_dark)."""
        if self._label is None:
            self._label = plain_label(self, object_name="notice-text")
            self._label.setWordWrap(True)
            self._label.setAccessibleName(self.tr("Notice"))
            self._layout.insertWidget(0, self._label, 1)
        return self._label

    def notices(self) -> list[str]:
        return list(self._notices)

    def details(self) -> list[str]:
        return list(self._details)

    def add(self, text: str, *, key: str | None = None, details: str = "") -> bool:
        """Show ``text`` unless a notice with the same ``key`` (default: the text) was shown;
        ``details`` (what a program said, for a bug report) are shown only when asked for."""
        key = key or text
        if key in self._seen:
            return False
        self._seen.add(key)
        self._notices.append(text)
        if details:
            self._details.append(details)
            self.details_button.show()
        self.label.setText("\n".join(self._notices))
        self.show()
        return True

    @Slot()
    def show_details(self) -> None:
        from barretimer.ui import dialogs  # not before the first frame: it builds Qt's enums

        dialogs.inform(self, self.tr("Details"), "\n".join(self._details))

    @Slot()
    def dismiss(self) -> None:
        self._notices.clear()
        self._details.clear()
        self.details_button.hide()
        if self._label is not None:
            self._label.setText("")
        self.hide()
