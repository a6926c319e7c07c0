"""The main window: places, menus, remembered geometry, notices, closing, and starting the app."""

from __future__ import annotations

import configparser
import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.sessions import SessionStore
from barretimer.ui import app as app_module
from barretimer.ui.main_window import MainWindow
from barretimer.ui.player.screen_awake import ScreenAwake
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from barretimer.ui.style.icons import ICON_SIZES, app_icon
from tests.conftest import REPO
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import answer_boxes
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this whenever a top-level widget is shown; it is not ours.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

ROUTINE = """\
name: Window Test
defaults: {rest: 0, countdown: 3, lead_in: 3, switch: 5}
steps:
  - exercise: Hold
    kind: hold
    duration: 30
"""


class FakeEditor:
    """Stands in for the editor page to see what the window asks of it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self.close_answer = True

    def new_routine(self) -> None:
        self.calls.append(("new_routine", ()))

    def open_routine(self, path: Path) -> None:
        self.calls.append(("open_routine", (path,)))

    def duplicate(self, path: Path) -> None:
        self.calls.append(("duplicate", (path,)))

    def maybe_close(self) -> bool:
        self.calls.append(("maybe_close", ()))
        return self.close_answer


class Opened:
    def __init__(self, qtbot) -> None:
        self.store = SessionStore.open(paths.database_path())
        catalog, _ = load_catalog(paths.catalog_path())
        self.speaker = RecordingSpeaker()
        self.speech = QtSpeech(self.speaker)
        self.clock = FakeClock()
        self.window = MainWindow(self.store, catalog, self.speech, Settings(), self.clock)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)

    def close(self) -> None:
        if self.window.player.active:
            self.window.player.stop_now()
        self.window.close()
        self.store.close()


@pytest.fixture
def opened(qtbot):
    window = Opened(qtbot)
    yield window
    window.close()


def test_four_places_by_list_and_keyboard(opened: Opened, qtbot) -> None:
    window = opened.window
    assert [window.places.item(i).text() for i in range(4)] == [
        "Library",
        "Player",
        "Editor",
        "History",
    ]
    assert window.current_place() == MainWindow.LIBRARY
    for place, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_place() == place
        assert (
            window.pages.currentWidget()
            is (window.library, window.player, window.editor, window.history)[place]
        )
    window.places.setCurrentRow(0)
    assert window.pages.currentWidget() is window.library
    assert window.places.accessibleName() == "Places"


def test_menus_and_their_shortcuts(opened: Opened) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in opened.window.menuBar().actions()}
    assert {"File", "View", "Help"} <= set(menus)
    file_items = [a.text().replace("&", "") for a in menus["File"].actions() if not a.isSeparator()]
    assert file_items == ["Open routine...", "Export", "Settings...", "Quit"]
    view = {a.text().replace("&", ""): a for a in menus["View"].actions() if not a.isSeparator()}
    assert view["Fullscreen room mode"].shortcut().toString() == "F11"
    assert "Mini view" in view
    help_items = [a.text().replace("&", "") for a in menus["Help"].actions()]
    assert "About barretimer" in help_items
    assert opened.window.menus.open_action.shortcut().toString() == "Ctrl+O"


def test_editor_and_history_places(opened: Opened) -> None:
    try:
        from barretimer.ui.editor import EditorPage
    except ImportError:
        EditorPage = None
    from barretimer.ui.history import HistoryPage

    window = opened.window
    window.show_place(MainWindow.HISTORY)
    assert isinstance(window.history, HistoryPage)
    assert window.pages.currentWidget() is window.history
    if EditorPage is not None:
        window.show_place(MainWindow.EDITOR)
        assert isinstance(window.editor, EditorPage)
        assert window.pages.currentWidget() is window.editor


def test_only_the_library_is_built_before_it_is_needed(opened: Opened) -> None:
    window = opened.window
    assert window.editor is None and window.history is None and window._player is None
    assert window.exercises is None
    assert window.pages.count() == 5
    size = window.size()
    for place in (MainWindow.PLAYER, MainWindow.EDITOR, MainWindow.HISTORY, MainWindow.EXERCISES):
        window.show_place(place)
        assert window.current_place() == place
    assert window._player is window.pages.widget(MainWindow.PLAYER)
    assert window.editor is window.pages.widget(MainWindow.EDITOR)
    assert window.history is window.pages.widget(MainWindow.HISTORY)
    assert window.exercises is window.pages.widget(MainWindow.EXERCISES)
    assert window.pages.count() == 5
    assert window.size() == size  # building a page does not move the window's edges


def test_the_edit_menu_builds_the_editor_and_holds_its_undo_and_redo(opened: Opened) -> None:
    window = opened.window
    assert window.editor is None
    window.menus.edit_menu.aboutToShow.emit()  # what opening the menu does first
    editor = window.editor
    if not hasattr(editor, "undo_action"):
        pytest.skip("the editor is not in this build")
    assert window.menus.edit_menu.actions() == [editor.undo_action, editor.redo_action]
    assert window.current_place() == MainWindow.LIBRARY


def test_duplicate_and_edit_opens_the_editor_not_built_yet(opened: Opened, qtbot) -> None:
    window = opened.window
    assert window.editor is None
    shipped = paths.shipped_routines_dir() / "post-run-stretch.yaml"
    window.library.select_path(shipped)
    assert window.library.edit_button.text() == "Duplicate and edit"
    qtbot.mouseClick(window.library.edit_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    if not hasattr(editor, "path"):
        pytest.skip("the editor is not in this build")
    assert window.current_place() == MainWindow.EDITOR
    assert window.pages.currentWidget() is editor
    assert editor.path() is None  # the copy is written on its first save
    assert editor.routine().name.startswith("Post-Run Stretch")


def play_to_the_end(opened: Opened, tmp_path: Path) -> None:
    path = tmp_path / "window-test.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    assert opened.window.open_file(path)
    player = opened.window.player
    player.play(1.0)
    for _ in range(60):  # countdown, lead-in and the 30 s hold, a second at a time
        opened.clock.advance(1)
        player.tick()
    assert not player.active
    QApplication.processEvents()


def history_routines(window: MainWindow) -> list[str]:
    model = window.history.model
    return [model.index(r, model.ROUTINE).data() for r in range(model.rowCount())]


def test_a_history_built_later_shows_the_sessions_recorded_before(
    opened: Opened, tmp_path: Path
) -> None:
    play_to_the_end(opened, tmp_path)
    assert opened.window.history is None
    opened.window.show_place(MainWindow.HISTORY)
    assert history_routines(opened.window) == ["Window Test"]


def test_a_history_already_built_shows_a_session_as_soon_as_it_is_recorded(
    opened: Opened, tmp_path: Path
) -> None:
    opened.window.show_place(MainWindow.HISTORY)
    assert history_routines(opened.window) == []
    play_to_the_end(opened, tmp_path)
    assert history_routines(opened.window) == ["Window Test"]


def test_placeholders_when_editor_and_history_cannot_start(qtbot, monkeypatch) -> None:
    from barretimer.ui.editor import EditorPage
    from barretimer.ui.history import HistoryPage

    def cannot_start(*args, **kwargs):
        raise RuntimeError("a page that fails as it is built")

    monkeypatch.setattr(EditorPage, "__init__", cannot_start)
    monkeypatch.setattr(HistoryPage, "__init__", cannot_start)
    opened = Opened(qtbot)
    try:
        window = opened.window
        window.show_place(MainWindow.EDITOR)
        assert window.pages.widget(MainWindow.EDITOR).accessibleName() == "Editor"
        window.show_place(MainWindow.HISTORY)
        assert window.pages.widget(MainWindow.HISTORY).accessibleName() == "History"
        window.opening.new_routine()  # nothing to call: a notice, no crash
        assert any("editor is not available" in n for n in window.banner.notices())
    finally:
        opened.close()


def test_library_buttons_call_the_editor(opened: Opened, qtbot) -> None:
    window = opened.window
    fake = FakeEditor()
    window.editor = fake
    shipped = paths.shipped_routines_dir() / "post-run-stretch.yaml"
    window.library.select_path(shipped)
    qtbot.mouseClick(window.library.edit_button, Qt.MouseButton.LeftButton)
    assert fake.calls == [("duplicate", (shipped,))]
    assert window.current_place() == MainWindow.EDITOR
    window.show_place(MainWindow.LIBRARY)
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    assert fake.calls[-1] == ("new_routine", ())
    user_dir = paths.user_routines_dir()
    user_dir.mkdir(parents=True, exist_ok=True)
    (user_dir / "mine.yaml").write_text(ROUTINE, encoding="utf-8")
    window.library.reload()
    window.show_place(MainWindow.LIBRARY)
    window.library.select_path(user_dir / "mine.yaml")
    qtbot.mouseClick(window.library.edit_button, Qt.MouseButton.LeftButton)
    assert fake.calls[-1] == ("open_routine", (user_dir / "mine.yaml",))


def test_the_window_remembers_its_size_and_place(qtbot, data_dir: Path) -> None:
    first = Opened(qtbot)
    first.window.resize(QSize(760, 540))
    first.window.move(QPoint(40, 30))
    QApplication.processEvents()
    first.close()
    ini = configparser.ConfigParser()
    ini.read(data_dir / "settings.ini")
    assert "geometry" in ini["window"]
    second = Opened(qtbot)
    try:
        assert second.window.size() == QSize(760, 540)
    finally:
        second.close()


def test_the_window_opens_within_the_screen(qtbot) -> None:
    first = Opened(qtbot)  # no size remembered yet
    try:
        available = first.window.screen().availableGeometry()  # 800x800 offscreen
        assert available.width() < 1200  # the test needs a screen smaller than the default
        size = first.window.size()
        assert size.width() == available.width() and size.height() <= 800
    finally:
        first.close()


def test_the_app_icon_and_the_desktop_file() -> None:
    icons = paths.assets_dir() / "icons"
    assert (icons / "barretimer.svg").is_file()
    for size in ICON_SIZES:
        assert (icons / f"barretimer-{size}.png").is_file()
    icon = app_icon()
    assert not icon.isNull()
    assert icon.actualSize(QSize(256, 256)) == QSize(256, 256)
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment, method-assign]
    desktop.read(REPO / "assets" / "barretimer.desktop")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == "barretimer %f"
    assert entry["Icon"] == "barretimer"
    assert entry["Type"] == "Application"
    assert set(entry["Categories"].strip(";").split(";")) >= {"Sports", "Utility", "Qt"}


def test_closing_while_playing_asks_first(qtbot, monkeypatch, tmp_path: Path) -> None:
    opened = Opened(qtbot)
    path = tmp_path / "window-test.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    assert opened.window.open_file(path)
    opened.window.player.play(1.0)
    opened.clock.advance(1)
    opened.window.player.tick()
    answer_boxes(monkeypatch).answers = [
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    ]
    assert not opened.window.close()
    assert opened.window.isVisible() and opened.window.player.active
    assert opened.window.close()
    assert not opened.window.isVisible()
    db = sqlite3.connect(paths.database_path())
    try:
        assert db.execute("SELECT status FROM sessions").fetchall() == [("stopped",)]
    finally:
        db.close()
    opened.store.close()


def test_closing_asks_the_editor_about_unsaved_changes(opened: Opened) -> None:
    fake = FakeEditor()
    fake.close_answer = False
    opened.window.editor = fake
    assert not opened.window.close()
    fake.close_answer = True
    assert opened.window.close()
    assert [c[0] for c in fake.calls] == ["maybe_close", "maybe_close"]


def test_a_damaged_history_is_told(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    paths.database_path().write_bytes(b"this is not a database" * 100)
    opened = Opened(qtbot)
    try:
        assert any("damaged" in n for n in opened.window.banner.notices())
        opened.window.banner.dismiss_button.click()
        assert not opened.window.banner.isVisible()
    finally:
        opened.close()


def test_the_excepthook_logs_and_shows_one_short_message(caplog) -> None:
    shown: list[str] = []
    hook = app_module.make_excepthook(shown.append)
    try:
        raise ValueError("the frobnicator is empty")
    except ValueError as error:
        with caplog.at_level(logging.ERROR, logger="barretimer"):
            hook(type(error), error, error.__traceback__)
    assert len(shown) == 1
    assert "ValueError: the frobnicator is empty" in shown[0]
    assert "Traceback" not in shown[0]
    assert "the frobnicator is empty" in caplog.text


class StartingSpeaker(RecordingSpeaker):
    """A fake speaker with an engine to start, as the real speech client has."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.fail = fail

    def start(self) -> None:
        self.calls.append(("start", ()))
        if self.fail:
            raise RuntimeError("no threads left")


