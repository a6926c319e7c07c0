"""The window's language: chosen once at start-up, then read by the pages that need it.

At start the app resolves the language (``--language``, else Settings, else the system: see
``core.languages``) and installs Qt translators for it: barretimer's English plural forms,
Qt's own ``qtbase_<code>.qm`` (standard buttons and dialogs) from PySide6's translations
folder, and barretimer's ``barretimer_<code>.qm``. ``QLocale``'s default follows, so dates and
numbers shown through ``QLocale()`` match. A change in Settings applies at the next start.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from barretimer import paths
from barretimer.core.languages import ENGLISH, PSEUDO, language, resolve
from barretimer.i18n import qm_path

if TYPE_CHECKING:
    from barretimer.core.phrases import Phrases
    from barretimer.core.translations import Translation

_PROPERTY = "barretimer_language"


def choose(command_line: str | None, setting: str | None) -> str:
    return resolve(os.environ, command_line, setting)


def install(code: str) -> list[str]:
    """Install the translators of ``code`` on the application; the files loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    app.setProperty(_PROPERTY, code)
    loaded = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Installed last is asked first: the language's own file, then Qt's, then English plurals.
    candidates = [(str(qm_path(ENGLISH)), "")]
    if code not in (ENGLISH, PSEUDO):
        candidates.append((f"qtbase_{code}", qt_folder))  # all seven ship with PySide6
    if code != ENGLISH:
        candidates.append((str(qm_path(code)), ""))
    for name, folder in candidates:
        translator = QTranslator(app)  # owned by the application: lives as long as it
        if translator.load(name, folder) if folder else translator.load(name):
            app.installTranslator(translator)
            loaded.append(name)
        else:
            translator.deleteLater()
    if code != PSEUDO:
        QLocale.setDefault(QLocale(code))
    return loaded


def current() -> str:
    """The language installed at start (English before, and in tests that install none)."""
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return str(value) if value else ENGLISH


def current_phrases() -> Phrases:
    """What the voice says by itself, in the window's language."""
    from barretimer.core.phrases import phrases_for  # with the player, not at start-up

    return phrases_for(current())


def current_voice() -> str | None:
    """The espeak-ng voice of the window's language (None: espeak-ng's default, for English)."""
    return language(current()).voice or None


def current_translation() -> Translation:
    """The shipped content's translation for the window's language (read once)."""
    return _translation(current())


@functools.lru_cache(maxsize=2)
def _translation(code: str) -> Translation:
    from barretimer.core.translations import load_translation  # with the library, not at start

    return load_translation(paths.shipped_routines_dir(), code)


def routine_label(recorded: str) -> str:
    """A routine name from the history (a shipped routine is recorded under its English name:
    ``Routine.history_name``) in the window's language; any other name as written."""
    return _routine_names(current()).get(recorded, recorded)


@functools.lru_cache(maxsize=2)
def _routine_names(code: str) -> dict[str, str]:
    """English name to this language's, for the shipped routines (read once, when the
    history first shows a session in a language other than English)."""
    translation = _translation(code)
    if not translation.routines:
        return {}
    from barretimer.core.library import load_catalog, load_library

    catalog, _problems = load_catalog(paths.catalog_path())
    entries = translation.entries(load_library(paths.shipped_routines_dir(), None, catalog))
    routines = [entry.result.routine for entry in entries]
    return {r.history_name: r.name for r in routines if r is not None and r.recorded_as}


def exercise_label(recorded: str) -> str:
    """An exercise name from the history (recorded in English: ``Step.history_name``) in the
    window's language; a name no translation knows (the user's own) as written."""
    from barretimer.ui.labels import default_exercise_label

    return _exercise_names(current()).get(recorded) or default_exercise_label(recorded)


@functools.lru_cache(maxsize=2)
def _exercise_names(code: str) -> dict[str, str]:
    if code in (ENGLISH, PSEUDO):
        return {}
    from barretimer.core.library import load_catalog

    catalog, _problems = load_catalog(paths.catalog_path())
    return _translation(code).exercise_names(catalog)
