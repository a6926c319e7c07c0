"""The languages barretimer speaks and shows, and which one the user wants.

One resolver for every entry point: ``--language`` on the command line, else the Settings
choice (the window only), else the system's environment (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``, in that order, as gettext reads them), else English.
Codes are ``en``, ``de``, ``fr``, ``es``, ``it``, ``nl`` and ``pt_BR``; ``de_AT.UTF-8``,
``de-CH`` and ``pt-br`` are understood, and plain ``pt`` means Brazilian Portuguese (the only
Portuguese there is). ``xx`` is the pseudo-language of the tests (the window's strings wrapped
in markers, everything else English).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

ENGLISH = "en"
PSEUDO = "xx"


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself, for the Settings list
    voice: str  # the espeak-ng voice (as pyttsx3 names it) when the user picks none; "": espeak's
    chars_per_s: float  # how fast that voice speaks, for checking that a cue fits its slot


#: Characters per second of each voice at the app's default rate (175): the mean over a dozen
#: cues and phrases, measured once with ``espeak-ng -v VOICE -s 175 -w`` (silence trimmed).
#: Single phrases ranged from about 0.7x to 1.25x the mean; French is read fastest.
LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "", 16.0),
    "de": Language("de", "Deutsch", "gmw/de", 16.9),
    "fr": Language("fr", "Français", "roa/fr", 21.3),
    "es": Language("es", "Español", "roa/es", 16.8),
    "it": Language("it", "Italiano", "roa/it", 16.5),
    "nl": Language("nl", "Nederlands", "gmw/nl", 16.1),
    "pt_BR": Language("pt_BR", "Português (Brasil)", "roa/pt-br", 15.5),
}

ENVIRONMENT_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def normalize(code: str) -> str | None:
    """``code`` as one of ours (``de_AT.UTF-8`` -> ``de``), or None when we do not have it."""
    code = code.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not code:
        return None
    if code.lower() == PSEUDO:
        return PSEUDO
    base = code.partition("_")[0].lower()
    if base == "pt":
        return "pt_BR"  # Portugal's Portuguese reads better in Brazil's than in English
    if base in LANGUAGES:
        return base
    return None


def from_environment(environ: Mapping[str, str]) -> str | None:
    """The first language of the environment we have, or None (``C``/``POSIX`` say English).

    ``LANGUAGE`` may list several (``fr:de``); gettext ignores it when the locale is ``C``.
    """
    for variable in ENVIRONMENT_VARIABLES:
        value = environ.get(variable, "")
        if not value:
            continue
        if variable == "LANGUAGE":
            if (environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG")) in (
                "C",
                "POSIX",
            ):
                continue
            for part in value.split(":"):
                found = normalize(part)
                if found is not None:
                    return found
            continue
        if value in ("C", "POSIX") or value.startswith("C."):
            return ENGLISH
        return normalize(value) or ENGLISH
    return None


def resolve(
    environ: Mapping[str, str], command_line: str | None = None, setting: str | None = None
) -> str:
    """The language to use: the command line's, the setting's, the system's, or English."""
    for chosen in (command_line, setting):
        if chosen:
            found = normalize(chosen)
            if found is not None:
                return found
    return from_environment(environ) or ENGLISH


def language(code: str) -> Language:
    """What we know of ``code`` (English for the pseudo-language and unknown codes)."""
    return LANGUAGES.get(code, LANGUAGES[ENGLISH])


def estimate_speech_s(text: str, code: str) -> float:
    """Roughly how long the voice of ``code`` takes to say ``text`` at the default rate."""
    return len(text.strip()) / language(code).chars_per_s
