"""The check of a translation file against the English content: what the file gets wrong
(errors) and what it has not translated yet or may not fit its slot when spoken (warnings),
each with FILE:LINE:COLUMN. ``barretimer translations check`` prints them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from barretimer.core.languages import estimate_speech_s, language
from barretimer.core.model import Catalog, Routine
from barretimer.core.phrases import phrases_for
from barretimer.core.plans import Plan
from barretimer.core.problems import Problem, did_you_mean, quoted
from barretimer.core.text import one_line
from barretimer.core.translations import (
    ExerciseText,
    PlanText,
    RoutineText,
    Translation,
    load_translation_file,
)
from barretimer.core.yamlsrc import Mark, YamlSourceError, YMap, parse, read_text

#: A translated cue may take this much longer than its slot before the check complains: the
#: estimate is rough and the speech planner lets a cue run a little into the next.
SLOT_MARGIN_S = 0.3


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


class _Checker:
    """One file's check: where each entry was written, and the problems found so far."""

    def __init__(self, file: str, tree: YMap, translation: Translation) -> None:
        self.file = file
        self.tree = tree
        self.t = translation
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def _problem(self, mark: Mark | None, message: str) -> Problem:
        line, column = (mark.line, mark.column) if mark else (1, 1)
        return Problem(self.file, line, column, one_line(message))

    def err(self, mark: Mark | None, message: str) -> None:
        self.errors.append(self._problem(mark, message))

    def section(self, name: str) -> YMap | None:
        node = self.tree.get(name)
        return node if isinstance(node, YMap) else None

    def entry_mark(self, name: str, key: str) -> Mark:
        node = self.section(name)
        if node is not None and key in node:
            return node.key_mark(key)
        return node.mark if node is not None else self.tree.mark

    def field_mark(self, name: str, key: str, field_name: str) -> Mark:
        node = self.section(name)
        entry = node.get(key) if node is not None else None
        if isinstance(entry, YMap) and field_name in entry:
            return entry.value_mark(field_name)
        return self.entry_mark(name, key)

    def missing(self, name: str, key: str, what: str) -> None:
        message = f"not translated yet: {what} (English is shown)"
        self.warnings.append(self._problem(self.entry_mark(name, key), message))

    def unknown_keys(
        self, name: str, keys: Mapping[str, Any], known: Mapping[str, Any], message: str
    ) -> None:
        """An error for each key of section ``name`` the English does not have; ``message``
        says it with ``{key}``."""
        for key in keys:
            if key not in known:
                text = message.format(key=quoted(key)) + did_you_mean(key, known)
                self.err(self.entry_mark(name, key), text)

    def exercises(self, catalog: Catalog) -> None:
        english = {e.id: e for e in catalog.exercises}
        self.unknown_keys(
            "exercises", self.t.exercises, english, "no exercise {key} in the catalog"
        )
        for exercise in catalog.exercises:
            text = self.t.exercises.get(exercise.id, ExerciseText())
            where = f"exercise {exercise.id}"
            for name in ("name", "description", "safety"):
                if getattr(exercise, name) and not getattr(text, name):
                    self.missing("exercises", exercise.id, f"{where} {name}")
            if text.cues and len(text.cues) != len(exercise.cues):
                self.err(
                    self.field_mark("exercises", exercise.id, "cues"),
                    f"{where} has {len(exercise.cues)} cues in English, "
                    f"this gives {len(text.cues)}; translate each, in the same order",
                )
            elif exercise.cues and (not text.cues or not all(text.cues)):
                self.missing("exercises", exercise.id, f"{where} cues")

    def routines(self, routines: list[SourceRoutine]) -> None:
        by_id = {r.id: r for r in routines}
        self.unknown_keys("routines", self.t.routines, by_id, "no shipped routine {key}")
        for source in routines:
            text = self.t.routines.get(source.id, RoutineText())
            where = f"routine {source.id}"
            for name in ("name", "description"):
                if getattr(source.routine, name) and not getattr(text, name):
                    self.missing("routines", source.id, f"{where} {name}")
            if source.routine.unstretched is not None and not text.unstretched:
                self.missing("routines", source.id, f"{where} unstretched")
            known = set(source.texts)
            node = self.section("routines")
            entry = node.get(source.id) if node is not None else None
            texts_node = entry.get("texts") if isinstance(entry, YMap) else None
            for english in text.texts:
                if english not in known:
                    mark = texts_node.key_mark(english) if isinstance(texts_node, YMap) else None
                    hint = did_you_mean(english, known)
                    self.err(mark, f"{where} has no text {quoted(english)}{hint}")
            for english in source.texts:
                if not text.texts.get(english):
                    self.missing("routines", source.id, f"{where} text {quoted(english)}")

    def plans(self, plans: list[Plan]) -> None:
        self.unknown_keys("plans", self.t.plans, {p.id: p for p in plans}, "no shipped plan {key}")
        for plan in plans:
            text = self.t.plans.get(plan.id, PlanText())
            where = f"plan {plan.id}"
            for name in ("name", "description"):
                if getattr(plan, name) and not getattr(text, name):
                    self.missing("plans", plan.id, f"{where} {name}")
            notes = {w.note for w in plan.weeks if w.note}
            for english in text.notes:
                if english not in notes:
                    self.err(None, f"{where} has no week note {quoted(english)}")
            for note in sorted(notes):
                if not text.notes.get(note):
                    self.missing("plans", plan.id, f"{where} note {quoted(note)}")

    def tags(self, routines: list[SourceRoutine]) -> None:
        shipped = {tag: None for tag in shipped_tags(routines)}
        node = self.section("tags")
        for english in self.t.tags:
            if english not in shipped:
                mark = node.key_mark(english) if node is not None and english in node else None
                hint = did_you_mean(english, shipped)
                self.err(mark, f"no shipped routine has the tag {quoted(english)}{hint}")
        for tag in shipped:
            if not self.t.tags.get(tag):
                self.missing("tags", tag, f"tag {quoted(tag)}")


def shipped_tags(routines: list[SourceRoutine]) -> list[str]:
    """Every tag of the shipped routines, each once, in the order they first appear."""
    return list(dict.fromkeys(tag for source in routines for tag in source.routine.tags))


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
    load = load_translation_file(path, code)
    if not isinstance(load.tree, YMap):
        return TranslationCheck(list(load.problems), [])
    checker = _Checker(str(path), load.tree, load.translation)
    checker.errors.extend(load.problems)
    checker.exercises(catalog)
    checker.routines(routines)
    checker.plans(plans)
    checker.tags(routines)
    checker.warnings.extend(
        _slot_problems(str(path), code, load.translation, catalog, routines, load.marks)
    )
    return TranslationCheck(checker.errors, checker.warnings)


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


def shipped_sources(shipped_dir: Path, catalog: Catalog) -> tuple[list[SourceRoutine], list[Plan]]:
    """The shipped routines and plans that translations translate, in English."""
    from barretimer.core.library import routine_files
    from barretimer.core.plans import load_plans

    routines = [s for p in routine_files(shipped_dir) if (s := source_routine(p, catalog))]
    ids = {s.id for s in routines}
    plans = [load.plan for _path, load in load_plans(shipped_dir / "plans", None, ids) if load.plan]
    return routines, plans
