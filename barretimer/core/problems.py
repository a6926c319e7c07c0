"""Problems found in a routine: where (file, line, column, step) and what."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from barretimer.core.text import one_line

#: Path of an item in a routine's step tree: indices into ``steps``, then into a block's
#: ``steps`` and so on. ``()`` is the routine itself.
StepPath = tuple[int, ...]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int  # 1-based; 0 when the problem has no place in a file
    column: int  # 1-based
    message: str
    path: StepPath = ()  # the step it belongs to, for the editor

    def __str__(self) -> str:
        # The file name and the message may carry what a file supplied: never raw.
        if self.line:
            return f"{one_line(self.file)}:{self.line}:{self.column}: {one_line(self.message)}"
        return f"{one_line(self.file)}: {one_line(self.message)}"


#: The most problems listed for one file: a file with 60,000 unknown keys needs the first few
#: and a count, not 60,000 lines.
MAX_PROBLEMS_PER_FILE = 100


def capped(problems: list[Problem], limit: int = MAX_PROBLEMS_PER_FILE) -> list[Problem]:
    """The first ``limit`` problems, and one line saying how many more there are."""
    if len(problems) <= limit:
        return problems
    more = len(problems) - limit
    last = Problem(problems[0].file, 0, 0, f"... and {more:,} more problems in this file")
    return [*problems[:limit], last]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean "x"?)`` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def quoted(value: object) -> str:
    """A value as a user wrote it, for messages: strings in quotes, the rest as YAML shows it."""
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return f'"{text}"'
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return str(value)
