"""Routines out: the model written as readable YAML, saved atomically.

The text is what a person would write by hand, in the documented field order, and it loads
back to the same model (``load_routine_text(routine_to_yaml(r)).routine == r``) for every
routine the file format can express. Two shapes it cannot express, and what happens to them:

- a step that names a catalog exercise (``ref``) but carries another name: the loader always
  takes a catalog step's name from the catalog, so such a step is written as a step of its
  own, with every field, and loads back without ``ref``;
- a step of its own whose name is exactly a catalog id: the loader reads it as that catalog
  exercise. Nothing in the format tells the two apart.

Only PyYAML's safe dumper is used.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from barretimer.core.model import Block, Catalog, Item, Routine, Sides, Step, TimedCue
from barretimer.core.routine_reader import (
    BLOCK_FIELDS,
    DEFAULTS_FIELDS,
    ROUTINE_FIELDS,
    STEP_FIELDS,
    step_overrides,
)

#: Written in plain digits up to this size; beyond it the float's own notation is clearer.
_PLAIN_INT_LIMIT = 1e15
#: Lines are wrapped near this column (long text folds onto the next line).
_WIDTH = 96
_NEW_FILE_MODE = 0o644


class RoutineWriteError(Exception):
    """A routine could not be saved; the message says why, in words for the user."""


class _FlowList(list[Any]):
    """A list written on one line: ``[runners, glutes]``."""


class _FlowMap(dict[str, Any]):
    """A mapping written on one line: ``{at: 20, say: Squeeze.}``."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as the README and the shipped routines do.
        super().increase_indent(flow, False)


#: Line breaks of YAML 1.1 besides "\n": PyYAML writes them raw in single quotes and plain
#: text, where a reader folds them into spaces; only double quotes escape them.
_OTHER_BREAKS = frozenset("\x85\u2028\u2029")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Text that spans lines reads best as a literal block; the emitter falls back to quotes
    # whenever a block cannot hold the text exactly.
    style: str | None = "|" if "\n" in value else None
    if not _OTHER_BREAKS.isdisjoint(value):
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_flow_list(dumper: yaml.SafeDumper, value: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


def _represent_flow_map(dumper: yaml.SafeDumper, value: _FlowMap) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_FlowList, _represent_flow_list)
_Dumper.add_representer(_FlowMap, _represent_flow_map)


def _seconds(value: float) -> int | float:
    """A number of seconds exactly as the model holds it: an int when whole."""
    if float(value).is_integer() and abs(value) < _PLAIN_INT_LIMIT:
        return int(value)
    return float(value)