def test_routines_history_and_speech_come_right_after_the_first_frame(qtbot) -> None:
    speaker = StartingSpeaker()
    made: list[QtSpeech] = []

    def make_speaker(speech: QtSpeech) -> StartingSpeaker:
        made.append(speech)
        return speaker

    speech = QtSpeech(make_speaker=make_speaker)
    window = app_module.create_main_window(FakeClock(), speech)
    qtbot.addWidget(window)
    try:
        # Nothing read, opened or started: the first frame shows the places and menus, and
        # the Library place says that the routines are being read.
        stand_in = window.pages.currentWidget()
        assert window.current_place() == MainWindow.LIBRARY
        assert stand_in.objectName() == "library-stand-in"
        assert [label.text() for label in stand_in.findChildren(QLabel)] == [
            "Reading the routines..."
        ]
        assert window.store_if_open() is None
        assert made == [] and not speech.started
        with qtbot.waitSignal(window.first_frame_shown, timeout=5000):
            window.show()
        assert window.pages.currentWidget() is window.library
        assert "Post-Run Stretch" in window.library.visible_names()
        assert window.library.selected_entry() is not None
        assert window.current_place() == MainWindow.LIBRARY
        qtbot.waitUntil(lambda: window.store_if_open() is not None)
        # The speaker was made once, given the settings applied before, and started.
        assert made == [speech] and speech.started
        assert speaker.calls.count(("start", ())) == 1
        assert ("set_rate", (window.settings.current.rate,)) in speaker.calls
        with qtbot.assertNotEmitted(window.first_frame_shown, wait=50):
            window.update()  # later frames are not first frames
            window.resize(900, 600)
    finally:
        app_module.close_main_window(window)
    assert speaker.calls.count(("start", ())) == 1


