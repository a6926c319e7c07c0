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

        tr = self.tr
        self.pause = action(tr("Pause"), [Qt.Key.Key_Space], tr("Pause or go on"))
        self.back = action(
            tr("Back"), [Qt.Key.Key_Left], tr("Restart this interval, or go to the one before")
        )
        self.skip = action(tr("Skip"), [Qt.Key.Key_Right], tr("Skip to the next interval"))
        self.extend = action(
            tr("+10 s"),
            [
                Qt.Key.Key_Plus,
                Qt.Key.Key_Equal,
                QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Plus),
            ],
            tr("Add 10 seconds to this interval"),
        )
        self.done = action(
            tr("Done"),
            [
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Enter),
            ],
            tr("Finish this max hold now"),
        )
        self.touchdown = action(
            tr("Touchdown"), [Qt.Key.Key_T], tr("Count a touchdown on this side")
        )
        self.mute_voice = action(tr("Voice on"), [Qt.Key.Key_M], tr("Mute or unmute the voice"))
        self.mute_beeps = action(tr("Beeps on"), [Qt.Key.Key_B], tr("Mute or unmute the beeps"))
        self.stop = action(tr("Stop"), [Qt.Key.Key_Escape], tr("Stop the workout"))
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
