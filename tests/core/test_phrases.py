"""The voice's own phrases in every language: complete, well-formed, and short enough to say."""

from __future__ import annotations

import string
from dataclasses import fields

import pytest

from barretimer.core.languages import LANGUAGES, estimate_speech_s
from barretimer.core.loader import load_routine_text
from barretimer.core.model import Defaults
from barretimer.core.phrases import ENGLISH, TABLES, Phrases, phrases_for
from barretimer.core.timeline import CueKind, compile_timeline

CODES = sorted(TABLES)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_a_table_and_the_resolver_knows_each() -> None:
    assert set(TABLES) == set(LANGUAGES)
    assert phrases_for("xx") is ENGLISH  # the pseudo-language and unknown codes speak English


@pytest.mark.parametrize("code", CODES)
def test_each_phrase_is_written_and_keeps_the_english_fields(code: str) -> None:
    table = TABLES[code]
    for item in fields(Phrases):
        english, local = getattr(ENGLISH, item.name), getattr(table, item.name)
        if item.name == "countdown":
            assert len(local) == len(english) and all(n.strip() for n in local)
            continue
        assert local.strip(), f"{code}: {item.name} is empty"
        assert placeholders(local) == placeholders(english), f"{code}: {item.name}"


@pytest.mark.parametrize("code", CODES)
def test_get_ready_and_rest_are_one_sentence(code: str) -> None:
    """With "next up" off, only the first sentence is said: it must be the whole of these."""
    table = TABLES[code]
    for phrase in (table.get_ready, table.rest):
        assert ". " not in phrase and phrase.endswith((".", "!")), phrase


@pytest.mark.parametrize("code", CODES)
def test_each_phrase_fits_the_time_it_is_said_in(code: str) -> None:
    """A countdown number in its second, "10 seconds" before the countdown, "switch sides" in
    the default 5 s switch, "halfway" well inside a 30 s hold: by the calibrated estimate."""
    table = TABLES[code]
    say = lambda text: estimate_speech_s(text, code)  # noqa: E731
    assert max(say(n) for n in table.countdown[:5]) < 1.0
    defaults = Defaults()
    assert say(table.ten_seconds) < 10 - defaults.countdown
    assert say(table.switch_sides) < defaults.switch
    assert say(table.halfway) < 5
    assert say(table.right_side_start) < 3
    name = "Standing glute lift"
    assert say(table.get_ready + " " + table.first_up.format(name=name)) < defaults.lead_in
    assert say(table.rest + " " + table.next_up.format(name=name)) < defaults.rest


def test_a_timeline_speaks_the_language_it_is_given() -> None:
    routine = load_routine_text(
        "name: R\nsteps:\n  - {exercise: Side lift, sides: left-right, duration: 40}\n"
        "  - {exercise: Plank hold, duration: 30}\n",
        "r.yaml",
    ).routine
    assert routine is not None
    german = compile_timeline(routine, phrases=TABLES["de"])
    said = [e.text for i in german.intervals for e in i.events]
    assert said[0] == "Mach dich bereit. Als Erstes: Side lift, linke Seite."
    assert "Seite wechseln." in said and "Rechte Seite." in said
    assert "Pause. Als Nächstes: Plank hold." in said
    assert "Halbzeit." in said and "Noch zehn Sekunden." in said
    assert [e.text for e in german.intervals[-1].events if e.kind is CueKind.COUNTDOWN] == [
        "drei",
        "zwei",
        "eins",
    ]
    assert [i.name for i in german.intervals][:3] == ["Bereit machen", "Side lift", "Seitenwechsel"]
    english = compile_timeline(routine)
    assert english.intervals[0].events[0].text == "Get ready. First up: Side lift, left side."


def test_durations_are_said_with_the_right_plural() -> None:
    assert ENGLISH.duration(90) == "1 minute 30 seconds"
    assert ENGLISH.duration(61) == "1 minute 1 second"
    assert TABLES["de"].duration(1200) == "20 Minuten"
    assert TABLES["fr"].duration(61) == "1 minute 1 seconde"
