"""Reading YAML safely, keeping where every value was written.

Only the safe loader is used (no Python tags). The document is composed into nodes
(``yaml_compose.py``) and turned into plain values by hand, so that each value keeps its line and column, duplicate keys are
found, and alias bombs and deep nesting are refused before they cost memory or time.
"""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from barretimer.core.problems import Problem, capped, quoted
from barretimer.core.text import one_line
from barretimer.core.yaml_compose import compose
from barretimer.core.yaml_problems import character_problems, syntax_problem, tab_problem

MAX_FILE_BYTES = 1024 * 1024
MAX_NODES = 200_000  # values after expanding aliases
MAX_DEPTH = 40

_STR_TAG = "tag:yaml.org,2002:str"
#: No count or number of seconds comes near this; beyond it a float cannot even hold it.
_LARGEST_INT = 10**18


class Mark(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based


def _to_mark(raw: Any) -> Mark:
    """Our Mark from the parser's own (0-based, kept as it is until a problem needs it)."""
    return Mark(raw.line + 1, raw.column + 1)


class YMap(dict[Any, Any]):
    """A mapping that knows where it and each of its keys and values were written.

    It keeps the parser's node and looks a place up only when asked for one: a routine has
    thousands of values and a problem is reported for few of them, if any. The first lookup
    indexes the keys, so that reporting on every key of a large mapping stays linear.
    """

    __slots__ = ("_node", "_places")

    def __init__(self, node: yaml.MappingNode) -> None:
        super().__init__()
        self._node = node
        self._places: dict[Any, tuple[yaml.Node, yaml.Node]] | None = None

    @property
    def mark(self) -> Mark:
        return _mark(self._node)

    def _pair(self, key: Any) -> tuple[yaml.Node, yaml.Node]:
        if self._places is None:
            places: dict[Any, tuple[yaml.Node, yaml.Node]] = {}
            for key_node, value_node in self._node.value:
                if key_node.__class__ is yaml.ScalarNode:
                    places.setdefault(_key_value(key_node), (key_node, value_node))
            self._places = places  # the first of a repeated key is the one kept
        try:
            return self._places[key]
        except (KeyError, TypeError):
            raise KeyError(key) from None

    def key_mark(self, key: Any) -> Mark:
        return _mark(self._pair(key)[0])

    def value_mark(self, key: Any) -> Mark:
        return _mark(self._pair(key)[1])


def _key_value(node: yaml.ScalarNode) -> Any:
    """A key as YAML reads it: ``1`` and ``"1"`` are two keys, an empty key is null."""
    if node.tag == _STR_TAG:
        return node.value
    try:
        return _SCALARS.yaml_constructors[node.tag](_SCALARS, node)
    except Exception:  # a tag that is refused: reported where the mapping is read
        return ("refused", node.value)


class YList(list[Any]):
    """A list that knows where it and each of its items were written."""

    __slots__ = ("_node",)

    def __init__(self, node: yaml.SequenceNode) -> None:
        super().__init__()
        self._node = node

    @property
    def mark(self) -> Mark:
        return _mark(self._node)

    def item_mark(self, index: int) -> Mark:
        return _mark(self._node.value[index])


class YamlSourceError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].message if problems else "invalid YAML")
        self.problems = problems


def _mark(node: yaml.Node) -> Mark:
    return _to_mark(node.start_mark)


def read_text(path: Path, display: str | None = None) -> str:
    """The file's text, or YamlSourceError saying clearly why it cannot be a routine.

    Anything but a regular file (a FIFO, a device, a socket) is refused before it is read, and
    the file is opened without waiting, so a FIFO never holds the reader.
    """
    name = display or str(path)

    def refuse(message: str) -> YamlSourceError:
        return YamlSourceError([Problem(name, 0, 0, message)])

    try:
        kind = _not_a_file(os.stat(path).st_mode)
        if kind:
            raise refuse(f"is {kind}, not a routine file")
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            kind = _not_a_file(status.st_mode)  # replaced between the two looks
            if kind:
                raise refuse(f"is {kind}, not a routine file")
            if status.st_size > MAX_FILE_BYTES:
                size = status.st_size / 1048576
                raise refuse(f"file is {size:.1f} MiB; routine files are limited to 1 MiB")
            data = handle.read(MAX_FILE_BYTES + 1)
    except YamlSourceError:
        raise
    except IsADirectoryError:
        raise refuse("is a folder, not a routine file") from None
    except FileNotFoundError:
        raise refuse("no such file") from None
    except PermissionError:
        raise refuse("cannot be read: permission denied") from None
    except OSError as error:
        raise refuse(f"cannot be read: {error.strerror or error}") from None
    return decode(data, name)


