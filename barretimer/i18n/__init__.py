"""The window's translations: Qt's ``.ts`` sources and the ``.qm`` files the app loads.

``barretimer_<code>.ts`` holds a language's strings (edit it with pyside6-linguist or a text
editor); ``python -m barretimer.i18n.build`` extracts the strings from the code into every
``.ts`` and compiles them to ``.qm``. The ``.qm`` files are committed, so running the app needs
no build step. ``barretimer_en.qm`` carries English's plural forms ("1 step", "2 steps");
``barretimer_xx`` is the pseudo-language of the tests, every string wrapped in markers.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent

#: Languages with a ``.ts`` file a translator fills in.
TRANSLATED = ("de", "fr", "es", "it", "nl", "pt_BR")

#: Languages whose window translation is finished: a test fails when one of these has an
#: unfinished entry (a new or changed English string not translated yet). Add a language's
#: code here once its ``.ts`` file has no ``type="unfinished"`` left.
COMPLETE: tuple[str, ...] = ("de", "es", "fr", "it", "nl", "pt_BR")

#: Around every string of the pseudo-language: text on screen without them bypassed tr().
PSEUDO_OPEN, PSEUDO_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧


def ts_path(code: str) -> Path:
    return FOLDER / f"barretimer_{code}.ts"


def qm_path(code: str) -> Path:
    return FOLDER / f"barretimer_{code}.qm"
