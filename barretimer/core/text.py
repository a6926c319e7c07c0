"""Text from files shown safely: the one home for escaping what a file or file name supplied.

A routine, a CSV file or a file name can carry control characters (``\\x1b[2J`` clears a
terminal, ``\\r`` and ``\\n`` forge lines, bidirectional overrides reorder what is shown).
Everything printed that came from outside goes through :func:`one_line` (or :func:`json_line`).
"""

from __future__ import annotations

import json
import re
from typing import Any

#: C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings, overrides
#: and isolates, and the byte-order mark (an invisible character that has no place in a name).
_UNSAFE = "\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff"
UNSAFE_CHARACTERS = re.compile(f"[{_UNSAFE}]")
#: The same, without tab and line feed: what a multi-line text (a description, notes) may hold.
UNSAFE_IN_TEXT = re.compile(f"[{_UNSAFE.replace(chr(0) + '-' + chr(0x1F), '')}\x00-\x08\x0b-\x1f]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}.get(code, f"\\x{code:02x}")
    return f"\\u{code:04x}"


def one_line(text: str) -> str:
    """``text`` with control and invisible formatting characters shown as escapes (``\\n``,
    ``\\x1b``, ``\\u202e``): one line, and nothing that can steer the terminal."""
    return UNSAFE_CHARACTERS.sub(_escape, text)


def first_unsafe(text: str, multi_line: bool = False) -> str | None:
    """The first character a text field may not hold, or None. A multi-line text may hold
    tabs and line feeds."""
    found = (UNSAFE_IN_TEXT if multi_line else UNSAFE_CHARACTERS).search(text)
    return found.group() if found else None


def describe_character(character: str) -> str:
    """``U+001B`` and what it is, for a problem message."""
    code = ord(character)
    if code < 0x20 or 0x7F <= code < 0xA0:
        what = "a control character"
    elif 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or code in (0x200E, 0x200F):
        what = "a text-direction control"
    elif code == 0xFEFF:
        what = "an invisible byte-order mark"
    else:
        what = "a line separator"
    return f"U+{code:04X} ({what})"


#: What ``json`` leaves raw in a string: it escapes C0 controls itself, and a raw line feed
#: between the lines of indented JSON is the layout, not text.
_JSON_UNSAFE = re.compile(f"[{_UNSAFE.replace(chr(0) + '-' + chr(0x1F), '')}]")


def json_line(value: Any) -> str:
    """``value`` as JSON on one line, every control character escaped (``json`` leaves C1
    controls and U+2028 raw under ``ensure_ascii=False``)."""
    text = json.dumps(value, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def json_text(value: Any, indent: int = 2) -> str:
    """Like :func:`json_line`, indented, for a document printed at once."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