def _not_a_file(mode: int) -> str:
    """What a path is when it is not a regular file ("a folder", "a FIFO"), else ''."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def decode(data: bytes, name: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise YamlSourceError(
            [Problem(name, 0, 0, "file is over 1 MiB; routine files are limited to 1 MiB")]
        )
    if b"\x00" in data:
        encoding = _utf16_or_32(data)
        if encoding:
            message = f"is {encoding} text; save it as UTF-8 (routine files are UTF-8)"
            raise YamlSourceError([Problem(name, 0, 0, message)])
        raise YamlSourceError([Problem(name, 0, 0, "is a binary file, not a YAML routine")])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte-order mark is harmless: drop it
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        # The line up to the bad byte is valid UTF-8: count its characters, not its bytes.
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8")) + 1
        raise YamlSourceError(
            [
                Problem(
                    name,
                    line,
                    column,
                    f"byte 0x{data[error.start]:02X} is not UTF-8 text; save the file as UTF-8",
                )
            ]
        ) from None


def _utf16_or_32(data: bytes) -> str:
    """ "UTF-16" or "UTF-32" when ``data`` looks like text in one of them, else ''."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:200]
    for encoding in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        try:
            text = head[: len(head) // 4 * 4].decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and all(c.isprintable() or c in "\t\r\n" for c in text):
            return encoding[:6].upper()
    return ""


def parse(text: str, name: str) -> Any:
    """Compose ``text`` and turn it into YMap/YList/plain values. Raises YamlSourceError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise YamlSourceError(
            [Problem(name, 0, 0, "text is over 1 MiB; routine files are limited to 1 MiB")]
        )
    refused = character_problems(text, name)
    if refused:
        raise YamlSourceError(refused)
    try:
        node = compose(text)
    except yaml.MarkedYAMLError as error:
        tab = tab_problem(error, text, name)
        if tab is not None:
            raise YamlSourceError([tab]) from None
        line, column, what = syntax_problem(error, text)
        if "nesting depth" in what:
            # PyYAML 6.0.4 and newer stop deep nesting themselves, before the builder's own
            # check runs; the reader says it in the same words either way.
            what = f"nesting deeper than {MAX_DEPTH} levels is not a routine"
            raise YamlSourceError([Problem(name, line, column, what)]) from None
        raise YamlSourceError([Problem(name, line, column, f"YAML syntax: {what}")]) from None
    except yaml.YAMLError as error:
        what = getattr(error, "reason", None) or (str(error).splitlines() or ["invalid YAML"])[0]
        raise YamlSourceError([Problem(name, 0, 0, f"YAML syntax: {what}")]) from None
    except RecursionError:
        raise YamlSourceError(
            [Problem(name, 0, 0, "nesting is too deep to be a routine")]
        ) from None
    if node is None:
        raise YamlSourceError(
            [Problem(name, 1, 1, "the file is empty; a routine needs at least a name and steps")]
        )
    builder = _Builder(name)
    tree = builder.build(node, 0)
    if builder.problems:
        raise YamlSourceError(capped(builder.problems))
    return tree


#: The tags a scalar may carry, written or resolved; a mapping or list carries only its own.
_SCALAR_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "binary")
)

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_INT_TAG = "tag:yaml.org,2002:int"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_SCALAR = yaml.ScalarNode


def _short_tag(tag: str) -> str:
    """``!!python/object`` rather than ``tag:yaml.org,2002:python/object``: as it was written."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


#: Turns plain scalars (int, float, bool, null, timestamp, binary) into values; it holds no state
#: between calls, so one serves every document.
_SCALARS = yaml.constructor.SafeConstructor()


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 0
        self.problems: list[Problem] = []

    def note(self, node: yaml.Node, message: str) -> None:
        """Record a problem and go on, so that every problem is reported at once."""
        mark = _mark(node)
        self.problems.append(Problem(self.name, mark.line, mark.column, one_line(message)))

    def fail(self, node: yaml.Node, message: str) -> YamlSourceError:
        mark = _mark(node)
        return YamlSourceError([Problem(self.name, mark.line, mark.column, one_line(message))])

    def build(self, node: yaml.Node, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self.fail(
                node, "the document expands to too many values (YAML aliases nested too far)"
            )
        if depth > MAX_DEPTH:
            raise self.fail(node, f"nesting deeper than {MAX_DEPTH} levels is not a routine")
        tag = node.tag
        cls = node.__class__
        if cls is _SCALAR:
            value = node.value
            if tag == _STR_TAG:
                return value  # what the constructor would return, without its bookkeeping
            if tag == _INT_TAG and len(value) < 19 and value.isdigit() and value[0] != "0":
                return int(value)  # plain decimal, well inside Python's limits
            if tag in _SCALAR_TAGS and isinstance(node, yaml.ScalarNode):
                return self._scalar(node)
        elif tag == _MAP_TAG and isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth + 1)
        elif tag == _SEQ_TAG and isinstance(node, yaml.SequenceNode):
            return self._sequence(node, depth + 1)
        # A tag on a mapping or list (!!python/object:..., !!set, !!omap) is refused too, and so
        # is a list's or mapping's tag on a single value (!!seq abc).
        self.note(node, f"the tag {_short_tag(tag)} is not allowed; only plain YAML values are")
        return None

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        """A value that a tag (written, or resolved from a plain decimal) turns into a number,
        a truth value, null, a date or bytes; a value its tag refuses is a problem here."""
        try:
            # The safe constructor's function for the tag, without construct_object's
            # bookkeeping (which would keep every node alive as long as the constructor).
            value = _SCALARS.yaml_constructors[node.tag](_SCALARS, node)
        except Exception:  # each tag's constructor fails its own way on text it refuses
            written = str(node.value)
            shown = written if len(written) <= 40 else written[:37] + "..."
            self.note(node, f'"{shown}" is not a valid {_short_tag(node.tag)} value')
            return None
        too_large = (isinstance(value, float) and not math.isfinite(value)) or (
            isinstance(value, int) and abs(value) > _LARGEST_INT
        )
        if too_large:
            self.note(node, "the number is too large")
            return None
        return value

    # Text values, most of a routine, are taken in the loops below without a call of build:
    # they are counted all the same.

    def _sequence(self, node: yaml.SequenceNode, depth: int) -> YList:
        result = YList(node)
        append = result.append
        for item in node.value:
            if item.__class__ is _SCALAR and item.tag == _STR_TAG:
                self.count += 1
                append(item.value)
            else:
                append(self.build(item, depth))
        return result

    def _mapping(self, node: yaml.MappingNode, depth: int) -> YMap:
        result = YMap(node)
        for key_node, value_node in node.value:
            if key_node.__class__ is not _SCALAR:
                self.note(key_node, "a key must be a plain word, not a list or mapping")
                continue
            if key_node.tag == _MERGE_TAG:
                self.note(key_node, "merge keys (<<) are not supported in routine files")
                continue
            if key_node.tag == _STR_TAG:
                key = key_node.value
            else:
                before = len(self.problems)
                key = self.build(key_node, depth)  # 1 and "1" are two keys; ~ is null
                if len(self.problems) > before:
                    continue  # a tag or value refused: said once, and the pair left out
            if key in result:
                first = result.key_mark(key)
                message = (
                    f"duplicate key {quoted(key)} (first at line {first.line}); write each key once"
                )
                self.note(key_node, message)
                continue
            if value_node.__class__ is _SCALAR and value_node.tag == _STR_TAG:
                self.count += 1
                result[key] = value_node.value
            else:
                result[key] = self.build(value_node, depth)
        return result
