"""Translations of the shipped content: read, checked against the English, applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from barretimer.core.library import RoutineEntry, load_catalog, load_library
from barretimer.core.loader import load_routine_file
from barretimer.core.model import iter_steps
from barretimer.core.plans import load_plan_file
from barretimer.core.translation_check import check_translation, shipped_sources, shipped_tags
from barretimer.core.translation_template import template
from barretimer.core.translations import load_translation_file, translation_path
from barretimer.i18n import TRANSLATED
from tests.conftest import ROUTINES

LONG = (
    "Drück die Ferse ganz langsam und kontrolliert nach hinten und auf keinen Fall nach oben, "
    "während die Hüften ruhig bleiben, der Bauch fest ist und der Atem gleichmäßig weiterfließt, "
    "bis die Übung endet."
)

GERMAN = f"""\
language: de
exercises:
  standing-glute-lift:
    name: Gesäßheben im Stand
    cues:
      - Aus dem Gesäß heben, nicht aus dem Rücken.
      - Kleiner Radius, ruhiger Rhythmus.
      - Hüften bleiben parallel zum Boden.
  march-in-plac:
    name: Marschieren auf der Stelle
  side-plank:
    cues: [Nur einer]
    colour: rot
routines:
  seat-burner:
    name: Po-Brenner für Läufer
    texts:
      "Keep the hips level.": "Becken gerade halten."
      "Keep hips level.": "Becken gerade."
      "Press the heel back, not up.": "{LONG}"
plans:
  in-season-maintenance:
    name: In der Saison
    notes:
      "A lighter week.": "Eine leichtere Woche."
tags:
  runners: Läufer
