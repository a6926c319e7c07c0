"""Step rows recorded under a translated exercise name get the English one, once.

Results and personal bests are keyed by the exercise's English name (``Step.history_name``),
so those recorded in one language join those recorded in another. Rows written before that,
while the window showed another language, carry the translated name: this gives them the
English name back, with the shipped translation files as the dictionary. Only names that are
safe to read back are changed: a catalog exercise's translated name that means one English
exercise in every language and is no English exercise's name itself. A user's own names are
left as written.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

from barretimer.core.model import Catalog
from barretimer.core.translations import Translation
from barretimer.store.sessions import SessionStore

log = logging.getLogger(__name__)

#: The name of this fix in the ``done_once`` table.
FIX = "exercise names in English"


def english_names(translations: Iterable[Translation], catalog: Catalog) -> dict[str, str]:
    """Translated catalog exercise name to English, for the names that can mean only one."""
    english_ids = {exercise.name: exercise.id for exercise in catalog.exercises}
    meanings: dict[str, set[str]] = {}
    for translation in translations:
        for exercise in catalog.exercises:
            text = translation.exercises.get(exercise.id)
            if text is not None and text.name and text.name != exercise.name:
                meanings.setdefault(text.name, set()).add(exercise.name)
    return {
        local: next(iter(english))
        for local, english in meanings.items()
        if len(english) == 1 and local not in english_ids
    }


def is_done(store: SessionStore) -> bool:
    row = store.db.execute("SELECT 1 FROM done_once WHERE name = ?", (FIX,)).fetchone()
    return row is not None


def rename_exercises(store: SessionStore, names: Mapping[str, str]) -> int:
    """Give the rows named by ``names``' keys their English name, and mark the fix done, in
    one transaction; how many rows changed."""
    changed = 0
    with store.transaction() as db:
        for local, english in names.items():
            cursor = db.execute(
                "UPDATE session_steps SET exercise = ? WHERE exercise = ?", (english, local)
            )
            changed += cursor.rowcount
        db.execute(
            "INSERT OR REPLACE INTO done_once (name, done_at) VALUES (?, ?)",
            (FIX, datetime.now().astimezone().isoformat(timespec="seconds")),
        )
    return changed


def english_names_once(store: SessionStore, shipped_dir: Path, catalog_path: Path) -> int:
    """The fix, when it was not made yet on this history (the translation files are read only
    then); how many rows changed. A history opened read-only is left as it is, and one that
    cannot be written now is tried again at the next start (nothing is lost either way)."""
    from barretimer.core.languages import LANGUAGES
    from barretimer.core.library import load_catalog
    from barretimer.core.translations import load_translation

    try:
        if store.report.read_only or is_done(store):
            return 0
        if store.db.execute("SELECT 1 FROM session_steps LIMIT 1").fetchone() is None:
            return rename_exercises(store, {})  # a new history: nothing to read back
        catalog, _problems = load_catalog(catalog_path)
        translations = [load_translation(shipped_dir, c) for c in LANGUAGES if c != "en"]
        return rename_exercises(store, english_names(translations, catalog))
    except sqlite3.Error as error:
        # Not a problem to report: the names are given at a later start, when it can write.
        log.info("cannot give the exercise names recorded in another language: %s", error)
        return 0
