"""The player's controls: one QAction per control, with its keys, so buttons, menus and the
keyboard do the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from barretimer.core.engine import State
from barretimer.core.timeline import Role

if TYPE_CHECKING:
    from barretimer.ui.player.display import DisplayState
    from barretimer.ui.player.host import EngineHost
    from barretimer.ui.speech_qt import QtSpeech


class PlayerControls(QObject):
    """The player's actions: one QAction per control, each with its shortcuts."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.buttons: dict[QAction, QToolButton] = {}  # made by button_row()

        def action(
            text: str, keys: Sequence[QKeySequence | Qt.Key | QKeyCombination], tip: str
        ) -> QAction:
            act = QAction(text, owner)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setToolTip(
                f"{tip} ({QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            act.setAutoRepeat(False)
            owner.addAction(act)
            return act

        # self.tr written out: lupdate files these under this class's name, as Qt looks them up.
        self.pause = action(self.tr("Pause"), [Qt.Key.Key_Space], self.tr("Pause or go on"))
        self.back = action(
            self.tr("Back"),
            [Qt.Key.Key_Left],
            self.tr("Restart this interval, or go to the one before"),
        )
        self.skip = action(
            self.tr("Skip"), [Qt.Key.Key_Right], self.tr("Skip to the next interval")
        )
        self.extend = action(
            self.tr("+10 s"),
            [
                Qt.Key.Key_Plus,
                Qt.Key.Key_Equal,
                QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Plus),
            ],
            self.tr("Add 10 seconds to this interval"),
        )
        self.done = action(
            self.tr("Done"),
            [
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Enter),
            ],
            self.tr("Finish this max hold now"),
        )
        self.touchdown = action(
            self.tr("Touchdown"), [Qt.Key.Key_T], self.tr("Count a touchdown on this side")
        )
        self.mute_voice = action(
            self.tr("Voice on"), [Qt.Key.Key_M], self.tr("Mute or unmute the voice")
        )
        self.mute_beeps = action(
            self.tr("Beeps on"), [Qt.Key.Key_B], self.tr("Mute or unmute the beeps")
        )
        self.stop = action(self.tr("Stop"), [Qt.Key.Key_Escape], self.tr("Stop the workout"))
        self.mute_voice.setCheckable(True)
        self.mute_beeps.setCheckable(True)

    def all(self) -> list[QAction]:
        return [
            self.back,
            self.pause,
            self.skip,
            self.extend,
            self.done,
            self.touchdown,
            self.mute_voice,
            self.mute_beeps,
            self.stop,
        ]

    def button_row(self, parent: QWidget) -> QHBoxLayout:
        """A button for each action, in a centred row. A click leaves the focus where it was
        (only Tab reaches a button), so Space and Enter go on working the player."""
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        button_font = QFont(parent.font())
        button_font.setPixelSize(17)
        for act in self.all():
            button = QToolButton(parent)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setMinimumHeight(44)
            button.setMinimumWidth(72)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setFont(button_font)
            button.setAccessibleName(act.text())
            button.setAccessibleDescription(act.toolTip())
            self.buttons[act] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def show_state(self, state: DisplayState | None, host: EngineHost | None) -> None:
        """Offer what applies now to the workout ``host`` runs: Done only while a max hold
        counts up, Touchdown only on a balance on one side; Pause says "Go on" while paused."""
        active = host is not None and host.active
        paused = host is not None and host.state is State.PAUSED
        for act in (self.pause, self.back, self.skip, self.extend, self.stop):
            act.setEnabled(active)
        running_work = state is not None and state.role is Role.WORK and active
        self.done.setEnabled(running_work and bool(state and state.counting_up))
        self.touchdown.setEnabled(running_work and bool(state and state.counts_touchdowns))
        self.pause.setText(self.tr("Go on") if paused else self.tr("Pause"))
        self._name_button(self.pause)

    def sync_mutes(self, speech: QtSpeech) -> None:
        """The buttons say what is heard: muted, on, or nothing to hear with."""
        for act, muted, works, on, off, out in (
            (
                self.mute_voice,
                speech.voice_muted,
                speech.voice_works,
                self.tr("Voice on"),
                self.tr("Voice muted"),
                self.tr("No voice"),
            ),
            (
                self.mute_beeps,
                speech.beeps_muted,
                speech.beeps_work,
                self.tr("Beeps on"),
                self.tr("Beeps muted"),
                self.tr("No sound"),
            ),
        ):
            if act.isChecked() != muted:
                act.blockSignals(True)
                act.setChecked(muted)
                act.blockSignals(False)
            act.setEnabled(works)
            act.setText(out if not works else off if muted else on)
            self._name_button(act)

    def _name_button(self, act: QAction) -> None:
        """A screen reader says the button's new text too."""
        button = self.buttons.get(act)
        if button is not None:
            button.setAccessibleName(act.text())
