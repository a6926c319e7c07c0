"""--language on the command line, and the translations command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from barretimer import cli, paths
from tests.conftest import ROUTINES
from tests.test_cli import run

ROUTINE = """\
name: Short Seat
description: Two moves.
defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 3}
steps:
  - exercise: standing-glute-lift
    duration: 30
    cues:
      - {at: 8, say: "Keep the hips level."}
  - exercise: My own hold
    kind: hold
    duration: 20
    cue: Breathe.
"""

GERMAN = """\
language: de
exercises:
  standing-glute-lift:
    name: Gesäßheben im Stand
    cues:
      - Aus dem Gesäß heben, nicht aus dem Rücken.
      - Kleiner Radius, ruhiger Rhythmus.
      - Hüften bleiben parallel zum Boden.
routines:
  short-seat:
    name: Kurzes Gesäßtraining
    texts:
      "Keep the hips level.": "Becken gerade halten."
      "My own hold": "Eigenes Halten"
      "Breathe.": "Atmen."
"""


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "shipped"
    (folder / "translations").mkdir(parents=True)
    shutil.copy(ROUTINES / "exercises.yaml", folder / "exercises.yaml")
    (folder / "short-seat.yaml").write_text(ROUTINE, encoding="utf-8")
    (folder / "translations" / "de.yaml").write_text(GERMAN, encoding="utf-8")
    monkeypatch.setattr(paths, "shipped_routines_dir", lambda: folder)
    monkeypatch.setattr(paths, "catalog_path", lambda: folder / "exercises.yaml")
    return folder


def test_play_headless_prints_the_cues_in_the_chosen_language(
    shipped: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # --language wins over the system
    code = cli.main(
        ["--language", "de", "play", str(shipped / "short-seat.yaml"), "--headless",
         "--no-speech", "--json", "--speed", "200"]
    )  # fmt: skip
    assert code == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    said = [e["text"] for e in events if e["event"] not in ("interval_started", "interval_ended")]
    assert said[0] == "Kurzes Gesäßtraining"
    assert said[1] == "Mach dich bereit. Als Erstes: Gesäßheben im Stand, linke Seite."
    assert said[2:5] == ["drei", "zwei", "eins"]
    assert "Gesäßheben im Stand, linke Seite. Aus dem Gesäß heben, nicht aus dem Rücken." in said
    assert "Seite wechseln." in said and "Rechte Seite." in said
    assert "Becken gerade halten." in said
    assert "Pause. Als Nächstes: Eigenes Halten." in said
    assert "Eigenes Halten. Atmen." in said
    assert "Noch zehn Sekunden." in said
    assert said[-1].startswith("Gut gemacht. Du hast ") and said[-1].endswith(" trainiert.")
    assert not [t for t in said if t.isascii() and t.startswith(("Get ready", "Rest", "Well"))]


def test_the_system_language_is_used_without_the_option(
    shipped: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    args = ["play", str(shipped / "short-seat.yaml"), "--headless", "--no-speech", "--speed", "200"]
    assert cli.main(args) == 0
    assert "Mach dich bereit." in capsys.readouterr().out


def test_a_users_own_routine_is_shown_as_written(
    shipped: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "short-seat.yaml"  # the same file name, but not a shipped routine
    mine.write_text(ROUTINE, encoding="utf-8")
    args = ["--language", "de", "play", str(mine), "--headless", "--no-speech", "--speed", "200"]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "Keep the hips level." in out and "Eigenes Halten" not in out
    assert "Gesäßheben im Stand" in out  # a catalog exercise shows the catalog's words


def test_an_unknown_language_is_refused_in_words() -> None:
    result = run("--language", "tlh", "play", str(ROUTINES / "seat-burner.yaml"), "--headless")
    assert result.returncode == 2
    assert "--language 'tlh' is not a language barretimer has" in result.stderr
    assert "Traceback" not in result.stderr


def test_translations_check_and_template(tmp_path: Path) -> None:
    checked = run("translations", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "de: 0 errors" in checked.stderr and "pt_BR: 0 errors" in checked.stderr
    out = tmp_path / "fr.yaml"
    made = run("translations", "template", "fr", "-o", str(out))
    assert made.returncode == 0, made.stderr
    assert out.read_text(encoding="utf-8").startswith("# barretimer:")
    bad = run("translations", "template", "de", "fr")
    assert bad.returncode == 2 and "one language" in bad.stderr
