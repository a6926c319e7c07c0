"""The reliability trials: slow ones run only when asked for (``-m slow``, ``./dev.sh slow``)."""

from __future__ import annotations

import pytest

HERE = "tests/reliability/"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # ./dev.sh test deselects slow trials with -m "not slow"; a bare `pytest` run skips them
    # here too, so that nobody waits minutes for trials they did not ask for.
    if config.option.markexpr:
        return
    skip = pytest.mark.skip(reason="slow trial: run with ./dev.sh slow (pytest -m slow)")
    for item in items:
        if HERE in item.nodeid and item.get_closest_marker("slow"):
            item.add_marker(skip)