def test_a_routine_opened_before_the_first_frame_opens_the_history_at_once(qtbot) -> None:
    window = app_module.create_main_window(FakeClock(), QtSpeech(RecordingSpeaker()))
    qtbot.addWidget(window)
    try:
        assert window.open_file(paths.shipped_routines_dir() / "post-run-stretch.yaml")
        # The start panel suggests a scale from the history: the history was needed now.
        assert window.store_if_open() is not None
        assert window.current_place() == MainWindow.PLAYER
    finally:
        app_module.close_main_window(window)


def test_phrases_and_settings_given_before_the_speaker_is_made_reach_it() -> None:
    speaker = RecordingSpeaker()
    speech = QtSpeech(make_speaker=lambda _speech: speaker)
    speech.set_voice("en-gb")
    speech.set_rate(150)
    speech.set_rate(160)  # the last one counts
    speech.prepare(["Plank.", "Rest."])
    speech.prepare(["Rest.", "Bridge."])
    assert speaker.calls == []
    speech.start()
    assert ("set_voice", ("en-gb",)) in speaker.calls
    assert ("set_rate", (160,)) in speaker.calls and ("set_rate", (150,)) not in speaker.calls
    assert ("prepare", (("Plank.", "Rest.", "Bridge."),)) in speaker.calls
    speech.start()  # a second start makes nothing new
    assert speaker.calls.count(("prepare", (("Plank.", "Rest.", "Bridge."),))) == 1


