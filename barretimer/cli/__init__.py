"""The ``barretimer`` command: open the app, or validate, play and review from a terminal.

The commands import the core when they run: ``barretimer`` alone opens the window, which reads
routines only after its first frame, and importing the loader (and PyYAML) first would delay it.
One module per group of commands; this one holds the parser, the dispatch and the last line of
defence that turns any error into one line.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from barretimer import __version__, paths
from barretimer.cli.app import add_desktop_commands, open_app
from barretimer.cli.common import UserError, escaped
from barretimer.cli.exercises import add_exercises_command
from barretimer.cli.history import add_history_command
from barretimer.cli.plans import add_plan_commands
from barretimer.cli.play import add_play_command
from barretimer.cli.routines import add_routines_command, add_validate_command
from barretimer.cli.transfer import add_transfer_commands
from barretimer.cli.translations import add_translation_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="barretimer",
        usage="barretimer [--data-dir DIR] [COMMAND ... | FILE]",
        description="A guided-workout timer: barre, holds, stretches and balance drills with spoken cues.",
        epilog=(
            "With no command, barretimer opens the window; barretimer FILE opens the window "
            "with that routine in the player. A routine can be named by its path, its file "
            'name or its name: barretimer play deep-core --headless, barretimer play "Deep '
            'Core for Runners". --data-dir DIR may come before or after the command.'
        ),
    )
    parser.add_argument("--version", action="version", version=f"barretimer {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="keep the history and your routines in DIR"
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="show and speak in this language: en, de, fr, es, it, nl, pt_BR "
        "(default: the system's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_validate_command(commands)
    add_play_command(commands)
    add_history_command(commands)
    add_plan_commands(commands)
    add_translation_commands(commands)
    add_routines_command(commands)
    add_desktop_commands(commands)
    add_transfer_commands(commands)
    add_exercises_command(commands)
    return parser


class _OneLine(logging.Formatter):
    """Log records as one plain line: tracebacks are for developers (BARRETIMER_DEBUG=1)."""

    def formatException(self, ei: Any) -> str:
        return ""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = ""
        return f"barretimer: {record.getMessage()}"


def _setup_logging() -> None:
    handler = logging.StreamHandler()
    if not os.environ.get("BARRETIMER_DEBUG"):
        handler.setFormatter(_OneLine())
    root = logging.getLogger("barretimer")
    if not root.handlers:
        root.addHandler(handler)
        root.setLevel(logging.WARNING)


def _take_data_dir(argv: list[str]) -> tuple[list[str], str | None]:
    """``argv`` without ``--data-dir DIR``, and DIR: the option may come before or after the
    command, or before a file."""
    rest: list[str] = []
    data_dir: str | None = None
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        if arg == "--data-dir":
            if index + 1 >= len(argv):
                raise UserError("--data-dir needs a folder: --data-dir DIR")
            data_dir = argv[index + 1]
            index += 2
            continue
        if arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        index += 1
    if data_dir is not None and not data_dir:
        raise UserError("--data-dir needs a folder: --data-dir DIR")
    return rest, data_dir


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    """Every subcommand the parser knows, whoever added it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _setup_logging()
    return _run(lambda: _dispatch(argv))


def _dispatch(argv: list[str]) -> int:
    parser = build_parser()
    argv, data_dir = _take_data_dir(argv)
    if data_dir:
        paths.set_data_dir(data_dir)
    first = argv[0] if argv else ""
    commands = _command_names(parser)
    if first and not first.startswith("-") and first not in commands:
        # `barretimer ROUTINE.yaml` opens that routine in the player; a word that is neither a
        # command nor a file is a mistyped command, not a missing file.
        from barretimer.core.library import looks_like_path
        from barretimer.core.problems import did_you_mean

        options = parser.parse_args(argv[1:])  # --help, --version and mistakes in the options
        if Path(first).is_file() or looks_like_path(first):
            return open_app(first, options.language)
        hint = did_you_mean(first, commands)
        raise UserError(f'unknown command "{first}"{hint}; see barretimer --help')
    args = parser.parse_args(argv)
    if args.command is None:
        return open_app(None, args.language)
    _check_numbers(args)
    return int(args.run(args))


def _number_limits() -> dict[str, tuple[float, float, bool]]:
    """Each number option: its lowest and highest value, and whether the lowest is allowed."""
    from barretimer.core.model import MAX_SCALE, MIN_SCALE

    return {
        "speed": (0.0, 1000.0, False),
        "scale": (MIN_SCALE, MAX_SCALE, True),
        "limit": (1, 1_000_000_000, True),
    }


def _check_numbers(args: argparse.Namespace) -> None:
    """Refuse nan, infinities and numbers out of range, whatever command has them."""
    for name, (low, high, low_allowed) in _number_limits().items():
        value = getattr(args, name, None)
        if value is None:
            continue
        above = value >= low if low_allowed else value > low
        if not (math.isfinite(value) and above and value <= high):
            if name == "speed":
                raise UserError("--speed must be more than 0 and at most 1000")
            if name == "limit":
                raise UserError("--limit must be a whole number of sessions, 1 or more")
            raise UserError(f"--{name} must be between {low:g} and {high:g}")


def _run(action: Callable[[], int]) -> int:
    try:
        return action()
    except UserError as error:
        print(f"barretimer: {escaped(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the last line of defence: one line, never a traceback
        if os.environ.get("BARRETIMER_DEBUG"):
            raise
        print(
            f"barretimer: unexpected error: {type(error).__name__}: {escaped(str(error))}",
            file=sys.stderr,
        )
        return 2
