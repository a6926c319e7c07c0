"""Shared pieces for the format tests: the shipped routines loaded with the real catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.model import Catalog, Routine
from tests.conftest import REPO, ROUTINES

SHIPPED = sorted(p for p in ROUTINES.glob("*.yaml") if p.name != "exercises.yaml")
DATA = REPO / "tests" / "data" / "formats"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    found, problems = load_catalog(ROUTINES / "exercises.yaml")
    assert not problems
    return found


def load(path: Path, catalog: Catalog) -> Routine:
    result = load_routine_file(path, catalog)
    assert result.ok and result.routine is not None, result.problems
    return result.routine