def test_speech_that_cannot_start_is_told_in_the_window(qtbot) -> None:
    window = app_module.create_main_window(FakeClock(), QtSpeech(StartingSpeaker(fail=True)))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(window.banner.isVisible)
        [notice] = window.banner.notices()
        assert notice == "Sound could not start, so cues are shown on screen only."
        [details] = window.banner.details()
        assert "Speech is off: it could not start (no threads left)" in details
    finally:
        app_module.close_main_window(window)


def test_the_log_file_is_written_at_the_first_record(data_dir: Path) -> None:
    handler = app_module._add_file_log()
    assert handler is not None
    try:
        assert not app_module.log_file().exists()
        logging.getLogger("barretimer.ui").warning("the frobnicator is empty")
        handler.flush()
        assert (
            "WARNING barretimer.ui: the frobnicator is empty" in app_module.log_file().read_text()
        )
    finally:
        logging.getLogger("barretimer").removeHandler(handler)
        handler.close()


def test_the_window_uses_the_fusion_style() -> None:
    app = app_module.prepare_application()
    assert app.style().name().lower() == "fusion"


def run_app_and_look(monkeypatch, routine: str | None) -> tuple[int, dict[str, object]]:
    """run_app as the command line calls it, with the event loop replaced by a look at the
    window (and a silent speaker instead of the helper process)."""
    seen: dict[str, object] = {}

    def look(*_args: object) -> int:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        window = windows[-1]
        panel = window.player.start_panel
        seen["place"] = window.current_place()
        seen["title"] = panel.title_label.text()
        seen["problems"] = [
            panel.problems_list.item(i).text() for i in range(panel.problems_list.count())
        ]
        seen["play"] = panel.primary_button.isVisible()
        seen["hook"] = sys.excepthook
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", look)
    monkeypatch.setattr(
        "barretimer.ui.speech_qt.start_speech", lambda parent=None: QtSpeech(RecordingSpeaker())
    )
    return app_module.run_app(routine), seen


