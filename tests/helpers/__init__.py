"""Test doubles and set-ups shared by the test suites (and the benchmarks): never shipped."""
