"""The one helper that shows text from files safely."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barretimer.core.text import first_unsafe, json_line, json_text, one_line


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("a\r\nb", "a\\r\\nb"),
        ("\x00", "\\x00"),
        ("tab\there", "tab\\there"),
        ("\x85\x9b", "\\x85\\x9b"),
        ("\u2028\u2029", "\\u2028\\u2029"),
        ("\u202eevil", "\\u202eevil"),
        ("\ufeffname", "\\ufeffname"),
        ("plain ½ ✓ é 日本", "plain ½ ✓ é 日本"),
        ("back\\slash", "back\\slash"),
    ],
)
def test_one_line_escapes_what_steers_a_terminal(raw: str, shown: str) -> None:
    assert one_line(raw) == shown


@given(st.text())
def test_one_line_leaves_no_control_and_is_idempotent(text: str) -> None:
    shown = one_line(text)
    assert first_unsafe(shown) is None
    assert one_line(shown) == shown


@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_json_keeps_the_value_and_escapes_every_control(text: str) -> None:
    for written in (json_line({"t": text}), json_text([text])):
        assert first_unsafe(written.replace("\n", ""), multi_line=False) is None
    assert json.loads(json_line({"t": text})) == {"t": text}


def test_a_multi_line_text_may_hold_tabs_and_line_feeds_only() -> None:
    assert first_unsafe("a\n\tb", multi_line=True) is None
    assert first_unsafe("a\rb", multi_line=True) == "\r"
    assert first_unsafe("a\tb") == "\t"
