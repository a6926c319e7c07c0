"""Every test gets a fresh data folder; Qt runs offscreen unless a display is given."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists: with no display Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from barretimer import paths

REPO = Path(__file__).resolve().parent.parent
ROUTINES = REPO / "routines"


class FakeClock:
    """A clock for the engine that moves only when told to (a fake: time is the thing tested)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
