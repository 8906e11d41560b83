"""Benchmarks (not tests): ``python -m bench.latency`` measures build and query speed on the report."""
