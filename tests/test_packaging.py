"""The package as people get it: a wheel and a source archive built from the checkout, the wheel
installed in a clean environment outside the checkout, playing a shipped routine by its name.

The new environment takes the already-installed dependencies (Qt, PyYAML, ...) through a .pth
file, so the test downloads nothing; barretimer itself comes only from the wheel.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


def build(kind: str, out: Path) -> Path:
    hatchling = Path(sys.executable).parent / "hatchling"
    if not hatchling.exists():
        pytest.fail("hatchling is missing: ./dev.sh test installs it from requirements/test.txt")
    subprocess.run(
        [str(hatchling), "build", "-t", kind, "-d", str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    [built] = out.glob("*.whl" if kind == "wheel" else "*.tar.gz")
    return built


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build("wheel", tmp_path_factory.mktemp("wheel"))


def test_the_wheel_carries_the_licence_and_what_the_app_uses_and_no_screenshots(
    wheel: Path,
) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert any(name.endswith("licenses/LICENSE") for name in names)
    assert "barretimer/_data/routines/exercises.yaml" in names
    assert "barretimer/_data/assets/sounds/start.wav" in names
    assert "barretimer/_data/assets/icons/barretimer.svg" in names
    assert not [name for name in names if "screenshots" in name]
    assert "barretimer/i18n/barretimer_de.qm" in names
    assert not [name for name in names if name.endswith(".ts")]  # translators' sources
    assert wheel.stat().st_size < 2_000_000  # code, routines, poses, translations: no pictures


def test_the_source_archive_carries_the_licence_and_the_lock(tmp_path: Path) -> None:
    with tarfile.open(build("sdist", tmp_path)) as archive:
        names = archive.getnames()
    for wanted in ("LICENSE", "requirements/app.txt", "requirements/test.txt", "dev.sh"):
        assert any(name.endswith("/" + wanted) for name in names), wanted


def test_the_installed_wheel_plays_a_shipped_routine_by_its_name(
    wheel: Path, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    # The dependencies this test environment already has, without barretimer's checkout.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"), *site.getsitepackages()}
    Path(purelib, "test-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BARRETIMER_DATA_DIR")}
    env["HOME"] = str(tmp_path / "home")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def barretimer(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(venv / "bin" / "barretimer"), "--data-dir", str(tmp_path / "data"), *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    where = subprocess.run(
        [str(python), "-c", "import barretimer; print(barretimer.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    assert where.startswith(str(venv)), where  # the wheel's copy, not the checkout

    listed = barretimer("routines", "--json")
    assert listed.returncode == 0, listed.stderr
    shipped = [r for r in json.loads(listed.stdout) if r.get("shipped")]
    assert len(shipped) >= 21
    assert all(str(venv) in r["path"] for r in shipped)

    played = barretimer(
        "play", "Deep Core for Runners", "--headless", "--no-speech", "--speed", "500", "--json"
    )
    assert played.returncode == 0, played.stderr
    events = [json.loads(line) for line in played.stdout.splitlines()]
    assert events[-1]["event"] == "finished"
    history = barretimer("history", "--json")
    [session] = json.loads(history.stdout)
    assert session["routine"] == "Deep Core for Runners"
    assert session["status"] == "completed"
