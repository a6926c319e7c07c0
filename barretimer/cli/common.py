"""What every command shares: the one-line user error, the catalog, the history store,
finding a routine by name, and the language and its translation."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from barretimer import paths

if TYPE_CHECKING:
    from barretimer.core.model import Catalog


class UserError(Exception):
    """Something the user can fix; shown as one line, no traceback."""


def read_catalog() -> Catalog:
    from barretimer.core.library import load_catalog

    catalog, problems = load_catalog(paths.catalog_path())
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return catalog


def open_store() -> Any:
    from barretimer.store.db import DatabaseError
    from barretimer.store.sessions import SessionStore

    try:
        store = SessionStore.open(paths.database_path())
    except DatabaseError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(
            f"cannot use the data folder {paths.data_dir()}: {error.strerror or error}"
        ) from None
    from barretimer.store.exercise_names import english_names_once

    english_names_once(store, paths.shipped_routines_dir(), paths.catalog_path())
    if store.report.moved_aside:
        print(
            f"notice: the history database was damaged; it was moved to {store.report.moved_aside} "
            "and a new one was started.",
            file=sys.stderr,
        )
    return store


def escaped(text: str) -> str:
    from barretimer.core.text import one_line

    return one_line(text)


def routine_path(query: str) -> Path:
    """The file a routine name, id, file name or path given on the command line means."""
    from barretimer.core.library import RoutineNotFound, find_routine
    from barretimer.core.text import one_line

    try:
        return find_routine(query, [paths.user_routines_dir(), paths.shipped_routines_dir()])
    except RoutineNotFound as error:
        if error.candidates:
            for candidate in error.candidates:
                print(f"  {one_line(str(candidate))}", file=sys.stderr)
            raise UserError(f"{one_line(str(error))}; give one of the paths above") from None
        raise UserError(one_line(str(error))) from None


def library_by_id() -> dict[str, Any]:
    from barretimer.core.library import load_library
    from barretimer.core.plans import routines_by_id

    entries = load_library(paths.shipped_routines_dir(), paths.user_routines_dir(), read_catalog())
    return routines_by_id(entries)


def chosen_language(command_line: str | None) -> str:
    """``--language``'s language (refused when unknown), else the system's."""
    from barretimer.core.languages import LANGUAGES, normalize, resolve

    if command_line and normalize(command_line) is None:
        raise UserError(
            f"--language {command_line!r} is not a language barretimer has; "
            "choose one of: " + ", ".join(LANGUAGES)
        )
    return resolve(os.environ, command_line)


def shipped_translation(language: str) -> Any:
    from barretimer.core.translations import load_translation

    return load_translation(paths.shipped_routines_dir(), language)
