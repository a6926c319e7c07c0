"""The window's translations: the pseudo-language finds text that bypasses tr(), finished
languages stay finished, the .qm files match their .ts, Qt's own strings and English plurals."""

from __future__ import annotations

import filecmp
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QWidget,
)

from barretimer import paths
from barretimer.core.library import load_catalog, load_library
from barretimer.i18n import COMPLETE, PSEUDO_OPEN, TRANSLATED, qm_path, ts_path
from barretimer.i18n.build import lrelease, lupdate
from barretimer.store.sessions import SessionStore
from barretimer.ui import language
from barretimer.ui.labels import steps_label
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.settings_dialog import SettingsDialog
from barretimer.ui.speech_qt import QtSpeech
from tests.conftest import ROUTINES, FakeClock
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def unfinished(ts: Path) -> list[str]:
    """The sources of ``ts`` still to translate (``context: source``)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                out.append(f"{name}: {message.findtext('source')}")
    return out


def test_the_unfinished_check_finds_what_a_translator_has_left() -> None:
    """The check below can fail: a language not yet done has its strings as unfinished."""
    not_done = [code for code in TRANSLATED if code not in COMPLETE]
    if not not_done:
        pytest.skip("every language is complete")
    assert len(unfinished(ts_path(not_done[0]))) > 100


@pytest.mark.parametrize("code", COMPLETE)
def test_a_complete_language_has_every_current_string_translated(code: str, tmp_path: Path) -> None:
    """The code's strings merged into a copy of the .ts: a new English string arrives unfinished."""
    copy = tmp_path / ts_path(code).name
    shutil.copy(ts_path(code), copy)
    lupdate(copy, code)
    assert unfinished(copy) == []


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_each_committed_qm_is_compiled_from_its_ts(code: str, tmp_path: Path) -> None:
    """Run ``python -m barretimer.i18n.build`` after editing a .ts, and commit both."""
    fresh = tmp_path / qm_path(code).name
    lrelease(ts_path(code), fresh)
    assert filecmp.cmp(fresh, qm_path(code), shallow=False)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user sees in ``root``: labels, buttons, group titles,
    list items, table headers, actions with their menus and tooltips, the window title."""
    out = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel):
            out.append((where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            box = widget.parent()
            if (
                isinstance(box, QDialogButtonBox)
                and box.standardButton(widget) != box.StandardButton.NoButton
            ):
                continue  # Qt's own OK, Cancel...: qtbase_<code>.qm translates them
            out.append((where, widget.text()))
            out.append((where + " tooltip", widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            out.append((where, widget.title()))
        elif isinstance(widget, QListWidget):
            out += [(where, widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            out += [
                (where, str(model.headerData(i, orientation) or "")) for i in range(widget.count())
            ]
        for action in widget.actions():
            out.append((f"{where} action", action.text().replace("&", "")))
            out.append((f"{where} action tooltip", action.toolTip()))
            menu = action.menu()
            if isinstance(menu, QMenu):
                out += [(f"menu {action.text()}", a.text()) for a in menu.actions()]
    return out


def content_words(user_dir: Path) -> set[str]:
    """What the routines, plans and catalog say: shown as written, not through tr()."""
    catalog, _ = load_catalog(paths.catalog_path())
    words = {"barretimer"}
    for entry in load_library(ROUTINES, user_dir, catalog):
        routine = entry.result.routine
        words.add(entry.name)
        if routine is not None:
            words.update({routine.description, ", ".join(routine.tags)})
    for exercise in catalog.exercises:
        words.update({exercise.name, exercise.description, *exercise.cues, exercise.safety})
    return words


def offenders(texts: list[tuple[str, str]], allowed: set[str]) -> list[str]:
    bad = []
    for where, text in texts:
        plain = text.replace("&", "").strip()
        if not any(ch.isalpha() for ch in plain) or plain in allowed or PSEUDO_OPEN in text:
            continue
        if "<" in plain and PSEUDO_OPEN in plain:
            continue
        bad.append(f"{where}: {text!r}")
    return sorted(set(bad))


def install_pseudo(qm: Path) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    pseudo = QTranslator(app)
    assert pseudo.load(str(qm))
    app.installTranslator(pseudo)
    app.setProperty("barretimer_language", "xx")


def test_no_visible_text_bypasses_translation(
    qtbot, tmp_path: Path, translators, pseudo_qm
) -> None:  # type: ignore[no-untyped-def]
    """Every string wrapped in markers by the pseudo-language (built from the code as it is
    now): a string on screen without them was never given to tr()."""
    install_pseudo(pseudo_qm)

    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    window = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    allowed = content_words(paths.user_routines_dir()) | {str(tmp_path)}
    seen: list[tuple[str, str]] = []
    try:
        for place in (MainWindow.LIBRARY, MainWindow.PLAYER, MainWindow.EDITOR, MainWindow.HISTORY):
            window.show_place(place)
            qtbot.wait(50)
            seen += [(f"page {place}: {w}", t) for w, t in visible_texts(window)]
        assert window.open_file(ROUTINES / "seat-burner.yaml")
        qtbot.wait(50)
        seen += [(f"start panel: {w}", t) for w, t in visible_texts(window)]
        dialog = SettingsDialog(Settings(), [], tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        seen += [(f"settings: {w}", t) for w, t in visible_texts(dialog)]
    finally:
        window.close()
        store.close()
    assert len(seen) > 100  # the walk did see the window
    bad = offenders(seen, allowed)
    assert bad == [], "\n".join(bad)


def test_qt_own_strings_and_plurals_follow_the_language(qtbot, translators) -> None:  # type: ignore[no-untyped-def]
    loaded = language.install("de")
    assert any(name.startswith("qtbase_de") for name in loaded)
    assert language.current() == "de"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Abbrechen"
    assert language.current_phrases().halfway == "Halbzeit."
    assert language.current_voice() == "gmw/de"


def test_english_plurals_come_from_the_english_translation(translators) -> None:  # type: ignore[no-untyped-def]
    loaded = language.install("en")
    assert str(qm_path("en")) in loaded
    assert (steps_label(1), steps_label(2)) == ("1 step", "2 steps")
