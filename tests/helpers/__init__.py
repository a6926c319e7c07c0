"""Test doubles and set-ups shared by the test suites (and the benchmarks): never shipped.
Stand-ins for what a test machine does not have (a desktop's media players, its notification
server) run as processes on a private session bus."""
