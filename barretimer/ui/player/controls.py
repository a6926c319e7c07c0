"""The player's controls: one QAction per control, with its keys, so buttons, menus and the
keyboard do the same thing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class PlayerControls(QObject):
    """The player's actions: one QAction per control, each with its shortcuts."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)

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
