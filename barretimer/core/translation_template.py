"""A complete translation file for a translator to fill in: every key of the English content,
the English as a comment above each text, and what is already translated kept.
``barretimer translations template CODE`` writes it."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping

from barretimer.core.languages import language
from barretimer.core.model import Catalog
from barretimer.core.plans import Plan
from barretimer.core.translation_check import SourceRoutine, shipped_tags
from barretimer.core.translations import ExerciseText, PlanText, RoutineText, Translation


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), 96 - len(indent)) or [""]
    return [f"{indent}# {line}" for line in lines]


class _Lines(list[str]):
    """The file being written, line by line."""

    def field(self, indent: str, key: str, english: str, translated: str) -> None:
        """``key: "translated"`` under its English as a comment; nothing when no English."""
        if not english:
            return
        self.extend(_comment(english, indent))
        self.append(f"{indent}{key}: {_q(translated)}")

    def keyed(self, head: str, indent: str, english: list[str], done: Mapping[str, str]) -> None:
        """A map keyed by its English texts (routine texts, week notes, tags)."""
        if not english:
            return
        self.append(head)
        for text in english:
            self.append(f"{indent}{_q(text)}: {_q(done.get(text, ''))}")


def _exercises(out: _Lines, catalog: Catalog, t: Translation) -> None:
    for exercise in catalog.exercises:
        text = t.exercises.get(exercise.id, ExerciseText())
        out.append(f"  {exercise.id}:")
        out.field("    ", "name", exercise.name, text.name)
        out.field("    ", "description", exercise.description, text.description)
        if exercise.cues:
            out.append("    cues:")
            for index, cue in enumerate(exercise.cues):
                out.extend(_comment(cue, "      "))
                done = text.cues[index] if index < len(text.cues) else ""
                out.append(f"      - {_q(done)}")
        out.field("    ", "safety", exercise.safety, text.safety)


def _routines(out: _Lines, routines: list[SourceRoutine], t: Translation) -> None:
    for source in routines:
        text = t.routines.get(source.id, RoutineText())
        routine = source.routine
        out.append(f"  {source.id}:")
        out.field("    ", "name", routine.name, text.name)
        out.field("    ", "description", routine.description, text.description)
        if routine.unstretched is not None:
            out.field("    ", "unstretched", routine.unstretched.why, text.unstretched)
        out.keyed("    texts:", "      ", list(source.texts), text.texts)


def _plans(out: _Lines, plans: list[Plan], t: Translation) -> None:
    for plan in plans:
        text = t.plans.get(plan.id, PlanText())
        out.append(f"  {plan.id}:")
        out.field("    ", "name", plan.name, text.name)
        out.field("    ", "description", plan.description, text.description)
        notes = list(dict.fromkeys(w.note for w in plan.weeks if w.note))
        out.keyed("    notes:", "      ", notes, text.notes)


def template(
    code: str,
    catalog: Catalog,
    routines: list[SourceRoutine],
    plans: list[Plan],
    existing: Translation | None = None,
) -> str:
    """A complete translation file for ``code``: every key, the English as a comment above
    each, and the translations of ``existing`` kept ("" where there is none yet)."""
    t = existing or Translation(code)
    out = _Lines(
        [
            f"# barretimer: the shipped exercises, routines and plans in {language(code).name} ({code}).",
            '# Each text\'s English is in the comment above it. "" means not translated yet: the',
            "# English is shown. Under texts:, notes: and tags: the key is the English: write only",
            "# the value. Keep the quotes. Check with: barretimer translations check " + code,
            f"language: {code}",
            "",
            "exercises:",
        ]
    )
    _exercises(out, catalog, t)
    out += ["", "routines:"]
    _routines(out, routines, t)
    out += ["", "plans:"]
    _plans(out, plans, t)
    out.append("")
    out.keyed("tags:", "  ", shipped_tags(routines), t.tags)
    return "\n".join(out) + "\n"
