"""The desktop entry and icons for people who installed with pip or pipx.

``barretimer install-desktop`` puts ``barretimer.desktop`` and the icons in the user's XDG
folders (``~/.local/share/applications`` and ``~/.local/share/icons/hicolor``), with ``Exec``
pointing at the program that ran the command, so the app appears in the desktop's menu;
``barretimer uninstall-desktop`` removes exactly those files. Nothing outside the user's home is
touched and no root is needed.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from pathlib import Path

from barretimer import paths

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _program() -> str:
    """The command that starts this barretimer: the script on PATH, else this Python's module."""
    found = shutil.which("barretimer")
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "barretimer" and script.is_file():
        return shlex.quote(str(script))
    if found:
        return shlex.quote(str(Path(found).resolve()))
    return f"{shlex.quote(sys.executable)} -m barretimer"


def entry_text(program: str) -> str:
    """The shipped desktop entry with ``Exec`` and ``TryExec`` set for ``program``."""
    text = (paths.assets_dir() / "barretimer.desktop").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^Exec=\S+", lambda _: f"Exec={program}", text)
    return text


def installed_files() -> list[Path]:
    files = [paths.desktop_entry_path(), paths.desktop_icon_path(None)]
    files += [paths.desktop_icon_path(size) for size in ICON_SIZES]
    return files


def install() -> list[Path]:
    """Write the entry and icons; returns the files written."""
    icons = paths.assets_dir() / "icons"
    written: list[Path] = []
    entry = paths.desktop_entry_path()
    entry.parent.mkdir(parents=True, exist_ok=True)
    partial = entry.with_suffix(".desktop.tmp")
    partial.write_text(entry_text(_program()), encoding="utf-8")
    partial.replace(entry)
    written.append(entry)
    for size in (*ICON_SIZES, None):
        source = icons / ("barretimer.svg" if size is None else f"barretimer-{size}.png")
        target = paths.desktop_icon_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written


def uninstall() -> list[Path]:
    """Remove what :func:`install` wrote; returns the files removed."""
    removed = []
    for path in installed_files():
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
