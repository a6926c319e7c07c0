"""Translations of the shipped content: the exercise catalog, the routines and the plans.

One file per language beside the English ones, ``routines/translations/<code>.yaml``, read
with the same safe reader as routines. Its shape (every part optional)::

    language: de
    exercises:
      wall-sit:                       # a catalog id
        name: Wandsitzen
        description: ...
        cues: [..., ...]              # as many as the English, in the same order
        safety: ...
    routines:
      seat-burner:                    # a shipped routine: its file name without .yaml
        name: ...
        description: ...
        unstretched: ...              # the reason written under unstretched: why:
        texts:                        # the routine's own words, keyed by their English
          "Hips stay square to the floor.": "..."
    plans:
      in-season-maintenance:          # a shipped plan: its file name without .yaml
        name: ...
        description: ...
        notes:                        # week notes, keyed by their English
          "A lighter week.": "..."
    tags:                             # the shipped routines' tags, keyed by their English
      runners: Läufer

A routine's ``texts`` are what the routine file writes itself: a step's ``exercise`` when it is
not a catalog id, its ``cue``, each ``say`` of its ``cues`` and each block's ``name``. Words a
step takes from the catalog are translated once, under ``exercises``. An empty text ("") or a
missing one is not translated yet: the English is shown and the check warns.

The check (:mod:`core.translation_check`) and the template a translator fills in
(:mod:`core.translation_template`) live beside this module.

A user's own routines and plans (their tags too) are shown as written (a step naming a catalog exercise shows
the catalog's name and cues in the language, as it would show them in English).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from barretimer.core.languages import LANGUAGES
from barretimer.core.library import RoutineEntry
from barretimer.core.model import Block, Catalog, Exercise, Item, Routine, Step, TimedCue
from barretimer.core.plans import Plan
from barretimer.core.problems import Problem, did_you_mean, quoted
from barretimer.core.text import one_line
from barretimer.core.yamlsrc import Mark, YamlSourceError, YList, YMap, parse, read_text

FOLDER = "translations"
TOP_FIELDS = ("language", "exercises", "routines", "plans", "tags")
EXERCISE_FIELDS = ("name", "description", "cues", "safety")
ROUTINE_FIELDS = ("name", "description", "unstretched", "texts")
PLAN_FIELDS = ("name", "description", "notes")


def translation_path(shipped_dir: Path, code: str) -> Path:
    """Where the translation of ``code`` lives, beside the shipped routines."""
    return shipped_dir / FOLDER / f"{code}.yaml"


@dataclass(frozen=True)
class ExerciseText:
    name: str = ""
    description: str = ""
    cues: tuple[str, ...] = ()  # "" where one is not translated
    safety: str = ""


@dataclass(frozen=True)
class RoutineText:
    name: str = ""
    description: str = ""
    unstretched: str = ""
    texts: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanText:
    name: str = ""
    description: str = ""
    notes: Mapping[str, str] = field(default_factory=dict)


def _pick(translated: str, english: str) -> str:
    return translated or english


@dataclass(frozen=True)
class Translation:
    """One language's translations; each ``apply`` returns a new object, English where none."""

    language: str
    exercises: Mapping[str, ExerciseText] = field(default_factory=dict)
    routines: Mapping[str, RoutineText] = field(default_factory=dict)
    plans: Mapping[str, PlanText] = field(default_factory=dict)
    #: The shipped routines' tags, English to this language.
    tags: Mapping[str, str] = field(default_factory=dict)

    def exercise(self, exercise: Exercise) -> Exercise:
        text = self.exercises.get(exercise.id)
        if text is None:
            return exercise
        cues = tuple(
            _pick(text.cues[i] if i < len(text.cues) else "", cue)
            for i, cue in enumerate(exercise.cues)
        )
        return replace(
            exercise,
            name=_pick(text.name, exercise.name),
            recorded_as=exercise.history_name,
            description=_pick(text.description, exercise.description),
            cues=cues,
            safety=_pick(text.safety, exercise.safety),
        )

    def exercise_names(self, catalog: Catalog) -> dict[str, str]:
        """English exercise name to this language's: the catalog's, then the shipped routines'
        own step names (the history records the English and shows this language's)."""
        names: dict[str, str] = {}
        for routine in self.routines.values():
            names.update({english: local for english, local in routine.texts.items() if local})
        for exercise in catalog.exercises:
            text = self.exercises.get(exercise.id)
            if text is not None and text.name:
                names[exercise.name] = text.name
        return names

    def catalog(self, catalog: Catalog) -> Catalog:
        """The catalog in this language (load routines with it: steps inherit its words)."""
        if not self.exercises:
            return catalog
        return Catalog(tuple(self.exercise(e) for e in catalog.exercises))

    def routine(self, routine_id: str, routine: Routine) -> Routine:
        """A shipped routine (loaded with :meth:`catalog`'s catalog) in this language."""
        text = self.routines.get(routine_id)
        tags = tuple(self.tags.get(tag) or tag for tag in routine.tags)
        if text is None:
            return replace(routine, tags=tags)
        words = text.texts
        unstretched = routine.unstretched
        if unstretched is not None and text.unstretched:
            unstretched = replace(unstretched, why=text.unstretched)
        return replace(
            routine,
            name=_pick(text.name, routine.name),
            recorded_as=routine.history_name,
            description=_pick(text.description, routine.description),
            tags=tags,
            unstretched=unstretched,
            steps=tuple(_translate_item(item, words) for item in routine.steps),
        )

    def entries(self, entries: list[RoutineEntry]) -> list[RoutineEntry]:
        """The library with its shipped routines in this language (the user's as written)."""
        if not self.routines and not self.tags:
            return entries
        out = []
        for entry in entries:
            routine = entry.result.routine
            if entry.shipped and routine is not None:
                translated = self.routine(entry.path.stem, routine)
                entry = replace(entry, result=replace(entry.result, routine=translated))
            out.append(entry)
        return out

    def plan(self, plan: Plan) -> Plan:
        text = self.plans.get(plan.id)
        if text is None:
            return plan
        weeks = tuple(
            replace(week, note=_pick(text.notes.get(week.note, ""), week.note))
            for week in plan.weeks
        )
        return replace(
            plan,
            name=_pick(text.name, plan.name),
            description=_pick(text.description, plan.description),
            weeks=weeks,
        )


