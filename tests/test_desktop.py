"""The desktop entry: valid for the desktop's own validator, and installed into (and removed from)
the user's XDG folders by one command each, as a person who installed with pip or pipx would."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

ENTRY = REPO / "assets" / "barretimer.desktop"


def run(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "HOME": str(data_home.parent)}
    return subprocess.run(
        [sys.executable, "-m", "barretimer", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
    )


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    return subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)


def test_the_shipped_entry_is_valid_and_claims_no_file_types() -> None:
    result = validate(ENTRY)
    assert "error" not in result.stdout + result.stderr, result.stdout + result.stderr
    # Claiming application/yaml would make barretimer the opener of every YAML file.
    assert "MimeType" not in ENTRY.read_text()


def test_install_and_uninstall_desktop(tmp_path: Path) -> None:
    data_home = tmp_path / "home" / ".local" / "share"
    result = run(data_home, "install-desktop")
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / "barretimer.desktop"
    icons = sorted((data_home / "icons" / "hicolor").rglob("barretimer.*"))
    assert entry.is_file()
    assert len(icons) == 8  # seven PNG sizes and the SVG
    assert {icon.parent.parent.name for icon in icons} >= {"48x48", "256x256", "scalable"}

    checked = validate(entry)
    assert "error" not in checked.stdout + checked.stderr, checked.stdout + checked.stderr
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    program = shlex.split(exec_line.removeprefix("Exec="))[0]
    assert Path(program).is_file() and os.access(program, os.X_OK), exec_line

    removed = run(data_home, "uninstall-desktop")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not list((data_home / "icons").rglob("barretimer.*"))
    again = run(data_home, "uninstall-desktop")
    assert again.returncode == 0 and "Nothing to remove" in again.stdout
