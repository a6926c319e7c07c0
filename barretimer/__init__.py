"""barretimer: a guided-workout timer for barre, holds, stretches and balance drills."""

__version__ = "0.1.0"
