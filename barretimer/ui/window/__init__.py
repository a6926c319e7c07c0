"""The main window's parts (ui/main_window.py puts them together): its menus, room mode and the
mini view, the settings it applies, and the routines and files it opens."""
