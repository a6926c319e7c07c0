"""Every test gets a fresh data folder; Qt runs offscreen unless a display is given."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists: with no display Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from barretimer import paths
from tests.helpers.clock import FakeClock

REPO = Path(__file__).resolve().parent.parent
ROUTINES = REPO / "routines"


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
