"""The kind colours' old home, kept while ui/figure.py imports them from here (their home is
ui/style/theme.py)."""

from barretimer.ui.style.theme import KIND_STYLES

__all__ = ["KIND_STYLES"]
