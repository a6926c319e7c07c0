"""Where the app keeps its files: the XDG base directories, the data folder override, and the
socket that finds an open window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from barretimer import paths

pytestmark = pytest.mark.skipif(
    sys.platform in ("darwin", "win32"), reason="the XDG base directories are for Linux and BSD"
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(paths, "_data_dir_override", None)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    return tmp_path / "home"


def test_without_xdg_variables_the_folders_are_in_the_home_folder(home: Path) -> None:
    assert paths.data_dir() == home / ".local/share/barretimer"
    assert paths.cache_dir() == home / ".cache/barretimer"
    assert paths.database_path() == home / ".local/share/barretimer/history.sqlite3"


def test_the_xdg_variables_move_the_folders(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert paths.data_dir() == tmp_path / "data/barretimer"
    assert paths.cache_dir() == tmp_path / "cache/barretimer"


@pytest.mark.parametrize("value", ["", "  ", "relative/data"])
def test_an_empty_or_relative_xdg_variable_is_ignored(
    home: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """The XDG spec: a relative path in these variables is invalid and is ignored."""
    monkeypatch.setenv("XDG_DATA_HOME", value)
    monkeypatch.setenv("XDG_CACHE_HOME", value)
    assert paths.data_dir() == home / ".local/share/barretimer"
    assert paths.cache_dir() == home / ".cache/barretimer"


def test_a_data_folder_given_keeps_everything_in_it(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "portable"))
    assert paths.data_dir() == tmp_path / "portable"
    assert paths.cache_dir() == tmp_path / "portable/cache"
    assert paths.settings_file() == tmp_path / "portable/settings.ini"


def test_each_data_folder_has_its_own_short_socket(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    sockets = set()
    for name in ("a", "b", "a" * 200, "é" * 100):
        monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / name))
        where = paths.instance_socket_path()
        assert where.parent == tmp_path / "run"
        assert len(where.name) < 60  # a socket path must stay under 108 bytes
        assert where == paths.instance_socket_path()  # the same folder, the same socket
        sockets.add(where)
    assert len(sockets) == 4