def test_run_app_opens_a_routine_from_the_command_line(monkeypatch) -> None:
    before = sys.excepthook
    code, seen = run_app_and_look(
        monkeypatch, str(paths.shipped_routines_dir() / "post-run-stretch.yaml")
    )
    assert code == 0
    assert seen["place"] == MainWindow.PLAYER
    assert seen["title"] == "Post-Run Stretch"
    assert seen["play"] is True
    assert seen["hook"] is not before  # errors become a dialog while the window runs
    assert sys.excepthook is before


def test_run_app_shows_the_problems_of_a_bad_file(monkeypatch, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [unclosed\n", encoding="utf-8")
    code, seen = run_app_and_look(monkeypatch, str(bad))
    assert code == 0
    assert seen["place"] == MainWindow.PLAYER
    assert seen["title"] == "bad.yaml"
    assert seen["problems"] and "bad.yaml" in seen["problems"][0]
    assert seen["play"] is False


def test_run_app_with_a_missing_file(monkeypatch, tmp_path: Path) -> None:
    code, seen = run_app_and_look(monkeypatch, str(tmp_path / "nowhere.yaml"))
    assert code == 0
    assert seen["problems"]


def test_screen_awake_is_silent_without_a_session_bus(monkeypatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    awake = ScreenAwake()
    assert awake.inhibit("testing") is False
    assert not awake.inhibited
    awake.release()


def test_the_editor_try_it_plays_without_recording(opened: Opened) -> None:
    from barretimer.core.loader import load_routine_text

    window = opened.window
    editor = window.editor_page()
    if not hasattr(editor, "try_requested"):
        pytest.skip("the editor is not in this build")
    routine = load_routine_text(ROUTINE).routine
    editor.try_requested.emit(routine, None)
    assert window.current_place() == MainWindow.PLAYER
    assert window.player.active and window.player.trying
    assert window.windowTitle() == "Window Test — barretimer"
    window.player.stop_now()
    db = sqlite3.connect(paths.database_path())
    try:
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone() == (0,)
    finally:
        db.close()


def test_a_saved_routine_appears_in_the_library(opened: Opened) -> None:
    window = opened.window
    editor = window.editor_page()
    if not hasattr(editor, "saved"):
        pytest.skip("the editor is not in this build")
    user_dir = paths.user_routines_dir()
    user_dir.mkdir(parents=True, exist_ok=True)
    path = user_dir / "saved.yaml"
    path.write_text(ROUTINE.replace("Window Test", "Just Saved"), encoding="utf-8")
    editor.saved.emit(path)
    assert "Just Saved" in window.library.visible_names()
    assert window.library.selected_entry().path == path


FAKE_SCREENSAVER = """
import sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication([])

@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(str, str, result=int)
    def Inhibit(self, name, reason):
        print("inhibit", name, reason, flush=True)
        return 42

    @Slot(int)
    def UnInhibit(self, cookie):
        print("uninhibit", cookie, flush=True)

bus = QDBusConnection.sessionBus()
saver = ScreenSaver()
ok = bus.registerService("org.freedesktop.ScreenSaver") and bus.registerObject(
    "/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots
)
print("ready" if ok else "failed", flush=True)
app.exec()
"""


def _line(stream, timeout_s: float = 10.0) -> str:
    import select

    ready, _, _ = select.select([stream], [], [], timeout_s)
    return stream.readline().strip() if ready else "<timeout>"


def test_screen_awake_inhibits_and_releases_over_dbus(monkeypatch) -> None:
    import os
    import shutil
    import subprocess

    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("no dbus-daemon on this machine")
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    service = None
    try:
        address = _line(bus.stdout)
        assert address.startswith("unix:"), address
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        service = subprocess.Popen(
            [sys.executable, "-c", FAKE_SCREENSAVER], env=env, stdout=subprocess.PIPE, text=True
        )
        assert _line(service.stdout) == "ready"
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        awake = ScreenAwake()
        assert awake.inhibit("A workout is playing")
        assert awake.inhibited
        assert _line(service.stdout) == "inhibit barretimer A workout is playing"
        awake.release()
        assert not awake.inhibited
        assert _line(service.stdout) == "uninhibit 42"
    finally:
        for process in (service, bus):
            if process is not None:
                process.kill()
                process.wait()
                if process.stdout is not None:
                    process.stdout.close()


FIRST_FRAME_PROBE = """\
import sys
from PySide6 import QtCore
from barretimer.ui import app, main_window

seen = {}
paint_event = main_window.MainWindow.paintEvent
#: What the first frame does not wait for: the workout engine, the YAML reader, the history,
#: the library's page, the Qt style sheet engine's users, and OpenSSL.
WAITING = set(sys.argv[1].split())


def paint(window, event):
    seen.setdefault("built", "Qt" in vars(QtCore))  # the first paint is the first frame
    seen.setdefault("modules", sorted(name for name in sys.modules if name in WAITING))
    paint_event(window, event)


main_window.MainWindow.paintEvent = paint
show = main_window.MainWindow.show


def show_and_quit_after_the_first_frame(window):
    window.first_frame_shown.connect(lambda: QtCore.QTimer.singleShot(0, QtCore.QCoreApplication.quit))
    show(window)


main_window.MainWindow.show = show_and_quit_after_the_first_frame
app.run_app(None)
print("first frame:", "built" if seen["built"] else "not built", "| later:", "Qt" in vars(QtCore))
print("imported before the first frame:", " ".join(seen["modules"]) or "none")
"""

#: Imported by the window only after its first frame (each costs a few ms of every start).
AFTER_THE_FIRST_FRAME = (
    "barretimer.core.engine",
    "barretimer.core.model",
    "barretimer.core.loader",
    "yaml",
    "sqlite3",
    "barretimer.store.sessions",
    "barretimer.ui.library.page",
    "barretimer.ui.player.page",
    "hashlib",
    "socket",
    "json",
    "platformdirs",
)


def test_the_first_frame_does_not_wait_for_the_qt_namespace(tmp_path: Path) -> None:
    """PySide builds every enum of the Qt namespace the first time it is used (13-18 ms on
    this machine, a tenth of the window's start-up): the first frame does without it, and the
    desktop's colour scheme, plain-text labels and alignments come right after. Nor does it
    wait for the modules that only the routines, a workout or the history need."""
    import os
    import subprocess

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        paths.ENV_DATA_DIR: str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE, " ".join(AFTER_THE_FIRST_FRAME)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    # After the first frame the window asked the desktop for its colour scheme: built then.
    assert "first frame: not built | later: True" in done.stdout, done.stdout + done.stderr
    assert "imported before the first frame: none" in done.stdout, done.stdout


SMALL_SCREEN_PROBE = """
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from barretimer import paths
from barretimer.speech.api import NullSpeaker
from barretimer.ui import app as app_module
from barretimer.ui.speech_qt import QtSpeech
from tests.helpers.clock import FakeClock

app = app_module.prepare_application()
window = app_module.create_main_window(FakeClock(), QtSpeech(NullSpeaker()))
window.show()
for _ in range(20):
    app.processEvents()
screen = window.screen().availableGeometry()

def inside(widget):
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return widget.isVisible() and screen.contains(QRect(top_left, widget.size()))

library = window.library
print("window", window.frameGeometry().width(), window.frameGeometry().height())
print("library start inside:", inside(library.start_button))
window.open_file(paths.shipped_routines_dir() / "even-thighs.yaml")
for _ in range(20):
    app.processEvents()
panel = window.player.start_panel
print("play inside:", inside(panel.primary_button), inside(panel.scale_chooser.combo))
app_module.close_main_window(window)
"""


def test_on_a_1024x600_screen_start_and_play_are_within_reach(tmp_path: Path) -> None:
    """A real 1024x600 screen (the offscreen platform given one): the window fits it, and the
    buttons that start a workout are on it."""
    import json
    import os
    import subprocess

    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "small", "width": 1024, "height": 600}]}),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        paths.ENV_DATA_DIR: str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SMALL_SCREEN_PROBE],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    width, height = (int(n) for n in lines[0].split()[1:])
    assert width <= 1024 and height <= 600, done.stdout
    assert lines[1:] == ["library start inside: True", "play inside: True True"], done.stdout
