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

A routine's ``texts`` are what the routine file writes itself: a step's ``exercise`` when it is
not a catalog id, its ``cue``, each ``say`` of its ``cues`` and each block's ``name``. Words a
step takes from the catalog are translated once, under ``exercises``. An empty text ("") or a
missing one is not translated yet: the English is shown and the check warns.

A user's own routines and plans are shown as written (a step naming a catalog exercise shows
the catalog's name and cues in the language, as it would show them in English).
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from barretimer.core.languages import LANGUAGES, estimate_speech_s, language
from barretimer.core.library import RoutineEntry
from barretimer.core.model import Block, Catalog, Exercise, Item, Routine, Step, TimedCue
from barretimer.core.phrases import phrases_for
from barretimer.core.plans import Plan
from barretimer.core.problems import Problem, did_you_mean, quoted
from barretimer.core.text import one_line
from barretimer.core.yamlsrc import Mark, YamlSourceError, YList, YMap, parse, read_text

FOLDER = "translations"
TOP_FIELDS = ("language", "exercises", "routines", "plans")
EXERCISE_FIELDS = ("name", "description", "cues", "safety")
ROUTINE_FIELDS = ("name", "description", "unstretched", "texts")
PLAN_FIELDS = ("name", "description", "notes")
#: A translated cue may take this much longer than its slot before the check complains: the
#: estimate is rough and the speech planner lets a cue run a little into the next.
SLOT_MARGIN_S = 0.3


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
            description=_pick(text.description, exercise.description),
            cues=cues,
            safety=_pick(text.safety, exercise.safety),
        )

    def catalog(self, catalog: Catalog) -> Catalog:
        """The catalog in this language (load routines with it: steps inherit its words)."""
        if not self.exercises:
            return catalog
        return Catalog(tuple(self.exercise(e) for e in catalog.exercises))

    def routine(self, routine_id: str, routine: Routine) -> Routine:
        """A shipped routine (loaded with :meth:`catalog`'s catalog) in this language."""
        text = self.routines.get(routine_id)
        if text is None:
            return routine
        words = text.texts
        unstretched = routine.unstretched
        if unstretched is not None and text.unstretched:
            unstretched = replace(unstretched, why=text.unstretched)
        return replace(
            routine,
            name=_pick(text.name, routine.name),
            recorded_as=routine.history_name,
            description=_pick(text.description, routine.description),
            unstretched=unstretched,
            steps=tuple(_translate_item(item, words) for item in routine.steps),
        )

    def entries(self, entries: list[RoutineEntry]) -> list[RoutineEntry]:
        """The library with its shipped routines in this language (the user's as written)."""
        if not self.routines:
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
    translation = Translation(code, exercises, routines, plans)
    return TranslationLoad(translation, reader.problems, reader.marks, tree)


def load_translation(shipped_dir: Path, code: str) -> Translation:
    """The translation the app uses for ``code`` (problems are for the check, not the user)."""
    if code not in LANGUAGES or code == "en":
        return ENGLISH_ONLY
    return load_translation_file(translation_path(shipped_dir, code), code).translation


# --- what there is to translate ---------------------------------------------------------------


@dataclass(frozen=True)
class SourceRoutine:
    """A shipped routine as the check and the template need it."""

    id: str
    path: Path
    routine: Routine  # loaded with the English catalog
    texts: tuple[str, ...]  # the words its file writes itself, in order, each once


def _written_texts(items: Any, catalog: Catalog, seen: dict[str, None]) -> None:
    """The words a routine file writes itself (see the module's docstring), from its tree."""
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        if "steps" in item and "exercise" not in item:
            if isinstance(item.get("name"), str) and item["name"].strip():
                seen.setdefault(item["name"].strip(), None)
            _written_texts(item["steps"], catalog, seen)
            continue
        exercise = item.get("exercise")
        if isinstance(exercise, str) and exercise.strip() and catalog.get(exercise) is None:
            seen.setdefault(exercise.strip(), None)
        if isinstance(item.get("cue"), str) and item["cue"].strip():
            seen.setdefault(item["cue"].strip(), None)
        for cue in item.get("cues") or () if isinstance(item.get("cues"), list) else ():
            if isinstance(cue, dict) and isinstance(cue.get("say"), str) and cue["say"].strip():
                seen.setdefault(cue["say"].strip(), None)


def source_routine(path: Path, catalog: Catalog) -> SourceRoutine | None:
    """A shipped routine and its own words, or None when it does not load cleanly."""
    from barretimer.core.loader import load_routine_file

    result = load_routine_file(path, catalog)
    if not result.ok or result.routine is None:
        return None
    seen: dict[str, None] = {}
    try:
        tree = parse(read_text(path), str(path))
    except YamlSourceError:
        return None
    if isinstance(tree, dict):
        _written_texts(tree.get("steps"), catalog, seen)
    return SourceRoutine(path.stem, path, result.routine, tuple(seen))


# --- the check --------------------------------------------------------------------------------


@dataclass
class TranslationCheck:
    errors: list[Problem]  # the file is wrong here: fix it
    warnings: list[Problem]  # not translated yet (English is shown), or a cue that may not fit

    @property
    def ok(self) -> bool:
        return not self.errors


