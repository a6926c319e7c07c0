"""The translation build keeps a translation when its string's code moves to another class.

Splitting a large window class into smaller ones changes the Qt translation context of every
string that moves; without the carry step all of them would arrive unfinished and the
languages would fall back to English. Real pyside6-lupdate and lrelease on a tiny package.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from barretimer.i18n.build import build_language

CODE = """
from PySide6.QtCore import QObject


class {name}(QObject):
    def words(self) -> list[str]:
        return [self.tr("Start"), self.tr("Stop"), self.tr("%Ln step(s)", "", 2)]
"""


def _package(root: Path, *classes: str) -> Path:
    package = root / "pkg"
    (package / "i18n").mkdir(parents=True, exist_ok=True)
    for module in package.glob("*.py"):
        module.unlink()
    for name in classes:
        (package / f"{name.lower()}.py").write_text(CODE.format(name=name), encoding="utf-8")
    return package


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _translate(ts: Path, words: dict[str, str | tuple[str, str]]) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        value = words[message.findtext("source") or ""]
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if isinstance(value, tuple):
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    tree.write(ts, encoding="utf-8")


def test_a_string_moved_to_another_class_keeps_its_translation(tmp_path: Path) -> None:
    package = _package(tmp_path, "EditorPage")
    folder = package / "i18n"
    build_language("de", folder=folder, package=package)
    ts = folder / "barretimer_de.ts"
    _translate(
        ts, {"Start": "Starten", "Stop": "Anhalten", "%Ln step(s)": ("%Ln Schritt", "%Ln Schritte")}
    )

    _package(tmp_path, "EditorActions")  # the class split: same strings, new context
    build_language("de", folder=folder, package=package)

    messages = _messages(ts)
    assert set(messages) == {
        ("EditorActions", "Start"),
        ("EditorActions", "Stop"),
        ("EditorActions", "%Ln step(s)"),
    }
    start = messages[("EditorActions", "Start")].find("translation")
    assert start is not None and start.text == "Starten" and start.get("type") is None
    forms = [f.text for f in messages[("EditorActions", "%Ln step(s)")].iter("numerusform")]
    assert forms == ["%Ln Schritt", "%Ln Schritte"]
    assert (folder / "barretimer_de.qm").stat().st_size > 0


def test_a_text_translated_two_ways_is_left_for_the_translator(tmp_path: Path) -> None:
    package = _package(tmp_path, "First", "Second")
    folder = package / "i18n"
    build_language("de", folder=folder, package=package)
    ts = folder / "barretimer_de.ts"
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        first = context.findtext("name") == "First"
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                for form in ("%Ln Schritt", "%Ln Schritte"):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                source = message.findtext("source")
                translation.text = ("Los" if first else "Starten") if source == "Start" else "Halt"
    tree.write(ts, encoding="utf-8")

    _package(tmp_path, "Second", "Joined")  # one of the two stays
    build_language("de", folder=folder, package=package)

    messages = _messages(ts)
    start = messages[("Joined", "Start")].find("translation")
    stop = messages[("Joined", "Stop")].find("translation")
    assert start is not None and start.get("type") == "unfinished"
    assert stop is not None and stop.text == "Halt" and stop.get("type") is None

    # Built again, only Second's "Starten" is left as an earlier translation: the message is
    # still marked for the translator (lupdate may suggest a text), not silently finished.
    build_language("de", folder=folder, package=package)
    again = _messages(ts)[("Joined", "Start")].find("translation")
    assert again is not None and again.get("type") == "unfinished"
