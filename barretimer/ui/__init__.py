"""The window of barretimer (PySide6): library, player, editor, history and settings.

Built on the Qt-free core; ``barretimer.ui.app.run_app`` starts it.
"""
