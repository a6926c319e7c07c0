"""The main window's size and place: as it was left, within a small screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from barretimer.ui.settings import Settings


def restore_geometry(window: QWidget, settings: Settings) -> QSize:
    """The size and place it had when it was closed (1200x800 the first time), within the
    screen; returns the size it opens at."""
    geometry = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1200, 800)
    fit_to_screen(window, None)
    return window.size()


def save_geometry(window: QWidget, settings: Settings) -> None:
    if not window.isFullScreen():
        settings.save_geometry(window.saveGeometry())


def fit_to_screen(window: QWidget, opening_size: QSize | None) -> None:
    """Never larger than the screen's free space, frame included (known once shown): Start
    must stay within reach on a 1024x600 screen. A size someone set since it opened at
    ``opening_size`` is left alone."""
    if window.isMaximized() or window.isFullScreen():
        return
    if opening_size is not None and opening_size != window.size():
        return
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    window.resize(
        min(window.width(), available.width() - extra_w),
        min(window.height(), available.height() - extra_h),
    )
    window.move(
        max(available.left(), min(window.x(), available.right() - window.width() - extra_w + 1)),
        max(available.top(), min(window.y(), available.bottom() - window.height() - extra_h + 1)),
    )
