"""The player: the page that runs a workout, its panels and views, and the engine host."""
