"""The routines a user can play: shipped ones and their own, each loaded and checked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from barretimer.core.loader import LoadResult, load_catalog_file, load_routine_file
from barretimer.core.model import Catalog
from barretimer.core.problems import Problem, did_you_mean
from barretimer.core.timeline import Timeline, compile_timeline

CATALOG_FILE = "exercises.yaml"


@dataclass(frozen=True)
class RoutineEntry:
    path: Path
    shipped: bool
    result: LoadResult

    @property
    def ok(self) -> bool:
        return self.result.ok

    @property
    def name(self) -> str:
        return self.result.routine.name if self.result.routine else self.path.stem

    @property
    def history_name(self) -> str:
        """The name the history records this routine under (see Routine.history_name)."""
        return self.result.routine.history_name if self.result.routine else self.path.stem

    def timeline(self, scale: float = 1.0) -> Timeline | None:
        """The compiled routine, or None when it has problems (never compile a bad one)."""
        return (
            compile_timeline(self.result.routine, scale)
            if self.ok and self.result.routine
            else None
        )


def routine_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in (".yaml", ".yml") and p.name != CATALOG_FILE and p.is_file()
    )


def load_library(shipped_dir: Path, user_dir: Path | None, catalog: Catalog) -> list[RoutineEntry]:
    entries = [RoutineEntry(p, True, _load(p, catalog)) for p in routine_files(shipped_dir)]
    if user_dir is not None:
        entries += load_user_routines(user_dir, catalog)
    return entries


def load_user_routines(user_dir: Path, catalog: Catalog) -> list[RoutineEntry]:
    """The user's own routines: any number of files of any size, so the window reads them
    off its thread."""
    return [RoutineEntry(p, False, _load(p, catalog)) for p in routine_files(user_dir)]


def _load(path: Path, catalog: Catalog) -> LoadResult:
    """One routine of the library. The loader reports bad input as problems; should it ever
    fail all the same, that one file shows as invalid and never hides the others."""
    try:
        return load_routine_file(path, catalog)
    except Exception as error:  # the last guard of a list: one bad file is one bad entry
        message = f"cannot be read: unexpected {type(error).__name__}"
        return LoadResult(None, [Problem(str(path), 0, 0, message)])


def load_catalog(path: Path) -> tuple[Catalog, list[Problem]]:
    if not path.exists():
        return Catalog(), []
    return load_catalog_file(path)


class RoutineNotFound(Exception):
    """No routine, or more than one, answers to a name; ``candidates`` lists the matches."""

    def __init__(self, message: str, candidates: tuple[Path, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


def looks_like_path(text: str) -> bool:
    """Whether ``text`` names a file by its path rather than a routine by its name."""
    return "/" in text or "\\" in text or text.lower().endswith((".yaml", ".yml"))


def _routine_name(path: Path) -> str | None:
    """The name a routine file gives itself, read without checking the rest of it."""
    from barretimer.core.yamlsrc import YamlSourceError, parse, read_text

    try:
        tree = parse(read_text(path), str(path))
    except YamlSourceError:
        return None
    name = tree.get("name") if isinstance(tree, dict) else None
    return name if isinstance(name, str) else None


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_routine(query: str, folders: Sequence[Path]) -> Path:
    """The routine file ``query`` names: a path, a file name (with or without ``.yaml``, its id)
    or the routine's name, looked up in ``folders`` (your routines first, then the shipped ones).

    A path is returned as it is, for the loader to report on; anything else that matches no
    routine, or more than one, raises RoutineNotFound.
    """
    if Path(query).is_file() or "/" in query or "\\" in query:
        return Path(query)
    files = [path for folder in folders for path in routine_files(folder)]
    matches = [path for path in files if query in (path.name, path.stem)]
    if not matches and looks_like_path(query):
        return Path(query)  # a file name that is nowhere: the loader says "no such file"
    if not matches:
        wanted = _folded(query)
        names = {path: _routine_name(path) for path in files}
        matches = [path for path, name in names.items() if name and _folded(name) == wanted]
        if not matches:
            choices = [path.stem for path in files] + [name for name in names.values() if name]
            hint = did_you_mean(query, choices)
            raise RoutineNotFound(f'no routine is called "{query}"{hint}')
    if len(matches) > 1:
        raise RoutineNotFound(f'"{query}" names {len(matches)} routines', tuple(matches))
    return matches[0]
