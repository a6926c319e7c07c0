"""Routines to and from other apps and watches: FIT workouts, qintervals YAML, Just Another
Workout Timer JSON and Feeel files. Qt-free; the CLI and the window both call in here."""