def _ordered(fields: dict[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    return {key: fields[key] for key in order if key in fields}


def _cues(cues: tuple[TimedCue, ...]) -> list[_FlowMap]:
    return [_FlowMap(at=_seconds(cue.at), say=cue.say) for cue in cues]


def _step_value(name: str, value: Any) -> Any:
    """One step field as it is written."""
    if name == "duration":
        return "max" if value is None else _seconds(value)
    if name in ("cap", "rest"):
        return _seconds(value)
    if name in ("kind", "sides", "side_means"):
        return value.value
    if name == "muscles":
        return _FlowList(value)
    if name == "cues":
        return _cues(value)
    return value


def _writes_as_reference(step: Step, catalog: Catalog | None) -> bool:
    if step.ref is None or catalog is None:
        return False
    base = catalog.get(step.ref)
    return base is not None and base.name == step.exercise


def _step(step: Step, catalog: Catalog | None) -> dict[str, Any]:
    if _writes_as_reference(step, catalog):
        assert catalog is not None and step.ref is not None
        base = catalog.get(step.ref)
        assert base is not None
        fields: dict[str, Any] = {"exercise": step.ref}
        for name, value in step_overrides(step, base).items():
            fields[name] = _step_value(name, value)
        return _ordered(fields, STEP_FIELDS)
    fields = {
        "exercise": step.exercise,
        "kind": step.kind.value,
        "duration": _step_value("duration", step.duration),
    }
    if step.cap is not None:
        fields["cap"] = _seconds(step.cap)
    if step.sides is not Sides.BOTH:
        fields["sides"] = step.sides.value
    if step.side_means is not None and step.sides is Sides.LEFT_RIGHT:
        fields["side_means"] = step.side_means.value
    if step.cue:
        fields["cue"] = step.cue
    if step.muscles:
        fields["muscles"] = _FlowList(step.muscles)
    if step.cues:
        fields["cues"] = _cues(step.cues)
    if step.rest is not None:
        fields["rest"] = _seconds(step.rest)
    if step.image:
        fields["image"] = step.image
    if not step.mirror:
        fields["mirror"] = False
    return _ordered(fields, STEP_FIELDS)


def _block(block: Block, catalog: Catalog | None) -> dict[str, Any]:
    fields: dict[str, Any] = {"repeat": block.repeat}
    if block.name:
        fields["name"] = block.name
    if block.rest is not None:
        fields["rest"] = _seconds(block.rest)
    fields["steps"] = _items(block.steps, catalog)
    return _ordered(fields, BLOCK_FIELDS)


def _items(items: tuple[Item, ...], catalog: Catalog | None) -> list[dict[str, Any]]:
    return [
        _block(item, catalog) if isinstance(item, Block) else _step(item, catalog) for item in items
    ]


def routine_to_data(routine: Routine, catalog: Catalog | None = None) -> dict[str, Any]:
    """The routine as the plain mapping its file holds, keys in the documented order."""
    defaults = routine.defaults
    fields: dict[str, Any] = {"name": routine.name}
    if routine.description:
        fields["description"] = routine.description
    fields["level"] = routine.level.value
    if routine.tags:
        fields["tags"] = _FlowList(routine.tags)
    if routine.max_scale is not None:
        fields["max_scale"] = _seconds(routine.max_scale)
    if routine.unstretched is not None:
        fields["unstretched"] = {
            "muscles": _FlowList(routine.unstretched.muscles),
            "why": routine.unstretched.why,
        }
    fields["defaults"] = _ordered(
        {
            "rest": _seconds(defaults.rest),
            "countdown": defaults.countdown,
            "lead_in": _seconds(defaults.lead_in),
            "switch": _seconds(defaults.switch),
        },
        DEFAULTS_FIELDS,
    )
    fields["steps"] = _items(routine.steps, catalog)
    return _ordered(fields, ROUTINE_FIELDS)


def routine_to_yaml(routine: Routine, catalog: Catalog | None = None) -> str:
    """The routine as a human-readable YAML document.

    A step that names a catalog exercise is written as ``exercise: <id>`` plus only the
    fields that differ from the catalog's, so the file stays short and follows the catalog.
    """
    text: str = yaml.dump(
        routine_to_data(routine, catalog),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=_WIDTH,
    )
    return text


# --- saving -----------------------------------------------------------------------------------


def _is_inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable. Some file systems cannot sync a folder: that is fine."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.fsync(handle)
    with contextlib.suppress(OSError):
        os.close(handle)


def write_text_atomic(
    path: str | os.PathLike[str], text: str, *, protected: str | os.PathLike[str]
) -> Path:
    """Write ``text`` (UTF-8) to ``path`` so that the file is either the old one or the new one.

    The text goes to a temporary file in the same folder, is flushed to disk, and replaces the
    target in one rename. Nothing inside the ``protected`` folder (the routines that ship with
    barretimer) is ever written. Returns the path written (symbolic links are followed).
    Raises :class:`RoutineWriteError`.
    """
    target = Path(os.path.realpath(path))
    if _is_inside(target, Path(os.path.realpath(protected))):
        raise RoutineWriteError(
            f"{target.name} is a routine that ships with barretimer and cannot be changed; "
            "save it as a routine of your own instead"
        )
    folder = target.parent
    if not folder.is_dir():
        raise RoutineWriteError(f"cannot save {target.name}: the folder {folder} does not exist")
    if target.is_dir():
        raise RoutineWriteError(f"cannot save over {target}: it is a folder")
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else _NEW_FILE_MODE
    except OSError:
        mode = _NEW_FILE_MODE
    data = text.encode("utf-8")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise RoutineWriteError(
            f"cannot save {target.name} in {folder}: {error.strerror or error}"
        ) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise RoutineWriteError(
                f"cannot save {target.name}: {error.strerror or error}"
            ) from error
        raise
    _fsync_folder(folder)
    return target


def save_routine(
    routine: Routine,
    path: str | os.PathLike[str],
    catalog: Catalog | None = None,
    *,
    protected: str | os.PathLike[str],
) -> Path:
    """Write ``routine`` to ``path`` atomically (see :func:`write_text_atomic`)."""
    return write_text_atomic(path, routine_to_yaml(routine, catalog), protected=protected)
