"""YAML composed into nodes, every plain scalar read as the text it shows: a number only when
written as a plain decimal, never octal, base 60 or a timestamp. libyaml's fast parser where
it is installed, PyYAML's own for the few valid files libyaml refuses."""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from typing import Any, ClassVar

import yaml

_BaseLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVED_CACHE_SIZE = 20_000


#: YAML 1.1 reads ``12:30`` as 750, ``010`` as 8 and ``0x1F`` as 31; a routine means the text it
#: shows. A plain scalar is a number only when written as a plain decimal, short enough to be one.
_PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})\Z")
_PLAIN_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]{0,20})\.[0-9]{0,20}(?:[eE][-+][0-9]{1,3})?\Z")
_BOOL_WORDS = frozenset(
    word
    for base in ("yes", "no", "true", "false", "on", "off")
    for word in (base, base.capitalize(), base.upper())
)
_NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))
_TAG = "tag:yaml.org,2002:"


def _plain_tag(value: str) -> str:
    """The tag of a plain (unquoted) scalar: int, float, bool, null or str; never the other
    readings YAML 1.1 allows (octal, hexadecimal, base 60, timestamps, .inf)."""
    if value in _NULL_WORDS:
        return _TAG + "null"
    if value in _BOOL_WORDS:
        return _TAG + "bool"
    if value == "<<":
        return _TAG + "merge"
    if _PLAIN_INT.match(value):
        return _TAG + "int"
    if _PLAIN_FLOAT.match(value):
        return _TAG + "float"
    return _TAG + "str"


class _PlainResolver:
    """Plain scalars resolved by :func:`_plain_tag` (remembered: routine files repeat the same
    few values, "hold", "30", "both", thousands of times)."""

    _resolved: ClassVar[dict[tuple[Any, ...], str]] = {}  # shared by all loads

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        key = (kind, value, implicit)  # implicit: a pair of booleans for a scalar, else one
        tag = self._resolved.get(key)
        if tag is None:
            if kind is yaml.ScalarNode and implicit[0]:
                tag = _plain_tag(value)
            else:
                tag = str(super().resolve(kind, value, implicit))  # type: ignore[misc]
            if len(self._resolved) < _RESOLVED_CACHE_SIZE:
                self._resolved[key] = tag
        return tag


class _Loader(_PlainResolver, _BaseLoader):  # type: ignore[misc]
    """The safe loader (libyaml's parser where it is installed)."""


class _PureLoader(_PlainResolver, yaml.SafeLoader):
    """PyYAML's own parser, for the few valid files libyaml refuses (a tab opening a line of
    folded or literal text): tried only when the fast parser has refused a tab."""


#: Words of libyaml's refusals of some valid YAML that PyYAML's own parser reads: a tab
#: opening a line of block text, an unknown directive, a %YAML 1.2 directive.
_LIBYAML_ONLY = ("tab", "unknown directive", "incompatible YAML document")


def compose(text: str) -> Any:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        problem = str(error.problem)
        if _Loader is _PureLoader or not any(word in problem for word in _LIBYAML_ONLY):
            raise
        try:
            return yaml.compose(text, Loader=_PureLoader)
        except yaml.YAMLError:
            raise error from None


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a document is read.

    Reading a routine creates tens of thousands of objects (nodes, values, steps) and none of
    them in a reference cycle, yet each 700 new objects start a collection that walks them: a
    third of the time of a large routine. The collector runs again as before afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
