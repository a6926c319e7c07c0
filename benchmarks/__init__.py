"""barretimer's benchmark suite: ``python -m benchmarks`` (``./dev.sh bench``).

Measurements, not tests: nothing here runs under pytest. Each module measures one thing (see
BENCHMARKS.md for what and how); ``__main__`` runs them all and writes BENCHMARKS.md and
benchmarks/results.json.
"""