def _translate_item(item: Item, words: Mapping[str, str]) -> Item:
    def say(text: str) -> str:
        return words.get(text) or text

    if isinstance(item, Block):
        return replace(
            item, name=say(item.name), steps=tuple(_translate_item(s, words) for s in item.steps)
        )
    step: Step = item
    return replace(
        step,
        exercise=step.exercise if step.ref is not None else say(step.exercise),
        recorded_as=step.history_name,
        cue=say(step.cue),
        cues=tuple(TimedCue(c.at, say(c.say)) for c in step.cues),
    )


ENGLISH_ONLY = Translation("en")


# --- reading ----------------------------------------------------------------------------------


@dataclass
class TranslationLoad:
    translation: Translation
    problems: list[Problem]  # what makes part of the file unusable (that part stays English)
    #: Where each translated text was written, for the checks that need the English first.
    marks: dict[str, Mark] = field(default_factory=dict)
    tree: Any = None  # the file as read, for the check


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.marks: dict[str, Mark] = {}

    def problem(self, mark: Mark | None, message: str) -> None:
        line, column = (mark.line, mark.column) if mark else (0, 0)
        self.problems.append(Problem(self.file, line, column, one_line(message)))

    def mapping(self, parent: YMap, key: str, what: str) -> YMap | None:
        value = parent[key]
        if isinstance(value, YMap):
            return value
        if value is not None:  # "routines:" with nothing under it is an empty section
            self.problem(parent.value_mark(key), f"{what} must be a mapping, got {quoted(value)}")
        return None

    def fields(self, node: YMap, allowed: tuple[str, ...], what: str) -> None:
        for key in node:
            if key not in allowed:
                hint = did_you_mean(key, allowed) or "; its fields are: " + ", ".join(allowed)
                self.problem(node.key_mark(key), f"unknown field {quoted(key)} in {what}{hint}")

    def text(self, node: YMap, key: str) -> str:
        if key not in node:
            return ""
        value = node[key]
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(node.value_mark(key), f"{key} must be text, got {quoted(value)}")
            return ""
        value = value.strip()
        if value:
            self.marks.setdefault(value, node.value_mark(key))
        return value

    def text_map(self, node: YMap, key: str, what: str) -> dict[str, str]:
        if key not in node:
            return {}
        found = self.mapping(node, key, what)
        if found is None:
            return {}
        return {english.strip(): self.text(found, english) for english in found}

    def text_list(self, node: YMap, key: str) -> tuple[str, ...]:
        if key not in node:
            return ()
        value = node[key]
        if not isinstance(value, YList):
            self.problem(
                node.value_mark(key), f"{key} must be a list of texts, got {quoted(value)}"
            )
            return ()
        out = []
        for index, item in enumerate(value):
            if item is None:
                item = ""
            if not isinstance(item, str):
                self.problem(value.item_mark(index), f"{key}[{index}] must be text")
                item = ""
            item = item.strip()
            if item:
                self.marks.setdefault(item, value.item_mark(index))
            out.append(item)
        return tuple(out)


