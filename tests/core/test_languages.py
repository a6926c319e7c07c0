"""Which language barretimer uses: the command line, the setting, the system, English."""

from __future__ import annotations

import pytest

from barretimer.core.languages import normalize, resolve


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
        ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "nl_NL"}, "es"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "sv:it:de"}, "it"),
        ({"LANG": "C", "LANGUAGE": "it"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LC_ALL": "", "LANG": "it_IT@euro"}, "it"),
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(
    environ: dict[str, str], expected: str
) -> None:
    assert resolve(environ) == expected


def test_the_command_line_beats_the_setting_which_beats_the_system() -> None:
    system = {"LANG": "fr_FR.UTF-8"}
    assert resolve(system, "de", "es") == "de"
    assert resolve(system, None, "es") == "es"
    assert resolve(system, None, "") == "fr"
    assert resolve(system, "klingon", "") == "fr"  # the CLI refuses it before; never a crash


@pytest.mark.parametrize(
    ("code", "expected"),
    [("de", "de"), ("DE-ch", "de"), ("pt-br", "pt_BR"), ("pt", "pt_BR"), ("xx", "xx"), ("", None)],
)
def test_codes_are_understood_in_their_usual_spellings(code: str, expected: str | None) -> None:
    assert normalize(code) == expected
