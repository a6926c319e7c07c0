"""YAML's refusals said in plain words, at the line and column a person counts: characters
YAML does not allow, tabs in the indentation, and the parser's own syntax messages."""

from __future__ import annotations

import re

import yaml

from barretimer.core.problems import Problem

#: Characters YAML does not allow in a document (PyYAML's rule), lone surrogates included.
_NOT_YAML_TEXT = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _place(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting lines as YAML does."""
    line, line_start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line, line_start = line + 1, match.end()
    column = index - line_start + 1
    if line == 1 and text.startswith("\ufeff"):
        column -= 1  # a byte-order mark takes no column
    return line, max(column, 1)


def character_problems(text: str, name: str) -> list[Problem]:
    bad = _NOT_YAML_TEXT.search(text)
    if bad is None:
        return []
    line, column = _place(text, bad.start())
    code = ord(bad.group())
    control = code < 0x20 or 0x7F <= code < 0xA0
    what = "a control character" if control else "not a valid text character"
    message = f"character U+{code:04X} is {what}; a routine file holds plain text"
    return [Problem(name, line, column, message)]


def syntax_problem(error: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """Line, column and words for a YAML syntax error; the parser's own words where they are
    clear, plainer ones for the mistakes people make most."""
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "invalid YAML"
    context = error.context or ""
    if "unexpected end of stream" in problem and "quoted scalar" in context and error.context_mark:
        mark = error.context_mark  # point at the quote that was opened, not at the file's end
        problem = "a quoted text starts here and is never closed"
    if mark is None:
        return 0, 0, problem
    lines = text.splitlines()
    source = lines[mark.line] if mark.line < len(lines) else ""
    if mark.line == 0 and source.startswith("\ufeff"):
        source = source[1:]  # the parser does not count a byte-order mark as a column
    here = source[mark.column : mark.column + 1]
    if "expected a single document" in context:
        problem = "a routine file holds one YAML document; found a second one"
    elif problem.startswith("mapping values are not allowed"):
        before = source[: mark.column]
        if re.search(r":(\s|$)", before):
            problem = 'a value holds ": "; put text that contains ": " in quotes'
        else:
            problem = (
                'a "key:" cannot start here; check the indentation of this line '
                'and the ":" of the line above'
            )
    elif problem == "found character that cannot start any token" and here:
        problem = f'a value cannot start with "{here}"; put the text in quotes'
    elif problem == "found undefined alias":
        alias = re.match(r"\*([^\s,\[\]{}]+)", source[mark.column :])
        if alias:
            problem = f"*{alias[1]} refers to no anchor &{alias[1]} defined before it"
    elif problem == "did not find expected '-' indicator":
        problem = 'expected a new "- " list item here; check the indentation of this line'
    return mark.line + 1, mark.column + 1, problem


def tab_problem(error: yaml.MarkedYAMLError, text: str, name: str) -> Problem | None:
    """A syntax error a tab caused, said as such. YAML allows tabs inside quoted and block text
    and between words; the parser refuses them only where they indent (or follow a "-")."""
    marks = [mark for mark in (error.context_mark, error.problem_mark) if mark is not None]
    if not marks:
        return None
    lines = text.splitlines()
    here = error.problem_mark or marks[0]
    source = lines[here.line] if here.line < len(lines) else ""
    words = f"{error.problem or ''} {error.context or ''}"
    if "tab" not in words and "\\t" not in words and source[here.column : here.column + 1] != "\t":
        return None
    for number in range(min(mark.line for mark in marks), min(here.line + 1, len(lines))):
        line = lines[number]
        indent = len(line) - len(line.lstrip(" \t-"))
        column = line.find("\t", 0, indent)
        if column >= 0:
            return Problem(
                name, number + 1, column + 1, "tab character in the indentation; indent with spaces"
            )
    return None
