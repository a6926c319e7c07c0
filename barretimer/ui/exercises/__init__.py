"""The Exercises page: the catalog to browse, each exercise with its figure and its uses."""

from barretimer.ui.exercises.page import ExercisesPage, make_exercises_page

__all__ = ["ExercisesPage", "make_exercises_page"]
