"""The app's icon and the small kind swatches of lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon, QPalette

from barretimer import paths

if TYPE_CHECKING:
    from barretimer.core.model import Kind

#: The sizes the app icon ships in (assets/icons/barretimer-SIZE.png).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = paths.assets_dir() / "icons"
    for size in ICON_SIZES:
        png = folder / f"barretimer-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "barretimer.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


_KIND_ICONS: dict[tuple[Kind, bool, str], QIcon] = {}


def kind_icon(kind: Kind) -> QIcon:
    """A swatch with the kind's letter and pattern: readable without colour."""
    # Not at start-up: the window's first frame shows no kind (and the Qt namespace costs).
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication

    from barretimer.ui.labels import kind_letter
    from barretimer.ui.style.palette import is_dark
    from barretimer.ui.style.theme import KIND_STYLES

    dark = is_dark(QApplication.palette())
    letter = kind_letter(kind)
    key = (kind, dark, letter)
    if key not in _KIND_ICONS:
        style = KIND_STYLES[kind]
        pixmap = QPixmap(18, 18)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(style.color(dark))
        painter.setBrush(style.color(dark))
        painter.drawRoundedRect(1, 1, 16, 16, 3, 3)
        painter.setPen(QColor("#000000") if dark else QColor("#ffffff"))
        font = painter.font()
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letter)
        painter.end()
        _KIND_ICONS[key] = QIcon(pixmap)
    return _KIND_ICONS[key]


def text_coloured(icon: QIcon, palette: QPalette) -> QIcon:
    """A one-colour icon (Fusion's play and arrows are black) in the palette's text colour,
    and its disabled grey: black on the dark theme's grey cannot be seen."""
    from PySide6.QtGui import QPainter, QPixmap

    coloured = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.WindowText)
        for size in (16, 24, 32):
            pixmap = QPixmap(icon.pixmap(size, size))
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), colour)
            painter.end()
            coloured.addPixmap(pixmap, mode)
    return coloured
