"""Where barretimer keeps and finds its files. The only module that knows locations.

Nothing here creates anything at import time. The data folder can be overridden with
``--data-dir DIR`` on the command line or the ``BARRETIMER_DATA_DIR`` environment variable;
the cache and settings follow it when it is overridden, so a test or a portable install keeps
everything in one place.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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


def data_dir() -> Path:
    """The folder that holds the history database and the user's routines."""
    return _override() or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Rendered speech and other files that can be made again."""
    base = _override()
    if base is not None:
        return base / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


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
    import hashlib
    import tempfile

    digest = hashlib.sha256(str(data_dir()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
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


def schema_path() -> Path:
    return _PACKAGE_DIR / "core" / "routine.schema.json"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only; return it.

    An existing folder loses any access for others, but gains nothing: a folder the user made
    read-only stays read-only.
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError:
        pass
    return path