def check_translation(
    path: Path,
    code: str,
    catalog: Catalog,
    routines: list[SourceRoutine],
    plans: list[Plan],
) -> TranslationCheck:
    """Every problem of a translation file against the English content.

    Errors: the file's shape, an id or key the English does not have, a cue list of another
    length. Warnings: a text not translated yet, and a translated spoken phrase that takes
    longer to say than its slot (while the English fits), by :func:`estimate_speech_s`.
    """
    file = str(path)
    load = load_translation_file(path, code)
    errors = list(load.problems)
    warnings: list[Problem] = []
    tree = load.tree
    if not isinstance(tree, YMap):
        return TranslationCheck(errors, warnings)
    t = load.translation

    def at(mark: Mark | None) -> tuple[int, int]:
        return (mark.line, mark.column) if mark else (1, 1)

    def err(mark: Mark | None, message: str) -> None:
        errors.append(Problem(file, *at(mark), one_line(message)))

    def warn(mark: Mark | None, message: str) -> None:
        warnings.append(Problem(file, *at(mark), one_line(message)))

    def section(name: str) -> YMap | None:
        node = tree.get(name)
        return node if isinstance(node, YMap) else None

    def entry_mark(name: str, key: str) -> Mark:
        node = section(name)
        if node is not None and key in node:
            return node.key_mark(key)
        return node.mark if node is not None else tree.mark

    def field_mark(name: str, key: str, field_name: str) -> Mark:
        node = section(name)
        entry = node.get(key) if node is not None else None
        if isinstance(entry, YMap) and field_name in entry:
            return entry.value_mark(field_name)
        return entry_mark(name, key)

    def missing(name: str, key: str, what: str) -> None:
        warn(entry_mark(name, key), f"not translated yet: {what} (English is shown)")

    # exercises
    english_exercises = {e.id: e for e in catalog.exercises}
    for key in t.exercises:
        if key not in english_exercises:
            hint = did_you_mean(key, english_exercises)
            err(entry_mark("exercises", key), f"no exercise {quoted(key)} in the catalog{hint}")
    for exercise in catalog.exercises:
        text = t.exercises.get(exercise.id, ExerciseText())
        where = f"exercise {exercise.id}"
        for name in ("name", "description", "safety"):
            if getattr(exercise, name) and not getattr(text, name):
                missing("exercises", exercise.id, f"{where} {name}")
        if text.cues and len(text.cues) != len(exercise.cues):
            err(
                field_mark("exercises", exercise.id, "cues"),
                f"{where} has {len(exercise.cues)} cues in English, "
                f"this gives {len(text.cues)}; translate each, in the same order",
            )
        elif exercise.cues and (not text.cues or not all(text.cues)):
            missing("exercises", exercise.id, f"{where} cues")

    # routines
    by_id = {r.id: r for r in routines}
    for key in t.routines:
        if key not in by_id:
            hint = did_you_mean(key, by_id)
            err(entry_mark("routines", key), f"no shipped routine {quoted(key)}{hint}")
    for source in routines:
        r_text = t.routines.get(source.id, RoutineText())
        where = f"routine {source.id}"
        for name in ("name", "description"):
            if getattr(source.routine, name) and not getattr(r_text, name):
                missing("routines", source.id, f"{where} {name}")
        if source.routine.unstretched is not None and not r_text.unstretched:
            missing("routines", source.id, f"{where} unstretched")
        known = set(source.texts)
        node = section("routines")
        entry = node.get(source.id) if node is not None else None
        texts_node = entry.get("texts") if isinstance(entry, YMap) else None
        for english in r_text.texts:
            if english not in known:
                mark = texts_node.key_mark(english) if isinstance(texts_node, YMap) else None
                hint = did_you_mean(english, known)
                err(mark, f"{where} has no text {quoted(english)}{hint}")
        for english in source.texts:
            if not r_text.texts.get(english):
                missing("routines", source.id, f"{where} text {quoted(english)}")

    # plans
    plan_ids = {p.id: p for p in plans}
    for key in t.plans:
        if key not in plan_ids:
            hint = did_you_mean(key, plan_ids)
            err(entry_mark("plans", key), f"no shipped plan {quoted(key)}{hint}")
    for plan in plans:
        p_text = t.plans.get(plan.id, PlanText())
        where = f"plan {plan.id}"
        for name in ("name", "description"):
            if getattr(plan, name) and not getattr(p_text, name):
                missing("plans", plan.id, f"{where} {name}")
        notes = {w.note for w in plan.weeks if w.note}
        for english in p_text.notes:
            if english not in notes:
                err(None, f"{where} has no week note {quoted(english)}")
        for note in sorted(notes):
            if not p_text.notes.get(note):
                missing("plans", plan.id, f"{where} note {quoted(note)}")

    warnings.extend(_slot_problems(file, code, t, catalog, routines, load.marks))
    return TranslationCheck(errors, warnings)


