"""Extract the window's strings into the ``.ts`` files and compile them to ``.qm``.

    python -m barretimer.i18n.build            # every language: update the .ts, write the .qm
    python -m barretimer.i18n.build de         # only German's .ts and .qm
    python -m barretimer.i18n.build --add CODE # start a new language's .ts, then the same

pyside6-lupdate reads every ``tr()``/``translate()`` call in the package and merges the strings
into each ``barretimer_<code>.ts``: translations already made are kept, new strings arrive as
unfinished, strings gone from the code are dropped. A string whose code moved to another
class (so its translation context changed) keeps its translation: before lupdate runs, the
finished translations are read by their English text, and after it they are given back to the
same text in its new context (``carry``). English's plural forms and the pseudo-language ``xx``
are filled in here; then pyside6-lrelease writes each ``.qm``.
Both tools come with PySide6-Essentials.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from barretimer.i18n import FOLDER, PSEUDO_CLOSE, PSEUDO_OPEN, TRANSLATED, qm_path, ts_path

PACKAGE = FOLDER.parent
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (a venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources(package: Path = PACKAGE) -> list[str]:
    """The package's Python files, relative to the i18n folder (stable locations in .ts)."""
    return sorted(
        str(Path("..") / path.relative_to(package))
        for path in package.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def lupdate(ts: Path, code: str, package: Path = PACKAGE) -> None:
    """Merge the code's strings into ``ts`` (created when missing)."""
    target = "en" if code == "xx" else code
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(package),
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "absolute",
            "-source-language",
            "en",
            "-target-language",
            target,
            "-silent",
        ],
        cwd=package / "i18n",
        check=True,
    )


#: A message's identity apart from its context: English text, disambiguation, plural or not.
MessageKey = tuple[str, str, bool]


def _key(message: ET.Element) -> MessageKey:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def _finished(message: ET.Element) -> ET.Element | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    if not (translation.text or "").strip() and not list(translation):
        return None
    return translation


def finished_translations(ts: Path) -> dict[MessageKey, list[ET.Element]]:
    """Every finished translation in ``ts`` by its message's English text (all contexts)."""
    found: dict[MessageKey, list[ET.Element]] = {}
    if not ts.exists():
        return found
    for message in ET.parse(ts).getroot().iter("message"):
        translation = _finished(message)
        if translation is not None:
            found.setdefault(_key(message), []).append(translation)
    return found


def placed_messages(ts: Path) -> set[tuple[str, MessageKey]]:
    """Every message already in ``ts``, by its context and English text."""
    if not ts.exists():
        return set()
    return {
        (context.findtext("name") or "", _key(message))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def carry(
    ts: Path,
    known: dict[MessageKey, list[ET.Element]],
    placed: set[tuple[str, MessageKey]],
) -> tuple[int, list[str]]:
    """Give unfinished messages the translation their English text had before lupdate.

    Only messages new to their context are given one: a message that was already there
    unfinished waits for a translator, also when the build runs again. Returns how many were
    carried and the texts left open because earlier contexts translated them differently."""
    tree = ET.parse(ts)
    carried, ambiguous = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if (name, _key(message)) in placed:
                continue
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            done = _carry_one(message, translation, known)
            carried += done is True
            if done is None:
                ambiguous.append(_key(message)[0])
    if carried:
        ET.indent(tree, space="    ")
        ts.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")
    return carried, ambiguous


def _carry_one(
    message: ET.Element, translation: ET.Element, known: dict[MessageKey, list[ET.Element]]
) -> bool | None:
    """Replace ``translation`` with the one translation its English text had: True when
    carried, None when earlier contexts disagree, False when there was none."""
    candidates = known.get(_key(message), [])
    distinct = {ET.tostring(c, encoding="unicode").strip() for c in candidates}
    if len(distinct) != 1:
        return None if distinct else False
    message.remove(translation)
    copy = ET.fromstring(distinct.pop())
    copy.tail = translation.tail
    message.append(copy)
    return True


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def _english_forms(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(ts: Path, pseudo: bool) -> None:
    """English: each plural message gets its two forms ("%Ln step", "%Ln steps"); the rest
    stays empty (Qt shows the source). Pseudo: every message is its source in markers."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        plural = message.get("numerus") == "yes"
        if not pseudo and not plural:
            continue
        forms: tuple[str, ...] = _english_forms(source) if plural else (source,)
        if pseudo:
            forms = tuple(f"{PSEUDO_OPEN}{form}{PSEUDO_CLOSE}" for form in forms)
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if plural:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(tree, space="    ")
    ts.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")


def build_language(code: str, folder: Path = FOLDER, package: Path = PACKAGE) -> Path:
    """Update ``code``'s .ts in ``folder`` and compile it; the .qm written."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / ts_path(code).name
    known, placed = finished_translations(ts), placed_messages(ts)
    lupdate(ts, code, package)
    if code not in ("en", "xx"):
        carried, ambiguous = carry(ts, known, placed)
        if carried:
            print(f"{ts.name}: {carried} translations carried to the strings' new classes")
        for text in ambiguous:
            print(f"{ts.name}: translated two ways before, left unfinished: {text!r}")
    if code in ("en", "xx"):
        fill(ts, pseudo=code == "xx")
    qm = folder / qm_path(code).name
    lrelease(ts, qm)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m barretimer.i18n.build")
    parser.add_argument(
        "codes", nargs="*", metavar="CODE", help="only these languages (default: all, en and xx)"
    )
    parser.add_argument("--add", metavar="CODE", help="start the .ts file of a new language")
    args = parser.parse_args(argv)
    codes = args.codes or ["en", *TRANSLATED, "xx"]
    if args.add and args.add not in codes:
        codes.append(args.add)
    for code in codes:
        qm = build_language(code)
        print(f"{ts_path(code).name} -> {qm.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
