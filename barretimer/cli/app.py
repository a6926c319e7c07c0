"""Opening the window from the command line, and the desktop menu entry."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from barretimer.cli.common import UserError, chosen_language


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from barretimer import desktop

    written = desktop.install()
    print(f"Added barretimer to the desktop menu: {written[0]} and {len(written) - 1} icons.")
    return 0


def cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from barretimer import desktop

    removed = desktop.uninstall()
    print(f"Removed {len(removed)} files." if removed else "Nothing to remove.")
    return 0


def _no_display() -> bool:
    """Whether there is no screen to open a window on (Linux and BSD, where Qt would abort)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_app(routine: str | None, language: str | None = None) -> int:
    if _no_display():
        from barretimer.core.text import one_line

        target = f'"{one_line(routine)}"' if routine else "FILE"
        raise UserError(
            "there is no display to open a window on; "
            f"to play in this terminal: barretimer play {target} --headless"
        )
    try:
        from barretimer.ui.app import run_app
    except ImportError as error:
        raise UserError(
            f"the window cannot start: {error}. Try: barretimer play FILE --headless"
        ) from None
    if language:
        chosen_language(language)  # an unknown code is refused here, in words
    return int(run_app(routine, language=language))


def add_desktop_commands(commands: Any) -> None:
    """``install-desktop`` and ``uninstall-desktop``."""
    install = commands.add_parser(
        "install-desktop", help="add barretimer to your desktop's menu (your home folder only)"
    )
    install.set_defaults(run=cmd_install_desktop)
    uninstall = commands.add_parser("uninstall-desktop", help="remove what install-desktop added")
    uninstall.set_defaults(run=cmd_uninstall_desktop)
