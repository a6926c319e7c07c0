"""The picture that goes with an interval outside the window: MPRIS's ``mpris:artUrl`` and the
desktop notification's image.

HOOK for the exercise figures: once they can be rendered to a PNG file (for example cached in
``paths.cache_dir()``), :func:`picture_for` returns the figure of ``interval`` (its exercise
and side) here, and both MPRIS and the notifications show it. Until then it is the app's icon.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from barretimer import paths

if TYPE_CHECKING:
    from barretimer.core.timeline import Interval

ICON_SIZE = 256


def app_icon_file() -> Path | None:
    icon = paths.assets_dir() / "icons" / f"barretimer-{ICON_SIZE}.png"
    return icon if icon.is_file() else None


def picture_for(interval: Interval | None) -> Path | None:
    """A PNG file for ``interval`` (the app's icon until the figures can be drawn to a file)."""
    return app_icon_file()
