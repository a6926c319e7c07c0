"""The library: the shipped and your own routines, to pick one and see its steps."""
