"""Benchmarks, run by hand (see each module's docstring); each has a smoke test in tests/bench."""
