"""Words the window makes from data (muscle groups, equipment, kind letters, the progression's
reasons, the editor's problems, the quick timer's routine, shipped tags) go through Qt's
translation: with the pseudo-language each comes back in markers, and each language gives
them in its own words. A word that comes back English fails here."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from barretimer.core.model import EQUIPMENT, MUSCLES, Kind
from barretimer.core.offer_reason import Reason, ReasonKind
from barretimer.core.quick import DEFAULT_EXERCISE
from barretimer.core.validate import validate_routine
from barretimer.i18n import PSEUDO_OPEN, TRANSLATED, qm_path
from barretimer.ui import language
from barretimer.ui.editor.problem_words import plain_words
from barretimer.ui.labels import (
    EQUIPMENT_WORDS,
    MUSCLE_WORDS,
    default_exercise_label,
    equipment_word,
    kind_letter,
    muscle_label,
    scale_effect_label,
)
from barretimer.ui.library.quick_timer import QuickTimerDialog
from barretimer.ui.suggestion_words import suggestion_text
from tests.ui.editor.test_problem_words import BROKEN
from tests.ui.test_i18n import install_pseudo

pytestmark = [pytest.mark.gui]

#: One reason of each kind, with numbers (both levels for a lighter start).
REASONS = [
    Reason(kind, 1.1, other=1.2, days=days, weeks=5, effort=8, level=level)
    for kind in ReasonKind
    for level in ("intermediate", "advanced")
    for days in (0, 1, 4)
]


def test_every_muscle_group_and_item_of_equipment_the_core_knows_has_a_word() -> None:
    assert sorted(MUSCLE_WORDS) == sorted(MUSCLES)
    assert sorted(EQUIPMENT_WORDS) == sorted(e for e in EQUIPMENT if e != "none")


def test_words_made_from_data_go_through_translation(qtbot, translators, pseudo_qm: Path) -> None:  # type: ignore[no-untyped-def]
    install_pseudo(pseudo_qm)
    words = [muscle_label(m) for m in MUSCLES]
    words += [equipment_word(e) for e in EQUIPMENT if e != "none"]
    words += [kind_letter(k) for k in Kind]
    words += [suggestion_text(r) for r in REASONS]
    words += [plain_words(issue) for issue in validate_routine(BROKEN)]
    words.append(default_exercise_label(DEFAULT_EXERCISE))
    words += [scale_effect_label(scale) for scale in (0.9, 1.0, 1.2)]
    dialog = QuickTimerDialog()
    qtbot.addWidget(dialog)
    for choice in (dialog.intervals_choice, dialog.max_choice):
        choice.setChecked(True)
        routine = dialog.routine()
        words += [routine.name, routine.description, *routine.tags]
    english = [w for w in words if PSEUDO_OPEN not in w]
    assert english == []
    assert muscle_label("my own group") == "my own group"  # not the core's: as written


def _translator(code: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm_path(code)))
    return translator


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_the_kind_letters_differ_in_every_language(code: str) -> None:
    """The strip tells kinds apart by letter: French Maintien and Mouvement may not share M."""
    translator = _translator(code)
    letters = []
    for kind in Kind:
        source = {Kind.HOLD: "H", Kind.STRETCH: "S", Kind.BALANCE: "B", Kind.MOVE: "M"}.get(
            kind, "R"
        )
        comment = f"the letter of {kind.value.capitalize()} on the strip"
        letters.append(translator.translate("labels", source, comment) or source)
    assert len(set(letters)) == len(Kind), letters
    assert all(len(letter) == 1 and letter.isupper() for letter in letters), letters


def test_the_quick_timer_is_shown_in_the_language_and_recorded_in_english(
    qtbot, translators
) -> None:  # type: ignore[no-untyped-def]
    language.install("de")
    dialog = QuickTimerDialog()
    qtbot.addWidget(dialog)
    dialog.rounds_box.setValue(8)
    routine = dialog.routine()
    assert routine.name.startswith("Schnell-Timer: 8 × 0:40 Arbeit")
    assert routine.history_name == "Quick timer: 8 × 0:40 work, 0:20 rest"
    [block] = routine.steps
    step = block.steps[0]  # type: ignore[union-attr]
    assert (step.exercise, step.history_name) == ("Arbeit", "Work")
    assert routine.tags == ("Schnell-Timer",)


def test_the_suggestion_is_said_in_the_language(translators) -> None:  # type: ignore[no-untyped-def]
    language.install("fr")
    text = suggestion_text(Reason(ReasonKind.SETBACK_STAY, 1.1, other=1.2, days=3))
    assert text.startswith("120%") and "il y a 3 jours" in text and "110%" in text
    english = suggestion_text(Reason(ReasonKind.MISSED_WEEK, 1.0, days=15))
    assert "15 jours" in english


def test_names_from_the_history_are_shown_in_the_language(translators) -> None:  # type: ignore[no-untyped-def]
    """The history records shipped routines and exercises under their English names; the
    window shows them in its language, and a user's own names as written."""
    language.install("de")
    assert language.routine_label("Deep Core for Runners") == "Tiefe Rumpfmuskulatur für Läufer"
    assert language.routine_label("My own routine") == "My own routine"
    assert language.exercise_label("Wall sit") == "Wandsitzen"
    assert language.exercise_label(DEFAULT_EXERCISE) == "Arbeit"
    assert language.exercise_label("My squat") == "My squat"
