"""What every format shares: the import result, reading a foreign file safely, JSON with places,
and the routine's plan rolled back into steps and repeats (what a watch or another timer plays).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from barretimer.core.loader import load_routine_text
from barretimer.core.model import Routine
from barretimer.core.problems import Problem
from barretimer.core.text import one_line
from barretimer.core.timeline import Side
from barretimer.core.validate import validate_routine
from barretimer.core.writer import routine_to_yaml
from barretimer.core.yamlsrc import MAX_FILE_BYTES, YamlSourceError, decode

#: Imported routines and exports use the same scale limits as ``barretimer play --scale``.


class FormatError(Exception):
    """A file that cannot be imported or a routine that cannot be exported, with where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(str(problems[0]) if problems else "cannot read the file")
        self.problems = problems

    @classmethod
    def at(cls, file: str, line: int, column: int, message: str) -> FormatError:
        return cls([Problem(file, line, column, one_line(message))])


@dataclass(frozen=True)
class Imported:
    """One routine read from another app's file, with what could not be carried over."""

    routine: Routine
    notes: tuple[str, ...] = ()
    source_format: str = ""


# --- reading files ----------------------------------------------------------------------------


def read_foreign(path: Path, display: str | None = None) -> str:
    """The text of another app's file, refused when too big, binary or not UTF-8."""
    name = display or str(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise FormatError.at(
                name,
                0,
                0,
                f"file is {size / 1048576:.1f} MiB; files to import are limited to 1 MiB",
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise FormatError.at(name, 0, 0, "is a folder, not a file to import") from None
    except FileNotFoundError:
        raise FormatError.at(name, 0, 0, "no such file") from None
    except PermissionError:
        raise FormatError.at(name, 0, 0, "cannot be read: permission denied") from None
    except OSError as error:
        raise FormatError.at(name, 0, 0, f"cannot be read: {error.strerror or error}") from None
    return decode_foreign(data, name)


def decode_foreign(data: bytes, name: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise FormatError.at(name, 0, 0, "file is over 1 MiB; files to import are limited to 1 MiB")
    if b"\x00" in data:
        raise FormatError.at(name, 0, 0, "is a binary file, not a workout in a text format")
    try:
        return decode(data, name)
    except YamlSourceError as error:
        raise FormatError(error.problems) from None


# --- checking values --------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def clean_text(value: str) -> tuple[str, bool]:
    """``value`` with control characters turned into spaces; True when any were found."""
    cleaned = _CONTROL.sub(" ", value).strip()
    return cleaned, cleaned != value.strip()


def step_name(text: str) -> tuple[str, bool]:
    """A name for a step of its own that the routine reader will not take for a catalog id
    (those are lower case with hyphens, such as "wall-sit"); True when it had to change."""
    if not text or " " in text or "-" not in text or text != text.lower():
        return text, False
    changed = text[0].upper() + text[1:]
    if changed == changed.lower():  # no letter to capitalise first: words instead
        changed = text.replace("-", " ")
    return changed, True


ID_LIKE_NOTE = (
    "names written like barretimer's catalog ids (lower case with hyphens) now start with a "
    "capital letter, so that they stay names of their own"
)


def checked_routine(routine: Routine, name: str) -> Routine:
    """The routine when barretimer can save and play it; else FormatError saying why."""
    issues = validate_routine(routine)
    if issues:
        raise FormatError(
            [
                Problem(
                    name,
                    0,
                    0,
                    one_line(f"the workout cannot become a routine: {issues[0].message}"),
                )
            ]
        )
    loaded = load_routine_text(routine_to_yaml(routine), name)
    if not loaded.ok:
        first = loaded.problems[0].message if loaded.problems else "it does not load back"
        raise FormatError(
            [Problem(name, 0, 0, one_line(f"the workout cannot become a routine: {first}"))]
        )
    assert loaded.routine is not None
    return loaded.routine


# --- text in fixed-size fields ----------------------------------------------------------------


def fit_bytes(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8, never inside a character."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", "ignore").rstrip()


#: Little words a shortened name can lose first.
_FILLERS = frozenset({"a", "an", "and", "at", "in", "of", "on", "the", "to", "with"})


def shorten(text: str, limit: int) -> str:
    """A name that fits ``limit`` bytes and still reads as the name: long words are
    abbreviated (first three letters and a dot), the last word last, before anything is cut;
    little words inside go first."""
    if len(text.encode("utf-8")) <= limit:
        return text
    words = text.split()
    if len(words) < 2:
        return fit_bytes(text, limit)  # one word: an abbreviation would say less than its start
    if len(words) > 2:
        kept = [w for w in words[1:-1] if w.lower() not in _FILLERS]
        words = [words[0], *kept, words[-1]]
        if len(" ".join(words).encode("utf-8")) <= limit:
            return " ".join(words)
    order = [*sorted(range(len(words) - 1), key=lambda i: -len(words[i])), len(words) - 1]
    for index in order:
        word = words[index]
        if len(word) > 4 and not word.endswith("."):
            words[index] = word[:3] + "."
            candidate = " ".join(words)
            if len(candidate.encode("utf-8")) <= limit:
                return candidate
    return fit_bytes(" ".join(words), limit)


def with_side(name: str, side: Side | None) -> str:
    if side is Side.LEFT:
        return f"{name} left"
    if side is Side.RIGHT:
        return f"{name} right"
    return name


def with_side_short(name: str, side: Side | None, limit: int) -> str:
    """A step name with its side that fits ``limit`` bytes: "Clamshell left", or when that is
    too long the name shortened with "L" or "R"."""
    full = with_side(name, side)
    if side is None or len(full.encode("utf-8")) <= limit:
        return shorten(full, limit)
    mark = " L" if side is Side.LEFT else " R"
    return shorten(name, limit - len(mark)) + mark


def slug(text: str) -> str:
    """A file name made of the routine's name: lower case, words joined by hyphens."""
    words = re.findall(r"[^\W_]+", text.lower())
    return "-".join(words)[:60].strip("-") or "imported"