def load_translation_file(path: Path, code: str) -> TranslationLoad:
    """The translation in ``path`` (none: English) and the problems of its own shape."""
    if not path.exists():
        return TranslationLoad(Translation(code), [])
    try:
        text = read_text(path, str(path))
        tree = parse(text, str(path))
    except YamlSourceError as error:
        return TranslationLoad(Translation(code), error.problems)
    return translation_from_tree(tree, str(path), code)


def translation_from_tree(tree: Any, file: str, code: str) -> TranslationLoad:
    reader = _Reader(file)
    if not isinstance(tree, YMap):
        reader.problem(Mark(1, 1), "a translation file is a mapping with language, exercises, ...")
        return TranslationLoad(Translation(code), reader.problems)
    reader.fields(tree, TOP_FIELDS, "a translation file")
    written = tree.get("language")
    if written != code:
        reader.problem(
            tree.value_mark("language") if "language" in tree else tree.mark,
            f"language must be {quoted(code)} (the file's name), got {quoted(written)}",
        )
    sections: dict[str, dict[str, YMap]] = {}
    for section in ("exercises", "routines", "plans"):
        sections[section] = {}
        node = reader.mapping(tree, section, section) if section in tree else None
        for key in node or {}:
            assert node is not None
            entry = reader.mapping(node, key, f"{section}: {key}")
            if entry is not None:
                sections[section][key] = entry
    exercises = {}
    for key, node in sections["exercises"].items():
        reader.fields(node, EXERCISE_FIELDS, f"exercise {quoted(key)}")
        exercises[key] = ExerciseText(
            reader.text(node, "name"),
            reader.text(node, "description"),
            reader.text_list(node, "cues"),
            reader.text(node, "safety"),
        )
    routines = {}
    for key, node in sections["routines"].items():
        reader.fields(node, ROUTINE_FIELDS, f"routine {quoted(key)}")
        routines[key] = RoutineText(
            reader.text(node, "name"),
            reader.text(node, "description"),
            reader.text(node, "unstretched"),
            reader.text_map(node, "texts", "texts"),
        )
    plans = {}
    for key, node in sections["plans"].items():
        reader.fields(node, PLAN_FIELDS, f"plan {quoted(key)}")
        plans[key] = PlanText(
            reader.text(node, "name"),
            reader.text(node, "description"),
            reader.text_map(node, "notes", "notes"),
        )
    tags = reader.text_map(tree, "tags", "tags")
    translation = Translation(code, exercises, routines, plans, tags)
    return TranslationLoad(translation, reader.problems, reader.marks, tree)


def load_translation(shipped_dir: Path, code: str) -> Translation:
    """The translation the app uses for ``code`` (problems are for the check, not the user)."""
    if code not in LANGUAGES or code == "en":
        return ENGLISH_ONLY
    return load_translation_file(translation_path(shipped_dir, code), code).translation
