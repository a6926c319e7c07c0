"""The routines a user can play: shipped ones and their own, each loaded and checked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from barretimer.core.loader import LoadResult, load_catalog_file, load_routine_file
from barretimer.core.model import Catalog
from barretimer.core.problems import Problem
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
    entries = [
        RoutineEntry(p, True, load_routine_file(p, catalog)) for p in routine_files(shipped_dir)
    ]
    if user_dir is not None:
        entries += [
            RoutineEntry(p, False, load_routine_file(p, catalog)) for p in routine_files(user_dir)
        ]
    return entries


def load_catalog(path: Path) -> tuple[Catalog, list[Problem]]:
    if not path.exists():
        return Catalog(), []
    return load_catalog_file(path)
