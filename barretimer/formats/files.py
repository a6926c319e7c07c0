"""Importing and exporting files: which format a file is in, reading it, saving the result.

The command line and the window both come here, so a file reads the same in either.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from barretimer import paths
from barretimer.core.loader import load_routine_text
from barretimer.core.model import Catalog, Routine
from barretimer.core.writer import save_routine
from barretimer.core.yamlsrc import YamlSourceError, parse
from barretimer.formats import feeel, jawt, qintervals
from barretimer.formats.common import FormatError, Imported, read_foreign, slug
from barretimer.formats.json_places import parse_json

BARRETIMER = "barretimer"
#: Import formats by the name the command line takes.
IMPORT_FORMATS = (BARRETIMER, qintervals.FORMAT, jawt.FORMAT, feeel.FORMAT)
FORMAT_LABELS = {
    BARRETIMER: "barretimer routine (YAML)",
    qintervals.FORMAT: "qintervals workout (YAML)",
    jawt.FORMAT: "Just Another Workout Timer workout or backup (JSON)",
    feeel.FORMAT: "Feeel workout (.feeel)",
}
#: For file dialogs: every extension an importable file may have.
IMPORT_PATTERNS = ("*.yaml", "*.yml", "*.json", "*.feeel")


def _read_own(text: str, name: str, catalog: Catalog | None) -> list[Imported]:
    result = load_routine_text(text, name, catalog)
    if not result.ok or result.routine is None:
        raise FormatError(result.problems)
    return [Imported(result.routine, (), BARRETIMER)]


def detect(path: Path, text: str) -> str:
    """The format of ``text`` (the file's content decides; the extension only breaks ties)."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in (".json", ".feeel") or text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        data = parse_json(text, name)
        if feeel.looks_like(data):
            return feeel.FORMAT
        if jawt.looks_like(data):
            return jawt.FORMAT
        raise FormatError.at(
            name, 1, 1, "this JSON is neither a Just Another Workout Timer workout nor a Feeel file"
        )
    try:
        tree = parse(text, name)
    except YamlSourceError as error:
        raise FormatError(error.problems) from None
    if qintervals.looks_like(tree):
        return qintervals.FORMAT
    if isinstance(tree, dict) and "steps" in tree:
        return BARRETIMER
    raise FormatError.at(
        name,
        1,
        1,
        'this is neither a barretimer routine (with "steps") nor a qintervals workout (with "intervals")',
    )


def read_file(
    path: str | os.PathLike[str], fmt: str | None = None, catalog: Catalog | None = None
) -> list[Imported]:
    """Every routine in the file at ``path``. Raises FormatError saying where and why."""
    source = Path(path)
    text = read_foreign(source, str(path))
    return _read_text(text, str(path), fmt or detect(source, text), catalog)


def _read_text(text: str, name: str, fmt: str, catalog: Catalog | None) -> list[Imported]:
    readers: dict[str, Callable[[str, str], list[Imported]]] = {
        qintervals.FORMAT: qintervals.read_qintervals,
        jawt.FORMAT: jawt.read_jawt,
        feeel.FORMAT: feeel.read_feeel,
        BARRETIMER: lambda t, n: _read_own(t, n, catalog),
    }
    if fmt not in readers:
        raise FormatError.at(
            name, 0, 0, f"unknown format {fmt!r}; known: {', '.join(IMPORT_FORMATS)}"
        )
    return readers[fmt](text, name)


def read_other_app_file(path: Path, name: str) -> list[Imported] | None:
    """Another app's workouts in the file at ``path``, or None when the file is, or looks like,
    a barretimer routine (the editor reads those itself). Raises FormatError."""
    own_suffix = path.suffix.lower() in (".yaml", ".yml")
    try:
        text = read_foreign(path, name)
        fmt = detect(path, text)
    except FormatError:
        if own_suffix:
            return None  # the routine reader says what is wrong, in its own words
        raise
    if fmt == BARRETIMER:
        return None
    return _read_text(text, name, fmt, None)


def suggested_file(routine: Routine, suffix: str) -> str:
    """A file name for an export: the routine's name in lower case with hyphens."""
    return slug(routine.name) + suffix


def free_path(folder: Path, routine: Routine) -> Path:
    """A new file in ``folder`` named after the routine, never one that exists."""
    stem = slug(routine.name)
    candidate = folder / f"{stem}.yaml"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.yaml"
        number += 1
    return candidate


def save_imported(imported: Imported, folder: Path, catalog: Catalog | None = None) -> Path:
    """Save an imported routine as a new file in ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    return save_routine(
        imported.routine,
        free_path(folder, imported.routine),
        catalog,
        protected=paths.shipped_routines_dir(),
    )


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` so that the file is either the old one or the whole new one."""
    target = Path(os.path.realpath(path))
    shipped = Path(os.path.realpath(paths.shipped_routines_dir()))
    if target.parent == shipped or shipped in target.parents:
        raise FormatError.at(
            str(path), 0, 0, "the folder of barretimer's own routines is not for exports"
        )
    if target.is_dir():
        raise FormatError.at(str(path), 0, 0, "is a folder")
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:
        raise FormatError.at(
            str(path), 0, 0, f"cannot write here: {error.strerror or error}"
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FormatError.at(str(path), 0, 0, f"cannot write: {error.strerror or error}") from None
    return target


EXPORT_FORMATS = ("fit", qintervals.FORMAT, jawt.FORMAT)


def export_file(
    routine: Routine, fmt: str, path: str | os.PathLike[str], scale: float = 1.0
) -> list[str]:
    """Write ``routine`` to ``path`` in ``fmt``; return what the format could not carry."""
    if fmt == "fit":
        from barretimer.formats.fit import routine_to_fit

        write_bytes_atomic(path, routine_to_fit(routine, scale))
        return []
    if scale != 1.0:
        raise FormatError.at(str(path), 0, 0, "--scale goes with --fit only")
    if fmt == qintervals.FORMAT:
        text, lost = qintervals.export_qintervals(routine)
    elif fmt == jawt.FORMAT:
        text, lost = jawt.export_jawt(routine)
    else:
        raise FormatError.at(str(path), 0, 0, f"unknown export format {fmt!r}")
    write_bytes_atomic(path, text.encode("utf-8"))
    return lost