def cue_slots(routine: Routine, code: str = "en") -> Iterator[tuple[str, float]]:
    """Each phrase the routine says and the seconds it has before the next phrase or the end
    of its interval (at the routine's own settings, scale 1)."""
    from barretimer.core.timeline import compile_timeline  # the timeline needs this module's

    timeline = compile_timeline(routine, phrases=phrases_for(code))
    for interval in timeline.intervals:
        length = interval.duration_s
        starts = [e.offset_s + length if e.from_end else e.offset_s for e in interval.events]
        for index, event in enumerate(interval.events):
            following = starts[index + 1] if index + 1 < len(starts) else length
            yield event.text, following - starts[index]


def _slot_problems(
    file: str,
    code: str,
    translation: Translation,
    catalog: Catalog,
    routines: list[SourceRoutine],
    marks: Mapping[str, Mark],
) -> list[Problem]:
    from barretimer.core.loader import load_routine_file

    problems: dict[tuple[int, int, str], Problem] = {}
    name = language(code).name
    translated_catalog = translation.catalog(catalog)
    for source in routines:
        loaded = load_routine_file(source.path, translated_catalog).routine
        if loaded is None:
            continue
        translated = translation.routine(source.id, loaded)
        english = list(cue_slots(source.routine))
        local = list(cue_slots(translated, code))
        if len(english) != len(local):
            continue  # cannot happen: a translation changes words, not timing
        for (english_text, slot), (text, _) in zip(english, local, strict=True):
            needed = estimate_speech_s(text, code)
            if needed <= slot + SLOT_MARGIN_S or estimate_speech_s(english_text, "en") > slot:
                continue
            parts = [m for m in marks if m in text]
            if not parts:
                continue  # the voice's own phrases: checked by the tests of core.phrases
            part = max(parts, key=len)
            mark = marks[part]
            message = (
                f"{quoted(part)} is too long to say in its slot in routine {source.id}: "
                f"{name} takes about {needed:.1f} s, there are {slot:.1f} s before the next cue "
                f"(the English takes {estimate_speech_s(english_text, 'en'):.1f} s); shorten it"
            )
            problems.setdefault(
                (mark.line, mark.column, part), Problem(file, mark.line, mark.column, message)
            )
    return list(problems.values())


# --- the template -----------------------------------------------------------------------------


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), 96 - len(indent)) or [""]
    return [f"{indent}# {line}" for line in lines]


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
    out = [
        f"# barretimer: the shipped exercises, routines and plans in {language(code).name} ({code}).",
        '# Each text\'s English is in the comment above it. "" means not translated yet: the',
        "# English is shown. Under texts: and notes: the key is the English: write only the",
        "# value. Keep the quotes. Check with: barretimer translations check " + code,
        f"language: {code}",
        "",
        "exercises:",
    ]

    def field_lines(indent: str, key: str, english: str, translated: str) -> None:
        if not english:
            return
        out.extend(_comment(english, indent))
        out.append(f"{indent}{key}: {_q(translated)}")

    for exercise in catalog.exercises:
        text = t.exercises.get(exercise.id, ExerciseText())
        out.append(f"  {exercise.id}:")
        field_lines("    ", "name", exercise.name, text.name)
        field_lines("    ", "description", exercise.description, text.description)
        if exercise.cues:
            out.append("    cues:")
            for index, cue in enumerate(exercise.cues):
                out.extend(_comment(cue, "      "))
                done = text.cues[index] if index < len(text.cues) else ""
                out.append(f"      - {_q(done)}")
        field_lines("    ", "safety", exercise.safety, text.safety)
    out += ["", "routines:"]
    for source in routines:
        r_text = t.routines.get(source.id, RoutineText())
        routine = source.routine
        out.append(f"  {source.id}:")
        field_lines("    ", "name", routine.name, r_text.name)
        field_lines("    ", "description", routine.description, r_text.description)
        if routine.unstretched is not None:
            field_lines("    ", "unstretched", routine.unstretched.why, r_text.unstretched)
        if source.texts:
            out.append("    texts:")
            for english in source.texts:
                out.append(f"      {_q(english)}: {_q(r_text.texts.get(english, ''))}")
    out += ["", "plans:"]
    for plan in plans:
        text_p = t.plans.get(plan.id, PlanText())
        out.append(f"  {plan.id}:")
        field_lines("    ", "name", plan.name, text_p.name)
        field_lines("    ", "description", plan.description, text_p.description)
        notes = list(dict.fromkeys(w.note for w in plan.weeks if w.note))
        if notes:
            out.append("    notes:")
            for note in notes:
                out.append(f"      {_q(note)}: {_q(text_p.notes.get(note, ''))}")
    return "\n".join(out) + "\n"


def shipped_sources(shipped_dir: Path, catalog: Catalog) -> tuple[list[SourceRoutine], list[Plan]]:
    """The shipped routines and plans that translations translate, in English."""
    from barretimer.core.library import routine_files
    from barretimer.core.plans import load_plans

    routines = [s for p in routine_files(shipped_dir) if (s := source_routine(p, catalog))]
    ids = {s.id for s in routines}
    plans = [load.plan for _path, load in load_plans(shipped_dir / "plans", None, ids) if load.plan]
    return routines, plans
