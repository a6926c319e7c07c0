"""The routine editor: build and change routines without touching YAML."""

from barretimer.ui.editor.page import EditorPage

__all__ = ["EditorPage"]
