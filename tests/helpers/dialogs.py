"""Message boxes answered without showing them: every modal box of the window runs through
``barretimer.ui.dialogs.run``, which this replaces."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from barretimer.ui import dialogs

Button = QMessageBox.StandardButton

_KINDS = {
    QMessageBox.Icon.Question: "question",
    QMessageBox.Icon.Warning: "warning",
    QMessageBox.Icon.Information: "information",
    QMessageBox.Icon.Critical: "critical",
}


@dataclass
class Boxes:
    """Every message box the window opened (never shown), and the answers they get: the queued
    ``answers`` first, in order, then ``answer``."""

    answer: Button = Button.Ok
    answers: list[Button] = field(default_factory=list)
    shown: list[dict[str, Any]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # of every box shown, as they come
    titles: list[str] = field(default_factory=list)
    messages: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) of each

    def run(self, box: QMessageBox) -> Button:
        self.shown.append(
            {
                "kind": _KINDS.get(box.icon(), ""),
                "title": box.windowTitle(),
                "text": box.text(),
                "format": box.textFormat(),
                "buttons": box.standardButtons(),
            }
        )
        self.texts.append(box.text())
        self.titles.append(box.windowTitle())
        self.messages.append((self.shown[-1]["kind"], box.text()))
        return self.answers.pop(0) if self.answers else self.answer


def answer_boxes(monkeypatch: pytest.MonkeyPatch, answer: Button = Button.Ok) -> Boxes:
    record = Boxes(answer=answer)
    monkeypatch.setattr(dialogs, "run", record.run)
    return record
