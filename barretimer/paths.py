"""Where barretimer keeps and finds its files. The only module that knows locations.

Nothing here creates anything at import time. The data folder can be overridden with
``--data-dir DIR`` on the command line or the ``BARRETIMER_DATA_DIR`` environment variable;
the cache and settings follow it when it is overridden, so a test or a portable install keeps
everything in one place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

APP_NAME = "barretimer"
ENV_DATA_DIR = "BARRETIMER_DATA_DIR"
DATABASE_NAME = "history.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent
_data_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Override the data folder for this process (the ``--data-dir`` option)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def _override() -> Path | None:
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env).expanduser().resolve() if env else None


def _user_dir(kind: str) -> Path:
    """The user's ``kind`` ("data" or "cache") folder for the app: the XDG base directories
    on Linux and the BSDs (read here, as the spec says: a relative path is ignored), the
    platform's own folders on macOS and Windows (platformdirs, imported only there)."""
    if sys.platform in ("darwin", "win32"):
        import platformdirs

        find = platformdirs.user_data_dir if kind == "data" else platformdirs.user_cache_dir
        return Path(find(APP_NAME, appauthor=False))
    variable, default = (
        ("XDG_DATA_HOME", ".local/share") if kind == "data" else ("XDG_CACHE_HOME", ".cache")
    )
    base = os.environ.get(variable, "").strip()
    return (Path(base) if os.path.isabs(base) else Path.home() / default) / APP_NAME


def data_dir() -> Path:
    """The folder that holds the history database and the user's routines."""
    return _override() or _user_dir("data")


def cache_dir() -> Path:
    """Rendered speech and other files that can be made again."""
    base = _override()
    if base is not None:
        return base / "cache"
    return _user_dir("cache")


def settings_file() -> Path | None:
    """An INI file for the settings when the data folder is overridden, else None (system default)."""
    base = _override()
    return base / "settings.ini" if base is not None else None


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def user_routines_dir() -> Path:
    return data_dir() / "routines"


def ducking_journal_path() -> Path:
    """What the cue ducking lowered or paused in other media players and has not put back yet:
    read at the next start, so a crash mid-cue does not leave the music quiet."""
    return data_dir() / "ducking.json"


def instance_socket_path() -> Path:
    """The local socket on which the open window takes routines from ``barretimer FILE``.

    In the user's runtime folder (else the temporary folder), named after the data folder: a
    separate data folder is a separate app. Kept short, as a socket path must be.
    """
    import tempfile
    import zlib  # not hashlib: its OpenSSL start costs a few ms of every start of the window

    name = str(data_dir()).encode("utf-8", "surrogateescape")
    digest = f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}"  # tells data folders apart
    folder = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    user = os.getuid() if hasattr(os, "getuid") else 0
    return Path(folder) / f"{APP_NAME}-{user}-{digest}.socket"


def _resource_dir(name: str) -> Path:
    # In a wheel the folders are packed into barretimer/_data; in a checkout they sit beside
    # the package.
    packed = _PACKAGE_DIR / "_data" / name
    return packed if packed.is_dir() else _PACKAGE_DIR.parent / name


def shipped_routines_dir() -> Path:
    return _resource_dir("routines")


def assets_dir() -> Path:
    return _resource_dir("assets")


def catalog_path() -> Path:
    return shipped_routines_dir() / "exercises.yaml"


def poses_dir() -> Path:
    """The shipped exercise figures' pose files, beside the catalog."""
    return shipped_routines_dir() / "poses"


def schema_path() -> Path:
    return _PACKAGE_DIR / "core" / "routine.schema.json"


def plan_schema_path() -> Path:
    return _PACKAGE_DIR / "core" / "plan.schema.json"


def shipped_plans_dir() -> Path:
    return shipped_routines_dir() / "plans"


def user_plans_dir() -> Path:
    return data_dir() / "plans"


def active_plan_path() -> Path:
    """Which plan the user follows and since when (a small JSON file)."""
    return data_dir() / "active-plan.json"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the owner only; return it.

    Only the folders made here are made private: a folder that was already there keeps its
    permissions (a shared folder stays shared), with a warning when others can read it.
    """
    missing: list[Path] = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        try:
            made.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made at the same moment by another barretimer: not ours to change
        with contextlib.suppress(OSError):
            made.chmod(0o700)  # the umask may have taken more, never less
    if not missing:
        _warn_if_readable(path)
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")
    return path


def xdg_data_home() -> Path:
    """The user's XDG data folder (``~/.local/share``), where desktop entries and icons go."""
    env = os.environ.get("XDG_DATA_HOME")
    return Path(env).expanduser() if env and os.path.isabs(env) else Path.home() / ".local/share"


def desktop_entry_path() -> Path:
    return xdg_data_home() / "applications" / f"{APP_NAME}.desktop"


def desktop_icon_path(size: int | None) -> Path:
    """Where the desktop looks for the icon: a PNG per pixel size, or the SVG for ``None``."""
    theme = xdg_data_home() / "icons" / "hicolor"
    if size is None:
        return theme / "scalable" / "apps" / f"{APP_NAME}.svg"
    return theme / f"{size}x{size}" / "apps" / f"{APP_NAME}.png"


_warned: set[Path] = set()


def _warn_if_readable(path: Path) -> None:
    """Say once that an existing folder lets other users read what barretimer keeps there."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & 0o044 and path not in _warned:
        from barretimer.core.text import one_line  # rarely needed: not at every start

        _warned.add(path)
        logging.getLogger(__name__).warning(
            "other users can read the folder %s (mode %o); your history and routines there "
            "are readable by them",
            one_line(str(path)),
            mode & 0o7777,
        )
