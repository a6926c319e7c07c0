"""Fixtures for the remote-control tests (the parts are in tests/helpers/remote.py)."""

from tests.helpers.remote import client, helpers, remote_window, session_bus

__all__ = ["client", "helpers", "remote_window", "session_bus"]
