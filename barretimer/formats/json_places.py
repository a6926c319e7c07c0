"""JSON that keeps its places: objects and arrays that know the line and column where they and
each of their members start, so an importer's problem can say where in the file it is."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import math
from typing import Any

from barretimer.core.yamlsrc import MAX_DEPTH
from barretimer.formats.common import FormatError


class JMap(dict[str, Any]):
    """A JSON object that knows where it and each of its values start (line, column); places
    are worked out only when a problem needs one."""

    __slots__ = ("_source", "_start", "_values")

    def __init__(self, pairs: Any, source: str, start: int, values: dict[str, int]) -> None:
        super().__init__(pairs)
        self._source, self._start, self._values = source, start, values

    @property
    def place(self) -> tuple[int, int]:
        return _line_column(self._source, self._start)

    def value_place(self, key: str) -> tuple[int, int]:
        index = self._values.get(key)
        return self.place if index is None else _line_column(self._source, index)


class JList(list[Any]):
    """A JSON array that knows where it and each of its items start (line, column)."""

    __slots__ = ("_items", "_source", "_start")

    def __init__(self, items: Any, source: str, start: int, starts: list[int]) -> None:
        super().__init__(items)
        self._source, self._start, self._items = source, start, starts

    @property
    def place(self) -> tuple[int, int]:
        return _line_column(self._source, self._start)

    def item_place(self, index: int) -> tuple[int, int]:
        if 0 <= index < len(self._items):
            return _line_column(self._source, self._items[index])
        return self.place


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


#: The pure-Python JSON scanner, the one whose object and array readers can be replaced (the
#: standard library's stubs leave these parts out).
_JSON_DECODER: Any = json.decoder
_JSON_SCANNER: Any = json.scanner


class _TooDeep(Exception):
    def __init__(self, index: int) -> None:
        self.index = index


class _PlacingDecoder:
    """The pure-Python JSON decoder with its object and array readers replaced: each object and
    array records where it and its members start, and nesting is counted as it is read."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.depth = 0
        self.last_value = 0  # where the value being read starts: the place of NaN or Infinity
        decoder: Any = json.JSONDecoder(
            parse_constant=_constant, parse_float=_float, parse_int=_int
        )
        decoder.parse_object = self.parse_object
        decoder.parse_array = self.parse_array
        decoder.object_pairs_hook = list  # JMap takes the pairs
        decoder.scan_once = _JSON_SCANNER.py_make_scanner(decoder)
        self.decoder = decoder

    def decode(self) -> Any:
        return self.decoder.decode(self.source)

    def recording(self, scan_once: Any, starts: list[int]) -> Any:
        def scan(string: str, index: int) -> Any:
            self.last_value = index
            starts.append(index)
            return scan_once(string, index)

        return scan

    def enter(self, start: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeep(start)

    def parse_object(
        self, s_and_end: tuple[str, int], strict: bool, scan_once: Any, *hooks: Any
    ) -> tuple[JMap, int]:
        start = s_and_end[1] - 1
        self.enter(start)
        starts: list[int] = []
        pairs, end = _JSON_DECODER.JSONObject(
            s_and_end, strict, self.recording(scan_once, starts), *hooks
        )
        self.depth -= 1
        values = {key: index for (key, _), index in zip(pairs, starts, strict=True)}
        return JMap(pairs, self.source, start, values), end

    def parse_array(self, s_and_end: tuple[str, int], scan_once: Any) -> tuple[JList, int]:
        start = s_and_end[1] - 1
        self.enter(start)
        starts: list[int] = []
        items, end = _JSON_DECODER.JSONArray(s_and_end, self.recording(scan_once, starts))
        self.depth -= 1
        return JList(items, self.source, start, starts), end


def _constant(word: str) -> float:
    raise ValueError(word)


def _float(literal: str) -> float:
    value = float(literal)
    return value if math.isfinite(value) else math.inf


def _int(literal: str) -> int | float:
    # Longer numbers than any workout needs become infinity: the field's own check then
    # says where and why, and Python's digit limit never turns into an odd message.
    return int(literal) if len(literal) <= 20 else math.inf


def parse_json(text: str, name: str) -> Any:
    """``text`` as JSON, objects and arrays carrying their place; FormatError with line and
    column for a syntax error, nesting deeper than the routine reader allows, or a number too
    big to be a number."""
    # A byte-order mark is not JSON: read it as a space, so that columns still count it.
    source = " " + text[1:] if text.startswith("\ufeff") else text
    decoder = _PlacingDecoder(source)
    try:
        return decoder.decode()
    except _TooDeep as deep:
        line, column = _line_column(text, deep.index)
        raise FormatError.at(
            name, line, column, f"nesting deeper than {MAX_DEPTH} levels is not a workout"
        ) from None
    except json.JSONDecodeError as error:
        raise FormatError.at(name, error.lineno, error.colno, f"JSON syntax: {error.msg}") from None
    except ValueError as error:  # NaN, Infinity
        line, column = _line_column(text, decoder.last_value)
        raise FormatError.at(name, line, column, f"{error} is not a number") from None
    except RecursionError:
        raise FormatError.at(name, 0, 0, "nesting is too deep to be a workout") from None


def place_of(value: Any, key: str | int | None = None) -> tuple[int, int]:
    """Where ``value`` starts, or where its item or member ``key`` does; (0, 0) if unknown."""
    if isinstance(value, JMap) and isinstance(key, str):
        return value.value_place(key)
    if isinstance(value, JList) and isinstance(key, int):
        return value.item_place(key)
    return getattr(value, "place", (0, 0))
