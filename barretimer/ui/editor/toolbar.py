"""The editor's actions (new, open, import, export, save, undo, try it) and the toolbar that
shows them. The actions belong to the page, so their shortcuts work anywhere inside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QStyle, QToolBar, QToolButton, QWidget

from barretimer.ui.style.icons import text_coloured

Handler = Callable[..., object]


@dataclass(frozen=True)
class ActionHandlers:
    """What each action does (the page's slots)."""

    new: Handler
    open: Handler
    import_file: Handler
    export: Handler
    save: Handler
    save_as: Handler
    try_it: Handler


class EditorToolbar(QToolBar):
    """The page's actions, built on ``page``, in four groups."""

    def __init__(self, page: QWidget, undo_stack: QUndoStack, handlers: ActionHandlers) -> None:
        super().__init__(page)
        self._page = page
        self._build_actions(undo_stack, handlers)
        self.setAccessibleName(self.tr("Editor actions"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for group in (
            (self.new_action, self.open_action, self.import_action, self.export_action),
            (self.save_action, self.save_as_action),
            (self.undo_action, self.redo_action),
            (self.try_action,),
        ):
            for action in group:
                self.addAction(action)
            self.addSeparator()
        for button in self.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if button.defaultAction() is not None:
                button.setAccessibleName(button.defaultAction().text().replace("&", "").rstrip("…"))

    def _action(
        self,
        text: str,
        slot: Handler,
        keys: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self._page)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if icon is not None:
            action.setIcon(self._page.style().standardIcon(icon))
        action.triggered.connect(slot)
        self._page.addAction(action)
        return action

    def _build_actions(self, undo_stack: QUndoStack, handlers: ActionHandlers) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_action = self._action(self.tr("&New"), handlers.new, icon=pixmap.SP_FileIcon)
        self.open_action = self._action(
            self.tr("&Open…"), handlers.open, icon=pixmap.SP_DialogOpenButton
        )
        self.import_action = self._action(self.tr("&Import…"), handlers.import_file)
        self.export_action = self._action(self.tr("E&xport…"), handlers.export)
        self.save_action = self._action(
            self.tr("&Save"),
            handlers.save,
            (QKeySequence.StandardKey.Save,),
            pixmap.SP_DialogSaveButton,
        )
        self.save_as_action = self._action(
            self.tr("Save &as…"), handlers.save_as, ("Ctrl+Shift+S",)
        )
        self.undo_action = undo_stack.createUndoAction(self._page, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = undo_stack.createRedoAction(self._page, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._page.addAction(action)
        self.try_action = self._action(self.tr("&Try it"), handlers.try_it, ("Ctrl+Return",))
        self.colour_icons()
        self.try_action.setToolTip(self.tr("Play the routine from the selected step (Ctrl+Enter)"))

    def colour_icons(self) -> None:
        """The one-colour icons in the theme's text colour (again when the theme changes)."""
        pixmap = QStyle.StandardPixmap
        for action, icon in (
            (self.undo_action, pixmap.SP_ArrowBack),
            (self.redo_action, pixmap.SP_ArrowForward),
            (self.try_action, pixmap.SP_MediaPlay),
        ):
            action.setIcon(
                text_coloured(self._page.style().standardIcon(icon), self._page.palette())
            )
