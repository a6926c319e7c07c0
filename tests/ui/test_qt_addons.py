"""barretimer needs only PySide6-Essentials: the Addons package (418 MB, mostly WebEngine) is not
a dependency, so no module of the app may import one of its Qt modules."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from importlib import metadata

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.gui

#: The Qt modules of PySide6-Addons 6.11; an installed Addons package adds any newer ones.
ADDONS_MODULES = frozenset(
    [
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtBluetooth",
        "QtCanvasPainter",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetworkAuth",
        "QtNfc",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtQuick3D",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtStateMachine",
        "QtTextToSpeech",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
    ]
)


def addons_modules() -> set[str]:
    names = set(ADDONS_MODULES)
    try:
        files = metadata.files("PySide6-Addons") or []
    except metadata.PackageNotFoundError:
        return names
    for file in files:  # its extension modules (its .pyi files include Essentials' stubs)
        parts = file.parts
        if len(parts) == 2 and parts[0] == "PySide6" and parts[1].endswith((".so", ".pyd")):
            names.add(parts[1].split(".")[0])
    return names


# Run in a process of its own: every module of the app imported with the Addons modules made
# unimportable, then the trends drawn with a week of data.
SCRIPT = """
import importlib, importlib.abc, pkgutil, sys
from datetime import date, timedelta

ADDONS = set(sys.argv[1].split())

class NoAddons(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith("PySide6.") and name.split(".")[1] in ADDONS:
            raise ImportError(f"{name} is in PySide6-Addons")
        return None

sys.meta_path.insert(0, NoAddons())

import barretimer
for module in pkgutil.walk_packages(barretimer.__path__, "barretimer."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)

from PySide6.QtWidgets import QApplication
from barretimer.store.trends import Trends, WeekMinutes, WeekSessions
from barretimer.ui.history.charts import TrendsView

app = QApplication([])
weeks = [date(2025, 1, 6) + timedelta(weeks=n) for n in range(12)]
trends = Trends(
    weeks,
    [WeekMinutes(w, {"hold": 10.0 + n}) for n, w in enumerate(weeks)],
    [WeekSessions(w, n % 4, n % 4 >= 2) for n, w in enumerate(weeks)],
    2, 1, [],
)
view = TrendsView()
view.resize(900, 600)
view.show_trends(trends)
image = view.minutes_view.grab().toImage()
colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
print("colours", len(colours))
print("addons", sorted(m for m in sys.modules if m.split(".")[-1] in ADDONS))
"""


def test_every_module_imports_and_the_charts_draw_without_qt_addons():
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), " ".join(sorted(addons_modules()))],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert int(lines["colours"]) > 10  # the chart was drawn, not left blank
    assert lines["addons"] == "[]"


def test_pyproject_does_not_ask_for_qt_addons():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~ ;\[]", d, maxsplit=1)[0].lower() for d in project["dependencies"]}
    assert "pyside6-essentials" in names
    assert not names & {"pyside6-addons", "pyside6"}  # the PySide6 package pulls in Addons