"""


@pytest.fixture(scope="module")
def english():  # type: ignore[no-untyped-def]
    catalog, problems = load_catalog(ROUTINES / "exercises.yaml")
    assert not problems
    routines, plans = shipped_sources(ROUTINES, catalog)
    return catalog, routines, plans


def german_file(tmp_path: Path) -> Path:
    path = tmp_path / "de.yaml"
    path.write_text(GERMAN, encoding="utf-8")
    return path


def line_of(text: str) -> int:
    return next(n for n, line in enumerate(GERMAN.splitlines(), 1) if text in line)


def test_the_check_says_where_each_problem_is(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalog, routines, plans = english
    path = german_file(tmp_path)
    check = check_translation(path, "de", catalog, routines, plans)
    errors = [str(p) for p in check.errors]
    assert (
        f'{path}:{line_of("march-in-plac:")}:3: no exercise "march-in-plac" in the catalog (did you mean "march-in-place"?)'
        in errors
    )
    assert any(
        e.startswith(f'{path}:{line_of("colour")}:5: unknown field "colour"') for e in errors
    )
    assert any(
        e.startswith(f"{path}:{line_of('Nur einer')}:11: exercise side-plank has ")
        and "cues in English, this gives 1; translate each, in the same order" in e
        for e in errors
    )
    assert any(
        e.startswith(f"{path}:{line_of('Keep hips level.')}:7:")
        and 'no text "Keep hips level."' in e
        for e in errors
    )
    assert len(errors) == 4, errors
    warnings = [str(p) for p in check.warnings]
    too_long = [w for w in warnings if "too long to say" in w]
    assert len(too_long) == 1
    assert too_long[0].startswith(f"{path}:{line_of('Press the heel back')}:")
    assert "routine seat-burner" in too_long[0]
    untranslated = [w for w in warnings if "not translated yet" in w]
    assert any("exercise march-in-place name" in w for w in untranslated)
    assert not any("exercise standing-glute-lift name" in w for w in untranslated)
    assert not any('plan in-season-maintenance note "A lighter week."' in w for w in untranslated)


def test_a_translation_that_fits_its_slot_is_not_reported(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalog, routines, plans = english
    path = tmp_path / "de.yaml"
    path.write_text(GERMAN.replace(LONG, "Ferse nach hinten, nicht nach oben."), encoding="utf-8")
    check = check_translation(path, "de", catalog, routines, plans)
    assert not [w for w in check.warnings if "too long" in w.message]


def test_translations_are_applied_to_shipped_content_only(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalog, _routines, _plans = english
    german = load_translation_file(german_file(tmp_path), "de").translation
    local_catalog = german.catalog(catalog)
    assert local_catalog.get("standing-glute-lift").name == "Gesäßheben im Stand"  # type: ignore[union-attr]
    assert local_catalog.get("march-in-place").name == "March in place"  # English where none

    user_dir = tmp_path / "mine"
    user_dir.mkdir()
    (user_dir / "mine.yaml").write_text(
        "name: Mine\ntags: [runners]\nsteps:\n  - {exercise: standing-glute-lift, duration: 40}\n"
        "  - {exercise: My own lift, duration: 30, cue: Keep the hips level.}\n",
        encoding="utf-8",
    )
    entries = german.entries(load_library(ROUTINES, user_dir, local_catalog))
    by_id = {e.path.stem: e for e in entries}
    seat: RoutineEntry = by_id["seat-burner"]
    assert seat.name == "Po-Brenner für Läufer"
    assert seat.result.routine.tags[0] == "Läufer"  # type: ignore[union-attr]
    assert "barre" in seat.result.routine.tags  # type: ignore[union-attr]  # English where none
    assert by_id["mine"].result.routine.tags == ("runners",)  # type: ignore[union-attr]
    steps = list(iter_steps(seat.result.routine.steps))  # type: ignore[union-attr]
    lift = next(s for s in steps if s.ref == "standing-glute-lift")
    assert lift.exercise == "Gesäßheben im Stand"
    assert [c.say for c in lift.cues] == ["Hips stay square to the floor.", LONG]
    assert "Becken gerade halten." in [c.say for s in steps for c in s.cues]
    mine = list(iter_steps(by_id["mine"].result.routine.steps))  # type: ignore[union-attr]
    assert mine[0].exercise == "Gesäßheben im Stand"  # the catalog's words, in the language
    assert (mine[1].exercise, mine[1].cue) == ("My own lift", "Keep the hips level.")  # as written

    plan = load_plan_file(ROUTINES / "plans" / "in-season-maintenance.yaml").plan
    assert plan is not None
    local_plan = german.plan(plan)
    assert local_plan.name == "In der Saison"
    assert "Eine leichtere Woche." in [w.note for w in local_plan.weeks]
    assert local_plan.description == plan.description


def test_the_template_has_every_key_and_keeps_what_is_translated(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalog, routines, plans = english
    fixed = GERMAN.replace("  march-in-plac:\n    name: Marschieren auf der Stelle\n", "")
    fixed = fixed.replace("    cues: [Nur einer]\n    colour: rot\n", "    safety: Vorsicht.\n")
    fixed = fixed.replace('      "Keep hips level.": "Becken gerade."\n', "")
    source = tmp_path / "partial.yaml"
    source.write_text(fixed, encoding="utf-8")
    kept = load_translation_file(source, "de").translation
    path = tmp_path / "de.yaml"
    path.write_text(template("de", catalog, routines, plans, kept), encoding="utf-8")
    check = check_translation(path, "de", catalog, routines, plans)
    assert check.errors == []
    again = load_translation_file(path, "de").translation
    assert again.exercises["standing-glute-lift"] == kept.exercises["standing-glute-lift"]
    assert again.exercises["side-plank"].safety == "Vorsicht."
    assert again.routines["seat-burner"].texts["Keep the hips level."] == "Becken gerade halten."
    # every English text has its key: nothing is left for a translator to find elsewhere
    untranslated = len([w for w in check.warnings if "not translated" in w.message])
    empty = check_translation(
        _written(tmp_path, template("de", catalog, routines, plans)), "de", catalog, routines, plans
    )
    assert empty.errors == []
    assert len(empty.warnings) > untranslated > 0


def _written(folder: Path, text: str) -> Path:
    path = folder / "empty" / "de.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_file_is_reported_and_leaves_english(tmp_path: Path) -> None:
    path = tmp_path / "fr.yaml"
    path.write_text("language: fr\nexercises:\n  wall-sit: {name: [a, b]\n", encoding="utf-8")
    load = load_translation_file(path, "fr")
    assert load.translation.exercises == {}
    assert str(load.problems[0]).startswith(f"{path}:")
    wrong = tmp_path / "it.yaml"
    wrong.write_text("language: es\n", encoding="utf-8")
    assert 'language must be "it"' in load_translation_file(wrong, "it").problems[0].message


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_shipped_translation_file_is_well_formed(english, code: str) -> None:  # type: ignore[no-untyped-def]
    """Unknown ids and keys are errors; texts not translated yet are only warnings."""
    catalog, routines, plans = english
    path = translation_path(ROUTINES, code)
    assert path.exists()
    check = check_translation(path, code, catalog, routines, plans)
    assert check.errors == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_shipped_tag_has_a_translation(english, code: str) -> None:  # type: ignore[no-untyped-def]
    """The Library shows a shipped routine's tags in the language: none may come back English
    because a routine gained a tag nobody translated."""
    catalog, routines, plans = english
    tags = shipped_tags(routines)
    assert "runners" in tags and len(tags) > 30
    translation = load_translation_file(translation_path(ROUTINES, code), code).translation
    assert [tag for tag in tags if not translation.tags.get(tag)] == []
    check = check_translation(translation_path(ROUTINES, code), code, catalog, routines, plans)
    assert not [w for w in check.warnings if "tag " in w.message]


def test_a_routine_loaded_with_the_translated_catalog_keeps_its_timing(
    english, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    catalog, _routines, _plans = english
    german = load_translation_file(german_file(tmp_path), "de").translation
    path = ROUTINES / "seat-burner.yaml"
    plain = load_routine_file(path, catalog).routine
    local = german.routine("seat-burner", load_routine_file(path, german.catalog(catalog)).routine)  # type: ignore[arg-type]
    from barretimer.core.timeline import compile_timeline

    assert compile_timeline(plain).total_s == compile_timeline(local).total_s  # type: ignore[arg-type]
    assert local.name != plain.name  # type: ignore[union-attr]
